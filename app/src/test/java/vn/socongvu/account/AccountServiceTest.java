package vn.socongvu.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.storage.Engine;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/** Accounts and the roles' permissions on one PC (H2), acting as each account in turn. */
class AccountServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final char[] PASSWORD = "mật-khẩu-1".toCharArray();
    @TempDir
    Path tmp;
    Services s;
    AccountService accounts;
    long vhxh;
    long vp;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        // On PostgreSQL an account is a login of the whole server: AccountServerTest makes them, with names of its own.
        Assumptions.assumeTrue(s.db().engine() == Engine.H2, "accounts simulated on H2 only");
        accounts = s.accounts();
        vhxh = unit("Phòng Văn hóa – Xã hội");
        vp = unit("Văn phòng HĐND và UBND");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private long unit(String name) {
        return s.directory().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Task task(String content, long lead) {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, lead, null,
                List.of(), null, null, "Báo cáo kết quả", "Công văn 125/UBND ngày 02/3/2026", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 9, 30), Recurrence.NONE, null));
    }

    private long occurrence(Task t) {
        return s.tasks().occurrences(t.id()).getFirst().id();
    }

    private Plan plan() {
        return s.plans().save(new Plan.Draft(null, 2026, "Kế hoạch kiểm tra công vụ năm 2026",
                List.of("Căn cứ Luật Cán bộ, công chức năm 2025"), "Nâng cao kỷ luật, kỷ cương hành chính.",
                List.of("Lưu: VT"), s.settings().signers().get(1).id()));
    }

    private void actAs(String login) {
        s.accounts().signIn(login);
    }

    @Test
    void onOnePcTheOsUserActsAsClerkAndTheAuditNamesIt() {
        CurrentUser u = accounts.current();
        assertFalse(u.signedIn());
        assertEquals(Role.VAN_THU, u.role());
        assertEquals(System.getProperty("user.name"), u.login());
        Task t = task("Rà soát hồ sơ", vhxh);
        assertEquals(System.getProperty("user.name"), s.tasks().history(t.id()).getFirst().actor());
    }

    @Test
    void theFirstLoginBecomesClerkAnUnknownOneIsToldWhatToDo() {
        CurrentUser first = accounts.signIn("vanthu");
        assertEquals(Role.VAN_THU, first.role());
        assertTrue(first.signedIn());
        assertTrue(accounts.accounts().isEmpty(), "signing in writes nothing");
        accounts.create("hoangthuha", "Hoàng Thị Thu Hà", Role.LANH_DAO, null, PASSWORD, PASSWORD);
        assertEquals(List.of("hoangthuha", "vanthu"), accounts.accounts().stream().map(Account::login).sorted()
                .toList(), "the first văn thư's own account written with the first one it adds");
        assertEquals(Role.VAN_THU, accounts.byLogin("vanthu").orElseThrow().role());
        assertEquals("vanthu", accounts.current().account().orElseThrow().login());
        AccessDenied unknown = assertThrows(AccessDenied.class, () -> accounts.signIn("lanhdao"));
        assertTrue(unknown.userMessage().contains("lanhdao") && unknown.userMessage().contains("Cài đặt → Tài khoản"),
                unknown.userMessage());
        // A refused sign-in leaves the signed-in account as it was.
        assertEquals("vanthu", accounts.current().login());
    }

    @Test
    void theClerkAddsChangesAndStopsAccountsWithAuditNamingTheAccount() {
        accounts.signIn("vanthu");
        ValidationException bad = assertThrows(ValidationException.class, () -> accounts.create("Nguyễn A", " ",
                Role.DON_VI, null, "ngắn".toCharArray(), "ngắn".toCharArray()));
        assertTrue(bad.forField("login").isPresent());
        assertTrue(bad.forField("fullName").isPresent());
        assertTrue(bad.forField("unit").isPresent());
        assertTrue(bad.forField("password").isPresent());
        assertTrue(assertThrows(ValidationException.class, () -> accounts.create("ketoan", "Lê Văn C", Role.LANH_DAO,
                null, PASSWORD, "khác-hẳn-1".toCharArray())).forField("repeated").isPresent());
        assertTrue(assertThrows(ValidationException.class, () -> accounts.create("pg_admin", "Lê Văn C",
                Role.LANH_DAO, null, PASSWORD, PASSWORD)).forField("login").isPresent());

        Account ha = accounts.create("hoangthuha", "Hoàng Thị Thu Hà", Role.LANH_DAO, vhxh, PASSWORD, PASSWORD);
        assertEquals(null, ha.unitId(), "a leader has no unit");
        assertTrue(assertThrows(ValidationException.class, () -> accounts.create("hoangthuha", "Khác", Role.LANH_DAO,
                null, PASSWORD, PASSWORD)).forField("login").isPresent());
        Account unit = accounts.create("vhxh", "Phòng Văn hóa – Xã hội", Role.DON_VI, vhxh, PASSWORD, PASSWORD);
        assertEquals(vhxh, unit.unitId());

        Account moved = accounts.change(unit.id(), "Văn phòng", Role.DON_VI, vp);
        assertEquals(vp, moved.unitId());
        accounts.deactivate(unit.id());
        assertFalse(accounts.byLogin("vhxh").orElseThrow().active());
        assertTrue(assertThrows(AccessDenied.class, () -> accounts.signIn("vhxh")).userMessage()
                .contains("ngừng hoạt động"));
        accounts.resetPassword(ha.id(), "mới-mới-mới".toCharArray(), "mới-mới-mới".toCharArray());

        List<AuditEntry> history = accounts.history(unit.id());
        assertTrue(history.stream().allMatch(e -> e.actor().equals("vanthu (vanthu)")), history.toString());
        assertTrue(history.stream().anyMatch(e -> "account.field.unit".equals(e.field())
                && "Văn phòng HĐND và UBND".equals(e.newValue())), history.toString());
        assertTrue(accounts.history(ha.id()).stream().noneMatch(e -> e.newValue() != null
                && e.newValue().contains("mới-mới")), "the audit never holds a password");

        // The last active clerk stays one.
        long clerk = accounts.byLogin("vanthu").orElseThrow().id();
        assertTrue(assertThrows(ValidationException.class, () -> accounts.deactivate(clerk)).forField("role")
                .isPresent());
        assertTrue(assertThrows(ValidationException.class, () -> accounts.change(clerk, "Văn thư", Role.LANH_DAO,
                null)).forField("role").isPresent());
    }

    @Test
    void theDataFileCarriesTheAccounts() {
        accounts.signIn("vanthu");
        accounts.create("vhxh", "Phòng Văn hóa – Xã hội", Role.DON_VI, vhxh, PASSWORD, PASSWORD);
        Path file = s.exchange().export(tmp.resolve("out"), Progress.NONE).file();
        Path fresh = tmp.resolve("fresh");
        try (DataExchange.Prepared p = DataExchange.prepare(file, fresh, Progress.NONE)) {
            p.applyTo(fresh);
        }
        try (Services copy = TestServices.empty(fresh)) {
            Account a = copy.accounts().byLogin("vhxh").orElseThrow();
            assertEquals(Role.DON_VI, a.role());
            assertEquals(vhxh, a.unitId());
            assertEquals(2, copy.accounts().accounts().size());
        }
    }

    @Test
    void aUnitRecordsProgressAndCompletionOfItsOwnTasksOnly() {
        Task own = task("Tuyên truyền Ngày Văn hóa Việt Nam", vhxh);
        Task other = task("Sắp xếp hồ sơ lưu trữ", vp);
        long otherOccurrence = occurrence(other); // read as the clerk: a unit's account does not read another's task
        accounts.signIn("vanthu");
        accounts.create("vhxh", "Phòng Văn hóa – Xã hội", Role.DON_VI, vhxh, PASSWORD, PASSWORD);
        actAs("vhxh");

        s.tasks().report(occurrence(own), LocalDate.of(2026, 6, 1), 50, "Đã treo băng rôn", "Lê Văn B");
        s.tasks().complete(occurrence(own), LocalDate.of(2026, 6, 20), "Báo cáo số 12/BC-VHXH");
        s.tasks().reopen(occurrence(own));
        assertEquals("Phòng Văn hóa – Xã hội (vhxh)", s.tasks().history(own.id()).getFirst().actor());

        AccessDenied notOurs = assertThrows(AccessDenied.class,
                () -> s.tasks().complete(otherOccurrence, LocalDate.of(2026, 6, 20), "Xong"));
        assertTrue(notOurs.userMessage().contains("Phòng Văn hóa – Xã hội"), notOurs.userMessage());
        assertThrows(AccessDenied.class, () -> s.tasks().report(otherOccurrence, LocalDate.of(2026, 6, 1), 10,
                null, null));
        // Its own task's content, a new task, the directory, the settings: refused, and nothing written.
        assertThrows(AccessDenied.class, () -> s.tasks().hold(own.id(), Hold.PAUSED, "Chờ kinh phí"));
        assertThrows(AccessDenied.class, () -> task("Việc mới", vhxh));
        assertThrows(AccessDenied.class, () -> s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số", null,
                UnitKind.OTHER, null, null)));
        assertTrue(s.directory().units().stream().noneMatch(u -> u.name().equals("Tổ công nghệ số")));
        assertThrows(AccessDenied.class, () -> accounts.create("khac", "Người khác", Role.VAN_THU, null, PASSWORD,
                PASSWORD));
        actAs("vanthu");
        assertEquals(null, s.tasks().occurrences(other.id()).getFirst().completedOn(), "nothing written");
    }

    @Test
    void aLeaderIssuesAndEvaluatesButEditsNothingElse() {
        Plan p = plan();
        Task t = task("Kiểm tra giờ giấc làm việc", vhxh);
        accounts.signIn("vanthu");
        accounts.create("hoangthuha", "Hoàng Thị Thu Hà", Role.LANH_DAO, null, PASSWORD, PASSWORD);
        actAs("hoangthuha");

        AccessDenied edit = assertThrows(AccessDenied.class, () -> s.plans().save(new Plan.Draft(p.id(), 2026,
                "Tiêu đề khác", p.legalBases(), p.purposes(), p.recipients(), p.signerId())));
        assertTrue(edit.userMessage().contains("Hoàng Thị Thu Hà") && edit.userMessage().contains("ban hành"),
                edit.userMessage());
        assertEquals("Kế hoạch kiểm tra công vụ năm 2026", s.plans().plan(p.id()).title());

        Plan issued = s.plans().issue(p.id(), 6, LocalDate.of(2026, 3, 20));
        assertEquals(PlanStatus.ISSUED, issued.status());
        s.evaluation().setTaskWeight(t.id(), 2.0);
        assertEquals(2.0, s.evaluation().taskWeight(t.id()));
        assertThrows(AccessDenied.class, () -> s.tasks().complete(occurrence(t), LocalDate.of(2026, 6, 2), "Xong"));
        var settings = s.evaluation().settings();
        assertThrows(AccessDenied.class, () -> s.evaluation().saveSettings(settings.withCycle(
                settings.cycle() == EvaluationPeriod.Kind.MONTH ? EvaluationPeriod.Kind.QUARTER
                        : EvaluationPeriod.Kind.MONTH)));
        assertEquals(settings, s.evaluation().settings());
    }

    @Test
    void aLeaderNumbersAMeetingsPapersButChangesNothingElseOfIt() {
        long leaders = s.directory().unitNamed("Lãnh đạo HĐND và UBND xã").map(Unit::id).orElseThrow();
        Staff chair = s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", leaders, "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        Staff head = s.directory().saveStaff(new Staff.Draft(null, "Đỗ Minh Anh", vhxh, "Trưởng phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        Meeting m = s.meetings().save(new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false,
                "Họp giao ban tháng 6 năm 2026", LocalDateTime.of(2026, 6, 10, 14, 0),
                LocalDateTime.of(2026, 6, 10, 17, 0), "Hội trường UBND xã", null, chair.id(), null,
                List.of(new Meeting.Participant(head.id(), head.fullName(), MeetingService.describe(head),
                        Attendance.PRESENT, null)),
                List.of(new Meeting.AgendaItem("Kết quả tháng 5", null)),
                List.of(Meeting.Conclusion.of("Hoàn thành rà soát hộ nghèo"))));
        accounts.signIn("vanthu");
        accounts.create("hoangthuha", "Hoàng Thị Thu Hà", Role.LANH_DAO, null, PASSWORD, PASSWORD);
        actAs("hoangthuha");

        assertTrue(s.meetings().number(m.id(), 1).number() != null, "the minutes numbered");
        s.meetingPapers().number(m.id(), MeetingPapers.Paper.INVITATION, 2);
        s.meetingPapers().number(m.id(), MeetingPapers.Paper.CONCLUSIONS, 3);
        s.meetingPapers().numberWeek(LocalDate.of(2026, 6, 10), 4);
        assertTrue(s.meetingPapers().entry(m.id(), MeetingPapers.Paper.INVITATION).isPresent());
        assertTrue(s.meetings().history(m.id()).stream().anyMatch(e -> "meeting.field.invitationNumber"
                .equals(e.field()) && e.actor().startsWith("Hoàng Thị Thu Hà")), "numbered by the leader");
        // the meeting itself, and the invitation's note, stay the văn thư's
        Meeting numbered = s.meetings().meeting(m.id());
        assertThrows(AccessDenied.class, () -> s.meetings().save(new Meeting.Draft(m.id(), m.kind(), m.format(),
                m.paperless(), "Tiêu đề khác", m.startsAt(), m.endsAt(), m.place(), m.link(), m.chairId(),
                m.secretaryId(), m.participants(), m.agenda(), m.conclusions()), null));
        assertThrows(AccessDenied.class, () -> s.meetingPapers().saveInvitationNote(m.id(), "Mang theo báo cáo"));
        assertEquals(numbered, s.meetings().meeting(m.id()));
    }
}
