package vn.socongvu.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

class TaskServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;
    Services s;
    TaskService tasks;
    long vhxh;
    long vp;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        tasks = s.tasks();
        vhxh = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT, null, null)).id();
        vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE, null, null)).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Task.Draft instruction(String content, Long lead, LocalDate deadline, Recurrence r) {
        return new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, lead, null, List.of(),
                null, null, "Báo cáo kết quả", "Công văn 125/UBND ngày 02/3/2026", LocalDate.of(2026, 3, 2), deadline, r,
                null);
    }

    private List<TaskRow> rows(long taskId) {
        return tasks.list(TaskFilter.year(2026, TODAY)).stream().filter(r -> r.taskId() == taskId).toList();
    }

    @Test
    void everyTaskHasExactlyOneLeadUnitNeverAlsoCooperating() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> tasks.save(instruction("Kiểm tra giờ giấc", null, LocalDate.of(2026, 4, 15), Recurrence.NONE)));
        assertTrue(e.forField("leadUnit").isPresent());
        Task.Draft both = new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Kiểm tra", vhxh, null,
                List.of(vhxh, vp), null, null, null, "CV 1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 15),
                Recurrence.NONE, null);
        assertEquals("Đơn vị chủ trì không đồng thời là đơn vị phối hợp.",
                assertThrows(ValidationException.class, () -> tasks.save(both)).forField("cooperatingUnits").orElseThrow()
                        .message());
        assertTrue(tasks.list(TaskFilter.year(2026, TODAY)).isEmpty(), "nothing saved");
    }

    @Test
    void deadlineRulesAndDocumentReference() {
        ValidationException before = assertThrows(ValidationException.class,
                () -> tasks.save(instruction("Kiểm tra", vhxh, LocalDate.of(2026, 3, 1), Recurrence.NONE)));
        assertTrue(before.forField("deadline").orElseThrow().message().contains("02/03/2026"));
        assertTrue(assertThrows(ValidationException.class,
                () -> tasks.save(instruction("Kiểm tra", vhxh, null, Recurrence.NONE))).forField("deadline").isPresent());
        Task.Draft noRef = new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Kiểm tra", vhxh, null,
                List.of(), null, null, null, " ", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 15), Recurrence.NONE,
                null);
        assertTrue(assertThrows(ValidationException.class, () -> tasks.save(noRef)).forField("instructionRef").isPresent());
    }

    @Test
    void aLeadPersonMustBelongToTheLeadUnit() {
        Staff p = s.directory().saveStaff(new Staff.Draft(null, "Lê Văn Nam", vp, "Chuyên viên", StaffCategory.CONG_CHUC,
                false, null, null));
        Task.Draft d = new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Kiểm tra", vhxh, p.id(),
                List.of(), null, null, null, "CV 1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 15), Recurrence.NONE,
                null);
        assertTrue(assertThrows(ValidationException.class, () -> tasks.save(d)).forField("leadStaff").isPresent());
    }

    @Test
    void aDeadlineOnAHolidayIsDueOnTheNextWorkingDay() {
        Task t = tasks.save(instruction("Tổng hợp báo cáo", vhxh, LocalDate.of(2026, 4, 30), Recurrence.NONE));
        List<Task.Occurrence> occ = tasks.occurrences(t.id());
        assertEquals(1, occ.size());
        assertEquals(LocalDate.of(2026, 5, 4), occ.get(0).dueOn(), "30/4 and 1/5 are holidays, then the weekend");
        assertEquals(LocalDate.of(2026, 4, 30), tasks.task(t.id()).deadline(), "the deadline is kept as written");
    }

    @Test
    void recurringTasksAreJudgedPerOccurrence() {
        Task t = tasks.save(instruction("Báo cáo công tác kiểm tra công vụ", vhxh, null, Recurrence.QUARTERLY));
        List<Task.Occurrence> occ = tasks.occurrences(t.id());
        assertEquals(4, occ.size());
        tasks.complete(occ.get(0).id(), LocalDate.of(2026, 3, 30), "Báo cáo số 10/BC-UBND");   // Q1 on time
        tasks.complete(occ.get(1).id(), TODAY, "Báo cáo số 45/BC-UBND");                     // Q2 late (due 30/6)
        List<TaskRow> r = rows(t.id());
        assertEquals(List.of(TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.OPEN_ON_TIME, TaskState.OPEN_ON_TIME),
                r.stream().map(TaskRow::state).toList());
        assertEquals(100, r.get(0).lastPercent());
        // Judged at the end of Q2 (a report window), the Q2 report was still missing and overdue? No: due 30/6.
        List<TaskRow> asOfQ2 = tasks.list(TaskFilter.year(2026, LocalDate.of(2026, 6, 30)));
        assertEquals(TaskState.OPEN_ON_TIME, asOfQ2.get(1).state(), "on its deadline day it is still in time");
    }

    @Test
    void aWindowsLiveOccurrencesAreTheOpenAndTheDoneSinceItBeganInDeadlineOrder() {
        LocalDate from = LocalDate.of(2026, 4, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        Task doneBefore = tasks.save(instruction("Xong trước kỳ", vhxh, LocalDate.of(2026, 4, 15), Recurrence.NONE));
        tasks.complete(tasks.occurrences(doneBefore.id()).get(0).id(), LocalDate.of(2026, 3, 31), null);
        Task doneIn = tasks.save(instruction("Xong trong kỳ", vp, LocalDate.of(2026, 5, 12), Recurrence.NONE));
        tasks.complete(tasks.occurrences(doneIn.id()).get(0).id(), LocalDate.of(2026, 5, 5), null);
        tasks.save(instruction("Còn mở, hạn cuối kỳ", vhxh, LocalDate.of(2026, 6, 30), Recurrence.NONE));
        tasks.save(instruction("Tồn từ kỳ trước", vp, LocalDate.of(2026, 3, 31), Recurrence.NONE));
        Task doneAfter = tasks.save(instruction("Xong sau kỳ", vhxh, LocalDate.of(2026, 6, 18), Recurrence.NONE));
        tasks.complete(tasks.occurrences(doneAfter.id()).get(0).id(), TODAY, null);
        tasks.save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Giao sau kỳ", vp, null, List.of(),
                null, null, null, "CV 2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20), Recurrence.NONE, null));

        List<TaskRow> live = tasks.liveIn(from, to, to);
        assertEquals(List.of("Tồn từ kỳ trước", "Xong trong kỳ", "Xong sau kỳ", "Còn mở, hạn cuối kỳ"),
                live.stream().map(TaskRow::content).toList(), "by deadline, each once");
        assertEquals(List.of(TaskState.OPEN_OVERDUE, TaskState.DONE_ON_TIME, TaskState.OPEN_OVERDUE,
                TaskState.OPEN_ON_TIME), live.stream().map(TaskRow::state).toList(), "judged as of the window's end");
    }

    @Test
    void everyRowOfARecurringTaskNamesItsCooperatorsAndItsOwnLatestPercent() {
        long cand = s.directory().saveUnit(new Unit.Draft(null, "Công an xã", null, UnitKind.POLICE, null, null)).id();
        Task t = tasks.save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Báo cáo quý", vp, null,
                List.of(vhxh, cand), null, null, "Báo cáo", "Công văn 125/UBND", LocalDate.of(2026, 1, 5), null,
                Recurrence.QUARTERLY, null));
        List<Task.Occurrence> occ = tasks.occurrences(t.id());
        tasks.report(occ.get(0).id(), LocalDate.of(2026, 2, 1), 20, "", "Văn thư");
        tasks.report(occ.get(0).id(), LocalDate.of(2026, 3, 1), 60, "", "Văn thư");
        tasks.report(occ.get(1).id(), LocalDate.of(2026, 5, 1), 40, "", "Văn thư");
        List<TaskRow> r = rows(t.id());
        assertEquals(4, r.size());
        // Names in alphabetical order, on every row of the task.
        assertTrue(r.stream().allMatch(x -> x.cooperators().equals("Công an xã; Phòng Văn hóa – Xã hội")), r.toString());
        assertEquals(60, r.get(0).lastPercent(), "the first quarter's latest report");
        assertEquals(40, r.get(1).lastPercent(), "the second quarter's own report");
        assertEquals(null, r.get(2).lastPercent(), "nothing reported for the third quarter");
    }

    @Test
    void progressIsCheckedAndTheLatestPercentShows() {
        Task t = tasks.save(instruction("Rà soát quy chế làm việc", vp, LocalDate.of(2026, 9, 30), Recurrence.NONE));
        long occ = tasks.occurrences(t.id()).get(0).id();
        ValidationException e = assertThrows(ValidationException.class,
                () -> tasks.report(occ, LocalDate.of(2026, 6, 1), 120, "", "Văn thư"));
        assertEquals("Tỷ lệ hoàn thành là một số từ 0 đến 100.", e.forField("percent").orElseThrow().message());
        assertTrue(assertThrows(ValidationException.class,
                () -> tasks.report(occ, TODAY.plusDays(1), 50, "", "")).forField("reportedOn").isPresent());
        assertTrue(assertThrows(ValidationException.class,
                () -> tasks.report(occ, LocalDate.of(2026, 1, 1), 50, "", "")).forField("reportedOn").isPresent());
        tasks.report(occ, LocalDate.of(2026, 5, 10), 30, "Đã dự thảo", "Văn thư");
        tasks.report(occ, LocalDate.of(2026, 6, 20), 70, "Đã lấy ý kiến", "Văn thư");
        assertEquals(70, rows(t.id()).get(0).lastPercent());
        assertEquals(2, tasks.progress(t.id()).size());
        assertTrue(tasks.history(t.id()).stream().anyMatch(a -> "task.field.progress".equals(a.field())
                && a.newValue().startsWith("70%")));
    }

    @Test
    void theScheduleCannotDropAPeriodWithRecordedWork() {
        Task t = tasks.save(instruction("Báo cáo tháng", vp, null, Recurrence.MONTHLY));
        assertEquals(10, tasks.occurrences(t.id()).size(), "March to December");
        long march = tasks.occurrences(t.id()).get(0).id();
        tasks.complete(march, LocalDate.of(2026, 3, 31), null);
        Task.Draft quarterly = new Task.Draft(t.id(), TaskSource.INSTRUCTION, null, null, null, false, t.content(), vp,
                null, List.of(), null, null, null, t.instructionRef(), t.assignedOn(), null, Recurrence.QUARTERLY, null);
        // Quarterly keeps the period starting 2/3 (Q1 from the assignment day): March's completion survives.
        tasks.save(quarterly);
        List<Task.Occurrence> occ = tasks.occurrences(t.id());
        assertEquals(4, occ.size());
        assertEquals(LocalDate.of(2026, 3, 31), occ.get(0).completedOn());
        // Now record work on Q2 and try to make it a one-off task starting later: Q2's period would vanish.
        tasks.report(occ.get(1).id(), LocalDate.of(2026, 5, 1), 20, null, null);
        Task.Draft later = new Task.Draft(t.id(), TaskSource.INSTRUCTION, null, null, null, false, t.content(), vp, null,
                List.of(), null, null, null, t.instructionRef(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1),
                Recurrence.NONE, null);
        assertTrue(assertThrows(ValidationException.class, () -> tasks.save(later)).forField("recurrence").isPresent());
        assertEquals(4, tasks.occurrences(t.id()).size(), "nothing changed");
    }

    @Test
    void pausedAndCancelledNeedAReasonAndAreNotCounted() {
        Task t = tasks.save(instruction("Kiểm tra đột xuất", vhxh, LocalDate.of(2026, 6, 15), Recurrence.NONE));
        assertEquals(TaskState.OPEN_OVERDUE, rows(t.id()).get(0).state());
        assertTrue(assertThrows(ValidationException.class, () -> tasks.hold(t.id(), Hold.PAUSED, " "))
                .forField("holdReason").isPresent());
        tasks.hold(t.id(), Hold.PAUSED, "Chờ ý kiến của tỉnh");
        assertEquals(TaskState.PAUSED, rows(t.id()).get(0).state());
        tasks.hold(t.id(), Hold.CANCELLED, "Tỉnh đã thu hồi chỉ đạo");
        assertEquals(TaskState.CANCELLED, rows(t.id()).get(0).state());
        assertTrue(assertThrows(ValidationException.class,
                () -> tasks.complete(rows(t.id()).get(0).occurrenceId(), TODAY, null)).forField("completedOn").isPresent());
        tasks.hold(t.id(), Hold.NONE, null);
        assertEquals(TaskState.OPEN_OVERDUE, rows(t.id()).get(0).state());
        assertNull(tasks.task(t.id()).holdReason());
    }

    @Test
    void remindersShowWhatIsDueSoonAndWhatIsOverdue() {
        Task overdue = tasks.save(instruction("Quá hạn", vhxh, LocalDate.of(2026, 6, 15), Recurrence.NONE));
        Task soon = tasks.save(instruction("Sắp đến hạn", vp, LocalDate.of(2026, 7, 6), Recurrence.NONE));
        Task later = tasks.save(instruction("Còn lâu", vp, LocalDate.of(2026, 8, 30), Recurrence.NONE));
        Task done = tasks.save(instruction("Đã xong", vp, LocalDate.of(2026, 7, 3), Recurrence.NONE));
        tasks.complete(tasks.occurrences(done.id()).get(0).id(), TODAY, null);
        Set<Long> ids = new HashSet<>(tasks.reminders(7).stream().map(TaskRow::taskId).toList());
        assertEquals(Set.of(overdue.id(), soon.id()), ids);
        assertTrue(!ids.contains(later.id()));
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersCombine() {
        tasks.save(instruction("Kiểm tra việc đeo thẻ công chức", vhxh, LocalDate.of(2026, 9, 1), Recurrence.NONE));
        tasks.save(instruction("Tổng hợp báo cáo quý", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE));
        TaskFilter f = TaskFilter.year(2026, TODAY);
        assertEquals(1, tasks.list(f.withText("kiem tra deo the")).size());
        assertEquals(1, tasks.list(f.withUnit(vp)).size());
        assertEquals(0, tasks.list(f.withUnit(vp).withText("kiem tra")).size());
        assertEquals(2, tasks.list(f.withStates(Set.of(TaskState.OPEN_ON_TIME))).size());
        assertEquals(0, tasks.list(f.withPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))).size());
    }

    @Test
    void aPeriodListsWhatIsDueInItByDeadlineThenTheOngoingTasksBegunByItsEnd() {
        long later = tasks.save(instruction("Báo cáo tháng 9", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE)).id();
        long sooner = tasks.save(instruction("Báo cáo tháng 3", vhxh, LocalDate.of(2026, 3, 16), Recurrence.NONE)).id();
        long nextYear = tasks.save(instruction("Báo cáo năm sau", vp, LocalDate.of(2027, 1, 15), Recurrence.NONE)).id();
        long ongoing = tasks.save(instruction("Theo dõi thường xuyên", vp, null, Recurrence.ONGOING)).id(); // from 02/3
        TaskFilter year = TaskFilter.year(2026, TODAY);
        assertEquals(List.of(sooner, later, ongoing), ids(tasks.list(year)), "by deadline, the ongoing task last");
        assertEquals(List.of(later, nextYear, ongoing), ids(tasks.list(year.withPeriod(LocalDate.of(2026, 6, 1), null))));
        assertEquals(List.of(sooner, ongoing), ids(tasks.list(year.withPeriod(null, LocalDate.of(2026, 6, 30)))));
        assertEquals(List.of(), ids(tasks.list(year.withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)))),
                "the ongoing task began on 02/3, after the period");
        assertEquals(List.of(sooner), ids(tasks.list(year.withStates(Set.of(TaskState.OPEN_OVERDUE)))));
        assertEquals(List.of(ongoing), ids(tasks.list(year.withText("thuong xuyen"))));
        assertEquals(List.of(sooner, later, nextYear, ongoing), ids(tasks.list(year.withPeriod(null, null))));
    }

    private static List<Long> ids(List<TaskRow> rows) {
        return rows.stream().map(TaskRow::taskId).toList();
    }

    @Test
    void siblingsCanBeReorderedAndWorkedTasksNotDeleted() {
        Task a = tasks.save(instruction("A", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE));
        Task b = tasks.save(instruction("B", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE));
        assertTrue(tasks.task(a.id()).position() < tasks.task(b.id()).position());
        tasks.move(b.id(), true);
        assertTrue(tasks.task(b.id()).position() < tasks.task(a.id()).position());
        tasks.report(tasks.occurrences(a.id()).get(0).id(), TODAY, 10, null, null);
        assertTrue(assertThrows(ValidationException.class, () -> tasks.delete(a.id())).errors().get(0).message()
                .contains("hủy nhiệm vụ"));
        tasks.delete(b.id());
        assertEquals(1, tasks.list(TaskFilter.year(2026, TODAY)).size());
    }

    @Test
    void movingATaskLeavesAnAuditRowForEachTaskThatChangesPlace() {
        Task a = tasks.save(instruction("A", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE));
        Task b = tasks.save(instruction("B", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE));
        tasks.move(a.id(), false);
        assertTrue(tasks.task(b.id()).position() < tasks.task(a.id()).position());
        AuditEntry moved = tasks.history(a.id()).stream().filter(e -> "task.field.position".equals(e.field()))
                .findFirst().orElseThrow();
        assertEquals(AuditAction.UPDATE, moved.action());
        assertEquals("1", moved.oldValue());
        assertEquals("2", moved.newValue());
        AuditEntry pushed = tasks.history(b.id()).stream().filter(e -> "task.field.position".equals(e.field()))
                .findFirst().orElseThrow();
        assertEquals("2", pushed.oldValue());
        assertEquals("1", pushed.newValue());
        int rows = s.audit().count(s.db().dsl());
        tasks.move(a.id(), false); // already last: nothing moves, nothing is recorded
        assertEquals(rows, s.audit().count(s.db().dsl()));
    }
}
