package vn.socongvu.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.ui.shell.SoCongVuApp;

/** {@code socongvu}: opens the window, or runs a subcommand. */
@Command(name = "socongvu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class RootCommand implements Callable<Integer> {
    /** The subcommands by name, in the order the help lists them; each made only when its command line is. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand::new);
        m.put("backup", BackupCommand::new);
        m.put("restore", RestoreCommand::new);
        m.put("screenshots", ScreenshotsCommand::new);
        m.put("sample-documents", SampleDocumentsCommand::new);
        m.put("report", ReportCommand::new);
        m.put("evaluation", EvaluationCommand::new);
        m.put("export-data", ExportDataCommand::new);
        m.put("import-data", ImportDataCommand::new);
        m.put("aot-cache", AotCacheCommand::new);
        m.put("import-plan", ImportPlanCommand::new);
        m.put("staff-template", StaffTemplateCommand::new);
        m.put("import-staff", ImportStaffCommand::new);
        m.put("copy-to-server", CopyToServerCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Integer call() {
        if (dataDir != null && dataDir.database != null) {
            if (dataDir.dataDir != null) {
                throw new ParameterException(spec.commandLine(), Messages.get("cli.database.both"));
            }
            // The window on a server: its password from the environment if set, else the window's sign-in asks it.
            ServerAddress address = ServerAddress.parse(dataDir.database);
            SoCongVuApp.startServer(address, ServerPassword.fromEnvironment()); // returns when the window is closed
            return 0;
        }
        Path dir = resolveDataDir(null);
        // JavaFX classes are loaded only from here on: subcommands never touch them.
        SoCongVuApp.start(dir, explicitDataDir(null) != null, null); // returns when the window is closed
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

    /** The subcommand's {@code --database}, else the main command's, else null. */
    String resolveDatabase(DataDirOption sub) {
        if (sub != null && sub.database != null) {
            return sub.database;
        }
        return dataDir != null ? dataDir.database : null;
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
        WindowStart window = windowStart(args);
        if (window != null) {
            // The everyday start: no subcommand, at most a data folder and a file. Building picocli's model of every
            // subcommand costs ~0.2 s before the window could start (README, Performance), so it is skipped.
            if (!SoCongVuApp.start(window.dataDir(), window.named(), window.file())) {
                // handed to the window already open on this data, which came to the front
                new PrintWriter(System.out, true, StandardCharsets.UTF_8).println(Messages.get("cli.window.handedOver"));
            }
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
     * What the window is started with.
     * @param dataDir the data folder named, else the default one
     * @param named   whether it was named ({@code --data-dir}); if not, the window opens the folder it last used
     * @param file    a file to open (absolute), as a file manager gives it: a backup opened with the app; or null
     */
    record WindowStart(Path dataDir, boolean named, Path file) {
    }

    /**
     * The data folder to open the window on when the arguments are only that (none, {@code --data-dir DIR}
     * or {@code --data-dir=DIR}); null for anything else, which picocli parses (help, errors, subcommands).
     */
    static Path windowDataDir(String... args) {
        WindowStart w = windowStart(args);
        return w == null || w.file() != null ? null : w.dataDir();
    }

    /**
     * The window's start when the arguments are only a data folder ({@code --data-dir DIR}, {@code --data-dir=DIR})
     * and a file to open (a path, or a {@code file:} URI, as a file manager passes them), each at most once and in
     * any order; null for anything else, which picocli parses (help, errors, subcommands). A bare word that is no
     * path ("demoo": a mistyped command) is picocli's too, which says what is wrong with it.
     */
    static WindowStart windowStart(String... args) {
        Path dir = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            Path p;
            if (dir == null && a.equals("--data-dir") && i + 1 < args.length) {
                p = dir = path(args[++i]);
            } else if (dir == null && a.startsWith("--data-dir=")) {
                p = dir = path(a.substring("--data-dir=".length()));
            } else if (file == null && isFileArgument(a)) {
                p = file = filePath(a);
            } else {
                return null;
            }
            if (p == null) {
                return null; // picocli says what is wrong with it
            }
        }
        return new WindowStart(dir == null ? DataFolder.defaultLocation() : dir, dir != null,
                file == null ? null : file.toAbsolutePath().normalize());
    }

    /** A bare argument naming a file: no option, no subcommand; a path (a separator, an extension) or an existing file. */
    private static boolean isFileArgument(String a) {
        if (a.isBlank() || a.startsWith("-") || SUBCOMMANDS.containsKey(a)) {
            return false;
        }
        if (a.startsWith("file:") || a.indexOf('/') >= 0 || a.indexOf('\\') >= 0 || a.indexOf('.') > 0) {
            return true;
        }
        Path p = path(a);
        return p != null && Files.exists(p);
    }

    private static Path filePath(String a) {
        if (a.startsWith("file:")) {
            try {
                return Path.of(new URI(a));
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                return null;
            }
        }
        return path(a);
    }

    private static Path path(String s) {
        try {
            return s.isBlank() ? null : Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
