package vn.socongvu.common;

import java.util.List;
import java.util.Map;

import vn.socongvu.i18n.Messages;

/**
 * An error the clerk can cause or act on: every layer throws a subclass of this type, and each front end shows
 * it in one place — the command line's error handler (one Vietnamese line per {@link #userLines() line}, the
 * exit code of its {@link #category()}), the window's error dialog ({@link #userMessage()}). Anything else
 * that escapes is a bug: logged with its stack trace, and shown as "unexpected".
 */
public abstract class UserException extends RuntimeException {
    /** What kind of error it is, for the command line's exit code (README, "Command line"). */
    public enum Category {
        /** Input the clerk gave was refused (exit code 2). */
        INPUT,
        /** The data, a file or the disk could not be read or written (exit code 3). */
        STORAGE,
        /** The clerk stopped the work (exit code 4). */
        CANCELLED
    }

    /** The messages worded apart for the command line (see {@link #forCommandLine}). */
    private static final Map<String, String> COMMAND_LINE_WORDING = Map.of(
            "storage.error.folderNotWritable", "storage.error.folderNotWritable.cli",
            "storage.error.corrupt", "storage.error.corrupt.cli",
            "storage.error.foreign", "storage.error.foreign.cli",
            "storage.error.pathUnusable", "storage.error.pathUnusable.cli",
            "storage.error.diskFull", "storage.error.diskFull.cli",
            "storage.error.dataInBackup", "storage.error.dataInBackup.cli",
            "demo.error.notEmpty", "demo.error.notEmpty.cli");
    private final Category category;

    protected UserException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public final Category category() {
        return category;
    }

    /** What happened and what to do, in Vietnamese; may span several lines. */
    public abstract String userMessage();

    /** The errors, one a line: the command line prints each as an error line ("Lỗi: …"). */
    public List<String> userLines() {
        return userMessage().lines().filter(l -> !l.isBlank()).toList();
    }

    /**
     * A message's command-line wording: the bundle's {@code key.cli} where the window's wording says what to do in
     * the window and the command line names its option or command instead; else the message itself.
     */
    protected static String forCommandLine(String key, Object... args) {
        return Messages.get(COMMAND_LINE_WORDING.getOrDefault(key, key), args);
    }

    /** What the command line prints under the error lines, indented (the problems of a refused file). */
    public List<String> details() {
        return List.of();
    }
}
