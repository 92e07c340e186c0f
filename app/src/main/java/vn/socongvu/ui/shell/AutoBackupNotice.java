package vn.socongvu.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.log.AppLog;
import vn.socongvu.ui.kit.DialogService;

/**
 * A failed automatic backup, told to the clerk: the daily one at once (a dialog that does not stop the work),
 * the one made when the window closes at the next start — a note left in the log folder for it.
 */
final class AutoBackupNotice {
    /** The note a failed backup at exit leaves: its time, then what the clerk is told, in UTF-8. */
    static final String NOTE = "auto-backup-failed.txt";
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackupNotice.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private AutoBackupNotice() {
    }

    /** Logs a failed automatic backup; @return why it failed, for the clerk */
    static String failed(RuntimeException e, String which) {
        if (e instanceof UserException ue) {
            LOG.warn("Automatic backup ({}) failed: {}", which, ue.getClass().getSimpleName(), ue.getCause());
            return ue.userMessage();
        }
        LOG.error("Automatic backup ({}) failed unexpectedly", which, e);
        return Messages.get("backup.auto.failedUnexpected", e.getClass().getSimpleName());
    }

    static Path note(Path dataDir) {
        return AppLog.fileIn(dataDir).resolveSibling(NOTE);
    }

    /** Leaves the note for the next start (nothing is thrown: the window is closing). */
    static void remember(Path dataDir, String reason) {
        try {
            Path note = note(dataDir);
            Files.createDirectories(note.getParent());
            Files.writeString(note, LocalDateTime.now().withNano(0) + "\n" + reason, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The note of the failed backup could not be written", e);
        }
    }

    /** Shows (without waiting) and removes the note a failed backup at exit left, if any. */
    static void showPending(DialogService dialogs, Path dataDir) {
        Path note = note(dataDir);
        if (!Files.isRegularFile(note)) {
            return;
        }
        try {
            String[] text = Files.readString(note, StandardCharsets.UTF_8).split("\n", 2);
            Files.delete(note);
            String when = SHOWN.format(LocalDateTime.parse(text[0].strip()));
            dialogs.error(Messages.get("backup.auto.failedAtExit", when, text.length > 1 ? text[1] : ""));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The note of a failed backup could not be read", e);
        }
    }
}
