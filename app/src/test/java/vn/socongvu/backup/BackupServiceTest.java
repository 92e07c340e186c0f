package vn.socongvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.Services;
import vn.socongvu.TestServices;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.StorageException;

class BackupServiceTest {
    @TempDir
    Path tmp;

    static Map<String, String> checksums(Services s) throws Exception {
        return TestServices.checksums(s);
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
            assertTrue(info.counts().get("TASK") > 50);
            // Change the data after the backup: the restore must bring back the state of the backup.
            s.directory().saveUnit(new Unit.Draft(null, "Đơn vị thêm sau", null, UnitKind.OTHER, null, null));
        }
        assertEquals(info.counts(), BackupService.info(file).counts(), "the manifest is readable on its own");
        Path kept = BackupService.restore(file, null, data, Progress.NONE);
        assertNotNull(kept, "the replaced data is kept");
        assertTrue(Files.size(kept) > 0);
        try (Services s = TestServices.empty(data)) {
            assertEquals(before, checksums(s), "every table identical to the time of the backup");
            assertFalse(s.directory().units().stream().anyMatch(u -> u.name().equals("Đơn vị thêm sau")));
        }
    }

    @Test
    void aPasswordProtectsTheDataButNotTheManifest() throws Exception {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("usb/sao-luu.scvbak");
        Path plain = tmp.resolve("usb/khong-mat-khau.scvbak");
        try (Services s = TestServices.demo(data)) {
            s.backups().backup(file, "mật khẩu 123".toCharArray(), Progress.NONE);
            s.backups().backup(plain, null, Progress.NONE);
        }
        // Deflated before it is encrypted: about the size of a backup without a password, and decrypted at once
        // in that size (an encrypted script that had not been deflated was ~8 times larger).
        assertTrue(Files.size(file) < Files.size(plain) * 1.2, Files.size(file) + " vs " + Files.size(plain));
        BackupInfo info = BackupService.info(file);
        assertTrue(info.encrypted());
        assertEquals("Bình Thành", info.commune());
        StorageException none = assertThrows(StorageException.class, () -> BackupService.verify(file, null));
        assertTrue(none.userMessage().contains("mật khẩu"), none.userMessage());
        StorageException wrong = assertThrows(StorageException.class,
                () -> BackupService.verify(file, "sai".toCharArray()));
        assertTrue(wrong.userMessage().startsWith("Mật khẩu không đúng"), wrong.userMessage());
        assertEquals(info.counts(), BackupService.verify(file, "mật khẩu 123".toCharArray()).counts());
    }

    @Test
    void aBackupEncryptedAsBeforeItWasDeflatedStillRestores() throws Exception {
        Path data = tmp.resolve("data");
        Path plain = tmp.resolve("khong-mat-khau.scvbak");
        Map<String, String> before;
        try (Services s = TestServices.demo(data)) {
            before = checksums(s);
            s.backups().backup(plain, null, Progress.NONE);
        }
        // The earlier format: the same zip, its script encrypted as it is under "data.sql.aes".
        char[] password = "mật khẩu cũ".toCharArray();
        Path old = tmp.resolve("dinh-dang-cu.scvbak");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(old))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    out.write(new String(b, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("encrypted=false", "encrypted=true").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.putNextEntry(new java.util.zip.ZipEntry("data.sql.aes"));
                    var enc = BackupCrypto.encrypting(new java.io.FilterOutputStream(out) {
                        @Override
                        public void close() throws java.io.IOException {
                            flush();
                        }
                    }, password);
                    enc.write(b);
                    enc.close();
                }
                out.closeEntry();
            }
        }
        assertTrue(BackupService.info(old).encrypted());
        assertEquals(BackupService.info(plain).counts(), BackupService.verify(old, password).counts());
        BackupService.restore(old, password, data, Progress.NONE);
        try (Services s = TestServices.empty(data)) {
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
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        assertThrows(StorageException.class, () -> BackupService.restore(truncated, null, data, Progress.NONE));

        // A task row gone from the script, the manifest unchanged: the file is whole but not what was written.
        Path missingRow = tmp.resolve("thieu-dong.scvbak");
        rewriteEntry(file, missingRow, "data.sql", sql -> {
            int block = sql.indexOf("INSERT INTO \"PUBLIC\".\"TASK\" VALUES\n");
            int row = sql.indexOf("\n(", block) + 1;
            return sql.substring(0, row) + sql.substring(sql.indexOf('\n', row) + 1);
        });
        StorageException missing = assertThrows(StorageException.class, () -> BackupService.verify(missingRow, null));
        assertTrue(missing.userMessage().contains("không khớp số bản ghi"), missing.userMessage());
        assertThrows(StorageException.class, () -> BackupService.restore(missingRow, null, data, Progress.NONE));
        // Cut inside a block of rows (zip entry rewritten whole, so only the script's own end tells).
        Path cutScript = tmp.resolve("cut-script.scvbak");
        rewriteEntry(file, cutScript, "data.sql", sql -> sql.substring(0, sql.indexOf("),\n(", sql.indexOf("\"TASK\" VALUES")) + 3));
        StorageException cut = assertThrows(StorageException.class, () -> BackupService.verify(cutScript, null));
        assertTrue(cut.userMessage().contains("bị hỏng"), cut.userMessage());
        assertThrows(StorageException.class, () -> BackupService.verify(truncated, null));

        Path foreign = Files.writeString(tmp.resolve("khac.scvbak"), "không phải bản sao lưu");
        StorageException e = assertThrows(StorageException.class, () -> BackupService.info(foreign));
        assertTrue(e.userMessage().contains("không phải là bản sao lưu"), e.userMessage());

        Path newer = tmp.resolve("moi-hon.scvbak");
        rewriteManifest(file, newer, "schemaVersion", "999");
        StorageException n = assertThrows(StorageException.class,
                () -> BackupService.restore(newer, null, data, Progress.NONE));
        assertEquals(StorageException.Reason.NEWER_SCHEMA, n.reason());

        assertTrue(java.util.Arrays.equals(dbBefore, Files.readAllBytes(data.resolve("socongvu.mv.db"))),
                "the current data was not touched");
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
        List<LocalDateTime> times = new java.util.ArrayList<>();
        for (int d = 0; d < 400; d++) {
            times.add(now.minusDays(d));
            times.add(now.minusDays(d).minusHours(8)); // two a day
        }
        Set<LocalDateTime> drop = BackupService.toDelete(times, 7, 12);
        Set<LocalDateTime> kept = new java.util.HashSet<>(times);
        kept.removeAll(drop);
        assertTrue(kept.contains(now), "the newest is kept");
        assertFalse(kept.contains(now.minusHours(8)), "only the newest of a day");
        for (int d = 0; d < 7; d++) {
            assertTrue(kept.contains(now.minusDays(d)), "day " + d);
        }
        long months = kept.stream().map(java.time.YearMonth::from).distinct().count();
        assertEquals(12, months);
        assertTrue(kept.size() <= 7 + 12);
    }

    @Test
    void onlyTheNewestCopiesOfReplacedDataAreKept() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("backups"));
        for (int i = 1; i <= 8; i++) {
            Files.writeString(dir.resolve("truoc-khoi-phuc-2026110" + i + "-120000.mv.db"), "x");
        }
        Files.writeString(dir.resolve("other.txt"), "kept");
        vn.socongvu.storage.DataFolder.keepNewest(dir, "truoc-khoi-phuc-", 5);
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
            assertThrows(vn.socongvu.common.ValidationException.class,
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

    private static void rewriteManifest(Path from, Path to, String key, String value) throws Exception {
        rewriteEntry(from, to, "manifest.properties", text -> {
            java.util.Properties p = new java.util.Properties();
            try {
                p.load(new java.io.StringReader(text));
                p.setProperty(key, value);
                var w = new java.io.StringWriter();
                p.store(w, null);
                return w.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A copy of a backup with one entry's text changed, every other entry as it was. */
    private static void rewriteEntry(Path from, Path to, String name, java.util.function.UnaryOperator<String> change)
            throws Exception {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(name)) {
                    b = change.apply(new String(b, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
    }
}
