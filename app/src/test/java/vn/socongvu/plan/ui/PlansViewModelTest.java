package vn.socongvu.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.TestTasks;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.Block;
import vn.socongvu.plan.Plan;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.ScreenModelTest;
import vn.socongvu.ui.kit.SelectionProbe;

/** Kế hoạch without the window: saving a plan, issuing it, its tasks, removing it after asking. */
class PlansViewModelTest extends ScreenModelTest {
    PlansViewModel vm;
    SelectionProbe<Plan> table;
    SelectionProbe<Task> taskTable;
    Unit unit;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        unit = s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số cộng đồng", null, UnitKind.DEPARTMENT, null,
                null));
        vm = new PlansViewModel(s.plans(), s.tasks(), s.directory(), s.meetings(), s.settings(), s.planImporter(),
                dialogs, runner);
        table = new SelectionProbe<>(vm.list());
        taskTable = new SelectionProbe<>(vm.tasks());
        vm.screenOpened();
    }

    private Plan saved(String title) {
        vm.newPlan();
        vm.title.set(title);
        return vm.save();
    }

    @Test
    void aRefusedSaveSpeaksAtTheFieldAndASaveListsThePlanSelected() {
        assertNull(vm.form().editingProperty().get());
        assertEquals("2026", vm.planYear.get());
        assertNull(vm.save());
        assertEquals("Hãy nhập trích yếu của kế hoạch.", vm.form().errors().property("title").get());
        Plan p = saved("Kế hoạch cải cách hành chính năm 2027");
        assertNotNull(p);
        assertEquals(List.of(p.id()), vm.list().rows().stream().map(Plan::id).toList());
        assertEquals(p.id(), table.last().id());
        assertEquals("Đã lưu.", vm.form().statusProperty().get());
        vm.planYear.set("2027");
        Plan moved = vm.save();
        assertEquals(Integer.valueOf(2027), vm.year.get(), "the list follows the plan to its year");
        assertEquals(moved.id(), table.last().id());
    }

    @Test
    void issuingRefusesWhatIsNotANumberAndAsksBeforeIssuing() {
        Plan draft = saved("Kế hoạch cải cách hành chính năm 2027");
        vm.issueNumber.set("mười");
        assertNull(vm.issue());
        assertEquals("Số văn bản phải là số nguyên dương.", vm.form().errors().property("number").get());
        assertTrue(dialogs.shown.isEmpty(), "nothing asked for a number that is not one");
        vm.issueNumber.set("15");
        vm.issueDate.set(LocalDate.of(2026, 11, 20));
        // Issuing cannot be undone: the clerk is told what it does, and "Hủy" leaves the draft a draft.
        assertNull(vm.issue());
        assertEquals("confirm plans.issueTitle: Ban hành kế hoạch \"Kế hoạch cải cách hành chính năm 2027\" với số "
                + "15/KH-UBND, ngày 20/11/2026?\n\nSố 15/KH-UBND được ghi vào sổ văn bản năm 2026 và không cấp cho văn bản "
                + "khác; kế hoạch chuyển sang \"Đã ban hành\", không xóa được nữa (chỉ lưu trữ được). Việc này không hoàn "
                + "tác được.", dialogs.last());
        assertNull(s.plans().plan(draft.id()).number(), "not issued without the clerk's yes");
        dialogs.answer(true);
        Plan issued = vm.issue();
        assertNotNull(issued.number());
        assertEquals(issued.number(), table.last().number());
    }

    @Test
    void theNextFreeNumberIsProposedAndAUsedOneWarnedAsTyped() {
        saved("Kế hoạch cải cách hành chính năm 2027");
        vm.issueNumber.set("15");
        assertEquals("", vm.numberWarning.get(), "a free number: nothing said");
        dialogs.answer(true); // "Ban hành?" asked first
        Plan first = vm.issue();
        assertNotNull(first.number());
        saved("Kế hoạch tuyên truyền");
        assertEquals("16", vm.issueNumber.get(), "the next free number of the year, proposed");
        assertEquals("", vm.numberWarning.get());
        vm.issueNumber.set("15");
        assertTrue(vm.numberWarning.get().contains("15/KH-UBND") && vm.numberWarning.get().contains("cải cách")
                && vm.numberWarning.get().endsWith(": 16."), vm.numberWarning.get());
        vm.issueNumber.set("16");
        assertEquals("", vm.numberWarning.get(), "the warning goes once the number is free");
    }

    @Test
    void removingAsksAndRemovesOnlyOnYes() {
        Plan p = saved("Kế hoạch tuyên truyền");
        assertFalse(vm.remove());
        assertTrue(dialogs.last().startsWith("confirm plans.remove: Xóa dự thảo \"Kế hoạch tuyên truyền\""),
                dialogs.last());
        assertEquals(1, vm.list().rows().size());
        dialogs.answer(true);
        assertTrue(vm.remove());
        assertTrue(vm.list().rows().isEmpty());
        assertNull(vm.form().editingProperty().get());
        assertEquals("Đã chuyển dự thảo \"Kế hoạch tuyên truyền\" vào Thùng rác.", vm.messageProperty().get());
        assertTrue(s.plans().plans(2026, true).stream().noneMatch(x -> x.id() == p.id()));
    }

    @Test
    void aPlansTasksAreSavedSelectedAndDeletedAfterAsking() {
        Plan p = saved("Kế hoạch tuyên truyền");
        assertFalse(vm.history().isEmpty());
        vm.newTask(null, false);
        assertNull(vm.saveTask(), "an empty task is refused");
        assertEquals("Hãy nhập nội dung nhiệm vụ.", vm.taskForm().form().errors().property("content").get());
        Task made = s.tasks().save(new Task.Draft(null, TaskSource.PLAN, p.id(), null, null, false, "Treo băng rôn",
                unit.id(), null, List.of(), null, null, null, null, TODAY, TODAY.plusDays(20), Recurrence.NONE, null));
        vm.screenOpened(); // back on the screen: the same plan, its tasks read again
        assertEquals(p.id(), vm.form().editingId());
        assertEquals(List.of(made.id()), vm.tasks().rows().stream().map(Task::id).toList());
        vm.editTask(made);
        Task t = vm.saveTask();
        assertEquals(made.id(), t.id());
        assertEquals(t.id(), taskTable.last().id(), "the saved task stays selected");
        assertFalse(vm.deleteTask(t));
        assertEquals("confirm common.delete: Xóa \"Treo băng rôn\"? Nhiệm vụ được chuyển vào Thùng rác và có thể "
                + "khôi phục.", dialogs.last());
        assertEquals(1, vm.tasks().rows().size());
        dialogs.answer(true);
        assertTrue(vm.deleteTask(t));
        assertTrue(vm.tasks().rows().isEmpty());
    }

    @Test
    void aTitleStartingWithKeHoachIsWarnedAtTheFieldTheWordCanBeDroppedAndIsNeverPrintedTwice() {
        Plan p = saved("Kế hoạch kiểm tra công vụ năm 2026");
        assertEquals("Trích yếu bắt đầu bằng \"Kế hoạch\": văn bản in ra đã có tiêu đề KẾ HOẠCH, nên sẽ thành \"Kế hoạch "
                + "Kế hoạch …\". Nên ghi: Kiểm tra công vụ năm 2026", vm.titleWarningProperty().get());
        String closing = s.plans().document(p.id()).body().stream().map(b -> b instanceof Block.Paragraph x ? x.text() : "")
                .filter(t -> t.startsWith("Trên đây là")).findFirst().orElseThrow();
        assertTrue(closing.startsWith("Trên đây là Kế hoạch kiểm tra công vụ năm 2026."), closing);
        vm.dropRepeatedKind();
        assertEquals("Kiểm tra công vụ năm 2026", vm.title.get());
        assertEquals("", vm.titleWarningProperty().get());
        vm.title.set("Kế hoạch: tuyên truyền");
        vm.dropRepeatedKind();
        assertEquals("Tuyên truyền", vm.title.get());
    }

    @Test
    void aPlanChangedElsewhereAfterTheListWasReadIsShownAsItIsNowAndItsChangeKept() {
        Plan p = saved("Kế hoạch tuyên truyền");
        Plan row = vm.list().rows().getFirst(); // as the list read it
        // another PC renames it meanwhile (at its own mark: it goes through)
        s.plans().save(new Plan.Draft(p.id(), p.year(), "Kế hoạch tuyên truyền pháp luật năm 2026", p.legalBases(),
                p.purposes(), p.recipients(), p.signerId()), s.plans().mark(p.id()));
        vm.edit(row);
        assertEquals("Kế hoạch tuyên truyền pháp luật năm 2026", vm.title.get(),
                "the form shows the plan as it is now, not the list's older row");
        vm.purposes.set("Nâng cao hiểu biết pháp luật của người dân.");
        assertNotNull(vm.save());
        assertTrue(dialogs.conflictsShown.isEmpty());
        Plan now = s.plans().plan(p.id());
        assertEquals("Kế hoạch tuyên truyền pháp luật năm 2026", now.title(), "their change is not overwritten");
        assertEquals("Nâng cao hiểu biết pháp luật của người dân.", now.purposes());
    }

    @Test
    void deletingATaskChangedElsewhereSinceTheListWasReadAsksFirst() {
        Plan p = saved("Kế hoạch tuyên truyền");
        Task made = s.tasks().save(task(p, "Treo băng rôn"));
        vm.screenOpened(); // the plan's tasks read
        Task row = vm.tasks().rows().getFirst();
        // another PC changes the task meanwhile
        s.tasks().save(TestTasks.withContent(made, "Treo băng rôn, khẩu hiệu"), s.tasks().mark(made.id()));
        dialogs.answer(true).answer(false); // "Xóa?" yes; changed by someone else: "Vẫn xóa?" no
        assertFalse(vm.deleteTask(row));
        assertTrue(dialogs.last().startsWith("confirm common.delete: Người khác đã sửa bản ghi này sau khi bạn mở nó:"),
                dialogs.last());
        assertTrue(dialogs.last().contains("“Treo băng rôn” → “Treo băng rôn, khẩu hiệu”"), dialogs.last());
        assertEquals("Treo băng rôn, khẩu hiệu", s.tasks().task(made.id()).content(), "kept");
        assertEquals(List.of("Treo băng rôn, khẩu hiệu"), vm.tasks().rows().stream().map(Task::content).toList(),
                "the list read again shows their change");
        // changed once more; this time the clerk deletes it anyway
        s.tasks().save(TestTasks.withContent(made, "Treo băng rôn, khẩu hiệu, pa nô"), s.tasks().mark(made.id()));
        dialogs.answer(true).answer(true);
        assertTrue(vm.deleteTask(vm.tasks().rows().getFirst()));
        assertTrue(vm.tasks().rows().isEmpty());
        assertTrue(s.tasks().planTasks(p.id()).isEmpty());
    }

    @Test
    void removingAPlanChangedElsewhereSinceTheFormReadItAsksFirst() {
        Plan p = saved("Kế hoạch tuyên truyền");
        s.plans().save(new Plan.Draft(p.id(), p.year(), "Kế hoạch tuyên truyền pháp luật năm 2026", p.legalBases(),
                p.purposes(), p.recipients(), p.signerId()), s.plans().mark(p.id()));
        dialogs.answer(true).answer(false);
        assertFalse(vm.remove());
        assertTrue(dialogs.last().startsWith("confirm plans.remove: Người khác đã sửa bản ghi này"), dialogs.last());
        assertEquals("Kế hoạch tuyên truyền pháp luật năm 2026", vm.title.get(), "the form shows their plan");
        assertEquals("Kế hoạch tuyên truyền pháp luật năm 2026", s.plans().plan(p.id()).title());
        dialogs.answer(true);
        assertTrue(vm.remove(), "read again: no more to ask");
        assertTrue(s.plans().plans(2026, true).stream().noneMatch(x -> x.id() == p.id()));
    }

    private Task.Draft task(Plan p, String content) {
        return new Task.Draft(null, TaskSource.PLAN, p.id(), null, null, false, content, unit.id(), null, List.of(),
                null, null, null, null, TODAY, TODAY.plusDays(20), Recurrence.NONE, null);
    }
}
