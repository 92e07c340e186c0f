package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;

/**
 * Installing a newer release over an older one: a data folder made by an earlier build opens in this one, as the
 * window and the command line open it ({@link Services#open}), its schema brought up to date with every record kept,
 * a copy of the file as the earlier release left it kept first, and the backups the earlier build wrote still check
 * and restore. And the other way: data of a newer release is refused, untouched. The fixtures are in
 * src/test/resources/upgrade (README.txt there says how they were made): "schema7-d2475c5" by the build of commit
 * d2475c5 (schema 7, H2 2.3.232), "schema13-d38f705" by the build of d38f705 (schema 13, H2 2.4.240, the release
 * before the installers). Each test works on a copy.
 */
class UpgradeTest {
    private static final String HISTORY = "flyway_schema_history";

    @TempDir
    Path tmp;

    private static Path fixture(String name) {
        try {
            return Path.of(UpgradeTest.class.getResource("/upgrade/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(fixture(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Records per table as the earlier build left them (Flyway's history included). */
    private static Map<String, Long> countsMade(String build) throws IOException {
        Properties p = properties("counts-" + build + ".properties");
        Map<String, Long> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, Long.parseLong(p.getProperty(k).strip())));
        return m;
    }

    private static int schemaOf(String build) {
        return Integer.parseInt(build.substring("schema".length(), build.indexOf('-')));
    }

    /** The fixture's database file unzipped into a new data folder {@code dir}. */
    private static Path dataFolder(String build, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Files.newInputStream(fixture("datafolder-" + build + ".zip"));
             ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e = zip.getNextEntry();
            assertEquals("socongvu.mv.db", e.getName());
            Files.copy(zip, DataFolder.databaseFileIn(dir));
        }
        return dir;
    }

    private static byte[] sha(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> upgradeCopies(Path dir) throws IOException {
        Path backups = dir.resolve(DataFolder.BACKUPS);
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().startsWith(DataFolder.UPGRADE_PREFIX)).toList();
        }
    }

    /** The counts of the tables the earlier build had, Flyway's history apart. */
    private static Map<String, Long> records(Map<String, Long> counts, Map<String, Long> made) {
        Map<String, Long> m = new TreeMap<>(counts);
        m.keySet().retainAll(made.keySet());
        m.remove(HISTORY);
        return m;
    }

    private static int schemaVersion(Services s) {
        var r = s.db().dsl().resultQuery("select max(cast(\"version\" as int)), "
                + "sum(case when \"success\" then 0 else 1 end) from \"" + HISTORY + "\"").fetchOne();
        assertEquals(0L, ((Number) r.get(1)).longValue(), "no migration failed");
        return ((Number) r.get(0)).intValue();
    }

    private static void assertSpotValues(String build, Services s) throws IOException {
        Properties spots = properties("spots-" + build + ".properties");
        assertFalse(spots.isEmpty());
        for (String key : spots.stringPropertyNames()) {
            String[] k = key.split("\\.");
            String value = s.db().dsl().resultQuery("select \"" + k[2] + "\" from \"" + k[0] + "\" where \"ID\" = ?",
                    Long.parseLong(k[1])).fetchOne(0, String.class);
            assertEquals(spots.getProperty(key), value, key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema7-d2475c5", "schema13-d38f705"})
    void aDataFolderOfAnEarlierBuildOpensMigratedWithEveryRecord(String build) throws Exception {
        Path dir = dataFolder(build, tmp.resolve("data"));
        byte[] asMade = sha(DataFolder.databaseFileIn(dir));
        Map<String, Long> made = countsMade(build);
        int from = schemaOf(build);
        assertEquals(from + 1L, made.get(HISTORY), "the history of a folder at schema " + from);

        try (Services s = Services.open(dir)) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, schemaVersion(s));
            Map<String, Long> now = LegacyFilesTest.counts(s);
            assertEquals(records(made, made), records(now, made), "every record of the earlier build is there");
            assertEquals(made.get(HISTORY) + Database.LATEST_SCHEMA_VERSION - from, now.get(HISTORY),
                    "one history row for each migration run");
            assertSpotValues(build, s);
            // the screens' own queries read it (the jOOQ classes are today's schema)
            assertTrue(s.settings().isSetUp());
            assertEquals(made.get("PLAN").intValue(), s.plans().plans(null, true).size());
        }

        List<Path> copies = upgradeCopies(dir);
        if (from < Database.LATEST_SCHEMA_VERSION) {
            assertEquals(1, copies.size(), "a copy of the data as the earlier release left it: " + copies);
            assertTrue(copies.get(0).getFileName().toString().endsWith("-v" + from + ".mv.db"), copies.toString());
            assertArrayEquals(asMade, sha(copies.get(0)), "the copy is the file before the migrations, byte for byte");
        } else {
            assertEquals(List.of(), copies, "nothing to migrate, nothing copied");
        }

        // A second open finds nothing to do: no migration, no other copy, the same records, no full read again.
        int fullReads = Database.FULL_READS.get();
        try (Services s = Services.open(dir)) {
            Map<String, Long> again = LegacyFilesTest.counts(s);
            assertEquals(made.get(HISTORY) + Database.LATEST_SCHEMA_VERSION - from, again.get(HISTORY));
            assertEquals(records(made, made), records(again, made));
        }
        assertEquals(fullReads, Database.FULL_READS.get(), "closed cleanly: not read whole again");
        assertEquals(copies, upgradeCopies(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema7-d2475c5", "schema13-d38f705"})
    void theBackupOfAnEarlierBuildChecksAndRestoresIntoTheUpgradedFolder(String build) throws Exception {
        Path backup = tmp.resolve("ban-sao.scvbak");
        Files.copy(fixture("backup-" + build + ".scvbak"), backup);
        Map<String, Long> made = countsMade(build);
        Path dir = dataFolder(build, tmp.resolve("data"));
        try (Services s = Services.open(dir)) {
            s.directory(); // upgraded and open once, as after installing the new release
        }

        BackupInfo info = BackupService.verify(backup, null, dir, Progress.NONE);
        assertEquals(schemaOf(build), info.schemaVersion());
        long all = made.values().stream().mapToLong(Long::longValue).sum();
        // the earlier builds counted Flyway's history among the records, the later ones do not
        assertTrue(info.totalRecords() == all || info.totalRecords() == all - made.get(HISTORY),
                "the backup holds the folder's records: " + info.totalRecords() + " of " + all);

        BackupService.restore(backup, null, dir, Progress.NONE);
        try (Services s = Services.open(dir)) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, schemaVersion(s));
            assertEquals(records(made, made), records(LegacyFilesTest.counts(s), made));
            assertSpotValues(build, s);
        }
        try (Stream<Path> files = Files.list(dir.resolve(DataFolder.BACKUPS))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(BackupService.KEPT_PREFIX)),
                    "the data replaced by the restore is kept");
        }
    }

    @Test
    void dataOfANewerReleaseIsRefusedAndLeftUntouched() throws Exception {
        Path dir = dataFolder("schema13-d38f705", tmp.resolve("data"));
        int newer = Database.LATEST_SCHEMA_VERSION + 1;
        // What a later release leaves: one more migration in the history (and whatever it changed).
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(DataFolder.DB_NAME)
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0", "sa", ""); Statement st = c.createStatement()) {
            st.execute("insert into \"" + HISTORY + "\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
                    + "values (" + (newer + 1) + ", '" + newer + "', 'later', 'SQL', 'V" + newer + "__later.sql', 0, "
                    + "'sa', current_timestamp, 1, true)");
            st.execute("create table later_release (id bigint primary key)");
        }
        Path db = DataFolder.databaseFileIn(dir);
        byte[] before = sha(db);
        long modified = Files.getLastModifiedTime(db).toMillis();

        for (int attempt = 0; attempt < 2; attempt++) { // refused again: the folder was not left locked
            StorageException e = assertThrows(StorageException.class, () -> Services.open(dir));
            assertEquals(StorageException.Reason.NEWER_SCHEMA, e.reason());
            assertTrue(e.userMessage().contains("phiên bản Sổ Công Vụ mới hơn"), e.userMessage());
            assertTrue(e.userMessage().contains("số " + newer) && e.userMessage().contains("số "
                    + Database.LATEST_SCHEMA_VERSION), e.userMessage());
            assertTrue(e.userMessage().contains("không bị thay đổi"), e.userMessage());
        }
        assertArrayEquals(before, sha(db), "the newer data is not written to");
        assertEquals(modified, Files.getLastModifiedTime(db).toMillis());
        assertEquals(List.of(), upgradeCopies(dir), "nothing migrated, nothing copied");
        StorageException read = assertThrows(StorageException.class, () -> Services.openForReading(dir));
        assertEquals(StorageException.Reason.NEWER_SCHEMA, read.reason(), "nor backed up by an older command line");
        assertArrayEquals(before, sha(db));
    }
}
