package vn.socongvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.task.TaskState;
import vn.socongvu.ui.kit.ViewModelFixture;

/** Tổng quan's model without a window: the figures of the period chosen. */
class OverviewViewModelTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    OverviewViewModel vm;

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, TODAY);
    }

    @BeforeEach
    void setUp() {
        threeOctoberTasks(); // judged on 20/11: one done on time, two overdue
        complete(task("Văn phòng HĐND và UBND", "Tổng kết mùa vụ", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 10)),
                LocalDate.of(2026, 5, 5)); // in the report year, not in its fourth quarter
        vm = new OverviewViewModel(services.tasks(), services.settings(), services.meetings(), services.reports(),
                tasks);
    }

    @Test
    void theFiguresFollowThePeriodChosen() {
        assertFalse(vm.shownProperty().get());
        vm.load();
        assertTrue(vm.shownProperty().get());
        assertTrue(vm.periodTextProperty().get().contains("15/09/2026")
                && vm.periodTextProperty().get().contains("14/12/2026"), vm.periodTextProperty().get());
        assertEquals(3, vm.total());
        assertEquals(1, vm.counts.get(TaskState.DONE_ON_TIME));
        assertEquals(2, vm.counts.get(TaskState.OPEN_OVERDUE));
        assertEquals("2 (66,7\u00A0%)", vm.countText(TaskState.OPEN_OVERDUE));
        assertEquals(List.of("Văn phòng HĐND và UBND"), List.copyOf(vm.byUnit.keySet()));

        vm.period.set(OverviewPeriod.REPORT_YEAR); // asks again by itself
        assertTrue(vm.periodTextProperty().get().contains("15/12/2025"), vm.periodTextProperty().get());
        assertEquals(4, vm.total());
        assertEquals(2, vm.counts.get(TaskState.DONE_ON_TIME));
        assertEquals(2, vm.reminders.size(), "the overdue tasks are reminded, whatever the period");
        assertTrue(vm.reportTextProperty().get().contains("10/12/2026"), vm.reportTextProperty().get());
    }

    @Test
    void dataThatCannotBeReadIsSaidNotThrown() {
        services.close();
        vm.load();
        assertEquals(Messages.get("overview.error"), vm.periodTextProperty().get());
        assertEquals(0, vm.total());
        assertTrue(vm.shownProperty().get());
    }
}
