package vn.socongvu.launch;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.SafeFiles;

/**
 * The start-up cache (JDK 25's ahead-of-time cache): the classes the app loads, already parsed and
 * linked, with the profiles of a training run, so that the window opens in about half the time.
 *
 * <p>{@link #build} starts a second JVM with the very options this one was started with plus
 * {@code -XX:AOTCacheOutput}, which runs a training workload ({@code aot-cache --train}) and writes the cache
 * at its exit. Every class in a cache is loaded before {@code main}, so a cache fits one use: the start
 * command's ({@link Workload#WINDOW}: the window alone) or the subcommands' ({@link Workload#COMMANDS}: an
 * annual report and a backup, no window), each trained on a demo commune made beforehand by a process that
 * writes no cache. A cache only fits the JDK, the JVM options and the exact jar files it was made with; a
 * stamp file beside it records them, so that it can be told current without starting a JVM, the build
 * is skipped when nothing changed, and a cache that no longer fits is deleted before anything else:
 * the JVM is meant to refuse a cache whose jars changed, but JDK 25 up to 25.0.3 does not check them
 * (JDK-8377932) and would run the classes of the old jar.
 */
public final class AotCache {
    /** How long a training run may take before it is stopped (it takes about half a minute). */
    private static final long TRAINING_TIMEOUT_MINUTES = 10;

    private AotCache() {
    }

    /** What a training run does, so what its cache holds. */
    public enum Workload {
        /** The window opened on a data folder until Tổng quan has its figures: the start command's cache. */
        WINDOW,
        /**
         * An annual report written, then a backup made: the subcommands' cache. Not the window: its ~6,700
         * classes would be loaded before every subcommand (a report export ~0.2 s later).
         */
        COMMANDS
    }

    /** The stamp file recording what {@code cache} was made with. */
    static Path stampFile(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".stamp");
    }

    /** True when the cache exists and its stamp is {@code stamp} (this JDK, these JVM options, these jars). */
    static boolean isCurrent(Path cache, String stamp) throws IOException {
        Path stampFile = stampFile(cache);
        return Files.isRegularFile(cache) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp);
    }

    /**
     * What a cache depends on: the JDK, the JVM's options (those about the cache itself left out),
     * and every class-path jar (the manifest's Class-Path included) with its size and time.
     */
    static String stamp(String classPath, List<String> options, Workload workload) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("workload=").append(workload).append('\n');
        s.append("java.home=").append(System.getProperty("java.home")).append('\n');
        s.append("java.vm.version=").append(System.getProperty("java.vm.version")).append('\n');
        for (String arg : options) {
            s.append("option=").append(arg).append('\n');
        }
        for (Path jar : classPathJars(classPath)) {
            s.append("jar=").append(jar).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        return s.toString();
    }

    /** This JVM's options as given (argument files expanded), without those that name a cache or its logging. */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-XX:AOT") && !arg.startsWith("-Xlog:aot") && !arg.startsWith("-Djava.class.path")) {
                options.add(arg);
            }
        }
        return options;
    }

    /** The class path's jars in order, each followed by the jars its manifest's Class-Path names. */
    static List<Path> classPathJars(String classPath) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path jar = Path.of(entry).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IOException(Messages.get("cli.aot.notJar", jar));
            }
            jars.add(jar);
            try (JarFile f = new JarFile(jar.toFile())) {
                Manifest m = f.getManifest();
                String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                if (cp != null) {
                    for (String rel : cp.trim().split("\\s+")) {
                        Path lib = jar.resolveSibling(rel).normalize();
                        if (Files.isRegularFile(lib)) {
                            jars.add(lib);
                        }
                    }
                }
            }
        }
        return jars;
    }

    /**
     * Makes the cache at {@code cache} (written under a temporary name, then moved into place, the stamp
     * last) unless it is current. Returns false, with the reason written to {@code log}, when the training
     * run failed: the app then simply starts without a cache.
     */
    public static boolean build(Path cache, Workload workload, boolean force, boolean train, PrintWriter log)
            throws IOException, InterruptedException {
        return build(cache, workload, force, train, log, System.getProperty("java.class.path"), jvmOptions());
    }

    static boolean build(Path cache, Workload workload, boolean force, boolean train, PrintWriter log,
            String classPath, List<String> options) throws IOException, InterruptedException {
        String stamp = stamp(classPath, options, workload);
        if (!force && isCurrent(cache, stamp)) {
            log.println(Messages.get("cli.aot.current", cache));
            return true;
        }
        // A stale cache goes first: JDK 25.0.3 and older do not notice a changed jar (JDK-8377932) and would
        // run the old classes from the cache. Without a cache the app is only slower.
        Files.deleteIfExists(stampFile(cache));
        Files.deleteIfExists(cache);
        if (!train) {
            log.println(Messages.get("cli.aot.removed", cache));
            return false;
        }
        Path dir = cache.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(cache.getFileName() + ".tmp");
        Path work = Files.createTempDirectory("socongvu-aot-training");
        try {
            String java = ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Path output = work.resolve("training.log");
            log.println(Messages.get("cli.aot.making", cache));
            log.flush();
            // The training's data is made by a process that writes no cache: making a demo (Flyway's migrations,
            // the generator) stays out of both caches.
            List<String> demo = new ArrayList<>(List.of(java));
            demo.addAll(options);
            demo.addAll(List.of("-cp", classPath, "vn.socongvu.Main", "demo", "--data-dir",
                    work.resolve("data").toString(), "--years", "2"));
            if (!run(demo, output, log)) {
                return false;
            }
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(options);
            cmd.add("-XX:AOTCacheOutput=" + tmp);
            cmd.add("-Xlog:aot=error"); // not the thousands of "Skipping class …" notes
            // The training opens the window on JavaFX's headless platform; no display is needed.
            cmd.add("-Dglass.platform=headless");
            cmd.add("-Dprism.order=sw");
            cmd.addAll(List.of("-cp", classPath, "vn.socongvu.Main", "aot-cache", "--workload=" + workload,
                    "--train", work.toString()));
            if (!run(cmd, output, log)) {
                return false;
            }
            if (!Files.isRegularFile(tmp)) { // the JVM ran the training but wrote no cache
                failed(0, output, log);
                return false;
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(stampFile(cache), stamp, StandardCharsets.UTF_8);
            log.println(Messages.get("cli.aot.written", cache, Files.size(cache) / (1024 * 1024)));
            return true;
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir.resolve(cache.getFileName() + ".tmp.config"));
            SafeFiles.deleteTree(work);
        }
    }

    /** Runs one step of the training, its output to {@code output}; false, with the reason in {@code log}, if it failed. */
    private static boolean run(List<String> cmd, Path output, PrintWriter log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        if (!p.waitFor(TRAINING_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            log.println(Messages.get("cli.aot.timeout", TRAINING_TIMEOUT_MINUTES));
            return false;
        }
        if (p.exitValue() != 0) {
            failed(p.exitValue(), output, log);
            return false;
        }
        return true;
    }

    private static void failed(int exitValue, Path output, PrintWriter log) throws IOException {
        log.println(Messages.get("cli.aot.failed", exitValue));
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(log::println);
    }
}
