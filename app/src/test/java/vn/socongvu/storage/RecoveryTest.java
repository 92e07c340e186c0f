package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

/** Opening a folder after a crash (issue 29, items 2 and 7): recovered when it is whole, refused untouched when damaged. */
class RecoveryTest {
    @TempDir
    Path tmp;

    /**
     * Killed during the commit of a large transaction, H2 leaves a store it can only open by finishing that
     * commit, which a read-only open cannot do. The folder was once refused as damaged; it opens with its data.
     */
    @Test
    void aFolderKilledDuringALargeCommitOpensWithItsData() throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        int killedMidCommit = 0;
        for (long delay : new long[] {400, 250, 600, 150, 800, 60, 20}) {
            Path dir = tmp.resolve("kill-" + delay);
            try (Services s = TestServices.empty(dir)) {
                s.directory().units(); // a folder set up by the app
            }
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    LargeCommitChild.class.getName(), dir.toString(), "200000", Long.toString(delay))
                    .redirectErrorStream(true).start();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(120, TimeUnit.SECONDS));
            assertTrue(out.contains("SAVED"), out);
            if (out.contains("COMMITTED")) {
                continue; // the commit was faster than the kill: try an earlier one
            }
            SQLException readOnly = null;
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("socongvu")
                    + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0", "sa", "")) {
                c.getMetaData().getTables(null, "PUBLIC", "%", null).close();
            } catch (SQLException e) {
                readOnly = e;
            }
            if (readOnly != null) {
                // What the app met before: a read-only open fails although the file is whole (H2 2.3.232, 2.4.240).
                assertTrue(Database.needsRecovery(readOnly), readOnly.toString());
            }
            killedMidCommit++;
            try (Services s = Services.open(dir)) {
                assertEquals(List.of("Đơn vị đã lưu"), s.directory().units().stream().map(Unit::name).toList());
                int rows = s.db().dsl().fetchCount(s.db().dsl().selectFrom("\"CRASH_TEST_ROWS\""));
                assertTrue(rows == 0 || rows == 200000, "the large transaction is all there or not at all: " + rows);
            }
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(DataFolder.CHECK_COPY_PREFIX)),
                        "the copy checked before opening is removed");
            }
            break;
        }
        assertTrue(killedMidCommit > 0, "no kill landed inside the large commit");
    }

    /**
     * A damaged page in the middle of a database is found before anything writes to the file: the folder is
     * refused with one message (the file, that nothing was written, where the backups are, how to restore),
     * and the file is byte for byte what it was, at every attempt.
     */
    @Test
    void aDamagedFileIsRefusedAndNeverWritten() throws Exception {
        Path dir = tmp.resolve("data");
        try (Services s = TestServices.empty(dir)) {
            for (int i = 0; i < 400; i++) {
                s.directory().saveUnit(new Unit.Draft(null, "Đơn vị số " + i + " " + "thôn xóm ".repeat(20), null,
                        UnitKind.OTHER, null, null));
            }
            s.db().dsl().execute("SHUTDOWN COMPACT"); // live pages only: the middle of the file is data
        } catch (RuntimeException closedAlready) {
            // the pool notices the shutdown as it closes
        }
        Path file = dir.resolve("socongvu.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (double at : new double[] {0.35, 0.5, 0.65}) {
            int from = (int) (bytes.length * at);
            for (int i = from; i < from + 200; i++) {
                bytes[i] = 0x5A;
            }
        }
        Files.write(file, bytes);
        byte[] before = sha(file);
        for (int attempt = 0; attempt < 2; attempt++) {
            StorageException e = assertThrows(StorageException.class, () -> Services.open(dir).close());
            assertEquals(StorageException.Reason.CORRUPT, e.reason(), e.userMessage());
            assertTrue(e.userMessage().contains(file.toString()) && e.userMessage().contains(dir.resolve("backups").toString())
                    && e.userMessage().contains("Khôi phục") && e.userMessage().contains("không ghi gì")
                    && !e.userMessage().contains("--data-dir"), e.userMessage());
            assertTrue(String.join(" ", e.userLines()).contains("restore --from"), "the command line's way");
            assertArrayEquals(before, sha(file), "the damaged file is left exactly as it was");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".trace.db")),
                    "H2 keeps no trace file in the data folder");
        }
    }

    private static byte[] sha(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }
}
