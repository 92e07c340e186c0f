package vn.socongvu.ui.shell;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.app.Services;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Cài đặt → Máy chủ dữ liệu: the PostgreSQL server the office shares (host, port, database, login), a connection
 * tried, and the window moved onto it (remembered on this PC, never the password). The password is asked each
 * time and not kept.
 */
public final class ServerViewModel {
    static final String DEFAULT_DATABASE = "socongvu";
    private final BiFunction<ServerAddress, char[], Services> opener;
    private final Consumer<Services> use;
    private final DialogService dialogs;
    private final TaskRunner runner;
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty(Integer.toString(ServerAddress.DEFAULT_PORT));
    final StringProperty database = new SimpleStringProperty(DEFAULT_DATABASE);
    final StringProperty user = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param now the server the window works on, else the one it worked on last (the form starts with it)
     * @param onServer whether the window works on that server now
     * @param opener opens a server database as a login with its password, off the FX thread
     * @param use moves the window onto the server database opened (off the FX thread); null where it cannot
     */
    public ServerViewModel(Optional<ServerAddress> now, boolean onServer,
                           BiFunction<ServerAddress, char[], Services> opener, Consumer<Services> use,
                           DialogService dialogs, TaskRunner runner) {
        this.opener = opener;
        this.use = use;
        this.dialogs = dialogs;
        this.runner = runner;
        now.ifPresent(a -> {
            host.set(a.host());
            port.set(Integer.toString(a.port()));
            database.set(a.database());
            user.set(a.user());
        });
        current.set(onServer && now.isPresent()
                ? Messages.get("server.ui.current", now.get().host() + ":" + now.get().port(), now.get().database())
                : Messages.get("server.ui.local"));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the window's data is now: this PC, or a server. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The address typed, or empty with the reason in the status line. */
    Optional<ServerAddress> address() {
        int p;
        try {
            p = Integer.parseInt(port.get() == null ? "" : port.get().strip());
        } catch (NumberFormatException e) {
            status.set(Messages.get("server.ui.badPort"));
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerAddress(strip(host.get()), p, strip(database.get()), strip(user.get())));
        } catch (ValidationException e) {
            status.set(e.userMessage());
            return Optional.empty();
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Connects once with the password asked, says whether it worked and what the database holds, and closes. */
    public void check() {
        connect("server.ui.checking", s -> {
            try (s) {
                return Messages.get(s.settings().isSetUp() ? "server.ui.ok.data" : "server.ui.ok.empty");
            }
        }, status::set);
    }

    /**
     * Connects with the password asked and moves the window onto the server (the data left here closed with its
     * automatic backup, as when another folder is opened); the next start on this PC opens the server with the
     * sign-in.
     */
    public void useServer() {
        if (use == null) {
            return;
        }
        connect("server.ui.opening", s -> {
            use.accept(s);
            return Messages.get("server.ui.used");
        }, status::set);
    }

    private void connect(String titleKey, Function<Services, String> then,
                         Consumer<String> done) {
        Optional<ServerAddress> a = address();
        if (a.isEmpty() || busy.get()) {
            return;
        }
        Optional<char[]> pw = dialogs.askPassword("server.ui.password",
                Messages.get("server.ui.password.question", a.get().user(), a.get().host()));
        if (pw.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set("");
        runner.run(titleKey, p -> then.apply(opener.apply(a.get(), pw.get())), text -> {
            busy.set(false);
            done.accept(text);
        }, e -> {
            busy.set(false);
            if (e instanceof UserException ue) {
                status.set(ue.userMessage());
            } else {
                dialogs.report(e);
            }
        });
    }
}
