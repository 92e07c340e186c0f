package vn.socongvu.ui.kit;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.log.AppLog;
import vn.socongvu.storage.StorageException;

/**
 * How the window shows an error, in one place: one the clerk can act on ({@link UserException}) as its
 * Vietnamese message; anything else — a bug — as "an unexpected error": what happened, that the change being
 * made was not saved, where the log is, and a button that copies the details for the technician. The stack
 * trace goes to the log. It is also every thread's uncaught-exception handler, the FX thread's included.
 */
public final class ErrorDialog {
    /** The data folder whose log the dialog names (set when the window starts). */
    private static volatile Path dataDir;
    /** One dialog at a time: an error repeated at every layout pulse must not open a window each time. */
    private static Alert showing;
    /** One dialog for a server that stopped answering, however many screens' reads fail with it. */
    private static Alert serverShowing;

    private ErrorDialog() {
    }

    /** Made when an error comes, not as the window starts (Logback is started off the FX thread, with the data). */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorDialog.class);
    }

    /** Makes this the handler of every exception no code caught, on any thread, the FX thread included. */
    public static void install(Path folder) {
        dataDir = folder;
        Thread.setDefaultUncaughtExceptionHandler(ErrorDialog::uncaught);
    }

    /** An exception nothing caught: logged, then shown on the FX thread (never throws). */
    static void uncaught(Thread thread, Throwable e) {
        try {
            if (e instanceof UserException ue) {
                log().info("Uncaught {} ({}) on thread {}", ue.getClass().getSimpleName(), ue.category(),
                        thread.getName(), ue.getCause());
            } else {
                log().error("Uncaught exception on thread {}", thread.getName(), e);
            }
            if (Platform.isFxApplicationThread()) {
                show(null, e);
            } else {
                Platform.runLater(() -> show(null, e));
            }
        } catch (Throwable ignored) {
            // out of memory, or the toolkit is gone: the log line (if any) is all there can be
        }
    }

    /**
     * Shows {@code e} to the clerk: a {@link UserException} by its message, anything else as an unexpected
     * error (logged here when it was not by {@link #uncaught}). Call on the FX thread.
     */
    public static void show(Window owner, Throwable e) {
        if (e instanceof UserException ue) {
            Ui.error(owner, ue.userMessage());
            return;
        }
        if (showing != null && showing.isShowing()) {
            return;
        }
        showing = unexpected(owner, e);
        showing.show();
    }

    /**
     * A screen's background read that the server lost or refused ({@link LatestRequest}): its Vietnamese message in a
     * dialog (the screen says only that it could not read), one at a time. Call on the FX thread.
     */
    public static void serverFailure(StorageException e) {
        if (serverShowing != null && serverShowing.isShowing()) {
            return;
        }
        Alert a = Windows.fit(new Alert(Alert.AlertType.ERROR, e.userMessage(), Dialogs.CLOSE));
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("server-error");
        serverShowing = a;
        a.show();
    }

    /** As {@link #show}, for an error a caller caught: logs it first. */
    public static void report(Window owner, Throwable e) {
        if (!(e instanceof UserException)) {
            log().error("Unexpected error", e);
        }
        show(owner, e);
    }

    /** The dialog of an unexpected error (not shown). */
    static Alert unexpected(Window owner, Throwable e) {
        Path log = logFile();
        String text = log == null ? Messages.get("error.unexpected.textNoLog", e.getClass().getSimpleName())
                : Messages.get("error.unexpected.text", e.getClass().getSimpleName(), log);
        ButtonType copy = new ButtonType(Messages.get("error.unexpected.copy"), ButtonBar.ButtonData.LEFT);
        Alert a = Windows.fit(new Alert(Alert.AlertType.ERROR, text, copy, Dialogs.CLOSE));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("error.unexpected.title"));
        a.getDialogPane().setId("unexpected-error");
        a.getDialogPane().setMinWidth(560);
        Button copyButton = (Button) a.getDialogPane().lookupButton(copy);
        copyButton.setId("unexpected-error-copy");
        String details = details(e, log);
        copyButton.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume(); // the dialog stays open
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Messages.get("error.unexpected.copied"));
        });
        return a;
    }

    /** What the copy button puts on the clipboard: the version, the time, where the log is, the stack trace. */
    static String details(Throwable e, Path log) {
        return "Sổ Công Vụ " + AppLog.version() + ", Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + "\n"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "\n"
                + (log == null ? "" : log + "\n")
                + AppLog.describe(e);
    }

    private static Path logFile() {
        Path folder = dataDir;
        return AppLog.file().orElseGet(() -> folder == null ? null : AppLog.useFolder(folder).orElse(null));
    }
}
