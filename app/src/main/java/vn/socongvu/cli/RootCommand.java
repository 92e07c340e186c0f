package vn.socongvu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.DataFolder;

/** {@code socongvu}: opens the window, or runs a subcommand. */
@Command(name = "socongvu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE, sortOptions = false,
        subcommands = {DemoCommand.class, BackupCommand.class, RestoreCommand.class, ScreenshotsCommand.class,
            SampleDocumentsCommand.class, ReportCommand.class, ExportDataCommand.class, ImportDataCommand.class,
            AotCacheCommand.class, ImportPlanCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        Path dir = resolveDataDir(null);
        // JavaFX classes are loaded only from here on: subcommands never touch them.
        vn.socongvu.ui.SoCongVuApp.start(dir); // returns when the window is closed
        return 0;
    }

    /** The subcommand's {@code --data-dir}, else the main command's, else the default location. */
    Path resolveDataDir(DataDirOption sub) {
        if (sub != null && sub.dataDir != null) {
            return sub.dataDir;
        }
        if (dataDir != null && dataDir.dataDir != null) {
            return dataDir.dataDir;
        }
        return DataFolder.defaultLocation();
    }

    /** The data folder given on the command line (subcommand's or main command's), or null when none was. */
    Path explicitDataDir(DataDirOption sub) {
        boolean given = (sub != null && sub.dataDir != null) || (dataDir != null && dataDir.dataDir != null);
        return given ? resolveDataDir(sub) : null;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ParameterErrorHandler());
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
