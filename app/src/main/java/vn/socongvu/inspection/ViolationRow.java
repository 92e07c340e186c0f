package vn.socongvu.inspection;

import java.time.LocalDate;

import vn.socongvu.task.TaskState;

/**
 * A violation as a list row, with where its remediation stands ({@code remediation} null: none required) and
 * whether the same person had another violation in the twelve months before ({@code repeat}).
 */
public record ViolationRow(long id, long inspectionId, LocalDate foundOn, InspectionKind kind, Long staffId,
                           String fullName, long unitId, String unitName, String content, Severity severity,
                           DisciplineMeasure proposed, DisciplineMeasure decided, String decisionNumber,
                           LocalDate remediationDeadline, LocalDate remediatedOn, TaskState remediation,
                           boolean repeat) {

    public String who() {
        return fullName != null ? fullName : unitName;
    }

    /** The decided handling, or the proposed one while nothing is decided. */
    public DisciplineMeasure measure() {
        return decided != null ? decided : proposed;
    }
}
