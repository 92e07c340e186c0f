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

    public BackupView(BackupViewModel vm) {
        super(8);
        this.vm = vm;
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
        Label restore = new Label(Messages.get("backup.ui.restoreHint"));
        restore.setWrapText(true);
        restore.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(Ui.title("backup.ui.title"), hint, form, Ui.buttons(now), status,
                Ui.title("backup.ui.autoTitle"), auto, Ui.buttons(openAuto), restore);
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

    /** Backs up into {@code folder} in the background (also what a test drives, without the folder dialog). */
    public void backupTo(java.nio.file.Path folder, char[] pw) {
        BackgroundWork.start(getScene().getWindow(), "backup.ui.now", p -> vm.backup(folder, pw, p), vm::done,
                e -> vm.failed(e instanceof StorageException se ? se.userMessage()
                        : Messages.get("preview.saveFailed", String.valueOf(e.getMessage()))));
    }
}
