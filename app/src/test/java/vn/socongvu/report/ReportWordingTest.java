package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.report.ReportFigures.StateCounts;

/** Each sentence a report builds from counts, with a zero case and a non-zero case, as a person writes them. */
class ReportWordingTest {
    static final String NBSP = "\u00A0";
    /** A count of nothing printed as a figure: "0 cá nhân", "trong thời hạn 0", "(0 %)". */
    static final Pattern ZERO = Pattern.compile("(^|[^0-9,.])0( |\u00A0|,|\\)|\\.|;|$)");

    private static ReportFigures figures(List<ReportFigures.Group> byPlan, List<ReportFigures.MeetingLine> meetings,
                                         List<ReportFigures.InspectionLine> inspections,
                                         List<ReportFigures.ContentLine> violations, ReportFigures.Remediation rem,
                                         int persons, int repeat, List<ReportFigures.TargetLine> targets, Tthc tthc) {
        return new ReportFigures(StateCounts.ZERO, List.of(), byPlan, targets, List.of(), meetings, inspections,
                violations, List.of(), rem, persons, repeat, tthc);
    }

    private static ReportFigures discipline(int clean, int persons, int repeat, ReportFigures.Remediation rem) {
        return figures(List.of(), List.of(), List.of(new ReportFigures.InspectionLine(InspectionKind.values()[0], 3,
                        clean, 4)), List.of(new ReportFigures.ContentLine("Đi muộn", 4, 0, 0)), rem, persons, repeat,
                List.of(), Tthc.NONE);
    }

    private static void noPrintedZero(String s) {
        assertFalse(ZERO.matcher(s).find(), "a zero printed as a figure: " + s);
        assertFalse(s.contains(" %"), "a percentage that can break from its number: " + s);
    }

    @Test
    void repeatOffendersAreSaidInWordsWhenThereAreNone() {
        String none = ReportWording.violations(discipline(0, 3, 0, new ReportFigures.Remediation(0, 0, 0)));
        assertEquals("Qua 3 cuộc kiểm tra công vụ, phát hiện 4 trường hợp vi phạm của 3 cá nhân (không có cá nhân tái "
                + "phạm trong 12 tháng), về các nội dung:", none);
        noPrintedZero(none);
        String some = ReportWording.violations(discipline(1, 3, 2, new ReportFigures.Remediation(0, 0, 0)));
        assertEquals("Qua 3 cuộc kiểm tra công vụ (1 cuộc không phát hiện vi phạm), phát hiện 4 trường hợp vi phạm "
                + "của 3 cá nhân (trong đó 2 cá nhân tái phạm trong 12 tháng), về các nội dung:", some);
        String unitsOnly = ReportWording.violations(discipline(0, 0, 0, new ReportFigures.Remediation(0, 0, 0)));
        assertEquals("Qua 3 cuộc kiểm tra công vụ, phát hiện 4 trường hợp vi phạm, về các nội dung:", unitsOnly);
    }

    @Test
    void remediationLeavesOutTheStatesWithNone() {
        assertNull(ReportWording.remediation(new ReportFigures.Remediation(0, 0, 0)), "nothing required: no sentence");
        String allDone = ReportWording.remediation(new ReportFigures.Remediation(3, 0, 0));
        assertEquals("Yêu cầu khắc phục 3 trường hợp, đã khắc phục xong cả 3 trường hợp.", allDone);
        assertEquals("Yêu cầu khắc phục 1 trường hợp, đã khắc phục xong.",
                ReportWording.remediation(new ReportFigures.Remediation(1, 0, 0)));
        String mixed = ReportWording.remediation(new ReportFigures.Remediation(2, 0, 1));
        assertEquals("Yêu cầu khắc phục 3 trường hợp: đã khắc phục 2 trường hợp, 1 trường hợp quá hạn chưa khắc phục.",
                mixed);
        noPrintedZero(mixed);
        assertEquals("Yêu cầu khắc phục 5 trường hợp: đã khắc phục 1 trường hợp, 3 trường hợp đang trong thời hạn khắc "
                + "phục, 1 trường hợp quá hạn chưa khắc phục.",
                ReportWording.remediation(new ReportFigures.Remediation(1, 3, 1)));
    }

    @Test
    void bieu02IsDescribedByItsPlansAndItsOtherSources() {
        List<ReportFigures.Group> groups = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            groups.add(new ReportFigures.Group("Kế hoạch " + i, StateCounts.ZERO));
        }
        List<ReportFigures.Group> plansOnly = List.copyOf(groups);
        groups.add(new ReportFigures.Group("Chỉ đạo", StateCounts.ZERO));
        groups.add(new ReportFigures.Group("Kết luận cuộc họp", StateCounts.ZERO));
        groups.add(new ReportFigures.Group("Khắc phục sau kiểm tra", StateCounts.ZERO));
        assertEquals("Kết quả thực hiện theo từng kế hoạch (11 kế hoạch) và theo nguồn giao nhiệm vụ ngoài kế hoạch "
                + "(3 nguồn) tại Biểu 02 kèm theo.", ReportWording.byPlan(groups));
        assertEquals("Kết quả thực hiện theo từng kế hoạch (11 kế hoạch) tại Biểu 02 kèm theo.",
                ReportWording.byPlan(plansOnly));
        assertEquals("Kết quả thực hiện theo nguồn giao nhiệm vụ (3 nguồn) tại Biểu 02 kèm theo.",
                ReportWording.byPlan(groups.subList(11, 14)));
    }

    @Test
    void meetingsSayHowTheyWereHeldWithoutZeroShares() {
        // How they were held is told under chính quyền số (ReportDocument), the count by kind under I.
        MeetingKind k = MeetingKind.values()[0];
        ReportFigures inPerson = figures(List.of(), List.of(new ReportFigures.MeetingLine(k, 4, 0, 0, 4)), List.of(),
                List.of(), new ReportFigures.Remediation(0, 0, 0), 0, 0, List.of(), Tthc.NONE);
        String s = ReportWording.digitalMeetings(inPerson);
        assertEquals("Trong kỳ, các cuộc họp đều tổ chức trực tiếp, sử dụng tài liệu giấy.", s);
        noPrintedZero(s);
        assertFalse(ReportWording.meetings(inPerson).contains("tài liệu giấy"));
        ReportFigures mixed = figures(List.of(), List.of(new ReportFigures.MeetingLine(k, 7, 2, 0, 8)), List.of(),
                List.of(), new ReportFigures.Remediation(0, 0, 0), 0, 0, List.of(), Tthc.NONE);
        String m = ReportWording.meetings(mixed);
        assertTrue(m.contains("(giảm 12,5" + NBSP + "% so với cùng kỳ năm trước là 8 cuộc)"), m);
        String d = ReportWording.digitalMeetings(mixed);
        assertEquals("Trong kỳ, tổ chức 2 cuộc họp trực tuyến (28,6" + NBSP + "%); các cuộc họp đều sử dụng tài liệu "
                + "giấy.", d);
    }

    @Test
    void targetCountsLeaveOutTheKindsWithNone() {
        ReportFigures.TargetLine met = new ReportFigures.TargetLine("01/KH-UBND", "KH", "x", "90 %", 95.0, true, "",
                "95 %", null, null, "AT_LEAST", 90.0, "%");
        ReportFigures.TargetLine notMet = new ReportFigures.TargetLine("01/KH-UBND", "KH", "y", "90 %", 85.0, false,
                "", "85 %", null, null, "AT_LEAST", 90.0, "%");
        ReportFigures.Remediation none = new ReportFigures.Remediation(0, 0, 0);
        String all = ReportWording.targetCounts(figures(List.of(), List.of(), List.of(), List.of(), none, 0, 0,
                List.of(met, met), Tthc.NONE));
        assertEquals("Các kế hoạch đặt 2 chỉ tiêu, cả 2 chỉ tiêu đều đạt (chi tiết tại Biểu 03).", all);
        String some = ReportWording.targetCounts(figures(List.of(), List.of(), List.of(), List.of(), none, 0, 0,
                List.of(met, notMet, met), Tthc.NONE));
        assertEquals("Các kế hoạch đặt 3 chỉ tiêu: 2 chỉ tiêu đạt, 1 chỉ tiêu chưa đạt (chi tiết tại Biểu 03).", some);
        noPrintedZero(some);
    }

    @Test
    void tthcFiguresLeaveOutWhatIsZeroAndHoldTheirPercentages() {
        String s = ReportWording.tthc(new Tthc(0, 50, 0, 40, 0, 0, null));
        assertEquals("Tiếp nhận 50 hồ sơ thủ tục hành chính (trực tiếp 50; tỷ lệ hồ sơ trực tuyến 0" + NBSP + "%); đã "
                + "giải quyết 40 hồ sơ (đúng hạn 40; tỷ lệ giải quyết đúng và trước hạn 100" + NBSP + "%).", s);
        String full = ReportWording.tthc(new Tthc(120, 80, 30, 150, 5, 15, 97.5));
        assertEquals("Tiếp nhận 200 hồ sơ thủ tục hành chính (trực tuyến 120, trực tiếp 80; tỷ lệ hồ sơ trực tuyến 60"
                + NBSP + "%); đã giải quyết 185 hồ sơ (trước hạn 30, đúng hạn 150, quá hạn 5; tỷ lệ giải quyết đúng và "
                + "trước hạn 97,3" + NBSP + "%); đang giải quyết 15 hồ sơ. Mức độ hài lòng của người dân, tổ chức đạt "
                + "97,5" + NBSP + "%.", full);
        assertEquals("Trong kỳ không tiếp nhận hồ sơ thủ tục hành chính.",
                ReportWording.tthc(new Tthc(0, 0, null, null, null, null, null)));
        assertEquals("Mức độ hài lòng của người dân, tổ chức đạt 92" + NBSP + "%.",
                ReportWording.tthc(new Tthc(null, null, null, null, null, null, 92.0)), "only the satisfaction entered");
    }

    @Test
    void taskCountsLeaveOutTheStatesWithNone() {
        String s = ReportWording.taskCounts(new StateCounts(7, 0, 3, 0), "30/09/2026");
        assertEquals("Tổng số nhiệm vụ theo dõi trong kỳ: 10, trong đó: hoàn thành đúng hạn 7 (70" + NBSP + "%); chưa "
                + "hoàn thành, trong hạn 3 (30" + NBSP + "%) (tình trạng tính đến ngày 30/09/2026). Kết quả theo đơn vị "
                + "chủ trì:", s);
        noPrintedZero(s);
        String all = ReportWording.taskCounts(new StateCounts(3, 2, 3, 2), "14/09/2026");
        assertTrue(all.contains("hoàn thành đúng hạn 3 (30" + NBSP + "%); hoàn thành quá hạn 2 (20" + NBSP + "%); chưa "
                + "hoàn thành, trong hạn 3 (30" + NBSP + "%); chưa hoàn thành, quá hạn 2 (20" + NBSP + "%)"), all);
    }

    @Test
    void violationsAndMeasuresNameTheContentThenTheCases() {
        ReportFigures none = discipline(0, 3, 0, new ReportFigures.Remediation(0, 0, 0));
        assertEquals(List.of("Đi muộn: 4 trường hợp."), ReportWording.contents(none));
        assertEquals("Chưa có trường hợp quyết định hình thức xử lý.", ReportWording.measures(none));
        ReportFigures decided = new ReportFigures(StateCounts.ZERO, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new ReportFigures.ContentLine("Đi muộn", 2, 0, 0),
                new ReportFigures.ContentLine("Trang phục", 1, 0, 0)), List.of(
                new ReportFigures.MeasureLine(DisciplineMeasure.CRITICISM, 1),
                new ReportFigures.MeasureLine(DisciplineMeasure.SELF_CRITICISM, 1),
                new ReportFigures.MeasureLine(null, 1)), new ReportFigures.Remediation(0, 0, 0), 3, 0, Tthc.NONE);
        assertEquals(List.of("Đi muộn: 2 trường hợp;", "Trang phục: 1 trường hợp."), ReportWording.contents(decided));
        assertEquals("Hình thức xử lý: phê bình 1 trường hợp, kiểm điểm 1 trường hợp; 1 trường hợp đang xem xét, chưa "
                + "quyết định hình thức xử lý.", ReportWording.measures(decided));
    }
}
