package vn.socongvu.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.socongvu.settings.WorkCalendar;

/** The rules of task follow-up, pure: states, occurrences of recurring tasks, deadlines on days off. */
public final class TaskRules {
    /** A recurring task repeats for at most this many years from its assignment. */
    public static final int MAX_RECURRENCE_YEARS = 10;

    private TaskRules() {
    }

    /**
     * What the task form refuses in a task's dates: a deadline or a recurrence end before the assignment day, a
     * recurrence longer than {@value #MAX_RECURRENCE_YEARS} years. The form and the data import both ask here.
     * @return field ("deadline", "recurrenceUntil") → message key, whose argument is the assignment day
     */
    public static Map<String, String> dateProblems(LocalDate assignedOn, LocalDate deadline, LocalDate until) {
        Map<String, String> out = new LinkedHashMap<>();
        if (assignedOn == null) {
            return out;
        }
        if (deadline != null && deadline.isBefore(assignedOn)) {
            out.put("deadline", "task.error.deadlineBeforeAssigned");
        }
        if (until != null && until.isBefore(assignedOn)) {
            out.put("recurrenceUntil", "task.error.deadlineBeforeAssigned");
        } else if (until != null && until.isAfter(assignedOn.plusYears(MAX_RECURRENCE_YEARS))) {
            out.put("recurrenceUntil", "task.error.recurrenceTooLong");
        }
        return out;
    }

    /** One period a task is due in: when the period starts, and its deadline (null: ongoing, none). */
    public record Occurrence(LocalDate periodStart, LocalDate dueOn) {
    }

    /**
     * The state of one occurrence as it stood on {@code asOf}: a completion after {@code asOf} has not
     * happened yet; a deadline is met when the work is done on or before the deadline day.
     */
    public static TaskState state(LocalDate dueOn, LocalDate completedOn, LocalDate asOf, Hold hold) {
        if (hold == Hold.CANCELLED) {
            return TaskState.CANCELLED;
        }
        boolean done = completedOn != null && !completedOn.isAfter(asOf);
        if (done) {
            return dueOn == null || !completedOn.isAfter(dueOn) ? TaskState.DONE_ON_TIME : TaskState.DONE_LATE;
        }
        if (hold == Hold.PAUSED) {
            return TaskState.PAUSED;
        }
        return dueOn == null || !asOf.isAfter(dueOn) ? TaskState.OPEN_ON_TIME : TaskState.OPEN_OVERDUE;
    }

    /**
     * The occurrences of a task. A one-off task has one, due on its deadline moved to the next working day
     * if it falls on a day off; an ongoing one has one with no deadline; a recurring one has one per
     * calendar period (month, quarter, half-year, year) from the period of {@code assignedOn} through the
     * period of {@code until} (default: the end of that year), each due at its period's end, moved likewise.
     */
    public static List<Occurrence> occurrences(Recurrence r, LocalDate assignedOn, LocalDate deadline,
                                               LocalDate until, WorkCalendar cal) {
        List<Occurrence> out = new ArrayList<>();
        switch (r) {
            case NONE -> out.add(new Occurrence(assignedOn, cal.onOrNextWorkingDay(deadline)));
            case ONGOING -> out.add(new Occurrence(assignedOn, null));
            default -> {
                LocalDate end = until != null ? until : LocalDate.of(assignedOn.getYear(), 12, 31);
                int m = r.months();
                int firstMonth = ((assignedOn.getMonthValue() - 1) / m) * m + 1;
                LocalDate start = LocalDate.of(assignedOn.getYear(), firstMonth, 1);
                while (!start.isAfter(end)) {
                    LocalDate periodEnd = start.plusMonths(m).minusDays(1);
                    LocalDate periodStart = start.isBefore(assignedOn) ? assignedOn : start;
                    out.add(new Occurrence(periodStart, cal.onOrNextWorkingDay(periodEnd)));
                    start = start.plusMonths(m);
                }
            }
        }
        return out;
    }
}
