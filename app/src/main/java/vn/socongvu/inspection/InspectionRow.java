package vn.socongvu.inspection;

import java.time.LocalDate;

/** An inspection as a list row: when, what kind, who led it, whom it inspected, what it found. */
public record InspectionRow(long id, InspectionKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                            String leader, String units, int violations, int remediationOverdue,
                            String recordNumber, String noticeNumber) {
}
