package vn.socongvu.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine.Option;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.StorageException;

/**
 * A backup's password: typed at the prompt ({@code --password}, nothing shown) or read from the first line of a
 * file ({@code --password-file}, for scheduled backups). Never a value on the command line: other users of the PC
 * can read a running program's arguments, and the shell keeps them in its history.
 */
final class PasswordOption {
    /** What a password file may hold at the most: one line. */
    private static final int MAX_FILE = 4096;

    @Option(names = "--password", descriptionKey = "cli.password.ask")
    boolean ask;

    @Option(names = "--password-file", paramLabel = "TỆP", descriptionKey = "cli.password.file")
    Path file;

    /**
     * The password given, or null when none was. @param twice ask again to confirm (a new backup's password)
     * @throws ValidationException when the two typed differ, or a new password is shorter than 6 characters
     */
    char[] password(PrintWriter out, boolean twice) {
        char[] pw = null;
        if (file != null) {
            pw = fromFile();
        } else if (ask) {
            pw = prompt(out, Messages.get("cli.password.prompt"));
            if (twice) {
                char[] again = prompt(out, Messages.get("cli.password.again"));
                boolean same = Arrays.equals(pw, again);
                DataCommand.wipe(again);
                if (!same) {
                    DataCommand.wipe(pw);
                    throw new ValidationException(List.of(new FieldError("password",
                            Messages.get("backup.ui.passwordsDiffer"))));
                }
            }
        }
        if (twice && pw != null && pw.length < 6) {
            DataCommand.wipe(pw);
            throw new ValidationException(List.of(new FieldError("password",
                    Messages.get("backup.ui.passwordShort"))));
        }
        return pw == null || pw.length == 0 ? null : pw;
    }

    private char[] fromFile() {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[MAX_FILE];
            int n = r.read(buf);
            int end = 0;
            while (end < Math.max(0, n) && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            char[] pw = Arrays.copyOf(buf, end);
            Arrays.fill(buf, '\0');
            return pw;
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.IO, "cli.password.fileUnreadable", e, file);
        }
    }

    /** Typed at the prompt, nothing shown on a console (a line of standard input without one); never null. */
    static char[] prompt(PrintWriter out, String question) {
        Console console = System.console();
        if (console != null) {
            char[] pw = console.readPassword("%s", question);
            return pw == null ? new char[0] : pw;
        }
        out.print(question);
        out.flush();
        try {
            String line = DataCommand.stdinLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            return new char[0];
        }
    }
}
