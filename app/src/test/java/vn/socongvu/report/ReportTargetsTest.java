package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.Block;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.Target;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/**
 * The plans a report says were issued (by their date of issue, not their year), and its targets measured on the
 * report's own window: the plan's tasks as Biểu 02 counts them, the TTHC targets on the TTHC figures entered; the
 * summary sentence counted from the same rows as Biểu 03. Expected values worked out by hand in the comments.
 */
class ReportTargetsTest {
    static final String NBSP = "\u00A0";
    static final ReportPeriod Q3 = ReportPeriod.quarter(2026, 3);                      // 15/06/2026 → 14/09/2026
    static final ReportPeriod NINE = ReportPeriod.of(ReportKind.NINE_MONTHS, 2026);     // 15/12/2025 → 14/09/2026
    @TempDir
    Path tmp;
    Services s;
    long unit;

    private void open(LocalDate today) {
        s = TestServices.at(tmp.resolve("data"), today);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        unit = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE, null,
                null)).id();
    }

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private Plan issued(int year, String title, int number, LocalDate on) {
        long id = s.plans().save(new Plan.Draft(null, year, title, List.of("Căn cứ Luật Cán bộ, công chức"),
                "Nâng cao kỷ luật, kỷ cương hành chính.", List.of("Lưu: VT"), null)).id();
        return s.plans().issue(id, number, on);
    }

    private Task task(long planId, String content, LocalDate deadline) {
        return s.tasks().save(new Task.Draft(null, TaskSource.PLAN, planId, null, null, false, content, unit, null,
                List.of(), null, null, null, null, d(2026, 3, 1), deadline, Recurrence.NONE, null));
    }

    private void complete(Task t, LocalDate on) {
        s.tasks().complete(s.tasks().occurrences(t.id()).get(0).id(), on, null);
    }

    private Target target(long planId, String description, double value, Measure m) {
        return s.plans().saveTarget(new Target.Draft(null, planId, description, Comparison.AT_LEAST, value, "%", m));
    }

    private static String text(OfficialDocument d) {
        StringBuilder b = new StringBuilder();
        for (Block block : d.body()) {
            if (block instanceof Block.Paragraph p) {
                p.spans().forEach(sp -> b.append(sp.text()));
                b.append('\n');
            } else if (block instanceof Block.Table t) {
                t.rows().forEach(r -> b.append(String.join(" | ", r)).append('\n'));
            }
        }
        return b.toString();
    }

    @Test
    void aQuarterlyReportsTitleHoldsQuyAndItsNumeralTogether() throws Exception {
        open(d(2026, 9, 20));
        ReportService reports = s.reports();
        OfficialDocument d = reports.document(reports.open(Q3));
        assertTrue(d.title().endsWith("quý" + NBSP + "III năm 2026"), d.title());
        assertTrue(text(d).contains("cải cách hành chính quý" + NBSP + "III năm 2026"),
                "the closing line that repeats the title too\n" + text(d));
        assertTrue(ReportService.title(Q3).endsWith("quý III năm 2026"), "the register keeps plain spaces");
    }

    @Test
    void aPlanForNextYearIssuedOnTwelveDecemberCountsInThisYearsReportsNotInNextYearsFirstQuarter() {
        open(d(2027, 1, 20));
        issued(2026, "Kế hoạch cải cách hành chính năm 2026", 1, d(2026, 1, 10));
        issued(2026, "Kế hoạch kiểm tra công vụ năm 2026", 2, d(2026, 3, 5));
        issued(2027, "Kế hoạch cải cách hành chính năm 2027", 9, d(2026, 12, 12));
        // Drafts are not issued; a plan of 2026 issued before the year's window is not in it either.
        s.plans().save(new Plan.Draft(null, 2026, "Dự thảo", List.of(), null, List.of(), null));
        issued(2026, "Kế hoạch ban hành sớm", 3, d(2025, 12, 1));
        ReportService reports = s.reports();

        Function<ReportPeriod, List<String>> issuedIn = p -> reports.data(reports.open(p)).plansIssued().stream()
                .map(Plan::number).toList();
        assertEquals(List.of("01/KH-UBND", "02/KH-UBND", "09/KH-UBND"), issuedIn.apply(ReportPeriod.of(ReportKind.YEAR,
                2026)), "the year's window 15/12/2025–14/12/2026 holds the 2027 plan issued 12/12/2026");
        assertEquals(List.of("09/KH-UBND"), issuedIn.apply(ReportPeriod.quarter(2026, 4)));
        assertEquals(List.of(), issuedIn.apply(ReportPeriod.quarter(2027, 1)), "15/12/2026 on: not there");
        assertEquals(List.of("03/KH-UBND"), issuedIn.apply(ReportPeriod.quarter(2025, 4)), "issued 01/12/2025");

        String doc = text(reports.document(reports.open(ReportPeriod.of(ReportKind.YEAR, 2026))));
        assertTrue(doc.contains("đã ban hành 3 kế hoạch"), doc);
        assertTrue(doc.contains("Kế hoạch số 09/KH-UBND ngày 12/12/2026 về kế hoạch cải cách hành chính năm 2027."),
                doc);
    }

    /**
     * One plan's tasks: A due 15/04 done 10/04 (on time, before Q3); B due 10/07 done 20/07 (late); C due 20/08 done
     * 18/08 (on time); D due 30/08 still open (overdue). Q3 counts B, C, D: on time 1/3 = 33,3 %, done 2/3 = 66,7 %;
     * the nine months count A too: on time 2/4 = 50 %, done 3/4 = 75 %.
     */
    private Plan planWithTasks() {
        Plan p = issued(2026, "Kế hoạch thực hiện nhiệm vụ năm 2026", 1, d(2026, 3, 1));
        complete(task(p.id(), "A", d(2026, 4, 15)), d(2026, 4, 10));
        complete(task(p.id(), "B", d(2026, 7, 10)), d(2026, 7, 20));
        complete(task(p.id(), "C", d(2026, 8, 20)), d(2026, 8, 18));
        task(p.id(), "D", d(2026, 8, 30));
        return p;
    }

    @Test
    void aQuarterAndTheNineMonthsMeasureTheirOwnWindowsAsBieu02Does() {
        open(d(2026, 10, 20));
        Plan p = planWithTasks();
        target(p.id(), "Ít nhất 50% nhiệm vụ hoàn thành đúng hạn", 50.0, Measure.TASKS_ON_TIME);
        target(p.id(), "Ít nhất 50% nhiệm vụ được hoàn thành", 50.0, Measure.TASKS_DONE);
        ReportService reports = s.reports();

        ReportFigures q3 = reports.figures(reports.open(Q3));
        ReportFigures nine = reports.figures(reports.open(NINE));
        assertEquals(33.3, q3.targets().get(0).value(), 1e-9);
        assertEquals("33,3" + NBSP + "%", q3.targets().get(0).result());
        assertEquals(Boolean.FALSE, q3.targets().get(0).met());
        assertEquals("1/3 nhiệm vụ đúng hạn (Biểu 02)",
                q3.targets().get(0).basis());
        assertEquals(66.7, q3.targets().get(1).value(), 1e-9);
        assertEquals(50.0, nine.targets().get(0).value(), 1e-9, "the nine months differ from Q3: A counts");
        assertEquals(Boolean.TRUE, nine.targets().get(0).met());
        assertEquals("50" + NBSP + "%", nine.targets().get(0).result());
        assertEquals(75.0, nine.targets().get(1).value(), 1e-9);

        // The same counting as Biểu 02's row of the plan (and Tổng quan's, through countedTasks).
        for (ReportFigures f : List.of(q3, nine)) {
            ReportFigures.StateCounts row = f.byPlan().stream().filter(g -> g.name().equals(p.title())).findFirst()
                    .orElseThrow().counts();
            assertEquals(Math.round(1000.0 * row.doneOnTime() / row.total()) / 10.0, f.targets().get(0).value(), 1e-9);
        }
        ReportPeriod.Window w = reports.window(Q3);
        assertEquals(3, reports.countedTasks(w.from(), w.to()).size());
    }

    @Test
    void tthcTargetsTakeTheEnteredTthcFiguresAndTheSummaryCountsTheRows() {
        open(d(2026, 10, 20));
        Plan p = planWithTasks();
        target(p.id(), "100% nhiệm vụ được giao hoàn thành đúng hạn", 100.0, Measure.TASKS_ON_TIME);
        target(p.id(), "Ít nhất 50% nhiệm vụ được hoàn thành", 50.0, Measure.TASKS_DONE);
        Target satisfaction = target(p.id(), "Mức độ hài lòng của người dân đạt từ 90% trở lên", 90.0, Measure.MANUAL);
        target(p.id(), "Trên 95% hồ sơ thủ tục hành chính được giải quyết trên môi trường số", 95.0, Measure.MANUAL);
        target(p.id(), "100% hồ sơ TTHC được giải quyết đúng hạn", 100.0, Measure.MANUAL);
        target(p.id(), "Giảm số cuộc họp", 10.0, Measure.MANUAL);
        ReportService reports = s.reports();

        // Nothing entered: the TTHC targets have no value yet, and say why.
        List<ReportFigures.TargetLine> none = reports.figures(reports.open(Q3)).targets();
        assertNull(none.get(2).met());
        assertEquals("Biểu 09 chưa có số liệu", none.get(2).basis());
        assertEquals("100" + NBSP + "%", none.get(4).goal(), "at least 100 % reads \"100 %\"");
        assertEquals("≥" + NBSP + "90" + NBSP + "%", none.get(2).goal());

        // The clerk's value for the quarter stands while no TTHC figure is entered.
        s.plans().enterValue(satisfaction.id(), Q3.code(), 91.0);
        assertEquals(91.0, reports.figures(reports.open(Q3)).targets().get(2).value(), 1e-9);

        // TTHC figures entered: received 120 online + 80 in person = 200 (online 60 %); resolved 30 early + 150 on
        // time + 5 late = 185, in time 180/185 = 97,3 %; satisfaction 97,5 %.
        reports.save(new Report.Draft(Q3, Report.Narrative.EMPTY, new Tthc(120, 80, 30, 150, 5, 15, 97.5), null));
        Report r = reports.open(Q3);
        ReportFigures f = reports.figures(r);
        Function<Integer, ReportFigures.TargetLine> line = f.targets()::get;
        assertEquals(97.5, line.apply(2).value(), 1e-9, "satisfaction from the TTHC figures, not the 91 entered");
        assertEquals(Boolean.TRUE, line.apply(2).met());
        assertEquals(60.0, line.apply(3).value(), 1e-9);
        assertEquals(Boolean.FALSE, line.apply(3).met());
        assertEquals("Biểu 09: 120/200 hồ sơ tiếp nhận trực tuyến", line.apply(3).basis());
        assertEquals(97.3, line.apply(4).value(), 1e-9);
        assertEquals("97,3" + NBSP + "%", line.apply(4).result());
        assertEquals(Boolean.FALSE, line.apply(4).met());
        assertNull(line.apply(5).met(), "a figure that is no TTHC one waits for the clerk's value");
        // Q3 targets: on time 33,3 (no), done 66,7 (yes), satisfaction (yes), online (no), in time (no), meetings (—).
        assertEquals(List.of(false, true, true, false, false), f.targets().subList(0, 5).stream()
                .map(ReportFigures.TargetLine::met).toList());

        String doc = text(reports.document(r));
        assertTrue(doc.contains("Các kế hoạch đặt 6 chỉ tiêu: 2 chỉ tiêu đạt, 3 chỉ tiêu chưa đạt, 1 chỉ tiêu chưa có số "
                + "liệu đánh giá (chi tiết tại Biểu 03)."), doc);
        ReportTable table = ReportTables.of(f).get(ReportTables.TARGETS);
        assertEquals(List.of("Đạt", "Đạt"), table.rows().stream().map(row -> (String) row.values().get(7))
                .filter("Đạt"::equals).toList(), "the summary's 2 are the table's rows marked Đạt");
        assertEquals("33,3" + NBSP + "%", table.rows().get(0).values().get(5));
        assertFalse(doc.contains("Chưa có số liệu | Biểu 09"), doc);

        // Frozen with the report, the TTHC targets still follow TTHC figures entered afterwards.
        ReportFigures frozen = FiguresJson.read(FiguresJson.write(f));
        ReportFigures later = frozen.withTthc(new Tthc(190, 10, 0, 200, 0, 0, 99.0));
        assertEquals(List.of(95.0, 100.0), later.targets().subList(3, 5).stream()
                .map(ReportFigures.TargetLine::value).toList());
        assertEquals(4, later.targetsStanding(Boolean.TRUE));
        assertEquals(f.targets().stream().collect(Collectors.groupingBy(x -> String.valueOf(x.met()),
                Collectors.counting())).get("true"), (long) f.targetsStanding(Boolean.TRUE));
    }

    @Test
    void figuresFrozenBeforeTargetsKeptTheirResultAsTextStillPrint() {
        // A target line as reports numbered earlier froze it: no result text, no indicator, no goal figure.
        ReportFigures.TargetLine old = new ReportFigures.TargetLine("01/KH-UBND", "KH", "Mức độ hài lòng", "≥ 90 %",
                87.5, false, "Số liệu kỳ 2026-Q3 do cán bộ nhập", null, null, null, null, null, null);
        ReportFigures f = new ReportFigures(ReportFigures.StateCounts.ZERO, List.of(), List.of(), List.of(old),
                List.of(), List.of(), List.of(), List.of(), List.of(), new ReportFigures.Remediation(0, 0, 0), 0, 0,
                Tthc.NONE);
        ReportFigures read = FiguresJson.read(FiguresJson.write(f)).withTthc(new Tthc(1, 1, 1, 1, 1, 1, 99.0));
        assertEquals(old, read.targets().get(0), "kept as frozen, TTHC figures entered later or not");
        assertEquals("87,5", ReportTables.of(read).get(ReportTables.TARGETS).rows().get(0).values().get(5));
    }

    @Test
    void aValueIsJudgedAsItIsPrinted() {
        Target t = new Target(1, 1, 0, "100% nhiệm vụ đúng hạn", Comparison.AT_LEAST, 100.0, "%",
                Measure.TASKS_ON_TIME);
        Target.Standing s = t.standing(99.96, "x");
        assertEquals(100.0, s.value(), 1e-9);
        assertTrue(s.met(), "printed 100 %: met");
        assertEquals("100" + NBSP + "%", s.result());
        assertFalse(t.standing(99.94, "x").met(), "printed 99,9 %: not met");
        assertEquals("99,9" + NBSP + "%", t.standing(99.94, "x").result());
    }

    @Test
    void targetsAreRecognisedByOneRule() {
        assertEquals(Target.Indicator.PLAN_TASKS_ON_TIME, Target.indicator(Measure.TASKS_ON_TIME, "Bất kỳ", "%"));
        assertEquals(Target.Indicator.PLAN_TASKS_DONE, Target.indicator(Measure.TASKS_DONE, "Bất kỳ", "%"));
        assertEquals(Target.Indicator.TTHC_SATISFACTION, Target.indicator(Measure.MANUAL,
                "Mức độ hài lòng của người dân đạt từ 90% trở lên", "%"));
        assertEquals(Target.Indicator.TTHC_ONLINE_SHARE, Target.indicator(Measure.MANUAL,
                "Trên 95% hồ sơ thủ tục hành chính được giải quyết trên môi trường số", "%"));
        assertEquals(Target.Indicator.TTHC_ONLINE_SHARE, Target.indicator(Measure.MANUAL,
                "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", null));
        assertEquals(Target.Indicator.TTHC_IN_TIME_SHARE, Target.indicator(Measure.MANUAL,
                "100% hồ sơ thủ tục hành chính giải quyết đúng hạn", "%"));
        assertEquals(Target.Indicator.ENTERED, Target.indicator(Measure.MANUAL, "Giảm 10% số cuộc họp", "%"));
        assertEquals(Target.Indicator.ENTERED, Target.indicator(Measure.MANUAL, "Mức độ hài lòng", "điểm"),
                "a figure in another unit is no share");
    }
}
