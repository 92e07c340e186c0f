package vn.socongvu.task.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.document.Block;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanDocument;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.RecordingDialogService;
import vn.socongvu.ui.kit.ViewModelFixture;

/**
 * A deadline typed on a day off: the form says at once which working day it is held to, and once saved the plan's
 * screen, its printed KẾ HOẠCH and Nhiệm vụ all show that one day.
 */
class DeadlineOnADayOffTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final LocalDate SUNDAY = LocalDate.of(2026, 12, 13);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, TODAY);
    }

    @Test
    void theClerkIsToldAndThePlanTheTaskListAndThePrintedPlanShowOneDate() {
        Plan plan = services.plans().save(new Plan.Draft(null, 2026, "Kế hoạch tuyên truyền cuối năm", List.of(), null,
                List.of(), null));
        TaskFormModel form = new TaskFormModel(services.directory(), services.tasks(), services.meetings(), new RecordingDialogService());
        form.newTask(TaskSource.PLAN, plan.id(), null, false);
        form.content.set("Treo băng rôn chào mừng năm mới");
        form.leadUnit.set(form.units.stream().filter(u -> u.name().equals("Văn phòng HĐND và UBND")).findFirst()
                .orElseThrow());
        form.deadline.set(LocalDate.of(2026, 12, 11));
        assertEquals("", form.deadlineNoteProperty().get(), "a Friday is a working day: nothing to say");
        form.deadline.set(SUNDAY);
        assertEquals("Chủ nhật 13/12/2026 là ngày nghỉ: hạn tính là Thứ Hai 14/12/2026 (ngày làm việc tiếp theo); "
                + "kế hoạch in ra, Nhiệm vụ và báo cáo đều ghi hạn này.", form.deadlineNoteProperty().get());

        Task saved = form.save();
        assertEquals(SUNDAY, saved.deadline(), "the task keeps the day as written (as the order gave it)");
        assertEquals(SUNDAY, form.deadline.get());
        assertEquals(MONDAY, services.tasks().effectiveDeadline(saved.deadline()));
        assertTrue(form.deadlineNoteProperty().get().startsWith("Chủ nhật 13/12/2026 là ngày nghỉ"),
                "said again whenever the task is opened");
        // Kế hoạch's task table and the printed plan's assignment table, Nhiệm vụ: the same Monday.
        Task listed = services.tasks().planTasks(plan.id()).get(0);
        assertEquals("14/12/2026", PlanDocument.deadline(listed, services.settings().calendar()));
        Block.Table assignments = services.plans().document(plan.id()).body().stream()
                .filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertEquals("14/12/2026", assignments.rows().get(0).get(4));
        List<TaskRow> rows = services.tasks().list(new TaskFilter(plan.id(), null, null, null, null, null, null, null,
                TODAY));
        assertEquals(List.of(MONDAY), rows.stream().map(TaskRow::dueOn).toList());
    }
}
