package vn.socongvu.inspection;

import java.util.Map;

/**
 * A period's counts: inspections by kind and how many found nothing; violations by content, severity and
 * handling (the decided measure, or none decided yet); remediations done, still in time, and overdue; the persons
 * with a violation and those of them who repeated one.
 */
public record InspectionStats(Map<InspectionKind, Integer> byKind, int inspections, int clean, int violations,
                              Map<String, Integer> byContent, Map<Severity, Integer> bySeverity,
                              Map<DisciplineMeasure, Integer> byMeasure, int undecided, int remediationDone,
                              int remediationOpen, int remediationOverdue, int persons, int repeatPersons) {

    public int count(InspectionKind k) {
        return byKind.getOrDefault(k, 0);
    }
}
