package vn.socongvu.settings.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.exchange.ImportRefusedException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.StorageException;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.DialogService.FileType;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.Reopening;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Cài đặt → Sao lưu: a backup now, to a folder the clerk picks; where the automatic ones are, how many are kept
 * and whether they are encrypted; restoring a backup and exporting or importing the data file. The flows (choosing
 * the folder or the file, asking, the long work with its progress, the errors) are here; the data itself is
 * replaced by the window ({@link DataReplacer}).
 */
public final class BackupViewModel {
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordAgain = new SimpleStringProperty("");
    final StringProperty autoPassword = new SimpleStringProperty("");
    final StringProperty autoPasswordAgain = new SimpleStringProperty("");
    final StringProperty keepDays = new SimpleStringProperty("");
    final StringProperty keepMonths = new SimpleStringProperty("");
    private final SettingsService settings;
    private final BackupService backups;
    private final DataExchange exchange;
    private final Path dataDir;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final DataReplacer replacer;
    private final ReadOnlyStringWrapper autoEncryption = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper autoEncrypted = new ReadOnlyBooleanWrapper();
    private final FieldErrors errors = new FieldErrors("password", "passwordAgain", "keepDays", "keepMonths",
            "autoPassword", "autoPasswordAgain");
    private final ReadOnlyStringWrapper keepStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper autoText = new ReadOnlyStringWrapper("");
    private final Reopening reopening = new Reopening();
    private final ReadOnlyStringWrapper autoRule = new ReadOnlyStringWrapper("");
    /** Whether a failure is told in a dialog (no Sao lưu screen shows the status line). */
    private boolean errorsInDialogs;
    /** On a server database: whether this window makes its automatic backups; null on this PC's own data. */
    private Boolean serverAutoBackups;

    /**
     * @param dataDir  the open data folder (a restore or an import keeps a copy of the data in its {@code backups})
     * @param replacer puts a backup or a data file in place of the open data; null where the window cannot (then
     *                 restoring and importing are not offered)
     */
    public BackupViewModel(SettingsService settings, BackupService backups, DataExchange exchange, Path dataDir,
                           DialogService dialogs, TaskRunner runner, DataReplacer replacer) {
        this.settings = settings;
        this.backups = backups;
        this.exchange = exchange;
        this.dataDir = dataDir;
        this.dialogs = dialogs;
        this.runner = runner;
        this.replacer = replacer;
    }

    /** A screen shows this model: the first reads the settings; later ones the last automatic backup only. */
    public void screenOpened() {
        reopening.open(this::load, this::showLastAuto);
    }

    public void load() {
        var keep = settings.backupRetention();
        keepDays.set(Integer.toString(keep.days()));
        keepMonths.set(Integer.toString(keep.months()));
        showLastAuto();
    }

    private void showLastAuto() {
        autoEncrypted.set(backups.autoBackupsEncrypted());
        autoEncryption.set(Messages.get(autoEncrypted.get() ? "backup.ui.autoEncryptedOn" : "backup.ui.autoEncryptedOff"));
        if (Boolean.FALSE.equals(serverAutoBackups)) {
            autoText.set(Messages.get("backup.ui.server.notHere"));
            return;
        }
        autoText.set(backups.lastAutoBackup()
                .map(t -> Messages.get("backup.ui.lastAuto", VnFormat.dateTime(t), backups.autoFolder()))
                .orElse(Messages.get("backup.ui.noAuto", backups.autoFolder())));
    }

    /** Whether the data can be replaced here (by a backup or a data file). */
    public boolean canReplace() {
        return replacer != null;
    }

    /** Saves how many automatic backups are kept. @return whether it was saved */
    public boolean saveRetention() {
        try {
            settings.saveBackupRetention(parse(keepDays.get()), parse(keepMonths.get()));
            errors.clear();
            keepStatus.set(Messages.get("common.saved"));
            load();
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            keepStatus.set("");
            return false;
        }
    }

    /** Encrypts the automatic backups from now on with the password typed twice. @return whether it was set */
    public boolean encryptAutoBackups() {
        char[] pw = autoPassword.get() == null ? new char[0] : autoPassword.get().toCharArray();
        char[] again = autoPasswordAgain.get() == null ? new char[0] : autoPasswordAgain.get().toCharArray();
        try {
            settings.saveAutoBackupKey(BackupService.newAutoKey(pw, again).text());
            errors.clear();
            autoPassword.set("");
            autoPasswordAgain.set("");
            keepStatus.set(Messages.get("backup.ui.autoEncryptedSaved"));
            showLastAuto();
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            keepStatus.set("");
            return false;
        } finally {
            Arrays.fill(pw, '\0');
            Arrays.fill(again, '\0');
        }
    }

    /** Automatic backups unencrypted from now on, once the clerk agreed. */
    public void stopEncryptingAutoBackups() {
        if (!dialogs.confirm("backup.ui.autoTitle", Messages.get("backup.ui.autoStopQuestion"))) {
            return;
        }
        settings.saveAutoBackupKey(null);
        keepStatus.set(Messages.get("backup.ui.autoEncryptedStopped"));
        showLastAuto();
    }

    /** The automatic backups' folder, in the system's file manager. */
    public void openAutoFolder() {
        dialogs.open(autoFolder());
    }

    public ReadOnlyStringProperty autoEncryptionProperty() {
        return autoEncryption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty autoEncryptedProperty() {
        return autoEncrypted.getReadOnlyProperty();
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ReadOnlyStringProperty keepStatusProperty() {
        return keepStatus.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty autoTextProperty() {
        return autoText.getReadOnlyProperty();
    }

    public Path autoFolder() {
        return backups.autoFolder();
    }

    /** "Sao lưu ngay": the two password fields checked, then a folder chosen, then the backup written into it. */
    public void backup() {
        char[] pw;
        try {
            pw = checkedPassword();
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return;
        }
        dialogs.chooseFolder("backup.ui.chooseFolder").ifPresent(folder -> backupTo(folder, pw));
    }

    /** Backs up into {@code folder} in the background (also what a test drives, without the folder dialog). */
    public void backupTo(Path folder, char[] pw) {
        runner.run("backup.ui.now", p -> backups.write(folder, pw, p), this::done, this::failed);
    }

    /** Checks the two password fields; @return the password (null for none), or throws with field messages */
    private char[] checkedPassword() {
        String p = password.get() == null ? "" : password.get();
        String again = passwordAgain.get() == null ? "" : passwordAgain.get();
        if (!p.equals(again)) {
            throw ValidationException.of("passwordAgain", "backup.ui.passwordsDiffer");
        }
        if (!p.isEmpty() && p.length() < 6) {
            throw ValidationException.of("password", "backup.ui.passwordShort");
        }
        return p.isEmpty() ? null : p.toCharArray();
    }

    private void done(BackupService.Written w) {
        errors.clear();
        password.set("");
        passwordAgain.set("");
        status.set(Messages.get("backup.ui.done", w.file(), VnFormat.integer(w.info().totalRecords())));
        dialogs.saved("backup-done-dialog", "backup.ui.now", status.get(), w.file(), false);
        load();
    }

    /**
     * The data is a server database: the screen says which PCs back it up automatically (docs/server.md) and, on a
     * PC that does not, that this one does not.
     * @param makesAutoBackups whether this window makes the automatic backups (a văn thư's account)
     */
    public BackupViewModel onServer(boolean makesAutoBackups) {
        serverAutoBackups = makesAutoBackups;
        autoRule.set(Messages.get("backup.ui.server.rule"));
        return this;
    }

    /** Who makes the automatic backups of a server database; empty on this PC's own data. */
    public ReadOnlyStringProperty autoRuleProperty() {
        return autoRule.getReadOnlyProperty();
    }

    /** Used away from the Sao lưu screen (the setup, a file the app was started with): failures told in dialogs. */
    public BackupViewModel outsideBackupScreen() {
        errorsInDialogs = true;
        return this;
    }

    /**
     * "Khôi phục": a backup chosen, described and confirmed, its password asked when it has one, then put in place
     * of the data.
     */
    public void restore() {
        dialogs.chooseFileToOpen("backup.ui.restore",
                List.of(new FileType("backup.ui.files", "*" + BackupService.EXTENSION))).ifPresent(this::restoreFile);
    }

    /** A chosen backup described and confirmed, its password asked when it has one, then put in place of the data. */
    private void restoreFile(Path file) {
        BackupInfo info;
        try {
            info = BackupService.info(file);
        } catch (StorageException e) {
            failed(e);
            return;
        }
        restoreFile(file, info, null);
    }

    /** @param typed the password already typed for this file (a check before), or null to ask it */
    private void restoreFile(Path file, BackupInfo info, char[] typed) {
        if (!dialogs.confirm("backup.ui.restore", restoreQuestion(info))) {
            return;
        }
        char[] pw = typed;
        if (info.encrypted() && pw == null) {
            Optional<char[]> asked = dialogs.askPassword("backup.ui.restore", Messages.get("backup.ui.askPassword"));
            if (asked.isEmpty()) {
                return;
            }
            pw = asked.get();
        }
        restoreFrom(file, pw);
    }

    /** Restores in the background; the window then shows the restored data (also what a test drives). */
    public void restoreFrom(Path file, char[] pw) {
        DataReplacer r = replacing();
        runner.run("backup.ui.restore", p -> {
            r.restore(file, pw, p);
            return file;
        }, restored -> { }, this::failed);
    }

    /**
     * A file the app was started with (opened from the file manager: a {@code .scvbak} file's double-click): a
     * backup is described and the clerk chooses to check it ("Kiểm tra": read whole, nothing changed) or to restore
     * it ("Khôi phục": {@link #restore()}'s path, confirmed, the current data kept); anything else is told in a
     * message and changes nothing. The messages are dialogs: this comes from outside the Sao lưu screen.
     */
    public void offerFile(Path file) {
        errorsInDialogs = true;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(BackupService.EXTENSION)) {
            dialogs.error(Messages.get("backup.open.notBackup", file));
            return;
        }
        if (!Files.isRegularFile(file)) {
            dialogs.error(Messages.get("backup.open.missing", file));
            return;
        }
        BackupInfo info;
        try {
            info = BackupService.info(file);
        } catch (StorageException e) {
            failed(e);
            return;
        }
        List<String> actions = replacer == null ? List.of("backup.open.check")
                : List.of("backup.open.check", "backup.open.restore");
        dialogs.infoWithActions("backup-file-dialog", "backup.open.title", describe(file, info), actions, chosen -> {
            if (chosen == 0) {
                check(file, info);
            } else {
                restoreFile(file, info, null);
            }
        });
    }

    /** "Bản sao lưu … của xã …, lập lúc …: … bản ghi (có mật khẩu)." and what the two buttons do. */
    private String describe(Path file, BackupInfo info) {
        return Messages.get("backup.open.question", file, info.commune(), info.province(),
                VnFormat.dateTime(info.createdAt()), records(info),
                Messages.get(info.encrypted() ? "backup.open.encrypted" : "backup.open.plain"),
                Messages.get(settings.isSetUp() ? "backup.open.restoreReplaces" : "backup.open.restoreFirstDay"));
    }

    private static String records(BackupInfo info) {
        return info.countsKnown() ? Messages.get("cli.restore.records", VnFormat.integer(info.totalRecords()))
                : Messages.get("cli.restore.recordsHidden");
    }

    /**
     * "Kiểm tra": the password asked when the backup has one, then the whole file read and every record checked in
     * a work folder (as a restore does before it replaces anything); the data is not touched. A good backup can
     * then be restored from the result's dialog, without typing the password again.
     */
    public void check(Path file, BackupInfo info) {
        char[] pw = null;
        if (info.encrypted()) {
            Optional<char[]> typed = dialogs.askPassword("backup.open.check", Messages.get("backup.ui.askPassword"));
            if (typed.isEmpty()) {
                return;
            }
            pw = typed.get();
        }
        char[] password = pw;
        runner.run("backup.open.checking", p -> BackupService.verify(file, password, dataDir, p), checked -> {
            String text = Messages.get("backup.open.checked", file, VnFormat.integer(checked.totalRecords()),
                    checked.commune(), VnFormat.dateTime(checked.createdAt()));
            status.set(text);
            dialogs.infoWithActions("backup-checked-dialog", "backup.open.title", text,
                    replacer == null ? List.of() : List.of("backup.open.restore"),
                    chosen -> restoreFile(file, checked, password));
        }, this::failed);
    }

    /** "Khôi phục bản sao lưu của xã …, lập lúc …, … bản ghi? Dữ liệu hiện tại được giữ một bản …" */
    private String restoreQuestion(BackupInfo info) {
        return Messages.get("backup.ui.restoreQuestion", info.commune(), info.province(),
                VnFormat.dateTime(info.createdAt()), info.countsKnown()
                        ? Messages.get("cli.restore.records", VnFormat.integer(info.totalRecords()))
                        : Messages.get("cli.restore.recordsHidden"),
                dataDir.resolve("backups"));
    }

    /** "Xuất dữ liệu": a folder chosen, then every record written into a data file there. */
    public void exportData() {
        dialogs.chooseFolder("exchange.ui.chooseFolder").ifPresent(this::exportDataTo);
    }

    /** Exports every record into {@code folder} in the background (also what a test drives). */
    public void exportDataTo(Path folder) {
        runner.run("exchange.ui.export", p -> exchange.export(folder, p), this::exported, this::failed);
    }

    private void exported(DataExchange.Written w) {
        status.set(Messages.get("exchange.ui.exported", w.file(), VnFormat.integer(w.summary().total())));
        dialogs.saved("data-exported-dialog", "exchange.ui.export", status.get(), w.file(), false);
    }

    /** "Nhập dữ liệu": a data file chosen, then {@link #importDataFrom}. */
    public void importData() {
        dialogs.chooseFileToOpen("exchange.ui.import",
                List.of(new FileType("exchange.ui.files", "*" + DataExchange.EXTENSION))).ifPresent(this::importDataFrom);
    }

    /**
     * Checks the whole file in the background (its database built beside the data; nothing replaced); a file with
     * problems gets their list and changes nothing, a good one is described and, if the clerk agrees, replaces the
     * data (also what a test drives).
     */
    public void importDataFrom(Path file) {
        DataReplacer r = replacing();
        runner.run("exchange.ui.import", p -> DataExchange.prepare(file, dataDir, p), prepared -> {
            if (!dialogs.confirm("exchange.ui.import", importQuestion(prepared.summary()))) {
                prepared.close();
                return;
            }
            runner.run("exchange.ui.import", p -> {
                try (prepared) {
                    r.importData(prepared, p);
                }
                return file;
            }, imported -> { }, this::failed);
        }, e -> {
            if (e instanceof ImportRefusedException refused) {
                status.set(refused.getMessage());
                dialogs.showText("import-problems", "exchange.ui.import", Messages.get("exchange.ui.problems"),
                        refused.userMessage());
            } else {
                failed(e);
            }
        });
    }

    private String importQuestion(DataExchange.Summary s) {
        return Messages.get("exchange.ui.question", s.commune(),
                s.exportedAt() == null ? "?" : VnFormat.dateTime(s.exportedAt()), VnFormat.integer(s.total()),
                dataDir.resolve("backups"));
    }

    private DataReplacer replacing() {
        if (replacer == null) {
            throw new IllegalStateException("the data cannot be replaced here");
        }
        return replacer;
    }

    /**
     * A failed long work: its own message in the status line (in a dialog when the work did not start on the Sao lưu
     * screen), or (a bug) the unexpected-error dialog.
     */
    private void failed(Throwable e) {
        if (e instanceof UserException ue) {
            status.set(ue.userMessage());
            if (errorsInDialogs) {
                dialogs.error(ue.userMessage());
            }
        } else {
            dialogs.report(e);
        }
    }
}
