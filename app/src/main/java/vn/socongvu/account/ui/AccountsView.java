package vn.socongvu.account.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.account.Account;
import vn.socongvu.account.Role;
import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Tài khoản. */
public final class AccountsView extends HBox {
    public AccountsView(AccountsViewModel vm) {
        super(24);
        setId("accounts-view");
        setPadding(new Insets(16));
        vm.screenOpened();

        TableView<Account> table = new TableView<>(vm.accounts());
        table.setId("account-table");
        TableColumn<Account, String> login = Ui.textColumn("account.field.login", 130, Account::login);
        TableColumn<Account, String> name = Ui.textColumn("account.field.fullName", 200, Account::fullName);
        TableColumn<Account, String> role = Ui.textColumn("account.field.role", 90, a -> a.role().label());
        TableColumn<Account, String> unit = Ui.textColumn("account.field.unit", 200, vm::unitName);
        TableColumn<Account, String> state = Ui.textColumn("account.column.state", 120, a -> Messages.get(
                a.active() ? "account.state.active" : "account.state.inactive"));
        table.getColumns().setAll(List.of(login, name, role, unit, state));
        Ui.styleTable(table);
        table.setPlaceholder(new Label(Messages.get("account.ui.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.edit(b);
            }
        });
        Label hint = new Label(Messages.get("account.ui.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label reason = new Label(vm.notEditableReason());
        reason.setId("account-not-editable");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.WARNING);
        reason.setVisible(!reason.getText().isEmpty());
        reason.setManaged(reason.isVisible());
        VBox left = new VBox(8, Ui.title("account.ui.title"), hint, reason, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPrefWidth(700);
        HBox.setHgrow(left, Priority.ALWAYS);

        TextField loginField = new TextField();
        loginField.textProperty().bindBidirectional(vm.login);
        loginField.setPromptText(Messages.get("account.ui.loginPrompt"));
        loginField.disableProperty().bind(vm.editingProperty().isNotNull());
        TextField nameField = new TextField();
        nameField.textProperty().bindBidirectional(vm.fullName);
        ComboBox<Role> roleField = Ui.enumCombo(Role.class);
        roleField.valueProperty().bindBidirectional(vm.role);
        ComboBox<Unit> unitField = Ui.combo(List.of(), Unit::name);
        unitField.setItems(vm.units());
        unitField.valueProperty().bindBidirectional(vm.unit);
        unitField.disableProperty().bind(vm.role.isNotEqualTo(Role.DON_VI));
        unitField.setMaxWidth(Double.MAX_VALUE);
        PasswordField passwordField = new PasswordField();
        passwordField.textProperty().bindBidirectional(vm.password);
        PasswordField repeatedField = new PasswordField();
        repeatedField.textProperty().bindBidirectional(vm.repeated);
        FormGrid form = new FormGrid();
        form.add("account.field.login", loginField, "account-login", vm.errors().property("login"));
        form.add("account.field.fullName", nameField, "account-full-name", vm.errors().property("fullName"));
        form.add("account.field.role", roleField, "account-role", vm.errors().property("role"));
        form.add("account.field.unit", unitField, "account-unit", vm.errors().property("unit"));
        form.add("account.field.password", passwordField, "account-password", vm.errors().property("password"));
        form.add("account.field.repeated", repeatedField, "account-repeated", vm.errors().property("repeated"));
        // The password is asked for a new account only; an existing one gets a new password by its own button.
        passwordField.disableProperty().bind(vm.editingProperty().isNotNull());
        repeatedField.disableProperty().bind(vm.editingProperty().isNotNull());

        Button add = Ui.button("account.ui.new", "account-new", () -> {
            table.getSelectionModel().clearSelection();
            vm.edit(null);
        });
        Button save = Ui.primary("common.save", "account-save", vm::save);
        Button deactivate = Ui.button("account.ui.deactivate", "account-deactivate", vm::deactivate);
        deactivate.getStyleClass().add(Styles.DANGER);
        Button reactivate = Ui.button("account.ui.reactivate", "account-reactivate", vm::reactivate);
        Button reset = Ui.button("account.ui.resetPassword", "account-reset-password", vm::resetPassword);
        Button history = Ui.button("audit.history", "account-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        var none = vm.editingProperty().isNull();
        var active = Bindings.createBooleanBinding(() -> vm.editingProperty().get() != null
                && vm.editingProperty().get().active(), vm.editingProperty());
        deactivate.visibleProperty().bind(active.or(none));
        deactivate.managedProperty().bind(deactivate.visibleProperty());
        deactivate.disableProperty().bind(none);
        reactivate.visibleProperty().bind(deactivate.visibleProperty().not());
        reactivate.managedProperty().bind(reactivate.visibleProperty());
        reset.disableProperty().bind(none);
        history.disableProperty().bind(none);
        Label status = new Label();
        status.setId("account-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        Label formTitle = new Label();
        formTitle.getStyleClass().add(Styles.TITLE_4);
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                vm.editingProperty().get() == null ? "account.ui.form.new" : "account.ui.form.edit"),
                vm.editingProperty()));
        VBox editing = new VBox(8, Ui.bar(formTitle, Ui.spacer(), add), form,
                Ui.buttons(save, deactivate, reactivate), Ui.buttons(reset, history), status);
        editing.disableProperty().bind(vm.editableProperty().not());
        editing.setPrefWidth(440);
        editing.setMinWidth(380);
        getChildren().addAll(left, editing);
    }
}
