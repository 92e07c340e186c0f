package vn.socongvu.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.account.AccessDenied;
import vn.socongvu.app.Services;
import vn.socongvu.common.FieldError;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.storage.StorageException;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Cài đặt → Máy chủ dữ liệu: the PostgreSQL server the office shares (host, port, database, login), a connection
 * tried, and the window moved onto it (remembered on this PC, never the password). The password is asked each
 * time and not kept.
 * <p>
 * Moving onto a server from this PC's own data: when the server database is still empty, the clerk is offered to
 * copy this PC's records there first — the same copy, checked whole, as {@code copy-to-server} ({@link ServerCopy}),
 * with its progress and "Hủy" — or to start new data on it; when it holds a commune already, the clerk is told that
 * this PC's records stay in its data folder and are not merged. The server's refusals (unreachable, wrong password,
 * no such database, no rights) are shown at the field they concern.
 */
public final class ServerViewModel {
    static final String DEFAULT_DATABASE = "socongvu";
    /** The form's fields, as {@link #errors()} names them. */
    static final List<String> FIELDS = List.of("host", "port", "database", "user");
    /** The answers of the copy offer, in the order the dialog lists them. */
    static final int COPY = 0;
    static final int START_EMPTY = 1;
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty(Integer.toString(ServerAddress.DEFAULT_PORT));
    final StringProperty database = new SimpleStringProperty(DEFAULT_DATABASE);
    final StringProperty user = new SimpleStringProperty("");
    private final Services here;
    private final Optional<ServerAddress> onServer;
    private final BiFunction<ServerAddress, char[], Services> opener;
    private final Consumer<Services> use;
    private final Runnable backHere;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final FieldErrors errors = new FieldErrors(FIELDS.toArray(String[]::new));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param remembered the server this PC worked on last (the form starts with it when the window is not on one)
     * @param here the data the window works on now (this PC's data folder, or a server database)
     * @param opener opens a server database as a login with its password, off the FX thread
     * @param use moves the window onto the server database opened (off the FX thread); null where it cannot
     * @param backHere takes the window back to this PC's own data (asked first); null where it cannot
     */
    public ServerViewModel(Optional<ServerAddress> remembered, Services here,
                           BiFunction<ServerAddress, char[], Services> opener, Consumer<Services> use,
                           Runnable backHere, DialogService dialogs, TaskRunner runner) {
        this.here = here;
        this.onServer = here == null ? Optional.empty() : here.db().server();
        this.opener = opener;
        this.use = use;
        this.backHere = backHere;
        this.dialogs = dialogs;
        this.runner = runner;
        onServer.or(() -> remembered).ifPresent(a -> {
            host.set(a.host());
            port.set(Integer.toString(a.port()));
            database.set(a.database());
            user.set(a.user());
        });
        current.set(onServer.map(a -> Messages.get("server.ui.current", a.host() + ":" + a.port(), a.database()))
                .orElse(Messages.get("server.ui.local")));
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

    /** The messages at the form's fields ({@link #FIELDS}). */
    public FieldErrors errors() {
        return errors;
    }

    /** Whether the window works on a server now (the way back to this PC's data is offered then). */
    public boolean isOnServer() {
        return onServer.isPresent() && backHere != null;
    }

    /** The address typed, or empty with the reasons at the fields. */
    Optional<ServerAddress> address() {
        errors.clear();
        status.set("");
        String h = strip(host.get());
        String d = strip(database.get());
        String u = strip(user.get());
        Integer p = null;
        try {
            p = Integer.parseInt(port.get() == null ? "" : port.get().strip());
        } catch (NumberFormatException e) {
            // told below
        }
        List<FieldError> wrong = new ArrayList<>();
        field(wrong, "host", () -> new ServerAddress(h, ServerAddress.DEFAULT_PORT, DEFAULT_DATABASE, "u"));
        if (p == null || p < 1 || p > 65535) {
            wrong.add(new FieldError("port", "server.ui.badPort"));
        }
        field(wrong, "database", () -> new ServerAddress("localhost", ServerAddress.DEFAULT_PORT, d, "u"));
        field(wrong, "user", () -> new ServerAddress("localhost", ServerAddress.DEFAULT_PORT, DEFAULT_DATABASE, u));
        if (!wrong.isEmpty()) {
            errors.show(new ValidationException(wrong));
            return Optional.empty();
        }
        return Optional.of(new ServerAddress(h, p, d, u));
    }

    private static void field(List<FieldError> wrong, String field, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            e.errors().forEach(fe -> wrong.add(new FieldError(field, fe.key(), fe.args())));
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Connects once with the password asked, says whether it worked and what the database holds, and closes. */
    public void check() {
        if (busy.get()) {
            return;
        }
        Optional<ServerAddress> a = address();
        Optional<char[]> pw = a.flatMap(this::askPassword);
        if (pw.isEmpty()) {
            return;
        }
        busy.set(true);
        runner.run("server.ui.checking", p -> {
            try (Services s = open(a.get(), pw.get())) {
                return Messages.get(ServerCopy.holdsRecords(s.db()) ? "server.ui.ok.data" : "server.ui.ok.empty");
            }
        }, text -> {
            busy.set(false);
            status.set(text);
        }, this::failed, this::cancelled);
    }

    /**
     * Connects with the password asked and moves the window onto the server (the data left here closed with its
     * automatic backup, as when another folder is opened); the next start on this PC opens the server with the
     * sign-in. From this PC's own data, an empty server is first offered this PC's records, and a server that holds
     * a commune is said not to be merged with them.
     */
    public void useServer() {
        if (use == null || busy.get()) {
            return;
        }
        Optional<ServerAddress> a = address();
        if (a.isEmpty()) {
            return;
        }
        if (onServer.filter(a.get()::equals).isPresent()) {
            status.set(Messages.get("server.ui.already"));
            return;
        }
        askPassword(a.get()).ifPresent(pw -> useServer(a.get(), pw));
    }

    /** {@link #useServer()} once the password is typed. */
    void useServer(ServerAddress address, char[] password) {
        busy.set(true);
        runner.run("server.ui.opening", p -> {
            Services s = open(address, password);
            try {
                Opened o = new Opened(s, address, ServerCopy.holdsRecords(s.db()),
                        s.settings().identity().map(CommuneIdentity::communeName).orElse(""), hereHasRecords());
                p.checkCancelled();
                return o;
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
        }, this::opened, this::failed, this::cancelled);
    }

    /** This PC's own data holds a commune's records (the demo commune's are not offered to a server). */
    private boolean hereHasRecords() {
        return here != null && here.db().server().isEmpty() && here.settings().isSetUp() && !here.settings().isDemo();
    }

    /** The server database is open: what becomes of this PC's records is asked, when it has any. */
    private void opened(Opened o) {
        if (!o.hereHasRecords()) {
            switchTo(o.services());
            return;
        }
        Path folder = here.db().folder().dir();
        String server = o.address().host() + ":" + o.address().port();
        if (!o.serverHasRecords()) {
            Optional<List<Integer>> answer = dialogs.choose("server-copy-offer", "server.copy.title",
                    Messages.get("server.copy.header", server, o.address().database(), folder),
                    List.of(new DialogService.Question(Messages.get("server.copy.question"), List.of(
                            Messages.get("server.copy.option.copy"), Messages.get("server.copy.option.empty")), COPY)),
                    "server.copy.go");
            if (answer.isEmpty()) {
                closeUnused(o.services());
            } else if (answer.get().getFirst() == COPY) {
                copy(o.services());
            } else {
                switchTo(o.services());
            }
            return;
        }
        String commune = o.communeThere().isBlank() ? "" : Messages.get("server.notMerged.commune", o.communeThere());
        if (dialogs.confirm("server.notMerged.title", Messages.get("server.notMerged.text", server,
                o.address().database(), commune, folder))) {
            switchTo(o.services());
        } else {
            closeUnused(o.services());
        }
    }

    /**
     * This PC's records copied into the empty server database and checked whole (one transaction: a failure or
     * "Hủy" leaves the server as empty as it was), the login that copied its first văn thư, then the window on it.
     */
    private void copy(Services there) {
        busy.set(true);
        runner.run("server.copy.progress", p -> {
            ServerCopy.Summary copied;
            try {
                copied = ServerCopy.copy(here.db(), there.db(), p);
                String login = there.db().sessionUser();
                if (there.accounts().accounts().isEmpty()) {
                    there.accounts().ensureFirst(login);
                }
                there.accounts().signIn(login); // the accounts the data brought, if it brought any
            } catch (RuntimeException e) {
                there.close();
                throw e;
            }
            use.accept(there);
            return Messages.get("server.copy.done", VnFormat.integer(copied.total()), copied.counts().size());
        }, text -> {
            busy.set(false);
            status.set(text);
        }, e -> {
            busy.set(false);
            if (e instanceof AccessDenied) {
                dialogs.error(Messages.get("server.copy.noAccount", ((AccessDenied) e).userMessage()));
            } else {
                dialogs.report(e);
            }
        }, () -> {
            busy.set(false);
            status.set(Messages.get("server.copy.cancelled"));
        });
    }

    private void switchTo(Services there) {
        busy.set(true);
        runner.run("server.ui.opening", p -> {
            use.accept(there);
            return Messages.get("server.ui.used");
        }, text -> {
            busy.set(false);
            status.set(text);
        }, e -> {
            busy.set(false);
            dialogs.report(e);
        });
    }

    /** The clerk chose not to move: the server database opened for the question is closed again. */
    private void closeUnused(Services there) {
        busy.set(false);
        there.close();
        status.set(Messages.get("server.ui.notUsed"));
    }

    /** "Quay về dữ liệu trên máy này". */
    public void backToThisPc() {
        if (backHere != null && !busy.get()) {
            backHere.run();
        }
    }

    private Optional<char[]> askPassword(ServerAddress a) {
        return dialogs.askPassword("server.ui.password",
                Messages.get("server.ui.password.question", a.user(), a.host()));
    }

    private Services open(ServerAddress a, char[] password) {
        try {
            return opener.apply(a, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A refusal of the server at the field it concerns; anything else in a dialog. */
    private void failed(Throwable e) {
        busy.set(false);
        String field = e instanceof AccessDenied ? "user" : e instanceof StorageException se ? switch (se.reason()) {
            case LOGIN_FAILED, NO_PERMISSION -> "user";
            case NO_DATABASE -> "database";
            case SERVER_UNREACHABLE -> "host";
            default -> null;
        } : null;
        if (field != null) {
            errors.show(ValidationException.of(field, "server.ui.refused", ((UserException) e).userMessage()));
        } else {
            dialogs.report(e);
        }
    }

    private void cancelled() {
        busy.set(false);
        status.set(Messages.get("server.ui.cancelled"));
    }

    /** A server database opened to be moved onto, and what the two sides hold. */
    private record Opened(Services services, ServerAddress address, boolean serverHasRecords, String communeThere,
                          boolean hereHasRecords) {
    }
}
