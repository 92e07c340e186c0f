package vn.socongvu.settings.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Predicate;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import atlantafx.base.theme.Styles;

import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.exchange.ImportRefusedException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.shell.DataReplacer;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.kit.BackgroundWork;
import vn.socongvu.ui.kit.ErrorDialog;
import vn.socongvu.ui.kit.FileOpener;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Sao lưu. */
public final class BackupView extends VBox {
    private final BackupViewModel vm;
    private final DataReplacer replacer;

    /** @param replacer restores a backup into the open window's data; null hides "restore" */
    public BackupView(BackupViewModel vm, DataReplacer replacer) {
        super(8);
        this.vm = vm;
        this.replacer = replacer;
        setId("backup-view");
        setPadding(new Insets(16));
        setMaxWidth(760);
        vm.screenOpened();
        Label hint = new Label(Messages.get("backup.ui.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        PasswordField pw = new PasswordField();
        pw.textProperty().bindBidirectional(vm.password);
        pw.setMaxWidth(260);
        PasswordField again = new PasswordField();
        again.textProperty().bindBidirectional(vm.passwordAgain);
        again.setMaxWidth(260);
        FormGrid form = new FormGrid();
        form.add("backup.ui.password", pw, "backup-password", vm.errors().property("password"));
        form.add("backup.ui.passwordAgain", again, "backup-password-again", vm.errors().property("passwordAgain"));
        Button now = Ui.primary("backup.ui.now", "backup-now", this::backupNow);
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label auto = new Label();
        auto.setId("backup-auto");
        auto.setWrapText(true);
        auto.textProperty().bind(vm.autoTextProperty());
        Button openAuto = Ui.button("backup.ui.openAuto", "backup-open-auto", () -> FileOpener.open(vm.autoFolder()));
        var keepDays = Ui.textField(vm.keepDays, 90);
        var keepMonths = Ui.textField(vm.keepMonths, 90);
        FormGrid keep = new FormGrid();
        keep.add("backup.ui.keepDays", keepDays, "backup-keep-days", vm.errors().property("keepDays"));
        keep.add("backup.ui.keepMonths", keepMonths, "backup-keep-months", vm.errors().property("keepMonths"));
        Button saveKeep = Ui.button("common.save", "backup-keep-save", vm::saveRetention);
        Label encryption = new Label();
        encryption.setId("backup-auto-encryption");
        encryption.setWrapText(true);
        encryption.textProperty().bind(vm.autoEncryptionProperty());
        VBox.setMargin(encryption, new Insets(8, 0, 0, 0));
        PasswordField autoPw = new PasswordField();
        autoPw.textProperty().bindBidirectional(vm.autoPassword);
        autoPw.setMaxWidth(260);
        PasswordField autoAgain = new PasswordField();
        autoAgain.textProperty().bindBidirectional(vm.autoPasswordAgain);
        autoAgain.setMaxWidth(260);
        FormGrid autoForm = new FormGrid();
        autoForm.add("backup.ui.autoPassword", autoPw, "backup-auto-password", vm.errors().property("autoPassword"));
        autoForm.add("backup.ui.passwordAgain", autoAgain, "backup-auto-password-again",
                vm.errors().property("autoPasswordAgain"));
        Button encrypt = Ui.button("backup.ui.autoEncrypt", "backup-auto-encrypt", vm::encryptAutoBackups);
        Button stopEncrypting = Ui.button("backup.ui.autoStopEncrypting", "backup-auto-stop-encrypting", () -> {
            if (Ui.confirm(getScene().getWindow(), "backup.ui.autoTitle", Messages.get("backup.ui.autoStopQuestion"))) {
                vm.stopEncryptingAutoBackups();
            }
        });
        stopEncrypting.visibleProperty().bind(vm.autoEncryptedProperty());
        stopEncrypting.managedProperty().bind(vm.autoEncryptedProperty());
        Label keepStatus = new Label();
        keepStatus.getStyleClass().add(Styles.SUCCESS);
        keepStatus.textProperty().bind(vm.keepStatusProperty());
        Label restoreHint = new Label(Messages.get("backup.ui.restoreHint"));
        restoreHint.setWrapText(true);
        restoreHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button restore = Ui.button("backup.ui.restore", "backup-restore", this::chooseAndRestore);
        restore.getStyleClass().add(Styles.DANGER);
        restore.setVisible(replacer != null);
        restore.setManaged(replacer != null);
        Label exchangeHint = new Label(Messages.get("exchange.ui.hint"));
        exchangeHint.setWrapText(true);
        exchangeHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button exportData = Ui.button("exchange.ui.export", "data-export", this::chooseAndExport);
        Button importData = Ui.button("exchange.ui.import", "data-import", this::chooseAndImport);
        importData.getStyleClass().add(Styles.DANGER);
        importData.setVisible(replacer != null);
        importData.setManaged(replacer != null);
        getChildren().addAll(Ui.title("backup.ui.title"), hint, form, Ui.buttons(now), status,
                Ui.title("backup.ui.autoTitle"), auto, keep, Ui.buttons(saveKeep, openAuto, keepStatus),
                encryption, autoForm, Ui.buttons(encrypt, stopEncrypting),
                spaced(Ui.title("backup.ui.restoreTitle")),
                restoreHint, Ui.buttons(restore),
                spaced(Ui.title("exchange.ui.title")), exchangeHint, Ui.buttons(exportData, importData));
    }

    private static Label spaced(Label title) {
        VBox.setMargin(title, new Insets(12, 0, 0, 0));
        return title;
    }

    private void chooseAndExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("exchange.ui.chooseFolder"));
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            exportDataTo(dir.toPath());
        }
    }

    /** Exports every record into {@code folder} in the background (also what a test drives). */
    public void exportDataTo(Path folder) {
        BackgroundWork.start(getScene().getWindow(), "exchange.ui.export", p -> vm.exportData(folder, p), vm::exported,
                this::failed);
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("exchange.ui.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("exchange.ui.files"), "*" + DataExchange.EXTENSION));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            importDataFrom(f.toPath(), q -> Ui.confirm(getScene().getWindow(), "exchange.ui.import", q));
        }
    }

    /**
     * Checks the whole file in the background; a file with problems gets their list and changes nothing, a
     * good one is described and, if {@code confirm} agrees, replaces the data (also what a test drives).
     */
    public void importDataFrom(Path file, Predicate<String> confirm) {
        var window = getScene().getWindow();
        BackgroundWork.start(window, "exchange.ui.import", p -> vm.prepareImport(file, p), prepared -> {
            if (!confirm.test(vm.importQuestion(prepared.summary()))) {
                prepared.close();
                return;
            }
            BackgroundWork.start(window, "exchange.ui.import", p -> {
                try (prepared) {
                    return replacer.importData(prepared, p);
                }
            }, s -> { }, this::failed);
        }, e -> {
            if (e instanceof ImportRefusedException refused) {
                vm.failed(refused.getMessage());
                showProblems(refused);
            } else {
                failed(e);
            }
        });
    }

    /** The list of what is wrong with a data file, readable and copyable. */
    private void showProblems(ImportRefusedException refused) {
        TextArea list = new TextArea(refused.userMessage());
        list.setId("import-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(720, 360);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Messages.get("exchange.ui.import"));
        d.setHeaderText(Messages.get("exchange.ui.problems"));
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().add(Ui.closeButton());
        d.show();
    }

    private void backupNow() {
        char[] pw;
        try {
            pw = vm.checkedPassword();
        } catch (ValidationException e) {
            vm.refused(e);
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("backup.ui.chooseFolder"));
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            backupTo(dir.toPath(), pw);
        }
    }

    private void chooseAndRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.ui.restore"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("backup.ui.files"), "*" + BackupService.EXTENSION));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        BackupInfo info;
        try {
            info = BackupService.info(f.toPath());
        } catch (StorageException e) {
            vm.failed(e.userMessage());
            return;
        }
        if (!Ui.confirm(getScene().getWindow(), "backup.ui.restore", vm.restoreQuestion(info))) {
            return;
        }
        char[] pw = null;
        if (info.encrypted()) {
            Dialog<String> d = new Dialog<>();
            d.initOwner(getScene().getWindow());
            d.setTitle(Messages.get("backup.ui.restore"));
            d.setHeaderText(Messages.get("backup.ui.askPassword"));
            PasswordField field = new PasswordField();
            d.getDialogPane().setContent(field);
            ButtonType ok = new ButtonType(Messages.get("common.ok"),
                    ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(
                    Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            d.setResultConverter(b -> b == ok ? field.getText() : null);
            String typed = d.showAndWait().orElse(null);
            if (typed == null) {
                return;
            }
            pw = typed.toCharArray();
        }
        restoreFrom(f.toPath(), pw);
    }

    /** Restores in the background; the window then shows the restored data (also what a test drives). */
    public void restoreFrom(Path file, char[] pw) {
        BackgroundWork.start(getScene().getWindow(), "backup.ui.restore", p -> replacer.restore(file, pw, p),
                s -> { }, this::failed);
    }

    /** Backs up into {@code folder} in the background (also what a test drives, without the folder dialog). */
    public void backupTo(Path folder, char[] pw) {
        BackgroundWork.start(getScene().getWindow(), "backup.ui.now", p -> vm.backup(folder, pw, p), vm::done,
                this::failed);
    }

    /** A failed long work: its own message in the status line, or (a bug) the unexpected-error dialog. */
    private void failed(Throwable e) {
        if (e instanceof UserException ue) {
            vm.failed(ue.userMessage());
        } else {
            ErrorDialog.report(getScene().getWindow(), e);
        }
    }
}
