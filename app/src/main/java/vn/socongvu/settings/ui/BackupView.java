package vn.socongvu.settings.ui;

import java.io.File;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.BackgroundWork;
import vn.socongvu.ui.FileOpener;
import vn.socongvu.ui.FormGrid;
import vn.socongvu.ui.Ui;

/** Cài đặt → Sao lưu. */
public final class BackupView extends VBox {
    private final BackupViewModel vm;
    private final vn.socongvu.ui.DataReplacer replacer;

    /** @param replacer restores a backup into the open window's data; null hides "restore" */
    public BackupView(BackupViewModel vm, vn.socongvu.ui.DataReplacer replacer) {
        super(8);
        this.vm = vm;
        this.replacer = replacer;
        setId("backup-view");
        setPadding(new Insets(16));
        setMaxWidth(760);
        vm.load();
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
        getChildren().addAll(Ui.title("backup.ui.title"), hint, form, Ui.buttons(now), status,
                Ui.title("backup.ui.autoTitle"), auto, keep, Ui.buttons(saveKeep, openAuto, keepStatus),
                Ui.title("backup.ui.restoreTitle"),
                restoreHint, Ui.buttons(restore));
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
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("backup.ui.restore"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                Messages.get("backup.ui.files"), "*" + vn.socongvu.backup.BackupService.EXTENSION));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        vn.socongvu.backup.BackupInfo info;
        try {
            info = vn.socongvu.backup.BackupService.info(f.toPath());
        } catch (StorageException e) {
            vm.failed(e.userMessage());
            return;
        }
        if (!Ui.confirm(getScene().getWindow(), "backup.ui.restore", vm.restoreQuestion(info))) {
            return;
        }
        char[] pw = null;
        if (info.encrypted()) {
            javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
            d.initOwner(getScene().getWindow());
            d.setTitle(Messages.get("backup.ui.restore"));
            d.setHeaderText(Messages.get("backup.ui.askPassword"));
            PasswordField field = new PasswordField();
            d.getDialogPane().setContent(field);
            javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(Messages.get("common.ok"),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(
                    Messages.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
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
    public void restoreFrom(java.nio.file.Path file, char[] pw) {
        BackgroundWork.start(getScene().getWindow(), "backup.ui.restore", p -> replacer.restore(file, pw, p),
                s -> { }, e -> vm.failed(e instanceof StorageException se ? se.userMessage()
                        : Messages.get("preview.saveFailed", String.valueOf(e.getMessage()))));
    }

    /** Backs up into {@code folder} in the background (also what a test drives, without the folder dialog). */
    public void backupTo(java.nio.file.Path folder, char[] pw) {
        BackgroundWork.start(getScene().getWindow(), "backup.ui.now", p -> vm.backup(folder, pw, p), vm::done,
                e -> vm.failed(e instanceof StorageException se ? se.userMessage()
                        : Messages.get("preview.saveFailed", String.valueOf(e.getMessage()))));
    }
}
