package vn.socongvu.account.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.account.Account;
import vn.socongvu.account.AccountService;
import vn.socongvu.account.CurrentUser;
import vn.socongvu.account.Role;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.Reopening;

/**
 * Cài đặt → Tài khoản: the accounts of a shared database, kept by the văn thư (add with a password typed twice,
 * change name, role and unit, stop or start again, give a new password). On one PC, or for another role, the list
 * is shown and nothing can be changed.
 */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final DirectoryService directory;
    private final DialogService dialogs;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final FormState<Account> form = new FormState<>(Account::id, "login", "fullName", "role", "unit",
            "password", "repeated");
    final StringProperty login = new SimpleStringProperty("");
    final StringProperty fullName = new SimpleStringProperty("");
    final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.DON_VI);
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final Reopening reopening = new Reopening();

    public AccountsViewModel(AccountService accounts, DirectoryService directory, DialogService dialogs) {
        this.accounts = accounts;
        this.directory = directory;
        this.dialogs = dialogs;
    }

    /** A screen shows this model: each reads the list, keeping the form; the first starts a new account. */
    public void screenOpened() {
        reopening.openForm(this::load, () -> edit(null));
    }

    public void load() {
        CurrentUser u = accounts.current();
        editable.set(u.signedIn() && u.editsEverything());
        units.setAll(directory.activeUnits());
        list.setAll(accounts.accounts());
    }

    public ObservableList<Account> accounts() {
        return list;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    /** The văn thư signed in to a server: the accounts can be changed. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why nothing can be changed here, or the empty string. */
    public String notEditableReason() {
        CurrentUser u = accounts.current();
        if (!u.signedIn()) {
            return Messages.get("account.ui.onePc");
        }
        return u.editsEverything() ? "" : Messages.get("account.denied.accounts", u.fullName());
    }

    public ObjectProperty<Account> editingProperty() {
        return form.editingProperty();
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return form.statusProperty();
    }

    /** The unit's name shown in the list. */
    public String unitName(Account a) {
        if (a.unitId() == null) {
            return "";
        }
        return directory.units().stream().filter(u -> u.id() == a.unitId()).map(Unit::name).findFirst().orElse("");
    }

    public void edit(Account a) {
        form.begin(a);
        login.set(a == null ? "" : a.login());
        fullName.set(a == null ? "" : a.fullName());
        role.set(a == null ? Role.DON_VI : a.role());
        unit.set(a == null || a.unitId() == null ? null
                : units.stream().filter(u -> u.id() == a.unitId()).findFirst().orElse(null));
        password.set("");
        repeated.set("");
    }

    /** Adds the account in the form (its login made on the server) or saves its changes. @return null if refused */
    public Account save() {
        Long unitId = unit.get() == null ? null : unit.get().id();
        Long id = form.editingId();
        char[] p = password.get() == null ? new char[0] : password.get().toCharArray();
        char[] r = repeated.get() == null ? new char[0] : repeated.get().toCharArray();
        try {
            return form.submit(() -> id == null
                            ? accounts.create(login.get(), fullName.get(), role.get(), unitId, p, r)
                            : accounts.change(id, fullName.get(), role.get(), unitId),
                    this::show, a -> id == null ? "account.ui.created" : "common.saved");
        } finally {
            Arrays.fill(p, '\0');
            Arrays.fill(r, '\0');
        }
    }

    private void show(Account a) {
        list.setAll(accounts.accounts());
        edit(list.stream().filter(x -> x.id() == a.id()).findFirst().orElse(a));
    }

    /** Stops the account in the form (it can no longer sign in), once the văn thư agreed. */
    public void deactivate() {
        Account a = form.editingProperty().get();
        if (a == null || !a.active() || !dialogs.confirm("account.ui.deactivate",
                Messages.get("account.ui.deactivate.confirm", a.fullName(), a.login()))) {
            return;
        }
        form.submit(() -> {
            accounts.deactivate(a.id());
            return accounts.byLogin(a.login()).orElseThrow();
        }, this::show, x -> "account.ui.deactivated");
    }

    /** Lets a stopped account sign in again. */
    public void reactivate() {
        Account a = form.editingProperty().get();
        if (a == null || a.active()) {
            return;
        }
        form.submit(() -> {
            accounts.reactivate(a.id());
            return accounts.byLogin(a.login()).orElseThrow();
        }, this::show, x -> "account.ui.reactivated");
    }

    /** Asks a new password twice and gives it to the account in the form. @return true when changed */
    public boolean resetPassword() {
        Account a = form.editingProperty().get();
        if (a == null) {
            return false;
        }
        Optional<char[]> first = dialogs.askPassword("account.ui.resetPassword",
                Messages.get("account.ui.resetPassword.first", a.fullName(), a.login()));
        if (first.isEmpty()) {
            return false;
        }
        Optional<char[]> second = dialogs.askPassword("account.ui.resetPassword",
                Messages.get("account.ui.resetPassword.second"));
        if (second.isEmpty()) {
            Arrays.fill(first.get(), '\0');
            return false;
        }
        try {
            accounts.resetPassword(a.id(), first.get(), second.get());
            dialogs.info("account.ui.resetPassword", Messages.get("account.ui.passwordChanged", a.login()));
            return true;
        } catch (ValidationException e) {
            dialogs.error(e.userMessage());
            return false;
        } finally {
            Arrays.fill(first.get(), '\0');
            Arrays.fill(second.get(), '\0');
        }
    }

    public List<AuditEntry> history() {
        Account a = form.editingProperty().get();
        return a == null ? List.of() : accounts.history(a.id());
    }
}
