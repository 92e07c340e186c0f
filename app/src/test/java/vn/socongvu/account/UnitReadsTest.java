package vn.socongvu.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.plan.Plan;
import vn.socongvu.search.SearchGroup;
import vn.socongvu.search.SearchHit;
import vn.socongvu.search.SearchKind;
import vn.socongvu.search.SearchService;
import vn.socongvu.storage.Engine;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;

/**
 * What each role may read (docs/accounts.md), on one PC (H2) acting as each account in turn: a unit's account reads
 * the tasks its unit leads or cooperates on, the plans and meetings they come from, and no report, evaluation,
 * inspection, trash, directory history or the data as a whole; the văn thư and a leader read everything.
 */
class UnitReadsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final char[] PASSWORD = "mật-khẩu-1".toCharArray();
    @TempDir
    Path tmp;
    @TempDir
    Path out;
    Services s;

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    private void open(Services services) {
        s = services;
        // On PostgreSQL an account is a login of the whole server: simulated here on H2 only, as AccountServiceTest.
        Assumptions.assumeTrue(s.db().engine() == Engine.H2, "accounts simulated on H2 only");
    }

    private long unit(String name) {
        return s.directory().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Task task(String content, long lead, List<Long> cooperating) {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, lead, null,
                cooperating, null, null, "Báo cáo kết quả", "Công văn 125/UBND ngày 02/3/2026", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 9, 30), Recurrence.NONE, null));
    }

    /** The accounts of the three roles (the first login, as văn thư, adds them), then signed in as {@code login}. */
    private void accounts(long unitId, String login) {
        s.accounts().signIn("vanthu");
        s.accounts().create("hoangthuha", "Hoàng Thị Thu Hà", Role.LANH_DAO, null, PASSWORD, PASSWORD);
        s.accounts().create("donvi", "Tài khoản đơn vị", Role.DON_VI, unitId, PASSWORD, PASSWORD);
        s.accounts().signIn(login);
    }

    private String login() {
        return s.accounts().current().login();
    }

    private List<Long> listed() {
        return s.tasks().list(TaskFilter.year(2026, TODAY)).stream().map(TaskRow::taskId).sorted().toList();
    }

    private List<Long> found(String query) {
        return s.search().search(query, SearchKind.TASK, SearchService.ALL_OF_KIND).hits().stream().map(SearchHit::id)
                .sorted().toList();
    }

    @Test
    void aUnitReadsTheTasksItLeadsOrCooperatesOnAndIsRefusedAnother() {
        open(TestServices.binhThanh(tmp, TODAY));
        long vhxh = unit("Phòng Văn hóa – Xã hội");
        long vp = unit("Văn phòng HĐND và UBND");
        Task own = task("Tuyên truyền Ngày Văn hóa Việt Nam", vhxh, List.of());
        Task helps = task("Tổ chức hội nghị tổng kết phong trào văn hóa", vp, List.of(vhxh));
        Task other = task("Sắp xếp hồ sơ lưu trữ của văn phòng", vp, List.of());
        List<Long> all = List.of(own.id(), helps.id(), other.id());
        assertEquals(all, listed(), "on one PC the clerk reads everything");

        accounts(vhxh, "donvi");
        assertEquals(List.of(own.id(), helps.id()), listed(), "its own and those it cooperates on, no other");
        assertTrue(s.tasks().hasAny());
        assertEquals(own.content(), s.tasks().task(own.id()).content());
        assertFalse(s.tasks().occurrences(helps.id()).isEmpty());
        AccessDenied opened = assertThrows(AccessDenied.class, () -> s.tasks().task(other.id()));
        assertTrue(opened.userMessage().contains("Phòng Văn hóa – Xã hội"), opened.userMessage());
        assertThrows(AccessDenied.class, () -> s.tasks().occurrences(other.id()));
        assertThrows(AccessDenied.class, () -> s.tasks().progress(other.id()));
        assertThrows(AccessDenied.class, () -> s.tasks().history(other.id()));
        assertFalse(s.tasks().mayRead(other.id()));
        // The header's search: the other unit's task is not found, its own are.
        assertEquals(List.of(), found("sap xep ho so luu tru"));
        assertEquals(List.of(own.id(), helps.id()), found("van hoa"));
        // Tổng quan counts what Báo cáo counts for the window: here only the unit's.
        assertEquals(Set.of(own.id(), helps.id()), s.reports().countedTasks(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).stream().map(TaskRow::taskId).collect(Collectors.toSet()));

        s.accounts().signIn("hoangthuha");
        assertEquals(all, listed(), "a leader reads everything");
        assertEquals(List.of(other.id()), found("sap xep ho so luu tru"));
        assertEquals(other.content(), s.tasks().task(other.id()).content());
        s.accounts().signIn("vanthu");
        assertEquals(all, listed(), "the văn thư reads everything");
        assertEquals(3, s.reports().countedTasks(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
    }

    @Test
    void theSectionsAUnitHasNoBusinessInAreRefusedInTheCore() {
        open(TestServices.binhThanh(tmp, TODAY));
        long vhxh = unit("Phòng Văn hóa – Xã hội");
        task("Tuyên truyền Ngày Văn hóa Việt Nam", vhxh, List.of());
        accounts(vhxh, "donvi");
        InspectionFilter year = InspectionFilter.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Map<String, Runnable> refused = Map.of(
                "Báo cáo", () -> s.reports().open(s.reports().nextDue()),
                "Đánh giá", () -> s.evaluation().sheet(EvaluationPeriod.quarter(2026, 2), null),
                "Kiểm tra công vụ", () -> s.inspections().list(year),
                "vi phạm", () -> s.inspections().violations(year),
                "Thùng rác", () -> s.trash().items(),
                "Lịch sử của Danh mục", () -> s.directory().history("unit", vhxh),
                "tệp dữ liệu", () -> s.exchange().export(out.resolve(login() + ".json"), Progress.NONE),
                "bản sao lưu", () -> s.backups().write(out.resolve(login() + BackupService.EXTENSION), null,
                        Progress.NONE));
        refused.forEach((what, read) -> {
            AccessDenied e = assertThrows(AccessDenied.class, read::run, what);
            assertTrue(e.userMessage().contains("Tài khoản đơn vị") && e.userMessage().contains("không được xem"),
                    e.userMessage());
        });
        assertFalse(s.backups().makesAutomaticBackups(), "no copy of the whole data on a unit's PC");
        assertFalse(s.backups().dailyBackupDue(TODAY.atStartOfDay()));

        // A leader reads them all (the files too); so does the văn thư.
        for (String login : List.of("hoangthuha", "vanthu")) {
            s.accounts().signIn(login);
            refused.forEach((what, read) -> read.run());
            assertTrue(s.backups().makesAutomaticBackups());
        }
    }

    /**
     * On the demo commune: the unit leading the most tasks reads its tasks, the plans and meetings they come from,
     * and no other, in the lists as in the search.
     */
    @Test
    void onTheDemoCommuneAUnitReadsItsWorkAndThePapersItComesFrom() {
        open(TestServices.demo(tmp));
        LocalDate today = s.tasks().today();
        TaskFilter years = new TaskFilter(null, null, null, null, null, null, null, null, today);
        List<TaskRow> every = s.tasks().list(years);
        long unitId = every.stream().collect(Collectors.groupingBy(TaskRow::leadUnitId, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String unitName = s.directory().unit(unitId).orElseThrow().name();
        Predicate<Task> ofUnit = t -> t.leadUnitId() == unitId || t.cooperatingUnitIds().contains(unitId);
        Predicate<TaskRow> rowOfUnit = r -> r.leadUnitId() == unitId
                || Arrays.asList(r.cooperators().split("; ")).contains(unitName);
        List<Long> expected = every.stream().filter(rowOfUnit).map(TaskRow::occurrenceId).sorted().toList();
        assertTrue(expected.size() < every.size() && !expected.isEmpty(), "the demo has work of several units");
        List<Long> plans = s.plans().plans(null, true).stream()
                .filter(p -> s.tasks().planTasks(p.id()).stream().filter(t -> !t.group()).anyMatch(ofUnit))
                .map(Plan::id).sorted().toList();
        List<Long> meetings = s.meetings().list(MeetingFilter.period(null, null)).stream()
                .filter(m -> s.meetings().meeting(m.id()).conclusions().stream().anyMatch(c -> c.taskId() != null
                        && s.tasks().currentState(c.taskId()) != null && ofUnit.test(s.tasks().task(c.taskId()))))
                .map(MeetingRow::id).sorted().toList();
        Optional<Long> otherPlan = s.plans().plans(null, true).stream().map(Plan::id)
                .filter(id -> !plans.contains(id)).findFirst();
        TaskRow otherTask = every.stream().filter(rowOfUnit.negate()).max(Comparator.comparing(TaskRow::taskId))
                .orElseThrow();
        String otherWords = String.join(" ", Arrays.asList(otherTask.content().split(" ")).subList(0,
                Math.min(4, otherTask.content().split(" ").length)));
        List<Long> clerkFinds = found(otherWords);
        assertTrue(clerkFinds.contains(otherTask.taskId()), otherWords);

        accounts(unitId, "donvi");
        assertEquals(expected, s.tasks().list(years).stream().map(TaskRow::occurrenceId).sorted().toList());
        assertEquals(plans, s.plans().plans(null, true).stream().map(Plan::id).sorted().toList(),
                "the plans its tasks come from");
        assertEquals(meetings, s.meetings().list(MeetingFilter.period(null, null)).stream().map(MeetingRow::id)
                .sorted().toList(), "the meetings its tasks come from");
        otherPlan.ifPresent(id -> assertThrows(AccessDenied.class, () -> s.plans().plan(id)));
        assertFalse(plans.isEmpty());
        assertEquals(plans.getFirst(), s.plans().plan(plans.getFirst()).id(), "a plan its tasks come from opens");
        if (!meetings.isEmpty()) {
            // its meeting reads whole; another unit's conclusions show without their task
            assertNotNull(s.meetings().conclusionTasks(s.meetings().meeting(meetings.getFirst())));
        }
        List<Long> unitFinds = found(otherWords);
        assertFalse(unitFinds.contains(otherTask.taskId()), "another unit's task is not found");
        assertTrue(unitFinds.stream().allMatch(s.tasks()::mayRead), "what it finds, it may open");
        for (SearchGroup g : s.search().search("xa", 50).groups()) {
            assertTrue(Set.of(SearchKind.TASK, SearchKind.PLAN, SearchKind.MEETING).contains(g.kind()),
                    "no inspection, violation, person or unit found: " + g.kind());
        }
    }
}
