package vn.socongvu.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task with the "6 rõ": what (content), who (exactly one lead unit, optionally a lead person, any
 * cooperating units), responsibility and authority notes, deadline or recurrence, expected result.
 * A group (section heading of a plan: "II. NỘI DUNG") assigns nothing and only structures the tree.
 */
public record Task(long id, TaskSource source, Long planId, Long parentId, int position, String label, boolean group,
                   String content, Long leadUnitId, Long leadStaffId, List<Long> cooperatingUnitIds,
                   String responsibility, String authority, String expectedResult, String instructionRef,
                   LocalDate assignedOn, LocalDate deadline, Recurrence recurrence, LocalDate recurrenceUntil,
                   Hold hold, String holdReason) {

    public Task {
        cooperatingUnitIds = List.copyOf(cooperatingUnitIds);
    }

    /** What a form (or an import) supplies; {@code id} null for a new task. */
    public record Draft(Long id, TaskSource source, Long planId, Long parentId, String label, boolean group,
                        String content, Long leadUnitId, Long leadStaffId, List<Long> cooperatingUnitIds,
                        String responsibility, String authority, String expectedResult, String instructionRef,
                        LocalDate assignedOn, LocalDate deadline, Recurrence recurrence, LocalDate recurrenceUntil) {
        public Draft {
            cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
        }
    }

    /** One period the task is due in, with its own completion. */
    public record Occurrence(long id, long taskId, LocalDate periodStart, LocalDate dueOn, LocalDate completedOn,
                             String result) {
    }

    /** A dated progress report. */
    public record ProgressEntry(long id, long taskId, Long occurrenceId, LocalDate reportedOn, int percent, String note,
                                String reportedBy) {
    }
}
