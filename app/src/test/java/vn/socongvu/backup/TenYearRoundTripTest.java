package vn.socongvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.exchange.DataExchange;

/**
 * Ten years of a busy commune survive both ways out and back: a backup restored, and a data file imported,
 * give every table identical, row for row (a checksum of every table).
 */
class TenYearRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void backupRestoreAndExportImportGiveIdenticalTables() throws Exception {
        Path data = tmp.resolve("data");
        Path usb = Files.createDirectories(tmp.resolve("usb"));
        Map<String, String> before;
        Path backup;
        Path json;
        try (Services s = TestServices.empty(data)) {
            s.demo().generate(DemoSize.BUSY, 10, 2026, 7, Progress.NONE);
            before = TestServices.recordChecksums(s);
            BackupInfo info = s.backups().backup(usb, "mật khẩu USB".toCharArray(), Progress.NONE);
            assertTrue(info.counts().get("meeting_participant") > 100_000, info.counts().toString());
            try (var files = Files.list(usb)) {
                backup = files.findFirst().orElseThrow();
            }
            json = s.exchange().export(usb, Progress.NONE).file();
        }
        BackupService.restore(backup, "mật khẩu USB".toCharArray(), data, Progress.NONE);
        try (Services s = TestServices.empty(data)) {
            assertEquals(before, TestServices.recordChecksums(s), "the restored records are identical");
        }
        Path moved = tmp.resolve("may-moi");
        try (DataExchange.Prepared p = DataExchange.prepare(json, moved, Progress.NONE)) {
            p.applyTo(moved);
        }
        try (Services s = TestServices.empty(moved)) {
            assertEquals(before, TestServices.recordChecksums(s), "the imported records are identical");
        }
    }
}
