package vn.socongvu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;

/**
 * What every subcommand has: its parent, its spec (for output), and where the data is: {@code --data-dir} (a
 * folder on this PC) or {@code --database} (a PostgreSQL server, its password from the environment or asked).
 */
abstract class DataCommand {
    private static BufferedReader stdin;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    /**
     * The data folder: this command's --data-dir, else the main command's, else the default location; with
     * --database, the server's local folder on this PC (its lock, log and automatic backups, never a database).
     */
    Path dataFolder() {
        ServerAddress a = server();
        return a == null ? root.resolveDataDir(dataDir) : localFolder(a);
    }

    /** Where a server's local files are kept on this PC (server-spec decision 4). */
    static Path localFolder(ServerAddress a) {
        return Services.serverFolder(a);
    }

    /**
     * The server named by --database (this command's, else the main command's), or null when the data is a folder
     * on this PC. @throws ParameterException when --data-dir is given as well (input refused, exit code 2)
     */
    ServerAddress server() {
        String text = root.resolveDatabase(dataDir);
        if (text == null) {
            return null;
        }
        if (givenDataFolder() != null) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.database.both"));
        }
        return ServerAddress.parse(text);
    }

    /** The data opened: the folder's database (locked, created or migrated), or the server's after signing in. */
    Services openData() {
        ServerAddress a = server();
        if (a == null) {
            return Services.open(dataFolder());
        }
        char[] password = ServerPassword.of(a, out());
        try {
            return Services.openServer(a, password);
        } finally {
            wipe(password);
        }
    }

    /**
     * For a command that only reads: a data folder's database opened read-only ({@link Services#openForReading});
     * a server's as for any command (its login's rights decide what it may do).
     */
    Services openDataForReading() {
        return server() == null ? Services.openForReading(dataFolder()) : openData();
    }

    /** Where the data opened is, for a message: the folder, or the server's address (without a password). */
    String place(Services s) {
        return s.db().server().map(ServerAddress::toString).orElseGet(() -> s.db().folder().dir().toString());
    }

    /** The data folder only if one was given on the command line, else null. */
    Path givenDataFolder() {
        return root.explicitDataDir(dataDir);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Asks on the console; true only for an answer starting with "c" (có). */
    boolean confirmed(String question) throws IOException {
        out().print(question);
        out().flush();
        String answer = stdinLine();
        boolean yes = answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("c");
        if (!yes) {
            out().println(Messages.get("cli.cancelled"));
        }
        return yes;
    }

    /**
     * A line typed on standard input (null at its end). One reader for every question of a run: a reader of its
     * own per question could take the next answer into its buffer.
     */
    static synchronized String stdinLine() throws IOException {
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8));
        }
        return stdin.readLine();
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
