package vn.socongvu.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path dir;

    private static void jar(Path file, String classPath, String content) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file); JarOutputStream j = new JarOutputStream(o, m)) {
            j.putNextEntry(new JarEntry("content.txt"));
            j.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path app() throws IOException {
        jar(dir.resolve("lib/a.jar"), null, "a");
        jar(dir.resolve("lib/b.jar"), null, "b");
        Path app = dir.resolve("app.jar");
        jar(app, "lib/a.jar lib/b.jar lib/absent.jar", "app");
        return app;
    }

    private static String stamp(Path app) throws IOException {
        return AotCache.stamp(app.toString(), List.of("-Xmx384m"), AotCache.Workload.WINDOW);
    }

    @Test
    void theStampFollowsTheManifestAndChangesWithAnyJarOrOption() throws IOException {
        Path app = app();
        String before = stamp(app);
        assertTrue(before.contains(dir.resolve("lib/a.jar").toString()), before);
        assertTrue(before.contains(dir.resolve("lib/b.jar").toString()), before);
        assertTrue(before.contains("option=-Xmx384m"), before);
        assertFalse(before.contains("absent.jar"), "a jar the manifest names but that is not there is left out");

        assertTrue(before.equals(stamp(app)), "nothing changed, same stamp");
        assertFalse(before.equals(AotCache.stamp(app.toString(), List.of("-Xmx512m"), AotCache.Workload.WINDOW)),
                "another option");
        assertFalse(before.equals(AotCache.stamp(app.toString(), List.of("-Xmx384m"), AotCache.Workload.COMMANDS)),
                "the subcommands' cache is not the window's");
        // A library rebuilt with the same size: only its time differs.
        FileTime t = Files.getLastModifiedTime(dir.resolve("lib/b.jar"));
        Files.setLastModifiedTime(dir.resolve("lib/b.jar"), FileTime.fromMillis(t.toMillis() + 2000));
        assertFalse(before.equals(stamp(app)), "a library's time changed");
    }

    @Test
    void aClassFolderOnTheClassPathIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        assertThrows(IOException.class, () -> AotCache.stamp(dir.resolve("classes").toString(), List.of(),
                AotCache.Workload.COMMANDS));
    }

    @Test
    void aCurrentCacheIsKeptAndAStaleOneIsDeletedBeforeAnything() throws Exception {
        Path app = app();
        Path cache = dir.resolve("out/app.aot");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "cache");
        Files.writeString(AotCache.stampFile(cache), stamp(app));
        StringWriter log = new StringWriter();

        assertTrue(AotCache.isCurrent(cache, stamp(app)));
        assertTrue(AotCache.build(cache, AotCache.Workload.WINDOW, false, false, new PrintWriter(log, true), app.toString(), List.of("-Xmx384m")));
        assertTrue(Files.exists(cache), "a current cache is kept");

        jar(dir.resolve("lib/a.jar"), null, "a, rebuilt with other classes");
        assertFalse(AotCache.isCurrent(cache, stamp(app)));
        assertFalse(AotCache.build(cache, AotCache.Workload.WINDOW, false, false, new PrintWriter(log, true), app.toString(), List.of("-Xmx384m")));
        assertFalse(Files.exists(cache), "a stale cache would run the old classes: it is deleted");
        assertFalse(Files.exists(AotCache.stampFile(cache)));
    }

    @Test
    void aCacheWithoutItsStampIsNotCurrent() throws IOException {
        Path app = app();
        Path cache = dir.resolve("app.aot");
        Files.writeString(cache, "cache");
        assertFalse(AotCache.isCurrent(cache, stamp(app)));
    }
}
