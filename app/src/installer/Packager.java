import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the installers of Sổ Công Vụ for the platform it runs on: {@code mvn -f app -Dmaven.test.skip=true
 * -Pinstaller package} runs it (a single-file program, {@code java Packager.java …}, on the toolchain's JDK 25)
 * after {@code package} has laid out {@code target/socongvu.jar} and {@code target/lib}. See docs/installer.md.
 *
 * <ol>
 * <li>a runtime (jlink) with only the JDK modules the app uses and JavaFX, linked from the JavaFX platform jars
 *     as modules; JavaFX's native libraries are put where it loads them from a linked runtime (so nothing is
 *     unpacked into ~/.openjfx at start);</li>
 * <li>the app image (jpackage {@code --type app-image}): that runtime, the app's jar and libraries, the window's
 *     launcher and the command-line launcher, each with the JVM options the README's start command uses;</li>
 * <li>the two start-up caches trained <em>on that runtime</em>, with the image's own jars at their final places,
 *     then put in the image beside the jars (the launchers name them through {@code $APPDIR});</li>
 * <li>the installer(s) of the platform from that image, and the image itself as a portable folder and archive.</li>
 * </ol>
 *
 * Everything that differs by platform is in {@link Os} and in the jpackage argument file
 * {@code src/installer/<os>.options} (with the platform's resources in {@code src/installer/<os>/}).
 */
public final class Packager {
    /**
     * The JDK modules of the runtime. jdeps over the app's jar and libraries
     * ({@code jdeps --multi-release 25 --ignore-missing-deps --print-module-deps}) names java.base, java.compiler,
     * java.desktop, java.instrument, java.management, java.naming, java.scripting, java.security.jgss, java.sql,
     * java.xml.crypto and jdk.net (run at build time it takes about a minute, so the list is kept here; a test
     * checks it against what the classes use). Added by hand, for what the classes load by name: jdk.localedata
     * (the Vietnamese collation and date names; only the vi and en locales are linked), jdk.charsets (a
     * Vietnamese Windows console and file names in code page 1258) and jdk.unsupported (JavaFX, H2).
     */
    static final List<String> JDK_MODULES = List.of("java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.management", "java.naming", "java.scripting", "java.security.jgss", "java.sql", "java.xml.crypto",
            "jdk.net", "jdk.localedata", "jdk.charsets", "jdk.unsupported");
    /** JavaFX, linked as modules from its platform jars; javafx.controls brings javafx.graphics and javafx.base. */
    static final String JAVAFX_MODULES = "javafx.controls";
    static final String MAIN_CLASS = "vn.socongvu.Main";
    static final String MAIN_JAR = "socongvu.jar";
    /** The command-line launcher beside the window's: subcommands with their own heap and start-up cache. */
    static final String CLI_LAUNCHER = "socongvu-cli";
    static final String WINDOW_CACHE = "socongvu.aot";
    static final String CLI_CACHE = "socongvu-subcommands.aot";
    static final String VENDOR = "Sổ Công Vụ";
    static final String DESCRIPTION = "Sổ Công Vụ: kế hoạch, nhiệm vụ, cuộc họp, kiểm tra công vụ và báo cáo định kỳ"
            + " của Văn phòng HĐND và UBND xã";
    static final String COPYRIGHT = "Sổ Công Vụ";

    /**
     * The time of every file of the app image and of the installed program (seconds since 1970): the caches
     * recorded the jars with it (see {@link #run}).
     */
    static final long FILE_TIME = 1_767_225_600L; // 2026-01-01 00:00 UTC

    private final Path target;
    private final Path installerDir;
    private final Os os;
    private final String version;
    private final List<String> jvmOptions;
    private final List<String> heapWindow;
    private final List<String> heapCommands;
    private final List<String> platformJvmOptions;
    private final PrintWriter log = new PrintWriter(System.out, true);

    Packager(Map<String, String> args) throws IOException {
        target = Path.of(required(args, "target")).toAbsolutePath();
        installerDir = Path.of(required(args, "installer-dir")).toAbsolutePath();
        os = Os.current();
        version = packageVersion(required(args, "version"));
        jvmOptions = readArgFile(Path.of(required(args, "jvm-options")));
        heapWindow = split(required(args, "heap-window"));
        heapCommands = split(required(args, "heap-commands"));
        platformJvmOptions = split(args.getOrDefault("platform-jvm-options", ""));
    }

    /** Everything that differs by platform, besides the jpackage argument file {@code <os>.options}. */
    enum Os {
        /** A .deb; JavaFX loads its libraries from the runtime's lib/; the app image's runtime in lib/runtime. */
        LINUX("linux", "socongvu", List.of("deb"), "lib", "lib/app", "lib/runtime", ".so", false, "tar.gz"),
        /**
         * An MSI (per-user, no administrator). The name is written without its diacritics: an MSI database is
         * written in one ANSI code page, and none has Vietnamese's precomposed letters (docs/installer.md).
         * JavaFX's DLLs go to the runtime's bin/. The command-line launcher is a console program.
         */
        WINDOWS("windows", "SoCongVu", List.of("msi"), "bin", "app", "runtime", ".dll", true, "zip"),
        /** A .dmg with the .app bundle. */
        MAC("mac", "SoCongVu", List.of("dmg"), "lib", "Contents/app", "Contents/runtime/Contents/Home", ".dylib",
                false, "tar.gz");

        final String id;
        final String name;
        final List<String> types;
        /** Where, in a runtime image, JavaFX looks for its native libraries when its modules are linked in. */
        final String nativeLibDir;
        /** The app's folder and the runtime's home inside the app image. */
        final String appDir;
        final String runtimeHome;
        final String nativeSuffix;
        final boolean consoleCli;
        final String archive;

        Os(String id, String name, List<String> types, String nativeLibDir, String appDir, String runtimeHome,
                String nativeSuffix, boolean consoleCli, String archive) {
            this.id = id;
            this.name = name;
            this.types = types;
            this.nativeLibDir = nativeLibDir;
            this.appDir = appDir;
            this.runtimeHome = runtimeHome;
            this.nativeSuffix = nativeSuffix;
            this.consoleCli = consoleCli;
            this.archive = archive;
        }

        static Os current() {
            return of(System.getProperty("os.name"));
        }

        static Os of(String osName) {
            String n = osName.toLowerCase(Locale.ROOT);
            if (n.startsWith("windows")) {
                return WINDOWS;
            }
            if (n.startsWith("mac")) {
                return MAC;
            }
            if (n.startsWith("linux")) {
                return LINUX;
            }
            throw new IllegalStateException("No installer is made on " + osName);
        }

        /**
         * The text an installer may hold: an MSI database is written in one ANSI code page (1252 by jpackage's
         * WiX files), and none holds Vietnamese's letters, so on Windows the installer's own strings (vendor,
         * description, the file type's name) are written without diacritics; the app itself is in Vietnamese.
         */
        String installerText(String text) {
            return this == WINDOWS ? withoutDiacritics(text) : text;
        }

        /** The app image's folder as jpackage names it. */
        String imageName() {
            return this == MAC ? name + ".app" : name;
        }

        String launcherFile(String launcher) {
            return this == WINDOWS ? launcher + ".exe" : launcher;
        }

        String binDir() {
            return this == MAC ? "Contents/MacOS" : this == WINDOWS ? "" : "bin";
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Expected --name=value, got: " + a);
            }
            args.put(a.substring(2, eq), a.substring(eq + 1));
        }
        new Packager(args).run();
    }

    void run() throws IOException, InterruptedException {
        Path work = target.resolve("installer-work");
        Path out = target.resolve("installer");
        deleteTree(work);
        deleteTree(out);
        Files.createDirectories(work);
        Files.createDirectories(out);
        long start = System.nanoTime();

        Path runtime = work.resolve("runtime");
        linkRuntime(runtime);
        step("runtime", start, runtime);

        Path input = work.resolve("input");
        layOutInput(input);
        Path images = work.resolve("image");
        appImage(input, runtime, images);
        Path image = images.resolve(os.imageName());
        step("app image", start, image);

        // The caches record each jar's size and time, and the JVM refuses a cache whose jars differ. jpackage copies
        // the image when it makes the installer (new times); dpkg-deb then writes every time newer than
        // SOURCE_DATE_EPOCH as that time. So the image's files get that time before the training, and the
        // package step runs with it (see installer()): the installed jars have the times the caches recorded.
        setTimes(image, FILE_TIME);
        trainCache(image, os.name, WINDOW_CACHE, "WINDOW");
        trainCache(image, CLI_LAUNCHER, CLI_CACHE, "COMMANDS");
        step("start-up caches", start, image);

        for (String type : os.types) {
            installer(type, image, out);
        }
        Path portable = out.resolve(os.imageName());
        copyTree(image, portable);
        archive(out, os.imageName(), os.name.toLowerCase(Locale.ROOT) + "-" + version + "-" + os.id + "."
                + os.archive);
        step("installers", start, out);
        try (Stream<Path> files = Files.list(out)) {
            files.sorted().forEach(f -> log.printf("  %s (%d MB)%n", f, size(f) / (1024 * 1024)));
        }
    }

    /** jlink: the JDK modules the app uses and JavaFX's, from the JavaFX platform jars in target/lib. */
    void linkRuntime(Path runtime) throws IOException {
        List<Path> fx = javafxModuleJars();
        List<String> modules = new ArrayList<>(JDK_MODULES);
        modules.add(JAVAFX_MODULES);
        tool("jlink", jlinkArgs(fx, modules, runtime));
        // JavaFX loads its native libraries from the runtime when its modules are linked in (NativeLibLoader:
        // java.home/lib, on Windows java.home/bin) and only otherwise unpacks its jar's copies into ~/.openjfx.
        Path libs = runtime.resolve(os.nativeLibDir);
        for (Path jar : fx) {
            try (JarFile j = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    if (!entry.isDirectory() && !entry.getName().contains("/")
                            && entry.getName().endsWith(os.nativeSuffix)) {
                        Files.copy(j.getInputStream(entry), libs.resolve(entry.getName()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static List<String> jlinkArgs(List<Path> fxJars, List<String> modules, Path output) {
        List<String> a = new ArrayList<>();
        a.add("--module-path");
        a.add(String.join(File.pathSeparator, fxJars.stream().map(Path::toString).toList()));
        a.add("--add-modules");
        a.add(String.join(",", modules));
        a.addAll(List.of("--include-locales=en,vi", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--compress=zip-6"));
        // The jars' native libraries (copied to the runtime's library folder instead) and the SWT bridge jar
        // stay out of the modules file.
        a.add("--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib|jar)");
        a.add("--output");
        a.add(output.toString());
        return a;
    }

    /** The JavaFX jars that hold modules (the platform's: the jars without a classifier are empty). */
    List<Path> javafxModuleJars() throws IOException {
        List<Path> fx = new ArrayList<>();
        for (Path jar : libraries(target)) {
            if (jar.getFileName().toString().startsWith("javafx-")) {
                try (JarFile j = new JarFile(jar.toFile())) {
                    if (j.getEntry("module-info.class") != null) {
                        fx.add(jar);
                    }
                }
            }
        }
        if (fx.isEmpty()) {
            throw new IOException("No JavaFX module jar in " + target.resolve("lib"));
        }
        return fx;
    }

    /**
     * The app's jar and its libraries but JavaFX (in the runtime). The jar's manifest loses its Class-Path: the
     * launcher names every jar, and a Class-Path naming the JavaFX jars left out would only be looked for.
     */
    void layOutInput(Path input) throws IOException {
        Files.createDirectories(input.resolve("lib"));
        try (JarFile in = new JarFile(target.resolve(MAIN_JAR).toFile())) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
            try (OutputStream o = Files.newOutputStream(input.resolve(MAIN_JAR));
                    JarOutputStream jar = new JarOutputStream(o, m)) {
                for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    jar.putNextEntry(copy);
                    in.getInputStream(entry).transferTo(jar);
                    jar.closeEntry();
                }
            }
        }
        for (Path jar : libraries(target)) {
            if (!jar.getFileName().toString().startsWith("javafx-")) {
                Files.copy(jar, input.resolve("lib").resolve(jar.getFileName()));
            }
        }
    }

    /**
     * The libraries the app's jar names in its manifest's Class-Path (the build's runtime dependencies), not
     * whatever target/lib holds: a library left there by an earlier build (another version of H2, say) would
     * otherwise go into the package too.
     */
    static List<Path> libraries(Path target) throws IOException {
        String classPath;
        try (JarFile in = new JarFile(target.resolve(MAIN_JAR).toFile())) {
            classPath = in.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        }
        if (classPath == null || classPath.isBlank()) {
            throw new IOException("No Class-Path in " + target.resolve(MAIN_JAR));
        }
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.strip().split("\\s+")) {
            Path jar = target.resolve(entry);
            if (!Files.isRegularFile(jar)) {
                throw new IOException("The app's jar names " + entry + ", which is not in " + target);
            }
            jars.add(jar);
        }
        return jars;
    }

    /** jpackage --type app-image: the window's launcher, and the command-line one (add-launcher). */
    void appImage(Path input, Path runtime, Path dest) throws IOException {
        Path cli = target.resolve("installer-work").resolve(CLI_LAUNCHER + ".properties");
        Files.writeString(cli, cliLauncherProperties(os, heapCommands, jvmOptions, platformJvmOptions),
                StandardCharsets.UTF_8);
        List<String> a = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(), "--name", os.name,
                "--app-version", version, "--vendor", os.installerText(VENDOR),
                "--description", os.installerText(DESCRIPTION), "--copyright", os.installerText(COPYRIGHT),
                "--input", input.toString(), "--main-jar", MAIN_JAR, "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon().toString(),
                "--add-launcher", CLI_LAUNCHER + "=" + cli));
        for (String o : launcherOptions(heapWindow, jvmOptions, platformJvmOptions, WINDOW_CACHE)) {
            a.add("--java-options");
            a.add(o);
        }
        tool("jpackage", a);
    }

    /**
     * The JVM options of a launcher: the README's start command's (app/jvm.options, the heap, the platform's
     * options, native access, UTF-8), then its start-up cache in the launcher's folder. No {@code -Xlog:aot=off}:
     * the cache is made for this image, and JAVA_TOOL_OPTIONS' {@code -Xlog:aot=info} (CI) must still show it.
     */
    static List<String> launcherOptions(List<String> heap, List<String> jvmOptions, List<String> platform,
            String cache) {
        List<String> o = new ArrayList<>(jvmOptions);
        o.addAll(heap);
        o.addAll(platform);
        // JavaFX is a named module in the runtime: its native access is granted by name.
        o.add("--enable-native-access=javafx.graphics,ALL-UNNAMED");
        o.add("-Dfile.encoding=UTF-8");
        o.add("-XX:AOTCache=$APPDIR/" + cache);
        return o;
    }

    static String cliLauncherProperties(Os os, List<String> heap, List<String> jvmOptions, List<String> platform) {
        StringBuilder p = new StringBuilder();
        p.append("# The command-line launcher: subcommands (socongvu-cli report …), their heap and start-up cache.\n");
        p.append("java-options=").append(String.join(" ",
                launcherOptions(heap, jvmOptions, platform, CLI_CACHE))).append('\n');
        p.append("description=").append(escape(os.installerText("Sổ Công Vụ – dòng lệnh"))).append('\n');
        p.append("win-console=").append(os.consoleCli).append('\n');
        // No menu entry or shortcut of its own: it is for a terminal.
        p.append("win-menu=false\nwin-shortcut=false\nlinux-shortcut=false\n");
        return p.toString();
    }

    /**
     * Trains a launcher's start-up cache on the image's own runtime, with the launcher's options and class path
     * (read from its .cfg, the image's paths in place of $APPDIR), and puts it where the launcher names it.
     */
    void trainCache(Path image, String launcher, String cache, String workload)
            throws IOException, InterruptedException {
        Path appDir = image.resolve(os.appDir);
        Launcher cfg = Launcher.read(appDir.resolve(launcher + ".cfg"), appDir);
        Path java = image.resolve(os.runtimeHome).resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
        Path out = appDir.resolve(cache);
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(cfg.trainingOptions());
        // The training's window would remember its data folders in the builder's own window settings.
        cmd.add("-Dsocongvu.userSettings=" + target.resolve("installer-work").resolve("training-window.properties"));
        cmd.addAll(List.of("-cp", String.join(File.pathSeparator, cfg.classPath), MAIN_CLASS, "aot-cache",
                "--workload=" + workload, "--out", out.toString(), "--force"));
        log.println("Training " + cache + " on the image's runtime");
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(out)) {
            p.destroyForcibly();
            throw new IOException("The start-up cache " + cache + " was not made (exit " + p.exitValue() + ")");
        }
        // Its stamp names this build's folders; the image needs only the cache.
        Files.deleteIfExists(appDir.resolve(cache + ".stamp"));
    }

    /** A launcher's .cfg as jpackage wrote it: its JVM options and class path ($APPDIR resolved). */
    record Launcher(List<String> options, List<String> classPath) {
        static Launcher read(Path cfg, Path appDir) throws IOException {
            List<String> options = new ArrayList<>();
            List<String> cp = new ArrayList<>();
            String app = appDir.toString();
            for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
                if (line.startsWith("java-options=")) {
                    options.add(line.substring("java-options=".length()).replace("$APPDIR", app));
                } else if (line.startsWith("app.classpath=")) {
                    cp.add(line.substring("app.classpath=".length()).replace("$APPDIR", app));
                }
            }
            if (cp.isEmpty()) {
                throw new IOException("No class path in " + cfg);
            }
            return new Launcher(options, cp);
        }

        /** The options the launcher starts the JVM with, but the cache it names (the training writes it). */
        List<String> trainingOptions() {
            return options.stream().filter(o -> !o.startsWith("-XX:AOTCache=")).toList();
        }
    }

    /** jpackage --type deb|msi|dmg from the app image, with the platform's argument file and resources. */
    void installer(String type, Path image, Path out) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--dest",
                out.toString(), "--name", os.name, "--app-version", version, "--vendor", os.installerText(VENDOR),
                "--description", os.installerText(DESCRIPTION), "--copyright", os.installerText(COPYRIGHT),
                "--icon", icon().toString(),
                "--file-associations", association(target.resolve("installer-work")).toString()));
        Path resources = installerDir.resolve(os.id);
        if (Files.isDirectory(resources)) {
            a.add("--resource-dir");
            a.add(resources.toString());
        }
        a.add("@" + installerDir.resolve(os.id + ".options"));
        // A process of its own, for the environment of the packaging tools it starts (dpkg-deb): the files' times.
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                os == Os.WINDOWS ? "jpackage.exe" : "jpackage").toString()));
        cmd.addAll(a);
        log.println(String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(installerDir.toFile()).inheritIO();
        pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(FILE_TIME));
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jpackage failed (exit " + p.exitValue() + ")");
        }
    }

    /** Gives every file under {@code dir} the time {@code epochSeconds}. */
    static void setTimes(Path dir, long epochSeconds) throws IOException {
        FileTime t = FileTime.from(epochSeconds, TimeUnit.SECONDS);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, t);
            }
        }
    }

    Path icon() {
        return installerDir.resolve("icon").resolve(switch (os) {
            case WINDOWS -> "socongvu.ico";
            case MAC -> "socongvu.icns";
            case LINUX -> "socongvu.png";
        });
    }

    /** The portable folder as one archive (tar is on Linux, macOS and Windows 10 and later). */
    void archive(Path dir, String folder, String name) throws IOException, InterruptedException {
        List<String> cmd = name.endsWith(".zip") ? List.of("tar", "-a", "-cf", name, folder)
                : List.of("tar", "-czf", name, folder);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("tar failed: " + cmd);
        }
    }

    /**
     * The package version from the pom's: its leading numbers ({@code 0.1.0-SNAPSHOT} → {@code 0.1.0}), as a
     * .deb, an MSI (major.minor.build, each within its limits) and a .dmg accept it.
     */
    static String packageVersion(String pomVersion) {
        Matcher m = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?").matcher(pomVersion);
        if (!m.find()) {
            throw new IllegalArgumentException("The version " + pomVersion + " does not start with a number");
        }
        int major = Integer.parseInt(m.group(1));
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (major > 255 || minor > 255 || patch > 65535) {
            throw new IllegalArgumentException("An MSI version is at most 255.255.65535: " + pomVersion);
        }
        if (major == 0 && minor == 0 && patch == 0) {
            throw new IllegalArgumentException("A package version above 0.0.0 is needed: " + pomVersion);
        }
        return major + "." + minor + "." + patch;
    }

    /** "Bản sao lưu Sổ Công Vụ" → "Ban sao luu So Cong Vu". */
    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('–', '-');
    }

    /** The file association, its description as the platform's installer can hold it. */
    Path association(Path work) throws IOException {
        Path source = installerDir.resolve("scvbak.properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(source, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        p.setProperty("description", os.installerText(p.getProperty("description")));
        Path file = work.resolve("scvbak.properties");
        try (OutputStream o = Files.newOutputStream(file)) {
            p.store(o, "from " + source); // non-ASCII letters as \\u escapes
        }
        return file;
    }

    /** The options of a java argument file (app/jvm.options): whitespace-separated, # comments. */
    static List<String> readArgFile(Path file) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                options.addAll(split(l));
            }
        }
        return options;
    }

    static List<String> split(String s) {
        return s.isBlank() ? List.of() : List.of(s.strip().split("\\s+"));
    }

    /** A value in a .properties file jpackage reads (ISO 8859-1): non-ASCII letters as \\u escapes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    private void tool(String name, List<String> args) {
        ToolProvider t = ToolProvider.findFirst(name).orElseThrow(
                () -> new IllegalStateException(name + " is not in this JDK: " + System.getProperty("java.home")));
        log.println(name + " " + String.join(" ", args));
        int rc = t.run(log, new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException(name + " failed (exit " + rc + ")");
        }
    }

    private void step(String what, long start, Path path) {
        log.printf("== %s: %s, %d MB, %d s since the start%n", what, path, size(path) / (1024 * 1024),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    private static String required(Map<String, String> args, String key) {
        String v = args.get(key);
        if (v == null) {
            throw new IllegalArgumentException("Missing --" + key + "=…");
        }
        return v;
    }

    static long size(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
