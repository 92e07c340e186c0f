package vn.socongvu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: its parent, its spec (for output), and {@code --data-dir}. */
abstract class DataCommand {
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

    static void wipe(char[] secret) {
        if (secret != null) {
            java.util.Arrays.fill(secret, '\0');
        }
    }
}
