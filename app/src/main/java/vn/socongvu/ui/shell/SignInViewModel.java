package vn.socongvu.ui.shell;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.LoggerFactory;

import vn.socongvu.account.AccessDenied;
import vn.socongvu.app.Services;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Signing in to a server database: the login (filled in from the address) and its password; the server's answer —
 * a wrong password, an unreachable server, a login without an account — shown in Vietnamese, to try again, or to go
 * back to this PC's own data.
 */
public final class SignInViewModel {
    private final ServerAddress address;
    private final BiFunction<ServerAddress, char[], Services> opener;
    private final TaskRunner runner;
    private final Consumer<Services> signedIn;
    private final Runnable workLocally;
    final StringProperty user = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FieldErrors errors = new FieldErrors("user", "password");
    /** The field the cursor belongs in: the password when the login is filled in, else the login; again after a refusal. */
    private final ReadOnlyStringWrapper focus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param opener opens the server database as a login with its password ({@link Services#openServer}), off the FX
     *               thread
     * @param signedIn gets the open data once signed in
     * @param workLocally goes back to this PC's own data
     */
    public SignInViewModel(ServerAddress address, BiFunction<ServerAddress, char[], Services> opener,
                           TaskRunner runner, Consumer<Services> signedIn, Runnable workLocally) {
        this.address = address;
        this.opener = opener;
        this.runner = runner;
        this.signedIn = signedIn;
        this.workLocally = workLocally;
        user.set(address.user());
        focus.set(firstField());
    }

    /** Where the cursor starts: the password when the login is filled in, else the login. */
    String firstField() {
        return user.get() == null || user.get().isBlank() ? "user" : "password";
    }

    /** The field the cursor belongs in now ("user" or "password"); the page puts it there whenever it changes. */
    public ReadOnlyStringProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The messages at the login and the password. */
    public FieldErrors errors() {
        return errors;
    }

    /** The server and database, as the page names them. */
    public String serverText() {
        return Messages.get("signin.server", address.host() + ":" + address.port(), address.database());
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Signs in with the login and password typed. */
    public void signIn() {
        String login = user.get() == null ? "" : user.get().strip();
        if (login.isEmpty()) {
            message.set("");
            errors.show(ValidationException.of("user", "signin.error.noUser"));
            moveFocus("user");
            return;
        }
        signIn(login, password.get() == null ? new char[0] : password.get().toCharArray());
    }

    /** Signs in with a password already known (the command line's {@code SOCONGVU_DB_PASSWORD}). */
    public void signIn(String login, char[] pw) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        errors.clear();
        ServerAddress as = address.withUser(login);
        runner.run("signin.progress", p -> {
            try {
                return opener.apply(as, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, opened -> {
            busy.set(false);
            password.set("");
            signedIn.accept(opened);
        }, e -> {
            busy.set(false);
            password.set("");
            String field = e instanceof AccessDenied ? "user"
                    : e instanceof StorageException se && se.reason() == StorageException.Reason.LOGIN_FAILED
                    ? "password" : null;
            if (field != null) {
                errors.show(ValidationException.of(field, "server.ui.refused", ((UserException) e).userMessage()));
                moveFocus(field);
            } else if (e instanceof UserException ue) {
                message.set(ue.userMessage());
                moveFocus("password");
            } else {
                LoggerFactory.getLogger(SignInViewModel.class).error("Signing in to {} failed", as, e);
                message.set(Messages.get("signin.error.unexpected", e.getClass().getSimpleName()));
            }
        });
    }

    /** Asks the page to put the cursor in {@code field}, even when it was asked for that field before. */
    private void moveFocus(String field) {
        focus.set("");
        focus.set(field);
    }

    /** Leaves the server: the window opens this PC's own data. */
    public void workLocally() {
        if (!busy.get()) {
            workLocally.run();
        }
    }
}
