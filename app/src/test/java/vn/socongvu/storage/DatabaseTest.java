package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void migratesAnEmptyFolderToTheCurrentSchema() {
        Path dir = tmp.resolve("new/folder");
        try (Services s = TestServices.empty(dir)) {
            assertTrue(Files.exists(dir.resolve("socongvu.mv.db")));
            List<String> versions = s.db().dsl()
                    .fetch("select \"version\" from \"flyway_schema_history\" where \"version\" is not null "
                            + "order by \"installed_rank\"")
                    .getValues(0, String.class);
            List<String> expected = IntStream.rangeClosed(1, Database.LATEST_SCHEMA_VERSION)
                    .mapToObj(Integer::toString).toList();
            assertEquals(expected, versions);
            for (String table : List.of("COMMUNE", "SIGNER", "UNIT", "STAFF", "HOLIDAY", "SETTING", "AUDIT_LOG")) {
                assertEquals(1, s.db().dsl().fetchCount(s.db().dsl().select().from("INFORMATION_SCHEMA.TABLES")
                        .where("TABLE_SCHEMA = 'PUBLIC' and TABLE_NAME = ?", table)), table);
            }
            assertTrue(s.settings().holidays(2026).size() >= 10, "2026 holidays are prefilled");
        }
        // Opening again is a no-op migration, and the data is still there.
        try (Services s = TestServices.empty(dir)) {
            assertTrue(s.settings().holidays(2026).size() >= 10);
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedWithAClearMessage() {
        try (Services first = TestServices.empty(tmp)) {
            StorageException e = assertThrows(StorageException.class, () -> Services.open(tmp));
            assertEquals(StorageException.Reason.ALREADY_OPEN, e.reason());
            assertTrue(e.userMessage().contains("đang mở"), e.userMessage());
            // The first instance still works.
            assertEquals(0, first.directory().units().size());
        }
        // After the first closes, the folder opens again.
        try (Services again = Services.open(tmp)) {
            assertEquals(0, again.directory().units().size());
        }
    }

    @Test
    void secondProcessOnTheSameFolderGetsTheMessageAndExitCode() throws Exception {
        try (Services first = TestServices.empty(tmp)) {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    "vn.socongvu.Main", "demo", "--data-dir", tmp.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(3, p.exitValue(), out);
            assertTrue(out.contains("Sổ Công Vụ đang mở ở một cửa sổ khác"), out);
            assertTrue(!out.contains("Exception"), out);
            assertEquals(0, first.directory().units().size(), "nothing was written by the refused process");
        }
    }

    @Test
    void corruptedFileIsRefusedAndLeftUntouched() throws Exception {
        Path db = tmp.resolve("socongvu.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(db, garbage);
        byte[] before = sha(db);
        StorageException e = assertThrows(StorageException.class, () -> Services.open(tmp));
        assertEquals(StorageException.Reason.CORRUPT, e.reason());
        assertTrue(e.userMessage().contains("bản sao lưu"), e.userMessage());
        assertArrayEquals(before, sha(db), "the corrupted file must not be modified");
    }

    @Test
    void foreignH2DatabaseIsRefusedAndLeftUntouched() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("socongvu"), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("create table customers (id int primary key, name varchar(100))");
            st.execute("insert into customers values (1, 'Someone else')");
        }
        byte[] before = sha(tmp.resolve("socongvu.mv.db"));
        StorageException e = assertThrows(StorageException.class, () -> Services.open(tmp));
        assertEquals(StorageException.Reason.FOREIGN, e.reason());
        assertTrue(e.userMessage().contains("không phải của Sổ Công Vụ"), e.userMessage());
        assertArrayEquals(before, sha(tmp.resolve("socongvu.mv.db")));
    }

    @Test
    void databaseOfANewerVersionIsRefused() throws Exception {
        try (Services s = TestServices.empty(tmp)) {
            s.db().dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", "
                    + "\"execution_time\", \"success\") values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, "
                    + "'sa', current_timestamp, 1, true)");
        }
        StorageException e = assertThrows(StorageException.class, () -> Services.open(tmp));
        assertEquals(StorageException.Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.userMessage().contains("phiên bản Sổ Công Vụ mới hơn"), e.userMessage());
    }

    @Test
    void folderThatCannotBeCreatedIsRefusedWithItsPath() throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Path impossible = file.resolve("data");
        StorageException e = assertThrows(StorageException.class, () -> Services.open(impossible));
        assertEquals(StorageException.Reason.FOLDER_NOT_WRITABLE, e.reason());
        assertTrue(e.userMessage().contains(impossible.toString()), e.userMessage());
    }

    @Test
    void latestSchemaVersionConstantFollowsTheMigrationFiles() throws Exception {
        Path migrations = Path.of(System.getProperty("socongvu.test.basedir", "."))
                .resolve("src/main/resources/db/migration");
        int newest;
        try (var files = Files.list(migrations)) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(newest, Database.LATEST_SCHEMA_VERSION,
                "a migration was added: raise Database.LATEST_SCHEMA_VERSION with it");
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotTakenAsUpToDate() {
        try (Services s = TestServices.empty(tmp)) {
            s.db().dsl().execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '"
                    + Database.LATEST_SCHEMA_VERSION + "'");
        }
        // Flyway, not the shortcut, sees the failed migration and refuses to go on.
        StorageException e = assertThrows(StorageException.class, () -> Services.open(tmp));
        assertEquals(StorageException.Reason.IO, e.reason());
    }

    @Test
    void defaultLocationFollowsThePlatform() {
        Path p = DataFolder.defaultLocation();
        if (System.getProperty("os.name").toLowerCase().contains("win")) {
            assertTrue(p.endsWith("SoCongVu"), p.toString());
        } else {
            assertTrue(p.endsWith(Path.of(".local", "share", "socongvu")), p.toString());
        }
    }

    private static byte[] sha(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }
}
