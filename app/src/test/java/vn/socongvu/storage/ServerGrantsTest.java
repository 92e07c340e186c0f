package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.account.AccessDenied;
import vn.socongvu.account.Role;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.GeneralCriteria;
import vn.socongvu.evaluation.LegalCase;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/**
 * The accounts' rights held by the PostgreSQL server itself (docs/accounts.md, "What the server enforces"): each
 * account a member of its role's group, the groups' rights set after every migration; a login that connects with
 * another program is held to its role; every write its role may make still works through the app.
 */
class ServerGrantsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
    static final String PREFIX = "g" + ProcessHandle.current().pid() + "_";
    static final String PASSWORD = "mat-khau-9";
    @TempDir
    Path tmp;
    ServerAddress address;
    final List<String> roles = new ArrayList<>();
    long vhxh;
    long vp;
    long ownTask;
    long otherTask;
    long planId;
    long meetingId;
    long staffId;

    @BeforeEach
    void database() {
        PostgresTestServer.assumeAvailable();
        address = PostgresTestServer.newMigratedDatabase();
    }

    @AfterEach
    void dropRoles() {
        if (address == null) {
            return;
        }
        for (String r : roles) {
            PostgresTestServer.execute(address.database(), "DROP OWNED BY \"" + r + "\"");
            PostgresTestServer.execute("postgres", "DROP ROLE IF EXISTS \"" + r + "\"");
        }
    }

    private String role(String suffix) {
        String r = PREFIX + suffix;
        roles.add(r);
        return r;
    }

    private Services open(String login, String password) {
        return Services.openServer(tmp.resolve(login), address.withUser(login), password.toCharArray(), () -> TODAY);
    }

    private Services clerk() {
        return open(address.user(), new String(PostgresTestServer.password()));
    }

    private Connection connect(String login) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", login);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection(address.jdbcUrl(), p);
    }

    private String group(String role) {
        return EngineSql.groupName(address.database(), role);
    }

    /** The SQLSTATE of running {@code sql} as {@code login}; "" when the server ran it. */
    private String run(String login, String sql) throws SQLException {
        try (Connection c = connect(login); Statement st = c.createStatement()) {
            st.execute(sql);
            return "";
        } catch (SQLException e) {
            if (e.getSQLState() == null || e.getSQLState().startsWith("08")) {
                throw e;
            }
            return e.getSQLState();
        }
    }

    private static boolean asAdmin(String database, String sql, String... args) throws SQLException {
        try (Connection c = PostgresTestServer.connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private boolean member(String login, String role) throws SQLException {
        return asAdmin(address.database(), "select exists (select 1 from pg_auth_members m "
                + "where m.roleid = to_regrole(?) and m.member = to_regrole(?))", group(role), login);
    }

    /** Whether {@code login} holds a right on a table or sequence of the app given to it, not to a group. */
    private boolean direct(String login) throws SQLException {
        return asAdmin(address.database(), "select exists (select 1 from pg_class c, aclexplode(c.relacl) a "
                + "where c.relnamespace = 'public'::regnamespace and a.grantee = to_regrole(?))", login);
    }

    /** The commune, two units, a person, two tasks (one of each unit), a draft plan, a briefing with its minutes. */
    /** The records, and a leader's and a unit's account made by the clerk (the owner). */
    private void leaderAndUnit(String leader, String unit) {
        try (Services s = clerk()) {
            records(s);
            s.accounts().create(leader, "Hoàng Thị Thu Hà", Role.LANH_DAO, null, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray());
            s.accounts().create(unit, "Phòng Văn hóa – Xã hội", Role.DON_VI, vhxh, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray());
        }
    }

    private void records(Services s) {
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        long leaders = s.directory().unitNamed("Lãnh đạo HĐND và UBND xã").map(Unit::id).orElseThrow();
        vhxh = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT, null,
                null)).id();
        vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND xã", null, UnitKind.OFFICE, null,
                null)).id();
        Staff chair = s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", leaders, "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        Staff head = s.directory().saveStaff(new Staff.Draft(null, "Đỗ Minh Anh", vhxh, "Trưởng phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        staffId = head.id();
        ownTask = task(s, "Tuyên truyền Ngày Văn hóa Việt Nam", vhxh);
        otherTask = task(s, "Sắp xếp hồ sơ lưu trữ", vp);
        s.tasks().complete(s.tasks().occurrences(otherTask).getFirst().id(), LocalDate.of(2026, 11, 20), "Xong");
        planId = s.plans().save(new Plan.Draft(null, 2026, "Kế hoạch kiểm tra công vụ năm 2026",
                List.of("Căn cứ Luật Cán bộ, công chức năm 2025"), "Nâng cao kỷ luật, kỷ cương hành chính.",
                List.of("Lưu: VT"), s.settings().signers().getFirst().id())).id();
        meetingId = s.meetings().save(new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false,
                "Họp giao ban tháng 12 năm 2026", LocalDateTime.of(2026, 12, 10, 14, 0),
                LocalDateTime.of(2026, 12, 10, 17, 0), "Hội trường UBND xã", null, chair.id(), null,
                List.of(new Meeting.Participant(chair.id(), chair.fullName(), MeetingService.describe(chair),
                                Attendance.PRESENT, null),
                        new Meeting.Participant(head.id(), head.fullName(), MeetingService.describe(head),
                                Attendance.PRESENT, null)),
                List.of(new Meeting.AgendaItem("Kết quả tháng 11", "Văn phòng báo cáo.")),
                List.of(new Meeting.Conclusion(null, "Hoàn thành rà soát hộ nghèo", null, null)))).id();
    }

    private static long task(Services s, String content, long lead) {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, lead, null,
                List.of(), null, null, "Báo cáo kết quả", "Công văn 125/UBND", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 12, 30), Recurrence.NONE, null)).id();
    }

    @Test
    void aGroupNameFitsPostgresqlAndNamesItsDatabase() {
        assertEquals("socongvu_lanh_dao", EngineSql.groupName("socongvu", "lanh_dao"));
        String longName = "uy_ban_nhan_dan_xa_binh_thanh_tinh_thai_nguyen_so_cong_vu_2026";
        String other = longName.replace("2026", "2027");
        for (String role : EngineSql.GROUPS) {
            String a = EngineSql.groupName(longName, role);
            assertTrue(a.getBytes(StandardCharsets.UTF_8).length <= 63, a);
            assertTrue(a.endsWith("_" + role) && a.startsWith("uy_ban_nhan_dan"), a);
            assertNotEquals(a, EngineSql.groupName(other, role), "two long names never share a group");
        }
        String marks = EngineSql.groupName("sổ_công_vụ_của_ủy_ban_nhân_dân_xã_bình_thành", "lanh_dao");
        assertTrue(marks.getBytes(StandardCharsets.UTF_8).length <= 63, marks);
        assertTrue(marks.endsWith("_lanh_dao"), marks);
    }

    @Test
    void eachLoginIsHeldToItsRoleByTheServer() throws Exception {
        String leader = role("lanhdao");
        String unit = role("donvi");
        leaderAndUnit(leader, unit);
        assertTrue(member(leader, "lanh_dao") && !member(leader, "van_thu") && !member(leader, "don_vi"));
        assertTrue(member(unit, "don_vi") && !member(unit, "lanh_dao"));
        assertFalse(direct(leader) || direct(unit), "no right given to a login directly");

        String refused = "42501"; // insufficient_privilege
        // a leader with psql: reads everything, changes nothing but what its role writes
        assertEquals("", run(leader, "select count(*) from task, unit, audit_log, account"));
        assertEquals(refused, run(leader, "update unit set name = 'Tổ khác'"));
        assertEquals(refused, run(leader, "delete from task"));
        assertEquals(refused, run(leader, "update plan set title = 'Khác'"));
        assertEquals(refused, run(leader, "update meeting set title = 'Khác'"));
        assertEquals(refused, run(leader, "insert into account (login, full_name, role, created_at) "
                + "values ('x', 'x', 'VAN_THU', now())"));
        // a unit: no plan, no task's content, no other column of an occurrence
        assertEquals("", run(unit, "select count(*) from plan, task_progress"));
        assertEquals(refused, run(unit, "insert into plan (plan_year, title, status, created_at) "
                + "values (2026, 'Kế hoạch', 'DRAFT', now())"));
        assertEquals(refused, run(unit, "update task set content = 'Khác'"));
        assertEquals(refused, run(unit, "update task_occurrence set due_on = date '2030-01-01'"));
        assertEquals(refused, run(unit, "delete from task_progress"));
        assertEquals(refused, run(unit, "insert into document_number (doc_year, kind, doc_number, title, created_at) "
                + "values (2026, 'KH', 99, 'x', now())"));
    }

    @Test
    void theServerHoldsAUnitToTheRowsOfTheTasksItsUnitLeads() throws Exception {
        String leader = role("truong");
        String unit = role("phong");
        leaderAndUnit(leader, unit);
        long own;
        long other;
        try (Services s = clerk()) {
            own = s.tasks().occurrences(ownTask).getFirst().id();
            other = s.tasks().occurrences(otherTask).getFirst().id();
        }
        String refused = "42501"; // a row refused by a policy reads as insufficient_privilege
        // another unit's occurrence: no row of it changes; its own does
        assertEquals(0, updated(unit, "update task_occurrence set completed_on = null, result = null where id = "
                + other));
        assertEquals(1, updated(unit, "update task_occurrence set result = 'Đã xong' where id = " + own));
        assertEquals(refused, run(unit, progress(otherTask, other)));
        assertEquals(refused, run(unit, progress(ownTask, other)), "its own task with another task's occurrence");
        assertEquals("", run(unit, progress(ownTask, own)));
        // the audit rows a leader or a unit adds name its own login
        assertEquals(refused, run(unit, audit(address.user())));
        assertEquals(refused, run(leader, audit(unit)));
        assertEquals("", run(unit, audit(unit)));
        assertEquals("", run(leader, audit(leader)));
        try (Services s = clerk()) {
            assertEquals(LocalDate.of(2026, 11, 20), s.tasks().occurrences(otherTask).getFirst().completedOn());
            assertEquals("Đã xong", s.tasks().occurrences(ownTask).getFirst().result());
        }
        // a second văn thư, who does not own the tables, still writes every row
        String second = role("vanthu2");
        try (Services s = clerk()) {
            s.accounts().create(second, "Trần Thị Mai", Role.VAN_THU, null, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray());
        }
        assertEquals(1, updated(second, "update task_occurrence set result = 'Đã xong, có báo cáo' where id = "
                + other));
        assertEquals("", run(second, progress(otherTask, other)));
        assertEquals("", run(second, audit(unit)), "the office's clerk may write for anyone (a copy, an import)");
    }

    @Test
    void aCopyUnderAnotherNameHoldsTheRowsForItsOwnGroups() throws Exception {
        String leader = role("ldsao");
        String unit = role("dvsao");
        leaderAndUnit(leader, unit);
        String copy = address.database() + "9"; // named as the test databases are, for the leftovers' clean-up
        PostgresTestServer.execute("postgres", "create database " + copy + " template " + address.database());
        ServerAddress original = address;
        address = address.withDatabase(copy);
        try {
            long own;
            long other;
            try (Services s = clerk()) { // the owner's first open makes the copy's groups and policies
                own = s.tasks().occurrences(ownTask).getFirst().id();
                other = s.tasks().occurrences(otherTask).getFirst().id();
            }
            assertTrue(asAdmin(copy, "select bool_and(roles = array[?]::name[]) from pg_policies "
                    + "where tablename = 'task_occurrence' and policyname = 'socongvu_don_vi'", group("don_vi")));
            assertEquals(1, updated(unit, "update task_occurrence set result = 'Bản sao' where id = " + own));
            assertEquals(0, updated(unit, "update task_occurrence set result = 'Bản sao' where id = " + other));
        } finally {
            address = original;
            PostgresTestServer.execute("postgres", "drop database if exists " + copy + " with (force)");
        }
    }

    private static String progress(long task, long occurrence) {
        return "insert into task_progress (task_id, occurrence_id, reported_on, percent) values (" + task + ", "
                + occurrence + ", date '2026-12-01', 60)";
    }

    private static String audit(String actor) {
        return "insert into audit_log (changed_at, actor, entity, entity_id, action) values (localtimestamp, '"
                + actor + "', 'task', 1, 'UPDATE')";
    }

    /** The rows {@code sql} changed, run as {@code login}. */
    private int updated(String login, String sql) throws SQLException {
        try (Connection c = connect(login); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    @Test
    void everyWriteARoleMayMakeWorksSignedInAsIt() {
        String leader = role("ha");
        String unit = role("vhxh");
        leaderAndUnit(leader, unit);
        try (Services s = open(leader, PASSWORD)) {
            Plan issued = s.plans().issue(planId, 6, LocalDate.of(2026, 3, 20));
            assertEquals(PlanStatus.ISSUED, issued.status());
            assertEquals(PlanStatus.EXPIRED, s.plans().setExpired(planId, true).status());
            s.register().register(2026, DocumentKind.CONG_VAN, 15, "Về việc rà soát hộ nghèo", TODAY);
            // a meeting's papers: the minutes, the invitation, the notice of conclusions; the week's schedule
            assertNotNull(s.meetings().number(meetingId, 1).number());
            s.meetingPapers().number(meetingId, MeetingPapers.Paper.INVITATION, 3);
            s.meetingPapers().number(meetingId, MeetingPapers.Paper.CONCLUSIONS, 4);
            assertTrue(s.meetingPapers().entry(meetingId, MeetingPapers.Paper.CONCLUSIONS).isPresent());
            s.meetingPapers().numberWeek(LocalDate.of(2026, 12, 9), 5);
            // the evaluation's inputs
            s.evaluation().setTaskWeight(ownTask, 2.0);
            assertEquals(2.0, s.evaluation().taskWeight(ownTask));
            long done = s.tasks().occurrences(otherTask).getFirst().id();
            s.evaluation().markQuality(done, 1, "Số liệu chưa khớp");
            s.evaluation().markQuality(done, 0, null);
            s.evaluation().saveGeneral(staffId, EvaluationPeriod.month(2026, 11),
                    new GeneralCriteria(5, 4.5, 4, 4, 4.5, 4, "Tích cực", "Hoàng Thị Thu Hà", TODAY));
            LegalCase c = s.evaluation().addCase(staffId, 2026, "Bị nhắc nhở về giờ giấc", "Biên bản 2/BB");
            s.evaluation().removeCase(c.id());
            // what it may not: refused as the role's own message, whichever refuses first (the server, the app)
            AccessDenied unitSave = assertThrows(AccessDenied.class, () -> s.directory().saveUnit(
                    new Unit.Draft(null, "Tổ công nghệ số", null, UnitKind.OTHER, null, null)));
            assertTrue(unitSave.userMessage().contains("Hoàng Thị Thu Hà"), unitSave.userMessage());
            assertThrows(AccessDenied.class, () -> s.tasks().hold(ownTask, Hold.PAUSED, "Chờ kinh phí"));
        }
        try (Services s = open(unit, PASSWORD)) {
            long occ = s.tasks().occurrences(ownTask).getFirst().id();
            s.tasks().report(occ, LocalDate.of(2026, 12, 1), 50, "Đã treo băng rôn", "Lê Văn B",
                    s.tasks().mark(ownTask));
            s.tasks().complete(occ, LocalDate.of(2026, 12, 10), "Báo cáo số 12/BC-VHXH", s.tasks().mark(ownTask));
            assertEquals(LocalDate.of(2026, 12, 10), s.tasks().occurrences(ownTask).getFirst().completedOn());
            s.tasks().reopen(occ, s.tasks().mark(ownTask));
            assertEquals(null, s.tasks().occurrences(ownTask).getFirst().completedOn());
            assertThrows(AccessDenied.class, () -> s.tasks().hold(ownTask, Hold.PAUSED, "Chờ kinh phí"));
            assertThrows(AccessDenied.class, () -> s.register().register(2026, DocumentKind.CONG_VAN, 16,
                    "Về việc khác", TODAY));
        }
    }

    @Test
    void aTableALaterMigrationAddsIsReadByEveryRole() throws Exception {
        String leader = role("ld");
        String unit = role("dv");
        leaderAndUnit(leader, unit);
        // a later migration, as the owner: a table, then the step that runs after every migration
        try (Connection c = PostgresTestServer.connect(address.database()); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("create table later_records (id bigint generated by default as identity primary key, "
                    + "note varchar(100))");
            st.execute("insert into later_records (note) values ('một')");
            EngineSql.grantGroups(c);
            c.commit();
        }
        assertEquals("", run(leader, "select * from later_records"));
        assertEquals("", run(unit, "select * from later_records"));
        assertEquals("42501", run(unit, "insert into later_records (note) values ('hai')"));
        // the clerks' group writes it (a second văn thư who does not own it)
        String second = role("vt2");
        try (Services s = clerk()) {
            s.accounts().create(second, "Trần Thị Mai", Role.VAN_THU, null, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray());
        }
        assertEquals("", run(second, "insert into later_records (note) values ('hai')"));
    }

    @Test
    void anAccountOfTheEarlierReleaseIsMovedToItsGroup() throws Exception {
        // As the earlier release left it: no groups yet, the account's login given the rights directly.
        String old = role("cu");
        String admin = address.user();
        assertFalse(asAdmin("postgres", "select exists (select 1 from pg_roles where rolname = ?)",
                group("lanh_dao")), "a database copied under a new name has no groups of its own yet");
        PostgresTestServer.execute("postgres", "CREATE ROLE \"" + old + "\" LOGIN PASSWORD '" + PASSWORD + "'");
        PostgresTestServer.execute(address.database(),
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"" + old + "\"",
                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \"" + old + "\"",
                "INSERT INTO account (login, full_name, role, created_at) VALUES ('" + admin + "', '" + admin
                        + "', 'VAN_THU', now()), ('" + old + "', 'Hoàng Thị Thu Hà', 'LANH_DAO', now())");
        assertEquals("", run(old, "update unit set name = name"));

        try (Services s = clerk()) { // the owner opens it with this release
            assertEquals(Role.VAN_THU, s.accounts().current().role());
        }
        assertTrue(member(old, "lanh_dao"));
        assertTrue(member(admin, "van_thu"));
        assertFalse(direct(old), "the direct rights taken back");
        assertEquals("42501", run(old, "update unit set name = name"));
        assertEquals("", run(old, "select count(*) from unit"));
        try (Services s = open(old, PASSWORD)) {
            assertEquals(Role.LANH_DAO, s.accounts().current().role());
        }

        // An account that came in with the records (a restore, an import) once the groups exist: moved when the
        // owner next opens the database.
        String restored = role("khoiphuc");
        PostgresTestServer.execute("postgres", "CREATE ROLE \"" + restored + "\" LOGIN PASSWORD '" + PASSWORD + "'");
        PostgresTestServer.execute(address.database(), "INSERT INTO account (login, full_name, role, created_at) "
                + "VALUES ('" + restored + "', 'Trần Thị Mai', 'VAN_THU', now())");
        assertEquals("42501", run(restored, "select count(*) from unit"), "no rights before the owner opens it");
        try (Services s = clerk()) {
            assertEquals(Role.VAN_THU, s.accounts().current().role());
        }
        assertTrue(member(restored, "van_thu"));
        assertEquals("", run(restored, "update unit set name = name"));
    }

    @Test
    void aSecondClerkWhoDoesNotOwnTheTablesMakesAndMovesAccounts() throws Exception {
        String second = role("vt2");
        String unit = role("dv2");
        try (Services s = clerk()) {
            records(s);
            s.accounts().create(second, "Trần Thị Mai", Role.VAN_THU, null, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray());
        }
        try (Services s = open(second, PASSWORD)) {
            assertEquals(Role.VAN_THU, s.accounts().current().role());
            long id = s.accounts().create(unit, "Phòng Văn hóa – Xã hội", Role.DON_VI, vhxh, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray()).id();
            assertTrue(member(unit, "don_vi"));
            s.accounts().change(id, "Phòng Văn hóa – Xã hội", Role.LANH_DAO, null);
            assertTrue(member(unit, "lanh_dao") && !member(unit, "don_vi"), "the membership moved with the role");
            s.accounts().resetPassword(id, "mat-khau-moi".toCharArray(), "mat-khau-moi".toCharArray());
            s.accounts().deactivate(id);
            s.accounts().reactivate(id);
            s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số", null, UnitKind.OTHER, null, null));
        }
        try (Services s = open(unit, "mat-khau-moi")) {
            assertEquals(Role.LANH_DAO, s.accounts().current().role());
        }
        assertEquals("42501", run(second, "drop table unit cascade"), "a văn thư who is not the owner changes no table");
    }

    @Test
    void aDatabaseThatNeedsMigratingIsMigratedByItsOwnerOnly() throws Exception {
        String second = role("vt3");
        try (Services s = clerk()) {
            s.accounts().create(second, "Trần Thị Mai", Role.VAN_THU, null, PASSWORD.toCharArray(),
                    PASSWORD.toCharArray());
        }
        // as if a newer release had one more migration: the history one short
        PostgresTestServer.execute(address.database(),
                "delete from flyway_schema_history where version = '" + Database.LATEST_SCHEMA_VERSION + "'");
        StorageException e = assertThrows(StorageException.class, () -> open(second, PASSWORD));
        assertEquals(StorageException.Reason.NO_PERMISSION, e.reason(), e.getMessage());
        assertTrue(e.userMessage().contains("chỉ tài khoản " + address.user()) && e.userMessage().contains(second)
                && e.userMessage().contains("nâng cấp"), e.userMessage());
        assertFalse(asAdmin(address.database(), "select exists (select 1 from flyway_schema_history where version = ?)",
                Integer.toString(Database.LATEST_SCHEMA_VERSION)), "nothing migrated");
    }
}
