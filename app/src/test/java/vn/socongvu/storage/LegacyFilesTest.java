package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportFigures;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;

/**
 * What the app wrote with its earlier database engine (H2 2.3.232, schema 8) still opens, restores and imports:
 * the committed files of src/test/resources/legacy (their README.txt says how they were made; counts.properties
 * holds their records per table). Each test works on a copy; the committed files are never opened in place.
 */
class LegacyFilesTest {
    /** The password of backup-2.3.232-password.scvbak (README.txt). */
    static final char[] PASSWORD = "fixture-2.3.232".toCharArray();
    /** SHA-256 of the database file inside socongvu-2.3.232.mv.db.zip (README.txt). */
    private static final String DB_SHA256 = "0faa586de20da703e44a1d69b22665cf60c8055f9e8e969f62628f5deef52a0a";
    /** The same of socongvu-2.3.232-schema7.mv.db.zip. */
    private static final String SCHEMA7_SHA256 = "225d20fb2757dc232587334dbc4082849b4cee36db0d149d5534b92840930501";
    private static final String HISTORY = "flyway_schema_history";
    /** The "today" the fixture's data was made on. */
    private static final LocalDate MADE_ON = LocalDate.of(2026, 12, 1);

    /** The schema version of the fixtures made with counts.properties. */
    static final int FIXTURE_SCHEMA = 8;

    @TempDir
    Path tmp;

    static Path legacy(String name) {
        try {
            return Path.of(LegacyFilesTest.class.getResource("/legacy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records per table of every fixture, Flyway's history included, as they were made (schema 8). */
    static Map<String, Long> expectedCounts() throws IOException {
        return counts("counts.properties");
    }

    /**
     * Records per table once the fixture is opened: the same, and one more row in Flyway's history for each
     * migration added after schema 8 (they run when the folder opens).
     */
    static Map<String, Long> expectedCountsOpened() throws IOException {
        Map<String, Long> m = expectedCounts();
        m.merge(HISTORY, (long) (Database.LATEST_SCHEMA_VERSION - FIXTURE_SCHEMA), Long::sum);
        return m;
    }

    private static Map<String, Long> counts(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(legacy(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Long> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, Long.parseLong(p.getProperty(k).strip())));
        return m;
    }

    /** COUNT(*) of every table of the open database, Flyway's history included. */
    static Map<String, Long> counts(Services s) {
        var dsl = s.db().dsl();
        Map<String, Long> m = new TreeMap<>();
        for (String t : dsl.resultQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").fetch(0, String.class)) {
            m.put(t, dsl.resultQuery("SELECT COUNT(*) FROM \"" + t + "\"").fetchOne(0, Long.class));
        }
        return m;
    }

    /** The data folder of the fixture: its database file unzipped into {@code dir}, checked to be the one committed. */
    static Path legacyDataFolder(Path dir) throws Exception {
        return unzipDataFolder("socongvu-2.3.232.mv.db.zip", DB_SHA256, dir);
    }

    private static Path unzipDataFolder(String zipName, String sha256, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path db = DataFolder.databaseFileIn(dir);
        try (InputStream in = Files.newInputStream(legacy(zipName));
             ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e = zip.getNextEntry();
            assertEquals("socongvu.mv.db", e.getName());
            Files.copy(zip, db);
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        assertEquals(sha256, HexFormat.of().formatHex(md.digest(Files.readAllBytes(db))),
                "the fixture is the file H2 2.3.232 wrote");
        assertTrue(new String(Files.readAllBytes(db), 0, 64, StandardCharsets.ISO_8859_1).startsWith("H:2,"),
                "an H2 MVStore file");
        return dir;
    }

    /**
     * {@link #counts} of the tables the fixture has (a later migration may add tables; their records are not the
     * fixture's).
     */
    static Map<String, Long> countsOf(Services s, Set<String> tables) {
        Map<String, Long> m = counts(s);
        m.keySet().retainAll(tables);
        return m;
    }

    private static Map<String, Long> withoutHistory(Map<String, Long> counts) {
        Map<String, Long> m = new TreeMap<>(counts);
        m.remove(HISTORY);
        return m;
    }

    @Test
    void aDataFolderOfTheEarlierEngineOpensWithEveryRecordAndTheScreensReadIt() throws Exception {
        Map<String, Long> expected = expectedCountsOpened();
        Path dir = legacyDataFolder(tmp.resolve("data"));
        try (Services s = TestServices.at(dir, MADE_ON)) {
            assertEquals(expected, countsOf(s, expected.keySet()), "records per table");
            assertTrue(expected.values().stream().allMatch(n -> n > 0), "every table of the fixture holds records");
            // The history written by the earlier Flyway (12.11.0) passes today's Flyway's checks (checksums and all),
            // which it runs before any later migration.
            var validation = Flyway.configure().dataSource(s.db().dataSource()).locations("classpath:db/migration")
                    .table(HISTORY).load().validateWithResult();
            assertTrue(validation.validationSuccessful, validation.getAllErrorMessages());

            // What the screens and documents read, through the services.
            assertEquals(expected.get("UNIT"), (long) s.directory().units().size());
            assertEquals(expected.get("STAFF"), (long) s.directory().staff().size());
            assertEquals(expected.get("PLAN"), (long) s.plans().plans(2026, true).size());
            assertEquals(expected.get("TRASH"), (long) s.trash().items().size());
            assertEquals(expected.get("VIOLATION"), (long) s.inspections()
                    .violations(InspectionFilter.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).size());
            assertEquals(expected.get("INSPECTION"), (long) s.inspections()
                    .list(InspectionFilter.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).size());
            // The quarter's report kept its figures frozen (JSON written by the earlier release) and its TTHC figures.
            Report q3 = s.reports().open(ReportPeriod.quarter(2026, 3));
            assertNotNull(q3.id(), "the saved report");
            assertNotNull(q3.frozen(), "its frozen figures are read back");
            ReportFigures frozen = s.reports().figures(q3);
            assertTrue(frozen.tasks().total() > 0, "the frozen figures count the quarter's tasks");
            assertTrue(q3.tthc().entered(), "the TTHC figures entered");
            // The year's figures are counted from the records as they are now.
            ReportFigures year = s.reports().figures(s.reports().open(ReportPeriod.of(
                    ReportKind.YEAR, 2026)));
            assertTrue(year.tasks().total() > 0 && !year.byUnit().isEmpty(), "the year's figures");
            assertFalse(s.trash().items().isEmpty());

            // The upgraded file takes writes and keeps them.
            s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số cộng đồng", null,
                    UnitKind.values()[0], null, null));
        }
        try (Services s = TestServices.at(dir, MADE_ON)) {
            assertEquals(expected.get("UNIT") + 1, (long) s.directory().units().size());
        }
    }

    @Test
    void aDataFolderOneSchemaBehindFromTheEarlierEngineAndFlywayIsBroughtUpToDate() throws Exception {
        Map<String, Long> before = counts("counts-schema7.properties");
        Path dir = unzipDataFolder("socongvu-2.3.232-schema7.mv.db.zip", SCHEMA7_SHA256, tmp.resolve("v7"));
        try (Services s = TestServices.at(dir, MADE_ON)) {
            List<String> versions = s.db().dsl().fetch("select \"version\" from \"" + HISTORY + "\" where \"version\" "
                    + "is not null and \"success\" order by \"installed_rank\"").getValues(0, String.class);
            assertEquals(IntStream.rangeClosed(1, Database.LATEST_SCHEMA_VERSION)
                    .mapToObj(Integer::toString).toList(), versions, "the missing migration ran after the earlier ones");
            Map<String, Long> after = counts(s);
            before.forEach((table, n) -> {
                if (!table.equals(HISTORY)) {
                    assertEquals(n, after.get(table), table);
                }
            });
            assertEquals(before.get(HISTORY) + Database.LATEST_SCHEMA_VERSION - 7, after.get(HISTORY));
            assertEquals(before.get("HOLIDAY"), (long) (s.settings().holidays(2025).size()
                    + s.settings().holidays(2026).size()));
            // The table V8 added is there, read by its screen.
            assertTrue(s.trash().items().isEmpty());
        }
    }

    @Test
    void theDataFileOfTheEarlierReleaseImportsWithItsCounts() throws Exception {
        Map<String, Long> expected = withoutHistory(expectedCounts());
        Path file = Files.copy(legacy("export-2.3.232.json"), tmp.resolve("export.json"));
        Path data = tmp.resolve("imported");
        try (DataExchange.Prepared p = DataExchange.prepare(file, data, Progress.NONE)) {
            Map<String, Long> summary = new TreeMap<>();
            p.summary().counts().forEach((t, n) -> summary.put(t.toUpperCase(Locale.ROOT), n));
            assertEquals(expected, summary, "the file's records per table, as import-data --check shows them");
            assertEquals(8, p.summary().schemaVersion());
            p.applyTo(data);
        }
        try (Services imported = TestServices.at(data, MADE_ON);
             Services opened = TestServices.at(legacyDataFolder(tmp.resolve("data")), MADE_ON)) {
            assertEquals(expected, withoutHistory(countsOf(imported, expectedCounts().keySet())));
            assertEquals(TestServices.recordChecksums(opened), TestServices.recordChecksums(imported),
                    "the data file and the database hold the same records");
        }
    }

    /**
     * Backups made by the earlier release (their H2 SQL scripts read as data, never run) are checked and restore
     * with every record.
     */
    @Test
    void theBackupsOfTheEarlierReleaseRestoreWithAndWithoutAPassword() throws Exception {
        Map<String, Long> expected = expectedCounts();
        Map<String, String> records;
        try (Services opened = TestServices.at(legacyDataFolder(tmp.resolve("data")), MADE_ON)) {
            records = TestServices.recordChecksums(opened);
        }
        for (var backup : List.of(Map.entry("backup-2.3.232.scvbak", new char[0]),
                Map.entry("backup-2.3.232-password.scvbak", PASSWORD))) {
            char[] password = backup.getValue().length == 0 ? null : backup.getValue().clone();
            Path file = Files.copy(legacy(backup.getKey()), tmp.resolve(backup.getKey()));
            assertEquals(expected, new TreeMap<>(BackupService.info(file).counts()), "the manifest: " + backup.getKey());
            BackupInfo info = BackupService.verify(file, password, tmp.resolve("check"), Progress.NONE);
            assertEquals(password != null, info.encrypted(), backup.getKey());
            Map<String, Long> checked = new TreeMap<>();
            info.counts().forEach((t, n) -> checked.put(t.toUpperCase(Locale.ROOT), n));
            assertEquals(withoutHistory(expected), checked, "the records read: " + backup.getKey());
            Path data = tmp.resolve("restored-" + backup.getKey());
            BackupService.restore(file, password, data, Progress.NONE);
            try (Services restored = TestServices.at(data, MADE_ON)) {
                assertEquals(expectedCountsOpened(), countsOf(restored, expected.keySet()), backup.getKey());
                assertEquals(records, TestServices.recordChecksums(restored), backup.getKey());
            }
        }
    }
}
