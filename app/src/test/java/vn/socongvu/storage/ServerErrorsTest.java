package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;

/** What the clerk is told when a server database cannot be opened or used: met on the real test server. */
class ServerErrorsTest {
    private static final AtomicInteger ROLES = new AtomicInteger();

    @TempDir
    Path tmp;

    @BeforeEach
    void server() {
        PostgresTestServer.assumeAvailable();
    }

    @Test
    void aServerThatDoesNotAnswerSaysWhatToCheck() {
        // port 1 on this machine: nothing listens there, the connection is refused at once
        ServerAddress nowhere = new ServerAddress("localhost", 1, "socongvu", "vanthu");
        StorageException e = open(nowhere, "x");
        assertEquals(StorageException.Reason.SERVER_UNREACHABLE, e.reason());
        assertTrue(e.userMessage().startsWith("Không kết nối được máy chủ cơ sở dữ liệu localhost:1 (cơ sở dữ liệu "
                + "socongvu)"), e.userMessage());
        assertTrue(e.userMessage().contains("PostgreSQL đang chạy"), e.userMessage());
    }

    @Test
    void aWrongPasswordOrAnUnknownLoginIsRefusedAsSuch() {
        String role = role("dung-mat-khau");
        ServerAddress a = PostgresTestServer.newMigratedDatabase().withUser(role);
        PostgresTestServer.execute(a.database(), "grant select, insert, update, delete on all tables in schema public to "
                + role);
        StorageException e = open(a, "sai-mat-khau");
        assertEquals(StorageException.Reason.LOGIN_FAILED, e.reason());
        assertTrue(e.userMessage().contains("tài khoản " + role + ": sai mật khẩu"), e.userMessage());
        StorageException unknown = open(a.withUser("khong_ai_ca"), "x");
        assertEquals(StorageException.Reason.LOGIN_FAILED, unknown.reason());
        // the right password opens it
        try (Services s = Services.openServer(tmp.resolve("ok"), a, "dung-mat-khau".toCharArray(), LocalDate::now)) {
            assertEquals(role, s.db().sessionUser());
        }
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        ServerAddress a = PostgresTestServer.admin().withDatabase("khong_co_csdl_nay");
        StorageException e = open(a, "");
        assertEquals(StorageException.Reason.NO_DATABASE, e.reason());
        assertTrue(e.userMessage().contains("không có cơ sở dữ liệu tên khong_co_csdl_nay"), e.userMessage());
    }

    @Test
    void aLoginWithoutThePermissionIsToldToAskForIt() {
        String role = role("mk");
        ServerAddress closed = PostgresTestServer.newMigratedDatabase();
        PostgresTestServer.execute(closed.database(), "revoke connect on database " + closed.database() + " from public");
        StorageException e = open(closed.withUser(role), "mk");
        assertEquals(StorageException.Reason.NO_PERMISSION, e.reason());
        assertTrue(e.userMessage().startsWith("Tài khoản " + role + " không có quyền"), e.userMessage());
        assertTrue(e.userMessage().contains("người quản trị máy chủ cấp quyền"), e.userMessage());
        // an empty database the login may connect to but not create tables in: the migration is refused the same way
        ServerAddress empty = PostgresTestServer.newDatabase();
        PostgresTestServer.execute(empty.database(), "revoke create on schema public from public");
        StorageException migrate = open(empty.withUser(role), "mk");
        assertEquals(StorageException.Reason.NO_PERMISSION, migrate.reason(), migrate.getMessage());
    }

    @Test
    void aConnectionLostInTheMiddleOfAWriteLosesNothingAndSaysSo() throws Exception {
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        try (Services s = Services.openServer(tmp, a, PostgresTestServer.password(), LocalDate::now)) {
            StorageException e = assertThrows(StorageException.class, () -> s.db().txRun(d -> {
                d.execute("insert into holiday (holiday_date, name, kind) values (date '2030-01-02', 'thử', 'OFF')");
                int pid = d.resultQuery("select pg_backend_pid()").fetchOne(0, Integer.class);
                try (Connection admin = PostgresTestServer.connect(a.database()); Statement st = admin.createStatement()) {
                    st.execute("select pg_terminate_backend(" + pid + ")");
                } catch (SQLException x) {
                    throw new IllegalStateException(x);
                }
                d.execute("insert into holiday (holiday_date, name, kind) values (date '2030-01-03', 'thử', 'OFF')");
            }));
            assertEquals(StorageException.Reason.CONNECTION_LOST, e.reason(), e.getMessage());
            assertTrue(e.userMessage().startsWith("Mất kết nối với máy chủ cơ sở dữ liệu localhost:"), e.userMessage());
            assertTrue(e.userMessage().contains("Thay đổi đang làm dở chưa được lưu"), e.userMessage());
            // the pool gives a working connection again, and nothing of the broken transaction was kept
            assertEquals(0, s.db().dsl().fetchCount(s.db().dsl().selectOne().from("holiday")
                    .where("holiday_date >= date '2030-01-01'")));
        }
    }

    private StorageException open(ServerAddress a, String password) {
        return assertThrows(StorageException.class, () -> Services.openServer(tmp.resolve("f" + ROLES.incrementAndGet()),
                a, password.toCharArray(), LocalDate::now));
    }

    /** A login with a password, no other right. */
    private static String role(String password) {
        String name = "thu_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        PostgresTestServer.execute("postgres", "create role " + name + " login password '" + password + "'");
        return name;
    }
}
