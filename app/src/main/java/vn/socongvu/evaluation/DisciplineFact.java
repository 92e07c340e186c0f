package vn.socongvu.evaluation;

import java.time.LocalDate;

import vn.socongvu.inspection.DisciplineMeasure;

/**
 * A violation of the person with a measure decided in the evaluation's year, from the inspections (shown beside the
 * general criteria). {@code forcesNotCompleted}: a disciplinary measure (khiển trách or heavier, not an in-house
 * step) decided in the year.
 */
public record DisciplineFact(long violationId, long inspectionId, String content, DisciplineMeasure decided,
        String decisionNumber, LocalDate decisionDate, boolean forcesNotCompleted) {
}
