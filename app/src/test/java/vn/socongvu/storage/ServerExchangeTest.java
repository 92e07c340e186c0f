package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.exchange.DataExchange;

/**
 * The data file and the backup with a server database: written from it, and read into a new, empty one (the backup
 * "restored into a new database"); a server database that holds records is refused.
 */
class ServerExchangeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path tmp;

    @BeforeAll
    static void demoCommune() {
        demo = shared.resolve("demo");
        try (Services s = Services.open(demo, () -> TODAY)) {
            s.demo().generate(DemoSize.SMALL, 1, 2026, 2026, Progress.NONE);
        }
    }

    @BeforeEach
    void server() {
        PostgresTestServer.assumeAvailable();
    }

    @Test
    void aDataFileGoesFromH2ToAServerAndFromTheServerBackToH2() throws Exception {
        Map<String, String> original;
        Path file;
        try (Services h2 = Services.open(demo, () -> TODAY)) {
            original = ServerCopy.checksums(h2.db());
            file = h2.exchange().export(tmp.resolve("usb"), Progress.NONE).file();
        }
        Path back;
        try (Services pg = onServer(PostgresTestServer.newMigratedDatabase())) {
            ServerCopy.Summary imported = DataExchange.importInto(file, pg.db(), Progress.NONE);
            assertEquals(original, ServerCopy.checksums(pg.db()));
            assertTrue(imported.total() > 500, "records: " + imported.total());
            // and out again, from the server
            back = pg.exchange().export(tmp.resolve("tu-may-chu.json"), Progress.NONE).file();
            // a server database holding records takes no data file
            StorageException e = assertThrows(StorageException.class,
                    () -> DataExchange.importInto(file, pg.db(), Progress.NONE));
            assertEquals(StorageException.Reason.NOT_EMPTY, e.reason());
            assertEquals(original, ServerCopy.checksums(pg.db()));
        }
        Path other = tmp.resolve("may-khac");
        try (DataExchange.Prepared p = DataExchange.prepare(back, other, Progress.NONE)) {
            p.applyTo(other);
        }
        try (Services h2 = Services.open(other, () -> TODAY)) {
            assertEquals(original, ServerCopy.checksums(h2.db()));
        }
        assertTrue(Files.list(tmp.resolve("local")).noneMatch(f -> f.getFileName().toString().startsWith(".nhap")),
                "the import's work folder is gone");
    }

    @Test
    void aServerDatabasesBackupIsRestoredIntoANewDatabase() throws Exception {
        Map<String, String> atBackup;
        Path file = tmp.resolve("usb/sao-luu.scvbak");
        BackupInfo info;
        ServerAddress first = PostgresTestServer.newMigratedDatabase();
        try (Services h2 = Services.open(demo, () -> TODAY); Services pg = onServer(first)) {
            ServerCopy.copy(h2.db(), pg.db(), Progress.NONE);
            atBackup = ServerCopy.checksums(pg.db());
            info = pg.backups().backup(file, "mật khẩu".toCharArray(), Progress.NONE);
            assertEquals(info.counts().get("task"), Long.valueOf(atBackup.get("task").split(":")[0]));
            pg.directory().saveUnit(new Unit.Draft(null, "Thêm sau khi sao lưu", null, UnitKind.OTHER, null, null));
        }
        assertEquals(info.counts(), BackupService.verify(file, "mật khẩu".toCharArray(), tmp.resolve("kiem-tra"),
                Progress.NONE).counts(), "the backup of a server database checks as any");
        try (Services fresh = onServer(PostgresTestServer.newMigratedDatabase())) {
            BackupService.restoreInto(file, "mật khẩu".toCharArray(), fresh.db(), Progress.NONE);
            assertEquals(atBackup, ServerCopy.checksums(fresh.db()), "the database as it was at the backup");
            // new records continue after the restored ones
            fresh.directory().saveUnit(new Unit.Draft(null, "Sau khôi phục", null, UnitKind.OTHER, null, null));
        }
        try (Services used = onServer(first)) {
            StorageException e = assertThrows(StorageException.class, () -> BackupService.restoreInto(file,
                    "mật khẩu".toCharArray(), used.db(), Progress.NONE));
            assertEquals(StorageException.Reason.NOT_EMPTY, e.reason());
            assertTrue(e.userMessage().contains("cơ sở dữ liệu mới, trống"), e.userMessage());
        }
    }

    private Services onServer(ServerAddress a) {
        return Services.openServer(tmp.resolve("local"), a, PostgresTestServer.password(), () -> TODAY);
    }
}
