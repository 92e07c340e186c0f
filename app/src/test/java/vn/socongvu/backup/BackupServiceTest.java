package vn.socongvu.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.StorageException;
import vn.socongvu.storage.jooq.Tables;

class BackupServiceTest {
    @TempDir
    Path tmp;

    static Map<String, String> checksums(Services s) throws Exception {
        return TestServices.recordChecksums(s);
    }

    @Test
    void aBackupRestoresToIdenticalTables() throws Exception {
        Path data = tmp.resolve("data");
        Path usb = Files.createDirectories(tmp.resolve("usb"));
        Map<String, String> before;
        BackupInfo info;
        Path file;
        try (Services s = TestServices.demo(data)) {
            before = checksums(s);
            info = s.backups().backup(usb, null, Progress.NONE);
            try (var files = Files.list(usb)) {
                file = files.findFirst().orElseThrow();
            }
            assertTrue(file.getFileName().toString().matches("SoCongVu-Binh-Thanh-\\d{8}-\\d{6}\\.scvbak"), file.toString());
            assertEquals("Bình Thành", info.commune());
            assertTrue(info.counts().get("task") > 50);
            // Change the data after the backup: the restore must bring back the state of the backup.
            s.directory().saveUnit(new Unit.Draft(null, "Đơn vị thêm sau", null, UnitKind.OTHER, null, null));
        }
        assertEquals(info.counts(), BackupService.info(file).counts(), "the manifest is readable on its own");
        assertEquals(Set.of("manifest.properties", "data.json"), entries(file), "data only: nothing to execute");
        Path kept = BackupService.restore(file, null, data, Progress.NONE);
        assertNotNull(kept, "the replaced data is kept");
        assertTrue(Files.size(kept) > 0);
        try (Services s = TestServices.empty(data)) {
            assertEquals(before, checksums(s), "every table identical to the time of the backup");
            assertFalse(s.directory().units().stream().anyMatch(u -> u.name().equals("Đơn vị thêm sau")));
            // New records continue after the restored ones.
            s.directory().saveUnit(new Unit.Draft(null, "Đơn vị sau khôi phục", null, UnitKind.OTHER, null, null));
        }
    }

    @Test
    void aPasswordProtectsTheDataAndItsCounts() throws Exception {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("usb/sao-luu.scvbak");
        Path plain = tmp.resolve("usb/khong-mat-khau.scvbak");
        Map<String, String> before;
        try (Services s = TestServices.demo(data)) {
            before = checksums(s);
            s.backups().backup(file, "mật khẩu 123".toCharArray(), Progress.NONE);
            s.backups().backup(plain, null, Progress.NONE);
        }
        assertTrue(Files.size(file) < Files.size(plain) * 1.2, Files.size(file) + " vs " + Files.size(plain));
        BackupInfo info = BackupService.info(file);
        assertTrue(info.encrypted());
        assertEquals("Bình Thành", info.commune());
        assertFalse(info.countsKnown(), "an encrypted backup's manifest tells no counts");
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("count."));
        Path check = tmp.resolve("check");
        StorageException none = assertThrows(StorageException.class,
                () -> BackupService.verify(file, null, check, Progress.NONE));
        assertTrue(none.userMessage().contains("mật khẩu"), none.userMessage());
        StorageException wrong = assertThrows(StorageException.class,
                () -> BackupService.verify(file, "sai".toCharArray(), check, Progress.NONE));
        assertTrue(wrong.userMessage().startsWith("Mật khẩu không đúng"), wrong.userMessage());
        assertEquals(BackupService.info(plain).counts(),
                BackupService.verify(file, "mật khẩu 123".toCharArray(), check, Progress.NONE).counts());
        BackupService.restore(file, "mật khẩu 123".toCharArray(), data, Progress.NONE);
        try (Services s = TestServices.empty(data)) {
            assertEquals(before, checksums(s));
        }
        try (var leftovers = Files.list(data)) {
            assertEquals(List.of(), leftovers.filter(f -> f.getFileName().toString().startsWith(".")).toList(),
                    "no work folder or decrypted data left in the data folder");
        }
    }

    @Test
    void aChangedByteOfAnEncryptedBackupIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("sao-luu.scvbak");
        try (Services s = TestServices.demo(data)) {
            s.backups().backup(file, "mật khẩu 123".toCharArray(), Progress.NONE);
        }
        byte[] all = Files.readAllBytes(file);
        for (double at : new double[] {0.3, 0.6, 0.9}) {
            byte[] changed = all.clone();
            changed[(int) (all.length * at)] ^= 0x10;
            Path bad = Files.write(tmp.resolve("bad-" + at + ".scvbak"), changed);
            StorageException e = assertThrows(StorageException.class,
                    () -> BackupService.verify(bad, "mật khẩu 123".toCharArray(), tmp.resolve("check"), Progress.NONE));
            assertEquals(StorageException.Reason.CORRUPT == e.reason() ? StorageException.Reason.CORRUPT
                    : StorageException.Reason.FOREIGN, e.reason(), e.userMessage());
        }
    }

    @Test
    void aForgedBackupThatWouldRunCodeIsRefusedAndNothingRuns() throws Exception {
        Path data = tmp.resolve("data");
        try (Services s = TestServices.demo(data)) {
            s.directory().units(); // the folder holds data to protect
        }
        byte[] dbBefore = Files.readAllBytes(data.resolve("socongvu.mv.db"));
        Path marker = tmp.resolve("da-chay-lenh");
        String alias = "CREATE ALIAS RUN_IT AS 'String run(String f) throws Exception { "
                + "java.nio.file.Files.writeString(java.nio.file.Path.of(f), \"x\"); return f; }';\n"
                + "CALL RUN_IT('" + marker + "');\n";
        List<UnaryOperator<String>> forgeries = List.of(
                sql -> alias + sql,                                                    // before the data
                sql -> sql + alias,                                                    // after it
                sql -> sql.replaceFirst("(INSERT INTO \"PUBLIC\".\"UNIT\" VALUES\n\\()", // a value that calls it
                        "$1RUN_IT('" + marker + "') || ''"),
                sql -> sql.replace("CREATE USER IF NOT EXISTS \"SA\" PASSWORD '' ADMIN;",
                        "CREATE USER IF NOT EXISTS \"SA\" PASSWORD '' ADMIN;\nCREATE TRIGGER T BEFORE INSERT ON \"PUBLIC\".\"UNIT\" "
                                + "FOR EACH ROW CALL 'org.example.Evil';"));
        for (var forge : forgeries) {
            Path forged = tmp.resolve("gia-mao.scvbak");
            rewriteEntry(fixture("backup-2.3.232.scvbak"), forged, "data.sql", forge);
            StorageException checked = assertThrows(StorageException.class,
                    () -> BackupService.verify(forged, null, data, Progress.NONE));
            assertTrue(checked.userMessage().contains("chứa lệnh"), checked.userMessage());
            StorageException restored = assertThrows(StorageException.class,
                    () -> BackupService.restore(forged, null, data, Progress.NONE));
            assertEquals(checked.userMessage(), restored.userMessage());
            assertFalse(Files.exists(marker), "nothing in a backup is ever run");
        }
        assertArrayEquals(dbBefore, Files.readAllBytes(data.resolve("socongvu.mv.db")), "the data was not touched");
    }

    @Test
    void hostileSizesAreRefusedEarlyWithoutRunningOutOfMemory() throws Exception {
        Path data = tmp.resolve("data");
        // A small file whose data expands a thousandfold (64 MiB of spaces in ~64 KiB).
        Path bomb = tmp.resolve("bom.scvbak");
        try (var out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("manifest.properties"));
            out.write(("format=socongvu-backup\nformatVersion=2\nschemaVersion=1\ncreatedAt=2026-11-01T10:00\n"
                    + "commune=X\nprovince=Y\nencrypted=false\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("data.json"));
            out.write("{\"format\":\"socongvu-data\",\"formatVersion\":1,\"schemaVersion\":1,".getBytes());
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.write("\"tables\":{}}".getBytes());
        }
        assertTrue(Files.size(bomb) < 1 << 20, "a small file");
        StorageException e = assertThrows(StorageException.class,
                () -> BackupService.verify(bomb, null, data, Progress.NONE));
        assertTrue(e.userMessage().contains("lớn bất thường"), e.userMessage());
        // A first-format encrypted entry far larger than any backup of ours: refused before it is read whole.
        Path huge = tmp.resolve("lon.scvbak");
        try (var in = new ZipInputStream(Files.newInputStream(fixture("backup-2.3.232-password.scvbak")));
             var out = new ZipOutputStream(Files.newOutputStream(huge))) {
            in.getNextEntry();
            out.putNextEntry(new ZipEntry("manifest.properties"));
            out.write(in.readAllBytes());
            out.setLevel(Deflater.NO_COMPRESSION);
            out.putNextEntry(new ZipEntry("data.sql.deflate.aes"));
            byte[] noise = new byte[1 << 20];
            new Random(1).nextBytes(noise);
            for (int i = 0; i < 40; i++) {
                out.write(noise);
            }
        }
        StorageException big = assertThrows(StorageException.class,
                () -> BackupService.verify(huge, "fixture-2.3.232".toCharArray(), data, Progress.NONE));
        assertTrue(big.userMessage().contains("lớn bất thường"), big.userMessage());
        assertFalse(Files.exists(data.resolve("socongvu.mv.db")), "nothing was made");
    }

    @Test
    void aBackupIsOnePointInTimeWhileTheClerkSaves() throws Exception {
        Path data = tmp.resolve("data");
        try (Services s = TestServices.demo(data)) {
            var units = Tables.UNIT;
            var staff = Tables.STAFF;
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger saves = new AtomicInteger();
            // The clerk's saves: each one transaction adding a unit and a person of it, then moving an older person.
            Thread writer = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    int n = i++;
                    s.db().txRun(dsl -> {
                        long unit = dsl.insertInto(units, units.NAME, units.NAME_KEY, units.KIND)
                                .values("Tổ " + n, "to " + n, "OTHER").returning(units.ID).fetchOne(units.ID);
                        dsl.insertInto(staff, staff.FULL_NAME, staff.UNIT_ID, staff.CATEGORY)
                                .values("Người " + n, unit, "CONG_CHUC").execute();
                    });
                    saves.incrementAndGet();
                }
            });
            writer.start();
            try {
                for (int k = 0; k < 4; k++) {
                    while (saves.get() < 20 * (k + 1)) {
                        Thread.onSpinWait();
                    }
                    BackupInfo info = s.backups().backup(tmp.resolve("b" + k + ".scvbak"), null, Progress.NONE);
                    long extraUnits = info.counts().get("unit") - 11;
                    long extraStaff = info.counts().get("staff") - 40;
                    assertEquals(extraUnits, extraStaff, "backup " + k + ": every unit with its person, as saved");
                }
            } finally {
                stop.set(true);
                writer.join();
            }
        }
        for (int k = 0; k < 4; k++) {
            Path restored = tmp.resolve("restored" + k);
            BackupService.restore(tmp.resolve("b" + k + ".scvbak"), null, restored, Progress.NONE);
            try (Services s = TestServices.empty(restored)) {
                assertEquals(s.directory().units().size() - 11, s.directory().staff().size() - 40);
            }
        }
    }

    @Test
    void whatABackupReadsIsOnePointInTimeEvenWhenASaveCommitsBetweenTwoTables() throws Exception {
        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            var units = Tables.UNIT;
            var staff = Tables.STAFF;
            long[] seen = s.db().readSnapshot(dsl -> {
                long unitsBefore = dsl.fetchCount(units);
                // The clerk saves a new unit with its person while the backup is between the two tables.
                Thread save = Thread.ofPlatform().start(() -> s.db().txRun(w -> {
                    long unit = w.insertInto(units, units.NAME, units.NAME_KEY, units.KIND)
                            .values("Tổ mới", "to moi", "OTHER").returning(units.ID).fetchOne(units.ID);
                    w.insertInto(staff, staff.FULL_NAME, staff.UNIT_ID, staff.CATEGORY)
                            .values("Người mới", unit, "CONG_CHUC").execute();
                }));
                try {
                    save.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new long[] {unitsBefore, dsl.fetchCount(staff), dsl.fetchCount(units)};
            });
            assertEquals(11, seen[0]);
            assertEquals(40, seen[1], "the person saved meanwhile is not half in the backup");
            assertEquals(11, seen[2]);
            assertEquals(41, s.directory().staff().size(), "the save itself went through");
        }
    }

    @Test
    void automaticBackupsEncryptedWithoutThePasswordBeingKeptOpenWithItAlone() throws Exception {
        Path data = tmp.resolve("data");
        Map<String, String> before;
        Path auto;
        try (Services s = TestServices.demo(data)) {
            var tooShort = assertThrows(ValidationException.class,
                    () -> BackupService.newAutoKey("123".toCharArray(), "123".toCharArray()));
            assertEquals("autoPassword", tooShort.errors().getFirst().field());
            assertThrows(ValidationException.class,
                    () -> BackupService.newAutoKey("mật khẩu tự động".toCharArray(), "khác".toCharArray()));
            s.settings().saveAutoBackupKey(BackupService.newAutoKey("mật khẩu tự động".toCharArray(),
                    "mật khẩu tự động".toCharArray()).text());
            assertTrue(s.backups().autoBackupsEncrypted());
            String kept = s.settings().autoBackupKey().orElseThrow();
            assertFalse(kept.contains("mật khẩu"), "the password itself is kept nowhere");
            before = checksums(s);
            auto = s.backups().autoBackup();
            String staffName = s.directory().staff().getFirst().fullName();
            String bytes = new String(Files.readAllBytes(auto), StandardCharsets.UTF_8);
            assertFalse(bytes.contains(staffName) || bytes.contains("count."), "nothing readable but the manifest");
        }
        BackupInfo info = BackupService.info(auto);
        assertTrue(info.encrypted());
        Path check = tmp.resolve("check");
        assertThrows(StorageException.class, () -> BackupService.verify(auto, null, check, Progress.NONE));
        StorageException wrong = assertThrows(StorageException.class,
                () -> BackupService.verify(auto, "sai mật khẩu".toCharArray(), check, Progress.NONE));
        assertTrue(wrong.userMessage().startsWith("Mật khẩu không đúng"), wrong.userMessage());
        Path elsewhere = tmp.resolve("may-khac");
        BackupService.restore(auto, "mật khẩu tự động".toCharArray(), elsewhere, Progress.NONE);
        try (Services s = TestServices.empty(elsewhere)) {
            assertEquals(before, checksums(s), "another PC opens it with the password alone");
            s.settings().saveAutoBackupKey(null);
            assertFalse(s.backups().autoBackupsEncrypted());
            assertTrue(s.settings().history("setting", null).stream()
                    .anyMatch(e -> e.field().equals("backup.ui.autoEncrypted")), "audited");
        }
    }

    @Test
    void theBackupCommandReadsTheDataWithoutWritingAByteOfIt() throws Exception {
        Path data = tmp.resolve("data");
        Map<String, String> before;
        try (Services s = TestServices.demo(data)) {
            before = checksums(s);
        }
        byte[] dbBefore = Files.readAllBytes(data.resolve("socongvu.mv.db"));
        Path file = tmp.resolve("sao-luu.scvbak");
        try (Services s = Services.openForReading(data)) {
            s.backups().backup(file, null, Progress.NONE);
            assertThrows(DataAccessException.class, () -> s.directory().saveUnit(
                    new Unit.Draft(null, "Không ghi được", null, UnitKind.OTHER, null, null)), "opened read-only");
        }
        assertArrayEquals(dbBefore, Files.readAllBytes(data.resolve("socongvu.mv.db")), "not a byte written");
        Path elsewhere = tmp.resolve("khac");
        BackupService.restore(file, null, elsewhere, Progress.NONE);
        try (Services s = TestServices.empty(elsewhere)) {
            assertEquals(before, checksums(s));
        }
    }

    @Test
    void damagedForeignAndNewerBackupsAreRefusedAndNothingIsReplaced() throws Exception {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("sao-luu.scvbak");
        try (Services s = TestServices.demo(data)) {
            s.backups().backup(file, null, Progress.NONE);
        }
        byte[] dbBefore = Files.readAllBytes(data.resolve("socongvu.mv.db"));

        Path truncated = tmp.resolve("cut.scvbak");
        byte[] all = Files.readAllBytes(file);
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        assertThrows(StorageException.class, () -> BackupService.restore(truncated, null, data, Progress.NONE));
        assertThrows(StorageException.class, () -> BackupService.verify(truncated, null, data, Progress.NONE));

        // A task row gone from the data, the counts unchanged: the file is whole but not what was written.
        Path missingRow = tmp.resolve("thieu-dong.scvbak");
        rewriteEntry(file, missingRow, "data.json", json -> {
            int row = json.indexOf("\n", json.indexOf("\"task\":[")) + 1;
            return json.substring(0, row) + json.substring(json.indexOf('\n', row) + 1);
        });
        StorageException missing = assertThrows(StorageException.class,
                () -> BackupService.verify(missingRow, null, data, Progress.NONE));
        assertTrue(missing.userMessage().contains("không hợp lệ") && missing.userMessage().contains("task"),
                missing.userMessage());
        assertThrows(StorageException.class, () -> BackupService.restore(missingRow, null, data, Progress.NONE));
        // Cut inside the rows (zip entry rewritten whole, so only the data's own end tells).
        Path cutData = tmp.resolve("cut-data.scvbak");
        rewriteEntry(file, cutData, "data.json", json -> json.substring(0, json.indexOf("\"task\":[") + 200));
        assertThrows(StorageException.class, () -> BackupService.verify(cutData, null, data, Progress.NONE));

        Path foreign = Files.writeString(tmp.resolve("khac.scvbak"), "không phải bản sao lưu");
        StorageException e = assertThrows(StorageException.class, () -> BackupService.info(foreign));
        assertTrue(e.userMessage().contains("không phải là bản sao lưu"), e.userMessage());

        Path newer = tmp.resolve("moi-hon.scvbak");
        rewriteManifest(file, newer, "schemaVersion", "999");
        StorageException n = assertThrows(StorageException.class,
                () -> BackupService.restore(newer, null, data, Progress.NONE));
        assertEquals(StorageException.Reason.NEWER_SCHEMA, n.reason());

        assertArrayEquals(dbBefore, Files.readAllBytes(data.resolve("socongvu.mv.db")), "the current data was not touched");
    }

    @Test
    void restoreIsRefusedWhileTheFolderIsOpen() {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("sao-luu.scvbak");
        try (Services s = TestServices.demo(data)) {
            s.backups().backup(file, null, Progress.NONE);
            StorageException e = assertThrows(StorageException.class,
                    () -> BackupService.restore(file, null, data, Progress.NONE));
            assertEquals(StorageException.Reason.ALREADY_OPEN, e.reason());
        }
    }

    @Test
    void automaticBackupsKeepTheNewestOfEachRecentDayAndMonth() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 22, 17, 0);
        List<BackupService.AutoBackup> all = new ArrayList<>();
        long order = 1000;
        for (int d = 0; d < 400; d++) {
            all.add(auto(order--, now.minusDays(d)));
            all.add(auto(order--, now.minusDays(d).minusHours(8))); // two a day
        }
        Set<LocalDateTime> kept = kept(all, 7, 12);
        assertTrue(kept.contains(now), "the newest is kept");
        assertFalse(kept.contains(now.minusHours(8)), "only the newest of a day");
        for (int d = 0; d < 7; d++) {
            assertTrue(kept.contains(now.minusDays(d)), "day " + d);
        }
        long months = kept.stream().map(YearMonth::from).distinct().count();
        assertEquals(12, months);
        assertTrue(kept.size() <= 7 + 12);
    }

    @Test
    void aClockSetBackNeitherDeletesTheNewBackupNorStopsTheDailyOne() throws Exception {
        // Made in this order; the PC's clock went back a year before the last two.
        LocalDateTime real = LocalDateTime.of(2026, 11, 22, 17, 0);
        List<BackupService.AutoBackup> all = new ArrayList<>();
        for (int d = 10; d >= 1; d--) {
            all.add(auto(11 - d, real.minusDays(d)));
        }
        all.add(auto(11, real.minusYears(1)));
        all.add(auto(12, real.minusYears(1).plusHours(1)));
        Set<LocalDateTime> kept = kept(all, 3, 0);
        assertTrue(kept.contains(real.minusYears(1).plusHours(1)), "the last one made is kept");
        assertFalse(kept.contains(real.minusYears(1)), "the earlier one of its day goes");
        assertTrue(kept.contains(real.minusDays(1)) && kept.contains(real.minusDays(2)), "the days made before it stay");
        assertEquals(3, kept.size());

        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            Path dir = Files.createDirectories(s.backups().autoFolder());
            LocalDateTime future = LocalDateTime.now().plusYears(1);
            Files.writeString(dir.resolve(String.format("socongvu-000007-%s.scvbak",
                    future.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))), "x");
            assertTrue(s.backups().dailyBackupDue(LocalDateTime.now()), "a last backup dated in the future is no reason to skip");
            Path made = s.backups().autoBackup();
            assertTrue(made.getFileName().toString().startsWith("socongvu-000008-"), made.toString());
            assertTrue(Files.exists(made), "the new backup survives its own rotation");
            assertFalse(s.backups().dailyBackupDue(LocalDateTime.now()), "made today");
        }
    }

    private static BackupService.AutoBackup auto(long order, LocalDateTime at) {
        return new BackupService.AutoBackup(order, at, Path.of("socongvu-" + order + ".scvbak"));
    }

    private static Set<LocalDateTime> kept(List<BackupService.AutoBackup> all, int days, int months) {
        Set<BackupService.AutoBackup> drop = BackupService.toDelete(all, days, months);
        Set<LocalDateTime> kept = new HashSet<>();
        all.stream().filter(b -> !drop.contains(b)).forEach(b -> kept.add(b.madeAt()));
        return kept;
    }

    @Test
    void onlyTheNewestCopiesOfReplacedDataAreKept() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("backups"));
        for (int i = 1; i <= 8; i++) {
            Files.writeString(dir.resolve("truoc-khoi-phuc-2026110" + i + "-120000.mv.db"), "x");
        }
        Files.writeString(dir.resolve("other.txt"), "kept");
        DataFolder.keepNewest(dir, "truoc-khoi-phuc-", 5);
        try (var files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("other.txt", "truoc-khoi-phuc-20261104-120000.mv.db",
                    "truoc-khoi-phuc-20261105-120000.mv.db", "truoc-khoi-phuc-20261106-120000.mv.db",
                    "truoc-khoi-phuc-20261107-120000.mv.db", "truoc-khoi-phuc-20261108-120000.mv.db"), names);
        }
    }

    @Test
    void theRetentionSettingDecidesHowManyAutomaticBackupsStay() throws Exception {
        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            assertThrows(ValidationException.class,
                    () -> s.settings().saveBackupRetention(0, 12));
            s.settings().saveBackupRetention(2, 0);
            Path dir = Files.createDirectories(s.backups().autoFolder());
            // Four older automatic backups on four days, then a new one today.
            for (int d = 1; d <= 4; d++) {
                Files.writeString(dir.resolve("socongvu-2026110" + d + "-120000.scvbak"), "x");
            }
            s.backups().autoBackup();
            try (var files = Files.list(dir)) {
                assertEquals(2, files.count(), "today's and the newest older day's");
            }
            assertTrue(Files.exists(dir.resolve("socongvu-20261104-120000.scvbak")));
        }
    }

    @Test
    void anAutomaticBackupGoesToTheDataFolder() {
        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            Path f = s.backups().autoBackup();
            assertTrue(f.startsWith(tmp.resolve("data").resolve("backups")));
            assertTrue(s.backups().lastAutoBackup().isPresent());
        }
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(BackupServiceTest.class.getResource("/legacy/" + name).toURI()); // made by the earlier release
    }

    private static Set<String> entries(Path zip) throws Exception {
        Set<String> names = new HashSet<>();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static void rewriteManifest(Path from, Path to, String key, String value) throws Exception {
        rewriteEntry(from, to, "manifest.properties", text -> {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
                p.setProperty(key, value);
                var w = new StringWriter();
                p.store(w, null);
                return w.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A copy of a backup with one entry's text changed, every other entry as it was. */
    private static void rewriteEntry(Path from, Path to, String name, UnaryOperator<String> change)
            throws Exception {
        try (var in = new ZipInputStream(Files.newInputStream(from));
             var out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(name)) {
                    b = change.apply(new String(b, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
    }
}
