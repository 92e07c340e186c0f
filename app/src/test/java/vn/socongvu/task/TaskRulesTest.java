package vn.socongvu.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.settings.Holiday;
import vn.socongvu.settings.HolidayKind;
import vn.socongvu.settings.WorkCalendar;

class TaskRulesTest {
    static final LocalDate DUE = LocalDate.of(2026, 6, 15);
    final WorkCalendar cal = new WorkCalendar(List.of(
            new Holiday(0, LocalDate.of(2026, 4, 30), "30/4", HolidayKind.OFF),
            new Holiday(0, LocalDate.of(2026, 5, 1), "1/5", HolidayKind.OFF),
            new Holiday(0, LocalDate.of(2026, 9, 1), "Quốc khánh", HolidayKind.OFF),
            new Holiday(0, LocalDate.of(2026, 9, 2), "Quốc khánh", HolidayKind.OFF),
            new Holiday(0, LocalDate.of(2027, 1, 1), "Tết Dương lịch", HolidayKind.OFF)));

    private static TaskState state(LocalDate completed, LocalDate asOf) {
        return TaskRules.state(DUE, completed, asOf, Hold.NONE);
    }

    @Test
    void theFourStates() {
        assertEquals(TaskState.DONE_ON_TIME, state(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 1)));
        assertEquals(TaskState.DONE_LATE, state(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 1)));
        assertEquals(TaskState.OPEN_ON_TIME, state(null, LocalDate.of(2026, 6, 1)));
        assertEquals(TaskState.OPEN_OVERDUE, state(null, LocalDate.of(2026, 6, 16)));
    }

    @Test
    void theDeadlineDayItselfIsOnTime() {
        assertEquals(TaskState.DONE_ON_TIME, state(DUE, DUE));
        assertEquals(TaskState.OPEN_ON_TIME, state(null, DUE), "not yet overdue on the deadline day");
        assertEquals(TaskState.OPEN_OVERDUE, state(null, DUE.plusDays(1)));
    }

    @Test
    void aCompletionAfterTheJudgingDayHasNotHappenedYet() {
        // A report's window ends 14/6; the task was completed 20/6: as of 14/6 it was open, in time.
        assertEquals(TaskState.OPEN_ON_TIME, state(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 14)));
        // As of 30/6 it was done late.
        assertEquals(TaskState.DONE_LATE, state(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 30)));
        // Completed 20/6, judged on 17/6: open and overdue then.
        assertEquals(TaskState.OPEN_OVERDUE, state(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 17)));
    }

    @Test
    void ongoingTasksAreNeverOverdue() {
        assertEquals(TaskState.OPEN_ON_TIME, TaskRules.state(null, null, LocalDate.of(2030, 1, 1), Hold.NONE));
        assertEquals(TaskState.DONE_ON_TIME, TaskRules.state(null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), Hold.NONE));
    }

    @Test
    void pausedAndCancelledAreNotCounted() {
        assertEquals(TaskState.PAUSED, TaskRules.state(DUE, null, LocalDate.of(2026, 7, 1), Hold.PAUSED));
        assertEquals(TaskState.CANCELLED, TaskRules.state(DUE, null, LocalDate.of(2026, 7, 1), Hold.CANCELLED));
        assertEquals(TaskState.CANCELLED, TaskRules.state(DUE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                Hold.CANCELLED), "a cancelled task is not counted even if work was done");
        assertEquals(TaskState.DONE_ON_TIME, TaskRules.state(DUE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                Hold.PAUSED), "work done before the pause still counts");
        assertFalse(TaskState.PAUSED.counted());
        assertFalse(TaskState.CANCELLED.counted());
        assertTrue(TaskState.OPEN_OVERDUE.counted());
    }

    @Test
    void aOneOffDeadlineOnADayOffMovesToTheNextWorkingDay() {
        List<TaskRules.Occurrence> occ = TaskRules.occurrences(Recurrence.NONE, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), null, cal);
        assertEquals(1, occ.size());
        assertEquals(LocalDate.of(2026, 5, 4), occ.get(0).dueOn(), "30/4, 1/5 off, then the weekend");
        assertEquals(LocalDate.of(2026, 6, 15), TaskRules.occurrences(Recurrence.NONE, LocalDate.of(2026, 4, 1),
                DUE, null, cal).get(0).dueOn(), "a working day stays");
    }

    @Test
    void anOngoingTaskHasOneOccurrenceWithoutDeadline() {
        List<TaskRules.Occurrence> occ = TaskRules.occurrences(Recurrence.ONGOING, LocalDate.of(2026, 3, 20), null,
                null, cal);
        assertEquals(1, occ.size());
        assertNull(occ.get(0).dueOn());
    }

    @Test
    void quarterlyTasksHaveOneOccurrencePerQuarterFromTheAssignment() {
        List<TaskRules.Occurrence> occ = TaskRules.occurrences(Recurrence.QUARTERLY, LocalDate.of(2026, 3, 20), null,
                null, cal);
        assertEquals(4, occ.size(), "Q1 (from 20/3) to Q4");
        assertEquals(LocalDate.of(2026, 3, 20), occ.get(0).periodStart());
        assertEquals(LocalDate.of(2026, 3, 31), occ.get(0).dueOn());
        assertEquals(LocalDate.of(2026, 4, 1), occ.get(1).periodStart());
        assertEquals(LocalDate.of(2026, 6, 30), occ.get(1).dueOn());
        assertEquals(LocalDate.of(2026, 9, 30), occ.get(2).dueOn());
        assertEquals(LocalDate.of(2026, 12, 31), occ.get(3).dueOn());
    }

    @Test
    void monthlyHalfYearlyAndYearlyPeriods() {
        List<TaskRules.Occurrence> monthly = TaskRules.occurrences(Recurrence.MONTHLY, LocalDate.of(2026, 8, 10), null,
                null, cal);
        assertEquals(5, monthly.size(), "August to December");
        // 31/8/2026 is a Monday; 30/9 Wednesday; 31/10 Saturday → Monday 2/11.
        assertEquals(LocalDate.of(2026, 8, 31), monthly.get(0).dueOn());
        assertEquals(LocalDate.of(2026, 11, 2), monthly.get(2).dueOn());
        List<TaskRules.Occurrence> half = TaskRules.occurrences(Recurrence.HALF_YEARLY, LocalDate.of(2026, 1, 5), null,
                null, cal);
        assertEquals(List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31)),
                half.stream().map(TaskRules.Occurrence::dueOn).toList());
        List<TaskRules.Occurrence> yearly = TaskRules.occurrences(Recurrence.YEARLY, LocalDate.of(2026, 1, 5), null,
                LocalDate.of(2028, 12, 31), cal);
        assertEquals(3, yearly.size());
    }

    @Test
    void aRecurringTaskCrossesTheYear() {
        List<TaskRules.Occurrence> occ = TaskRules.occurrences(Recurrence.MONTHLY, LocalDate.of(2026, 11, 1), null,
                LocalDate.of(2027, 2, 28), cal);
        assertEquals(4, occ.size(), "Nov, Dec, Jan, Feb");
        assertEquals(LocalDate.of(2026, 12, 31), occ.get(1).dueOn());
        assertEquals(LocalDate.of(2027, 1, 1), occ.get(2).periodStart());
        assertEquals(LocalDate.of(2027, 3, 1), occ.get(3).dueOn(), "28/2/2027 is a Sunday → Monday 1/3");
    }
}
