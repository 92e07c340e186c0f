package vn.socongvu.settings.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Sao lưu. */
public final class BackupView extends VBox {
    private final BackupViewModel vm;

    public BackupView(BackupViewModel vm) {
        super(8);
        this.vm = vm;
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
        Button now = Ui.primary("backup.ui.now", "backup-now", vm::backup);
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label auto = new Label();
        auto.setId("backup-auto");
        auto.setWrapText(true);
        auto.textProperty().bind(vm.autoTextProperty());
        Label autoRule = new Label();
        autoRule.setId("backup-auto-rule");
        autoRule.setWrapText(true);
        autoRule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        autoRule.textProperty().bind(vm.autoRuleProperty());
        autoRule.visibleProperty().bind(vm.autoRuleProperty().isNotEmpty());
        autoRule.managedProperty().bind(autoRule.visibleProperty());
        Button openAuto = Ui.button("backup.ui.openAuto", "backup-open-auto", vm::openAutoFolder);
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
        Button stopEncrypting = Ui.button("backup.ui.autoStopEncrypting", "backup-auto-stop-encrypting",
                vm::stopEncryptingAutoBackups);
        stopEncrypting.visibleProperty().bind(vm.autoEncryptedProperty());
        stopEncrypting.managedProperty().bind(vm.autoEncryptedProperty());
        Label keepStatus = new Label();
        keepStatus.getStyleClass().add(Styles.SUCCESS);
        keepStatus.textProperty().bind(vm.keepStatusProperty());
        Label restoreHint = new Label(Messages.get("backup.ui.restoreHint"));
        restoreHint.setWrapText(true);
        restoreHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button restore = Ui.button("backup.ui.restore", "backup-restore", vm::restore);
        restore.getStyleClass().add(Styles.DANGER);
        restore.setVisible(vm.canReplace());
        restore.setManaged(vm.canReplace());
        Label exchangeHint = new Label(Messages.get("exchange.ui.hint"));
        exchangeHint.setWrapText(true);
        exchangeHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button exportData = Ui.button("exchange.ui.export", "data-export", vm::exportData);
        Button importData = Ui.button("exchange.ui.import", "data-import", vm::importData);
        importData.getStyleClass().add(Styles.DANGER);
        importData.setVisible(vm.canReplace());
        importData.setManaged(vm.canReplace());
        getChildren().addAll(Ui.title("backup.ui.title"), hint, form, Ui.buttons(now), status,
                Ui.title("backup.ui.autoTitle"), auto, autoRule, keep, Ui.buttons(saveKeep, openAuto, keepStatus),
                encryption, autoForm, Ui.buttons(encrypt, stopEncrypting),
                spaced(Ui.title("backup.ui.restoreTitle")),
                restoreHint, Ui.buttons(restore),
                spaced(Ui.title("exchange.ui.title")), exchangeHint, Ui.buttons(exportData, importData));
    }

    private static Label spaced(Label title) {
        VBox.setMargin(title, new Insets(12, 0, 0, 0));
        return title;
    }

    public BackupViewModel model() {
        return vm;
    }
}
