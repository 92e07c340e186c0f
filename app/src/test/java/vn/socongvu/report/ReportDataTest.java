package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.Severity;
import vn.socongvu.inspection.ViolationRow;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.settings.ReportDeadlines;
import vn.socongvu.task.TaskState;

/** The counting rules over hand-made records: meetings, inspections, violations; each figure traced back. */
class ReportDataTest {
    static final ReportPeriod Q3 = ReportPeriod.quarter(2026, 3);
    static final ReportPeriod.Window W = Q3.window(ReportDeadlines.DEFAULTS);

    private static MeetingRow meeting(long id, MeetingKind k, MeetingFormat f, boolean paperless, LocalDate day) {
        LocalDateTime at = day.atTime(8, 0);
        return new MeetingRow(id, k, f, paperless, "Họp " + id, at, at.plusHours(2), "Hội trường", 1L, "Nguyễn Văn Hùng",
                null, 10, 9, true, false, false);
    }

    private static InspectionRow inspection(long id, InspectionKind k, int violations) {
        return new InspectionRow(id, k, "Kiểm tra " + id, W.from(), W.from(), "Trưởng đoàn", "Văn phòng", violations, 0,
                null, null);
    }

    private static ViolationRow violation(long id, long inspection, InspectionKind k, Long staff, String content,
                                          Severity s, DisciplineMeasure decided, TaskState remediation, boolean repeat) {
        return new ViolationRow(id, inspection, W.from(), k, staff, staff == null ? null : "Người " + staff, 1L,
                "Văn phòng", content, s, null, decided, decided == null ? null : "01/QĐ-UBND", null, null, remediation,
                repeat);
    }

    private static ReportData data() {
        List<MeetingRow> meetings = List.of(
                meeting(1, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, true, W.from()),
                meeting(2, MeetingKind.BRIEFING, MeetingFormat.ONLINE, true, W.to()),
                meeting(3, MeetingKind.BRIEFING, MeetingFormat.HYBRID, false, W.to()),
                meeting(4, MeetingKind.PROFESSIONAL, MeetingFormat.IN_PERSON, false, W.to()));
        List<MeetingRow> lastYear = List.of(
                meeting(11, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false, W.from().minusYears(1)),
                meeting(12, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false, W.from().minusYears(1)),
                meeting(13, MeetingKind.MAJOR, MeetingFormat.IN_PERSON, false, W.from().minusYears(1)),
                meeting(14, MeetingKind.MAJOR, MeetingFormat.IN_PERSON, false, W.from().minusYears(1)),
                meeting(15, MeetingKind.OTHER, MeetingFormat.IN_PERSON, false, W.from().minusYears(1)));
        List<InspectionRow> inspections = List.of(inspection(1, InspectionKind.SCHEDULED, 0),
                inspection(2, InspectionKind.SCHEDULED, 2), inspection(3, InspectionKind.SURPRISE, 1));
        String hours = "Chấp hành thời giờ làm việc";
        String badge = "Đeo thẻ cán bộ";
        List<ViolationRow> violations = List.of(
                violation(1, 2, InspectionKind.SCHEDULED, 7L, hours, Severity.MINOR, DisciplineMeasure.REPRIMAND,
                        TaskState.DONE_ON_TIME, false),
                violation(2, 2, InspectionKind.SCHEDULED, null, badge, Severity.MINOR, null, null, false),
                violation(3, 3, InspectionKind.SURPRISE, 7L, hours, Severity.SERIOUS, null, TaskState.OPEN_OVERDUE, true));
        return new ReportData(Q3, W, W.to(), List.of(), meetings, lastYear, inspections, violations, List.of(), List.of(),
                List.of());
    }

    @Test
    void meetingsAreCountedByKindWithOnlineHybridAndPaperlessAgainstLastYear() {
        ReportFigures f = data().figures(Tthc.NONE);
        ReportFigures.MeetingLine briefing = f.meetings().get(MeetingKind.BRIEFING.ordinal());
        assertEquals(new ReportFigures.MeetingLine(MeetingKind.BRIEFING, 3, 2, 2, 2), briefing,
                "online or hybrid counts as online; both window boundary days are in");
        assertEquals(4, f.meetingsTotal());
        assertEquals(5, f.meetingsLastYear());
        assertEquals(2, f.meetings().get(MeetingKind.MAJOR.ordinal()).lastYear());
        assertEquals(MeetingKind.values().length, f.meetings().size(), "every kind has its row, zeros too");
    }

    @Test
    void inspectionsViolationsMeasuresRemediationsAndRepeatersAreCounted() {
        ReportFigures f = data().figures(Tthc.NONE);
        assertEquals(new ReportFigures.InspectionLine(InspectionKind.SCHEDULED, 2, 1, 2),
                f.inspections().get(InspectionKind.SCHEDULED.ordinal()));
        assertEquals(new ReportFigures.InspectionLine(InspectionKind.SURPRISE, 1, 0, 1),
                f.inspections().get(InspectionKind.SURPRISE.ordinal()));
        assertEquals(List.of(new ReportFigures.ContentLine("Chấp hành thời giờ làm việc", 1, 1, 0),
                new ReportFigures.ContentLine("Đeo thẻ cán bộ", 1, 0, 0)), f.violations());
        assertEquals(List.of(new ReportFigures.MeasureLine(DisciplineMeasure.REPRIMAND, 1),
                new ReportFigures.MeasureLine(null, 2)), f.measures());
        assertEquals(new ReportFigures.Remediation(1, 0, 1), f.remediation());
        assertEquals(1, f.persons(), "a unit's violation has no person");
        assertEquals(1, f.repeatPersons());
    }

    @Test
    void everyFigureOpensExactlyTheRecordsItCounts() {
        ReportData d = data();
        ReportFigures f = d.figures(Tthc.NONE);
        for (ReportTable t : ReportTables.of(f)) {
            for (ReportTable.Row r : t.rows()) {
                for (int c = 0; c < r.values().size(); c++) {
                    TraceKey k = r.traces().get(c);
                    if (k != null) {
                        assertEquals(((Number) r.values().get(c)).intValue(), d.trace(k).size(),
                                t.title() + " / " + r.values().get(1) + " / " + t.columns().get(c).header());
                    }
                }
            }
            List<Object> totals = t.totalsLabel() == null ? List.of() : t.totals();
            for (int c = 0; c < t.totalTraces().size(); c++) {
                TraceKey k = t.totalTraces().get(c);
                if (k != null) {
                    assertEquals(((Number) totals.get(c)).intValue(), d.trace(k).size(), t.title() + " total " + c);
                }
            }
        }
        assertEquals(2, d.trace(TraceKey.of(TraceKey.Area.MEETINGS, null, ReportData.ONLINE)).size());
        assertEquals(List.of("Họp 2", "Họp 3"), d.trace(TraceKey.of(TraceKey.Area.MEETINGS, "BRIEFING",
                ReportData.ONLINE)).stream().map(TraceRow::text).toList());
    }

    @Test
    void frozenFiguresReadBackFromJsonUnchanged() {
        ReportFigures f = data().figures(new Tthc(10, 5, 3, 9, 1, 2, 96.5));
        assertEquals(f, FiguresJson.read(FiguresJson.write(f)));
    }
}
