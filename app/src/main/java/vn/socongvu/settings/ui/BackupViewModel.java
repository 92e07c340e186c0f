package vn.socongvu.settings.ui;

import java.nio.file.Path;
import java.util.Arrays;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.Reopening;

/** Cài đặt → Sao lưu: a backup now, to a folder the clerk picks; where the automatic ones are. */
public final class BackupViewModel {
    private final Services services;
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordAgain = new SimpleStringProperty("");
    final StringProperty autoPassword = new SimpleStringProperty("");
    final StringProperty autoPasswordAgain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper autoEncryption = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper autoEncrypted = new ReadOnlyBooleanWrapper();
    private final FieldErrors errors = new FieldErrors("password", "passwordAgain", "keepDays", "keepMonths",
            "autoPassword", "autoPasswordAgain");
    final StringProperty keepDays = new SimpleStringProperty("");
    final StringProperty keepMonths = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper keepStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper autoText = new ReadOnlyStringWrapper("");
    private final Reopening reopening = new Reopening();

    public BackupViewModel(Services services) {
        this.services = services;
    }

    /** A screen shows this model: the first reads the settings; later ones the last automatic backup only. */
    public void screenOpened() {
        reopening.open(this::load, this::showLastAuto);
    }

    public void load() {
        var keep = services.settings().backupRetention();
        keepDays.set(Integer.toString(keep.days()));
        keepMonths.set(Integer.toString(keep.months()));
        showLastAuto();
    }

    private void showLastAuto() {
        autoEncrypted.set(services.backups().autoBackupsEncrypted());
        autoEncryption.set(Messages.get(autoEncrypted.get() ? "backup.ui.autoEncryptedOn" : "backup.ui.autoEncryptedOff"));
        autoText.set(services.backups().lastAutoBackup()
                .map(t -> Messages.get("backup.ui.lastAuto", VnFormat.dateTime(t), services.backups().autoFolder()))
                .orElse(Messages.get("backup.ui.noAuto", services.backups().autoFolder())));
    }

    /** Saves how many automatic backups are kept. @return whether it was saved */
    public boolean saveRetention() {
        try {
            services.settings().saveBackupRetention(parse(keepDays.get()), parse(keepMonths.get()));
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
            services.settings().saveAutoBackupKey(BackupService.newAutoKey(pw, again).text());
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

    /** Automatic backups unencrypted from now on (ask the clerk first). */
    public void stopEncryptingAutoBackups() {
        services.settings().saveAutoBackupKey(null);
        keepStatus.set(Messages.get("backup.ui.autoEncryptedStopped"));
        showLastAuto();
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
        return services.backups().autoFolder();
    }

    /** Checks the two password fields; @return the password (null for none), or throws with field messages */
    char[] checkedPassword() {
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

    /** Long: call off the FX thread. */
    public BackupService.Written backup(Path folder, char[] pw, Progress progress) {
        return services.backups().write(folder, pw, progress);
    }

    void done(BackupService.Written w) {
        errors.clear();
        password.set("");
        passwordAgain.set("");
        status.set(Messages.get("backup.ui.done", w.file(), VnFormat.integer(w.info().totalRecords())));
        load();
    }

    /** "Khôi phục bản sao lưu của xã …, lập lúc …, … bản ghi? Dữ liệu hiện tại được giữ một bản …" */
    String restoreQuestion(BackupInfo info) {
        return Messages.get("backup.ui.restoreQuestion", info.commune(), info.province(),
                VnFormat.dateTime(info.createdAt()), info.countsKnown()
                        ? Messages.get("cli.restore.records", VnFormat.integer(info.totalRecords()))
                        : Messages.get("cli.restore.recordsHidden"),
                services.db().folder().dir().resolve("backups"));
    }

    /** Long: call off the FX thread. */
    public DataExchange.Written exportData(Path folder, Progress progress) {
        return services.exchange().export(folder, progress);
    }

    void exported(DataExchange.Written w) {
        status.set(Messages.get("exchange.ui.exported", w.file(), VnFormat.integer(w.summary().total())));
    }

    /** Long: reads and checks the whole file, building its database beside the data; nothing is replaced. */
    public DataExchange.Prepared prepareImport(Path file, Progress progress) {
        return DataExchange.prepare(file, services.db().folder().dir(), progress);
    }

    String importQuestion(DataExchange.Summary s) {
        return Messages.get("exchange.ui.question", s.commune(),
                s.exportedAt() == null ? "?" : VnFormat.dateTime(s.exportedAt()), VnFormat.integer(s.total()),
                services.db().folder().dir().resolve("backups"));
    }

    void failed(String message) {
        status.set(message);
    }

    void refused(ValidationException e) {
        errors.show(e);
        status.set("");
    }
}
