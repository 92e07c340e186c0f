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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.socongvu.i18n.Messages;

/** What every subcommand has: its parent, its spec (for output), and {@code --data-dir}. */
abstract class DataCommand {
    private static BufferedReader stdin;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    /** The data folder: this command's --data-dir, else the main command's, else the default location. */
    Path dataFolder() {
        return root.resolveDataDir(dataDir);
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
