package vn.socongvu.task;

import java.time.LocalDate;

/** One occurrence of a task as lists and reports show it, with its state as of the list's day. */
public record TaskRow(long taskId, long occurrenceId, String label, String content, Long planId, String planTitle,
                      long leadUnitId, String leadUnit, Long leadStaffId, String leadStaff, String cooperators,
                      TaskSource source, Recurrence recurrence, LocalDate assignedOn, LocalDate periodStart,
                      LocalDate dueOn, LocalDate completedOn, Hold hold, Integer lastPercent, TaskState state) {
}
