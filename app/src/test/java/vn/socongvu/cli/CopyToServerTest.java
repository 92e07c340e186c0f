package vn.socongvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.AUDIT_LOG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.account.Account;
import vn.socongvu.account.AccountService;
import vn.socongvu.account.Role;
import vn.socongvu.app.Services;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;

/**
 * {@code copy-to-server} and {@code --database} end to end on the PostgreSQL test server ({@link PostgresTestServer}:
 * skipped without it, failing when it is required): a demo folder copied into an empty database, every record
 * equal afterwards; the same copy refused once the database holds records, nothing changed; commands run on the
 * server with the password from {@code SOCONGVU_DB_PASSWORD}.
 */
class CopyToServerTest extends CliRun {
    @TempDir
    Path tmp;
    private String home;

    @BeforeEach
    void serverLoginAndAHomeOfItsOwn() {
        PostgresTestServer.assumeAvailable();
        // The server's local folder (lock, log) goes under the default data folder: here, not the tester's home.
        home = System.getProperty("user.home");
        System.setProperty("user.home", tmp.resolve("home").toString());
        String password = new String(PostgresTestServer.password());
        ServerPassword.environment = name -> name.equals(ServerPassword.VARIABLE) ? password : null;
    }

    @AfterEach
    void restore() {
        ServerPassword.environment = System::getenv;
        if (home != null) {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void aDataFolderIsCopiedWholeIntoAnEmptyDatabaseAndASecondCopyIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, run("demo", "--data-dir", data.toString(), "--years", "2"));
        ServerAddress server = PostgresTestServer.newDatabase();
        String database = "--database=" + server;

        assertEquals(0, run("copy-to-server", "--data-dir", data.toString(), database), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("Đã chép dữ liệu từ " + data.toAbsolutePath() + " lên " + server + ":"), printed);
        assertTrue(printed.contains("Đã kiểm tra toàn bộ bản sao"), printed);
        assertTrue(printed.contains("socongvu --database=" + server), printed);
        assertFalse(printed.contains("Mật khẩu"), "the password came from the environment, nothing was asked");
        Map<String, String> local;
        long maxAudit;
        try (Services h2 = Services.openForReading(data)) {
            local = ServerCopy.checksums(h2.db());
            maxAudit = h2.db().dsl().select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
            // each table's count as printed, against the folder's own
            Matcher m = Pattern.compile("(?m)^ {2}(\\S+): ([\\d.]+) bản ghi$").matcher(printed);
            int tables = 0;
            while (m.find()) {
                tables++;
                long printedCount = Long.parseLong(m.group(2).replace(".", ""));
                assertEquals(h2.db().dsl().fetchCount(h2.db().dsl().selectFrom(m.group(1).toUpperCase())),
                        printedCount, m.group(1));
            }
            assertTrue(tables >= 30, "a line per table: " + printed);
        }
        Map<String, String> copied;
        long added;
        try (Services pg = Services.openServer(server, PostgresTestServer.password())) {
            copied = ServerCopy.checksums(pg.db());
            // The login that copied is the first văn thư: its account and the audit rows of its making, nothing else.
            assertEquals(List.of(server.user()), pg.accounts().accounts().stream().map(Account::login).toList());
            assertEquals(Role.VAN_THU, pg.accounts().accounts().getFirst().role());
            assertTrue(printed.contains("Tài khoản " + server.user() + " là văn thư đầu tiên"), printed);
            assertEquals(0, pg.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(maxAudit).and(AUDIT_LOG.ENTITY
                    .ne(AccountService.ENTITY))), "no audit row but the account's after the copied ones");
            added = pg.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(maxAudit));
            assertTrue(added > 0, "the account's making");
            added++; // the account itself
        }
        assertEquals(withoutAccounts(local), withoutAccounts(copied), "every other record of every table the same");

        // A second copy into the same database: refused, saying what to do; nothing changed on the server.
        out.getBuffer().setLength(0);
        int code = run("copy-to-server", "--data-dir", data.toString(), database);
        assertEquals(ErrorHandler.EXIT_STORAGE, code, err.toString());
        assertTrue(err.toString().startsWith("Lỗi: "), err.toString());
        assertTrue(err.toString().contains(server.database()), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        try (Services pg = Services.openServer(server, PostgresTestServer.password())) {
            assertEquals(copied, ServerCopy.checksums(pg.db()));
        }

        // The other commands on the server: the data file written from it holds what the folder's holds.
        Path fromServer = tmp.resolve("may-chu.json");
        Path fromFolder = tmp.resolve("thu-muc.json");
        assertEquals(0, run("export-data", database, "--to", fromServer.toString()), err.toString());
        assertEquals(0, run("export-data", "--data-dir", data.toString(), "--to", fromFolder.toString()));
        Matcher exported = Pattern.compile("Đã xuất ([\\d.]+) bản ghi").matcher(out.toString());
        assertTrue(exported.find());
        long fromServerCount = Long.parseLong(exported.group(1).replace(".", ""));
        assertTrue(exported.find());
        long fromFolderCount = Long.parseLong(exported.group(1).replace(".", ""));
        assertEquals(fromFolderCount + added, fromServerCount, "the folder's records and the first account's");
        assertTrue(Files.size(fromServer) > 10_000);
        // Back to one PC: the server's data file imported into a new data folder holds every record.
        Path back = tmp.resolve("mot-may");
        assertEquals(0, run("import-data", "--data-dir", back.toString(), "--from", fromServer.toString(), "--yes"),
                err.toString());
        try (Services h2 = Services.openForReading(back)) {
            assertEquals(copied, ServerCopy.checksums(h2.db()), "the server's records, the account too");
        }
        Path reports = tmp.resolve("bao-cao");
        int year = LocalDate.now().getYear() - 1;
        assertEquals(0, run("report", database, "--kind", "year", "--period", String.valueOf(year), "--out",
                reports.toString()), err.toString());
        try (var files = Files.list(reports)) {
            assertEquals(2, files.count(), "the .docx and the .xlsx");
        }
    }

    @Test
    void aBackupRestoresIntoANewServerDatabaseOnlyAndTheServerIsBackedUpAndExported() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, run("demo", "--data-dir", data.toString(), "--years", "1"));
        Path usb = tmp.resolve("usb");
        assertEquals(0, run("backup", "--data-dir", data.toString(), "--to", usb.toString()));
        Path backup;
        try (var files = Files.list(usb)) {
            backup = files.findFirst().orElseThrow();
        }
        Map<String, String> local;
        try (Services h2 = Services.openForReading(data)) {
            local = ServerCopy.checksums(h2.db());
        }
        ServerAddress server = PostgresTestServer.newDatabase();
        assertEquals(0, run("restore", "--from", backup.toString(), "--database=" + server), err.toString());
        assertTrue(out.toString().contains("vào cơ sở dữ liệu " + server + " (trước đó còn trống)"), out.toString());
        try (Services pg = Services.openServer(server, PostgresTestServer.password())) {
            assertEquals(local, ServerCopy.checksums(pg.db()), "the backup's records, every one");
        }
        // Never over a database in use: refused, nothing asked, nothing changed.
        err.getBuffer().setLength(0);
        assertEquals(ErrorHandler.EXIT_STORAGE, run("restore", "--from", backup.toString(), "--database=" + server));
        assertTrue(err.toString().contains("đã có dữ liệu") && err.toString().contains("cơ sở dữ liệu mới, trống"),
                err.toString());
        // The server's own backup, checked as it is written; it restores into a data folder on one PC.
        Path usb2 = tmp.resolve("usb2");
        assertEquals(0, run("backup", "--database=" + server, "--to", usb2.toString()), err.toString());
        Path serverBackup;
        try (var files = Files.list(usb2)) {
            serverBackup = files.findFirst().orElseThrow();
        }
        Path back = tmp.resolve("mot-may");
        assertEquals(0, run("restore", "--from", serverBackup.toString(), "--data-dir", back.toString(), "--yes"),
                err.toString());
        try (Services h2 = Services.openForReading(back)) {
            assertEquals(local, ServerCopy.checksums(h2.db()), "back on one PC, the same records");
        }
    }

    @Test
    void aFolderWithoutDataOrAMissingHalfIsRefusedBeforeTheServerIsReached() throws Exception {
        ServerAddress server = PostgresTestServer.newDatabase();
        Path empty = Files.createDirectories(tmp.resolve("rong"));
        assertEquals(ErrorHandler.EXIT_INPUT, run("copy-to-server", "--data-dir", empty.toString(),
                "--database", server.toString()));
        assertTrue(err.toString().contains("không có dữ liệu của Sổ Công Vụ"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ErrorHandler.EXIT_INPUT, run("copy-to-server", "--data-dir", empty.toString()));
        assertTrue(err.toString().contains("cần cả hai"), err.toString());
        try (Connection c = PostgresTestServer.connect(server.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "nothing made on the server");
        }
    }

    private static Map<String, String> withoutAccounts(Map<String, String> checksums) {
        Map<String, String> m = new TreeMap<>(checksums);
        m.remove("account");
        m.remove("audit_log");
        return m;
    }
}
