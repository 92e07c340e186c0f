package vn.socongvu.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.Main;

/** The log in the data folder: where it is, what a line holds (and not), that it rotates and stays small. */
class AppLogTest {
    @TempDir
    Path data;

    private List<Path> logFiles() throws Exception {
        try (var files = Files.list(data.resolve(AppLog.FOLDER))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }

    @Test
    void theLogGoesWhereTheDataIsAndHoldsTheAppsLinesNotTheLibrariesChatter() throws Exception {
        Main.quietLibraries();
        Logger log = LoggerFactory.getLogger(AppLogTest.class);
        AppLog.useFolder(data.resolve("elsewhere")); // another folder first (a restore, a test): the log moves
        assertEquals(data.resolve("logs/socongvu.log").toAbsolutePath(), AppLog.useFolder(data).orElseThrow());
        log.info("after the folder {}", 2);
        String text = Files.readString(AppLog.fileIn(data), StandardCharsets.UTF_8);
        assertTrue(text.contains("INFO [main] vn.socongvu.log.AppLogTest - after the folder 2"), text);
        LoggerFactory.getLogger("org.h2.engine").info("library chatter");
        LoggerFactory.getLogger("org.flywaydb.core").info("library chatter");
        assertFalse(Files.readString(AppLog.fileIn(data)).contains("library chatter"), "libraries from WARN up only");
    }

    @Test
    void anExceptionIsItsClassesAndFramesNotItsMessage() throws Exception {
        AppLog.useFolder(data);
        Exception e = new IllegalStateException("Nguyễn Văn A, sinh 1980",
                new FileSystemException("/home/nguyenvana/du-lieu.json", null, "No space left on device"));
        LoggerFactory.getLogger(AppLogTest.class).error("Export failed", e);
        String text = Files.readString(AppLog.fileIn(data), StandardCharsets.UTF_8);
        assertTrue(text.contains("java.lang.IllegalStateException\n\tat vn.socongvu.log.AppLogTest."), text);
        assertTrue(text.contains("Caused by: java.nio.file.FileSystemException: No space left on device"), text);
        assertFalse(text.contains("Nguyễn") || text.contains("nguyenvana"), "no names, no paths");
        assertEquals(AppLog.describe(e).lines().toList(),
                text.lines().dropWhile(l -> !l.startsWith("java.lang.IllegalStateException")).toList(),
                "the window's \"Sao chép chi tiết\" copies what the log holds");
    }

    @Test
    void theLogRotatesAndKeepsASmallTotal() throws Exception {
        AppLog.useFolder(data);
        Logger log = LoggerFactory.getLogger(AppLogTest.class);
        String line = "x".repeat(200);
        for (int i = 0; i < 12_000; i++) { // ~2.6 MB: over one file's 1 MB twice
            log.info("{} {}", i, line);
        }
        List<Path> files = logFiles();
        assertTrue(files.size() >= 3, "rotated by size: " + files);
        long total = 0;
        for (Path f : files) {
            assertTrue(Files.size(f) <= 1_100_000, f + " " + Files.size(f));
            total += Files.size(f);
        }
        assertTrue(total <= 5L * 1024 * 1024 + 1_100_000, "the total stays near its cap: " + total);
    }
}
