package vn.socongvu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.ui.shell.SoCongVuApp;

/** {@code socongvu}: opens the window, or runs a subcommand. */
@Command(name = "socongvu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class RootCommand implements Callable<Integer> {
    /** The subcommands by name, in the order the help lists them; each made only when its command line is. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Mixin
    DataDirOption dataDir;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand::new);
        m.put("backup", BackupCommand::new);
        m.put("restore", RestoreCommand::new);
        m.put("screenshots", ScreenshotsCommand::new);
        m.put("sample-documents", SampleDocumentsCommand::new);
        m.put("report", ReportCommand::new);
        m.put("export-data", ExportDataCommand::new);
        m.put("import-data", ImportDataCommand::new);
        m.put("aot-cache", AotCacheCommand::new);
        m.put("import-plan", ImportPlanCommand::new);
        m.put("staff-template", StaffTemplateCommand::new);
        m.put("import-staff", ImportStaffCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Integer call() {
        Path dir = resolveDataDir(null);
        // JavaFX classes are loaded only from here on: subcommands never touch them.
        SoCongVuApp.start(dir, explicitDataDir(null) != null); // returns when the window is closed
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

    /** The whole command line: the main command and every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(Collection<String> subcommands) {
        CommandLine cl = new CommandLine(new RootCommand());
        for (String name : subcommands) {
            cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ParameterErrorHandler());
        return cl;
    }

    /**
     * The command line that runs these arguments. With a subcommand named first, picocli's model holds that one
     * alone: the model of all ten took ~0.1 s more of every subcommand's run (picocli reads each class's
     * annotations by reflection, in code the start-up cache cannot hold: picocli is compiled for Java 5).
     * Anything else (help, a mistyped name) gets the whole command line, so that the help lists them all.
     */
    static CommandLine commandLineFor(String... args) {
        return args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? commandLine(List.of(args[0])) : commandLine();
    }

    public static int run(String... args) {
        Path window = windowDataDir(args);
        if (window != null) {
            // The everyday start: no subcommand, at most a data folder. Building picocli's model of every
            // subcommand costs ~0.2 s before the window could start (README, Performance), so it is skipped.
            SoCongVuApp.start(window, args.length > 0);
            return 0;
        }
        CommandLine cl = commandLineFor(args);
        try {
            return cl.execute(args);
        } finally {
            // print() does not flush an auto-flushing PrintWriter (only println does): without this, what a command
            // printed last (import-plan's JSON) stays in the encoder's 8 KiB buffer when main exits.
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /**
     * The data folder to open the window on when the arguments are only that (none, {@code --data-dir DIR}
     * or {@code --data-dir=DIR}); null for anything else, which picocli parses (help, errors, subcommands).
     */
    static Path windowDataDir(String... args) {
        String dir;
        if (args.length == 0) {
            return DataFolder.defaultLocation();
        } else if (args.length == 1 && args[0].startsWith("--data-dir=")) {
            dir = args[0].substring("--data-dir=".length());
        } else if (args.length == 2 && args[0].equals("--data-dir")) {
            dir = args[1];
        } else {
            return null;
        }
        try {
            return dir.isBlank() ? null : Path.of(dir);
        } catch (InvalidPathException e) {
            return null; // picocli says what is wrong with it
        }
    }
}
