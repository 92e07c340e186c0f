package vn.socongvu.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;

/**
 * Accounts on a real PostgreSQL server: each one a login role made in the same transaction as its row, signing in
 * as it with its password (a wrong one refused by the server), a login without an account refused, a stopped account
 * unable to connect. The test server trusts its administrator and asks every other login its password.
 */
class AccountServerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    /** Roles are the whole server's: names of this run only. */
    static final String PREFIX = "t" + ProcessHandle.current().pid() + "_";
    @TempDir
    Path tmp;
    ServerAddress address;
    final List<String> roles = new ArrayList<>();

    @BeforeEach
    void database() {
        PostgresTestServer.assumeAvailable();
        address = PostgresTestServer.newMigratedDatabase();
    }

    @AfterEach
    void dropRoles() {
        for (String r : roles) {
            PostgresTestServer.execute(address.database(), "DROP OWNED BY \"" + r + "\"");
            PostgresTestServer.execute("postgres", "DROP ROLE IF EXISTS \"" + r + "\"");
        }
    }

    private Services open(String dir, String login) {
        return open(dir, login, "");
    }

    private Services open(String dir, String login, String password) {
        return Services.openServer(tmp.resolve(dir), address.withUser(login), password.toCharArray(), () -> TODAY);
    }

    private String role(String suffix) {
        String r = PREFIX + suffix;
        roles.add(r);
        return r;
    }

    private static String rolePassword(String role) throws SQLException {
        try (Connection c = PostgresTestServer.connect("postgres");
             PreparedStatement st = c.prepareStatement(
                     "SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = ?")) {
            st.setString(1, role);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return rs.getBoolean(1) + " " + rs.getString(2);
            }
        }
    }

    @Test
    void theClerkMakesALoginThatSignsInWithItsRoleAndIsStoppedForGood() throws Exception {
        String unitLogin = role("vhxh");
        String admin = address.user();
        long unitId;
        long taskId;
        long otherTaskId;
        long accountId;
        try (Services s = open("clerk", admin)) {
            CurrentUser clerk = s.accounts().current();
            assertEquals(Role.VAN_THU, clerk.role(), "the login that made the database is its văn thư");
            assertTrue(clerk.signedIn());
            unitId = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT,
                    null, null)).id();
            taskId = s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    "Tuyên truyền Ngày Văn hóa Việt Nam", unitId, null, List.of(), null, null, "Báo cáo",
                    "Công văn 125/UBND", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), Recurrence.NONE,
                    null)).id();
            long office = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null,
                    UnitKind.DEPARTMENT, null, null)).id();
            otherTaskId = s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    "Sắp xếp hồ sơ lưu trữ", office, null, List.of(), null, null, "Báo cáo", "Công văn 126/UBND",
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), Recurrence.NONE, null)).id();
            // A password with a quote and a backslash goes in as a literal, not as SQL.
            char[] pw = "mk'có\\dấu-1".toCharArray();
            accountId = s.accounts().create(unitLogin, "Phòng Văn hóa – Xã hội", Role.DON_VI, unitId, pw, pw).id();
            assertEquals(Role.VAN_THU, s.accounts().byLogin(admin).orElseThrow().role());
            // A refused creation undoes its role with its row (PostgreSQL's DDL is transactional).
            String twice = PREFIX + "twice";
            assertThrows(ValidationException.class, () -> s.accounts().create(twice, "", Role.LANH_DAO, null, pw, pw));
            assertEquals(null, rolePassword(twice));
        }
        String stored = rolePassword(unitLogin);
        assertTrue(stored.startsWith("true SCRAM-SHA-256$"), stored);

        StorageException wrong = assertThrows(StorageException.class, () -> open("unit", unitLogin, "mk'có\\dấu-2"));
        assertEquals(StorageException.Reason.LOGIN_FAILED, wrong.reason(), wrong.userMessage());
        try (Services s = open("unit", unitLogin, "mk'có\\dấu-1")) {
            CurrentUser u = s.accounts().current();
            assertEquals(Role.DON_VI, u.role());
            assertEquals(unitId, u.unitId());
            long occurrence = s.tasks().occurrences(taskId).getFirst().id();
            s.tasks().report(occurrence, LocalDate.of(2026, 6, 1), 40, "Đã treo băng rôn", null);
            assertEquals("Phòng Văn hóa – Xã hội (" + unitLogin + ")", s.tasks().history(taskId).getFirst().actor());
            assertThrows(AccessDenied.class, () -> s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số",
                    null, UnitKind.OTHER, null, null)));
            // It reads its unit's work only (docs/accounts.md), on the server as on one PC.
            assertEquals(List.of(taskId), s.tasks().list(TaskFilter.year(2026, TODAY)).stream()
                    .map(TaskRow::taskId).distinct().toList());
            assertThrows(AccessDenied.class, () -> s.tasks().task(otherTaskId));
            assertThrows(AccessDenied.class, () -> s.reports().open(s.reports().nextDue()));
            // what export-data and backup run with --database as a unit's login: refused (the command's exit code is
            // that of every refusal, ErrorHandler)
            assertThrows(AccessDenied.class, () -> s.exchange().export(tmp.resolve("du-lieu.json"), Progress.NONE));
            assertThrows(AccessDenied.class, () -> s.backups().write(tmp.resolve("sao-luu.scvbak"), null,
                    Progress.NONE));
        }

        try (Services s = open("clerk", admin)) {
            s.accounts().deactivate(accountId);
        }
        assertTrue(rolePassword(unitLogin).startsWith("false "));
        StorageException stopped = assertThrows(StorageException.class, () -> open("unit", unitLogin,
                "mk'có\\dấu-1"));
        assertEquals(StorageException.Reason.LOGIN_FAILED, stopped.reason(), stopped.userMessage());
    }

    @Test
    void aLoginWithoutAnAccountIsToldWhatToDoAndLetsGoOfTheFolder() {
        String stranger = role("stranger");
        try (Services s = open("clerk", address.user())) {
            char[] pw = "mat-khau-1".toCharArray();
            s.accounts().create(role("hoangthuha"), "Hoàng Thị Thu Hà", Role.LANH_DAO, null, pw, pw);
        }
        PostgresTestServer.execute("postgres", "CREATE ROLE \"" + stranger + "\" LOGIN PASSWORD 'mat-khau-2'");
        PostgresTestServer.execute(address.database(),
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"" + stranger + "\"");
        AccessDenied refused = assertThrows(AccessDenied.class, () -> open("stranger", stranger, "mat-khau-2"));
        assertTrue(refused.userMessage().contains(stranger), refused.userMessage());
        assertFalse(refused.userMessage().isBlank());
        // The local folder was let go: it opens again (as the clerk).
        try (Services s = open("stranger", address.user())) {
            assertEquals(Role.VAN_THU, s.accounts().current().role());
        }
    }
}
