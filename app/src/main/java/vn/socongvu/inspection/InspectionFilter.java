package vn.socongvu.inspection;

import java.time.LocalDate;

/**
 * Which inspections (or violations) a list shows: by kind, text (diacritics-insensitive), the period the
 * inspection started in, and for violations the unit and the person.
 */
public record InspectionFilter(InspectionKind kind, String text, LocalDate from, LocalDate to, Long unitId,
                               Long staffId) {
    public static InspectionFilter period(LocalDate from, LocalDate to) {
        return new InspectionFilter(null, null, from, to, null, null);
    }
}
