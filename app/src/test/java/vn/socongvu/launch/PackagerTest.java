package vn.socongvu.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.backup.BackupService;

/**
 * The installers' build (src/installer/Packager.java, run by {@code -Pinstaller package}): the options it gives
 * jlink, the launchers and the training, and the platform files it packages with. The packages themselves are
 * built and started by CI (.ci/run): too slow for the tests.
 */
class PackagerTest {
    private static final Path APP = Path.of(System.getProperty("socongvu.test.basedir", "."));
    private static final Path INSTALLER = APP.resolve("src/installer");
    private static Class<?> packager;
    private static ClassLoader loader;

    @TempDir
    Path tmp;

    /** Packager.java is a single-file program outside the build's sources: compiled here as the JDK runs it. */
    @BeforeAll
    static void compile(@TempDir Path classes) throws Exception {
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter err = new StringWriter();
        int rc = javac.run(new PrintWriter(err), new PrintWriter(err), "-d", classes.toString(),
                INSTALLER.resolve("Packager.java").toString());
        assertEquals(0, rc, err.toString());
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, PackagerTest.class.getClassLoader());
        packager = loader.loadClass("Packager");
    }

    private static Object call(String name, Object... args) throws Exception {
        return callOn(packager, name, args);
    }

    private static Object callOn(Class<?> type, String name, Object... args) throws Exception {
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                try {
                    return m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object os(String name) throws Exception {
        Class<? extends Enum> os = (Class<? extends Enum>) loader.loadClass("Packager$Os");
        return Enum.valueOf(os, name);
    }

    private static Object constant(String name) throws Exception {
        var f = packager.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    private static Object field(Object o, String name) throws Exception {
        var f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    /** A property of app/pom.xml, as the build reads it. */
    private static String pom(String property) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">(.*)</" + Pattern.quote(property) + ">")
                .matcher(Files.readString(APP.resolve("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(m.find(), property);
        return m.group(1);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.strip().split("\\s+"));
    }

    private static String read(String file) throws IOException {
        return Files.readString(INSTALLER.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void thePackageVersionIsThePomsNumbers() throws Exception {
        assertEquals("0.1.0", call("packageVersion", "0.1.0-SNAPSHOT"));
        assertEquals("2.3.0", call("packageVersion", "2.3"));
        assertEquals("1.0.4", call("packageVersion", "1.0.4-rc1"));
        // An MSI's version is at most 255.255.65535; 0.0.0 is no version.
        assertThrows(IllegalArgumentException.class, () -> call("packageVersion", "300.0.0"));
        assertThrows(IllegalArgumentException.class, () -> call("packageVersion", "0.0.0-SNAPSHOT"));
        assertThrows(IllegalArgumentException.class, () -> call("packageVersion", "SNAPSHOT"));
        // The pom's own version gives one.
        String version = pom("version");
        assertTrue(((String) call("packageVersion", version)).matches("\\d+\\.\\d+\\.\\d+"), version);
    }

    @Test
    void theWindowsLauncherRunsWithTheStartCommandsOptionsAndItsOwnCache() throws Exception {
        List<String> jvm = Files.readAllLines(APP.resolve("jvm.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) call("launcherOptions", words(pom("heap.window")),
                call("readArgFile", APP.resolve("jvm.options")), words(pom("native.trim.linux")), "socongvu.aot");
        assertTrue(options.containsAll(jvm), options.toString());
        assertTrue(options.containsAll(words(pom("heap.window"))), options.toString());
        assertTrue(options.contains("-XX:TrimNativeHeapInterval=5000"), options.toString());
        assertTrue(options.contains("-Dfile.encoding=UTF-8"));
        // JavaFX is a named module in the linked runtime: without its name the JVM warns at every start.
        assertTrue(options.contains("--enable-native-access=javafx.graphics,ALL-UNNAMED"), options.toString());
        assertEquals("-XX:AOTCache=$APPDIR/socongvu.aot", options.getLast());
        // Logging of the cache stays on: JAVA_TOOL_OPTIONS' -Xlog:aot=info (CI) would be turned off after it.
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-Xlog")), options.toString());
    }

    @Test
    void theCommandLineLauncherHasTheSubcommandsHeapAndCacheAndIsAConsoleProgramOnWindows() throws Exception {
        List<String> jvm = List.of("-XX:MaxMetaspaceSize=256m");
        String windows = (String) call("cliLauncherProperties", os("WINDOWS"), words(pom("heap.subcommands")), jvm,
                List.of());
        Properties p = new Properties();
        p.load(new StringReader(windows));
        assertEquals("true", p.getProperty("win-console"));
        assertEquals("false", p.getProperty("win-menu"));
        assertEquals("false", p.getProperty("win-shortcut"));
        List<String> options = words(p.getProperty("java-options"));
        assertTrue(options.containsAll(words(pom("heap.subcommands"))), options.toString());
        assertEquals("-XX:AOTCache=$APPDIR/socongvu-subcommands.aot", options.getLast());
        // An MSI holds one ANSI code page: no Vietnamese letters in the installer's own strings on Windows.
        assertEquals("So Cong Vu - dong lenh", p.getProperty("description"));

        Properties linux = new Properties();
        linux.load(new StringReader((String) call("cliLauncherProperties", os("LINUX"),
                words(pom("heap.subcommands")), jvm, List.of("-XX:TrimNativeHeapInterval=5000"))));
        assertEquals("false", linux.getProperty("win-console"));
        assertEquals("false", linux.getProperty("linux-shortcut"), "no second menu entry");
        assertTrue(linux.getProperty("java-options").contains("-XX:TrimNativeHeapInterval=5000"));
        assertEquals("Sổ Công Vụ – dòng lệnh", linux.getProperty("description"));
    }

    @Test
    void theWindowsInstallersStringsHaveNoDiacritics() throws Exception {
        assertEquals("Ban sao luu So Cong Vu", call("withoutDiacritics", "Bản sao lưu Sổ Công Vụ"));
        assertEquals("Van phong HDND va UBND xa - Doan", call("withoutDiacritics", "Văn phòng HĐND và UBND xã – Đoàn"));
        Method text = loader.loadClass("Packager$Os").getDeclaredMethod("installerText", String.class);
        text.setAccessible(true);
        assertEquals("So Cong Vu", text.invoke(os("WINDOWS"), "Sổ Công Vụ"));
        assertEquals("Sổ Công Vụ", text.invoke(os("LINUX"), "Sổ Công Vụ"));
    }

    @Test
    void eachPlatformHasItsLayout() throws Exception {
        assertEquals(os("WINDOWS"), callOn(loader.loadClass("Packager$Os"), "of", "Windows 11"));
        assertEquals(os("LINUX"), callOn(loader.loadClass("Packager$Os"), "of", "Linux"));
        assertEquals(os("MAC"), callOn(loader.loadClass("Packager$Os"), "of", "Mac OS X"));
        assertThrows(IllegalStateException.class, () -> callOn(loader.loadClass("Packager$Os"), "of", "FreeBSD"));
        // JavaFX's NativeLibLoader looks in java.home/bin on Windows, java.home/lib elsewhere.
        assertEquals("bin", field(os("WINDOWS"), "nativeLibDir"));
        assertEquals("lib", field(os("LINUX"), "nativeLibDir"));
        assertEquals(List.of("msi"), field(os("WINDOWS"), "types"));
        assertEquals(List.of("deb"), field(os("LINUX"), "types"));
        assertEquals("lib/app", field(os("LINUX"), "appDir"));
        assertEquals("socongvu", field(os("LINUX"), "name"));
        for (String id : List.of("linux", "windows", "mac")) {
            assertTrue(Files.isRegularFile(INSTALLER.resolve(id + ".options")), id);
        }
    }

    @Test
    void theTrainingRunsWithTheLaunchersOptionsAndClassPath() throws Exception {
        Path app = tmp.resolve("image/lib/app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("socongvu.cfg"), """
                [Application]
                app.classpath=$APPDIR/socongvu.jar
                app.classpath=$APPDIR/lib/h2-2.4.240.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-Xmx144m
                java-options=-XX:AOTCache=$APPDIR/socongvu.aot
                """);
        Object launcher = callOn(loader.loadClass("Packager$Launcher"), "read", app.resolve("socongvu.cfg"), app);
        assertEquals(List.of(app + "/socongvu.jar", app + "/lib/h2-2.4.240.jar"), field(launcher, "classPath"));
        Method training = launcher.getClass().getDeclaredMethod("trainingOptions");
        training.setAccessible(true);
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-Xmx144m"), training.invoke(launcher));
    }

    /** The caches record each jar's time: the image's files get the one time the package step writes them with. */
    @Test
    void theImagesFilesGetTheTimeThePackageKeeps() throws Exception {
        Path jar = tmp.resolve("image/lib/app/lib/h2.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        long time = (long) constant("FILE_TIME");
        call("setTimes", tmp.resolve("image"), time);
        assertEquals(time * 1000, Files.getLastModifiedTime(jar).toMillis());
    }

    @Test
    void theRuntimeIsLinkedSmallWithJavaFxAndTheVietnameseLocale() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> modules = new ArrayList<>((List<String>) constant("JDK_MODULES"));
        modules.add("javafx.controls");
        @SuppressWarnings("unchecked")
        List<String> args = (List<String>) call("jlinkArgs", List.of(Path.of("javafx-base-linux.jar")), modules,
                tmp.resolve("runtime"));
        for (String a : List.of("--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-6",
                "--include-locales=en,vi")) {
            assertTrue(args.contains(a), a);
        }
        String added = args.get(args.indexOf("--add-modules") + 1);
        assertTrue(added.contains("javafx.controls") && added.contains("jdk.localedata"), added);
        // JavaFX's native libraries are copied to the runtime's library folder, not kept in its modules.
        String exclude = args.stream().filter(a -> a.startsWith("--exclude-resources=regex:")).findFirst()
                .orElseThrow().substring("--exclude-resources=regex:".length());
        assertTrue("/javafx.graphics/libglassgtk3.so".matches(exclude));
        assertTrue("/javafx.graphics/glass.dll".matches(exclude));
        assertFalse("/javafx.graphics/com/sun/glass/ui/Application.class".matches(exclude));
    }

    /** jdeps over the app's own classes: every JDK module they use is linked (the libraries' were read once). */
    @Test
    void theRuntimeHasEveryModuleTheAppsClassesUse() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> linked = (List<String>) constant("JDK_MODULES");
        StringWriter out = new StringWriter();
        int rc = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "--multi-release", "25", "--ignore-missing-deps", "--print-module-deps",
                APP.resolve("target/classes").toString());
        assertEquals(0, rc, out.toString());
        String[] lines = out.toString().strip().split("\\R");
        for (String module : lines[lines.length - 1].split(",")) {
            assertTrue(module.startsWith("javafx.") || linked.contains(module), module + " is not linked: " + out);
        }
    }

    /** Only the libraries the app's jar names go into the package, not a stale one an earlier build left. */
    @Test
    void thePackageTakesTheLibrariesTheAppsJarNames() throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        for (String name : new String[] {"h2-2.4.240.jar", "h2-2.3.232.jar", "javafx-base-26-linux.jar"}) {
            try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(lib.resolve(name)), new Manifest())) {
                j.putNextEntry(new JarEntry("x.txt"));
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/javafx-base-26-linux.jar lib/h2-2.4.240.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(tmp.resolve("socongvu.jar")), m)) {
            j.putNextEntry(new JarEntry("x.txt"));
        }
        assertEquals(List.of(lib.resolve("javafx-base-26-linux.jar"), lib.resolve("h2-2.4.240.jar")),
                call("libraries", tmp), "the stale h2-2.3.232.jar is left out");
        Files.delete(lib.resolve("h2-2.4.240.jar"));
        assertThrows(IOException.class, () -> call("libraries", tmp), "a library the jar names is missing");
    }

    @Test
    void theFileAssociationIsTheBackupFile() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(INSTALLER.resolve("scvbak.properties"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        assertEquals(BackupService.EXTENSION, "." + p.getProperty("extension"));
        assertEquals("application/x-socongvu-backup", p.getProperty("mime-type"));
        assertEquals("Bản sao lưu Sổ Công Vụ", p.getProperty("description"));
    }

    @Test
    void theDebDeclaresWhatItNeedsAndTheMenuEntryIsVietnamese() throws Exception {
        String options = read("linux.options");
        assertTrue(options.contains("--linux-package-name socongvu"));
        assertTrue(options.contains("--install-dir /opt"));
        // What the package needs is written in its control file, not read off the libraries of the machine that
        // built it (jpackage's PACKAGE_DEFAULT_DEPENDENCIES).
        String control = read("linux/control");
        assertFalse(control.contains("PACKAGE_DEFAULT_DEPENDENCIES"), control);
        assertFalse(control.contains("PACKAGE_CUSTOM_DEPENDENCIES"), control);
        Matcher deps = Pattern.compile("(?m)^Depends: (.+)$").matcher(control);
        assertTrue(deps.find(), control);
        List<String> needs = Arrays.stream(deps.group(1).split(",")).map(String::strip).toList();
        for (String need : List.of("libgtk-3-0t64 | libgtk-3-0", "xdg-utils", "libgl1", "libfontconfig1", "libc6")) {
            assertTrue(needs.contains(need), need + " in " + needs);
        }
        assertTrue(needs.stream().anyMatch(n -> n.startsWith("fonts-dejavu-core")), "a font with Vietnamese letters");

        Properties desktop = new Properties();
        desktop.load(new StringReader(read("linux/socongvu.desktop")));
        assertEquals("Sổ Công Vụ", desktop.getProperty("Name"));
        // The file manager passes the backup file's path as the launcher's argument.
        assertTrue(desktop.getProperty("Exec").endsWith("APPLICATION_LAUNCHER %f"), desktop.getProperty("Exec"));
        assertEquals("APPLICATION_ICON", desktop.getProperty("Icon"));
        assertTrue(read("linux/socongvu.desktop").contains("\nDESKTOP_MIMES"), "jpackage writes the MimeType line");
    }

    @Test
    void theWindowsInstallerIsPerUserWithShortcutsAndUpgradesInPlace() throws Exception {
        String options = read("windows.options");
        for (String o : List.of("--win-per-user-install", "--win-menu", "--win-shortcut", "--win-dir-chooser",
                "--win-menu-group")) {
            assertTrue(options.contains(o + "\n") || options.contains(o + " "), o);
        }
        assertTrue(Pattern.compile("--win-upgrade-uuid [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n")
                .matcher(options).find(), "a fixed upgrade code: a newer version replaces the older");
        assertTrue(Files.size(INSTALLER.resolve("icon/socongvu.ico")) > 0);
        assertTrue(Files.size(INSTALLER.resolve("icon/socongvu.png")) > 0);
    }
}
