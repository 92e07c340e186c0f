package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.Target;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.StorageException;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/** The report's task figures from the database, hand-counted; the export read back; empty periods; freezing. */
class ReportServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    static final ReportPeriod Q3 = ReportPeriod.quarter(2026, 3); // 15/06/2026 → 14/09/2026
    @TempDir
    Path tmp;
    Services s;
    ReportService reports;
    long a;
    long b;
    long c;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp.resolve("data"), TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        reports = s.reports();
        a = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT, null, null)).id();
        b = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE, null, null)).id();
        c = s.directory().saveUnit(new Unit.Draft(null, "Xóm Đồng Tâm", null, UnitKind.HAMLET, null, null)).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Task task(String content, long lead, LocalDate assigned, LocalDate deadline, Recurrence r) {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, lead, null,
                List.of(), null, null, "Báo cáo kết quả", "Công văn số 12/UBND", assigned, deadline, r, null));
    }

    private void complete(Task t, int occurrence, LocalDate on) {
        s.tasks().complete(s.tasks().occurrences(t.id()).get(occurrence).id(), on, null);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** Ten occurrences counted, three left out; the expected figures are worked out by hand in the comments. */
    private void fixture() {
        complete(task("T1 xong đúng hạn", a, d(6, 1), d(6, 30), Recurrence.NONE), 0, d(6, 25));      // A done on time
        complete(task("T2 xong quá hạn", a, d(6, 1), d(7, 10), Recurrence.NONE), 0, d(7, 20));       // A done late
        task("T3 chưa đến hạn", b, d(7, 1), d(9, 30), Recurrence.NONE);                            // B open, on time
        task("T4 tồn từ kỳ trước", b, d(5, 1), d(5, 29), Recurrence.NONE);                         // B open, overdue
        complete(task("T5 xong trước kỳ", b, d(5, 1), d(5, 29), Recurrence.NONE), 0, d(6, 10));     // not counted
        complete(task("T6 hạn ngày cuối kỳ", a, d(6, 1), d(9, 14), Recurrence.NONE), 0, d(9, 16));  // A open on 14/9
        complete(task("T7 ngày đầu kỳ", a, d(6, 15), d(6, 15), Recurrence.NONE), 0, d(6, 15));      // A done on time
        task("T8 giao sau kỳ", a, d(9, 15), d(9, 30), Recurrence.NONE);                            // not counted
        Task t9 = task("T9 đã hủy", b, d(7, 1), d(7, 31), Recurrence.NONE);                         // not counted
        s.tasks().hold(t9.id(), Hold.CANCELLED, "Không còn phù hợp");
        Task monthly = task("T10 báo cáo tháng", c, d(6, 1), null, Recurrence.MONTHLY);
        complete(monthly, 0, d(6, 30));  // June (its first occurrence): on time
        complete(monthly, 1, d(8, 5));   // July: late; August open, overdue; September open, on time; later not yet
        s.directory().deactivateUnit(c); // a unit stopped since still shows its work
    }

    @Test
    void tasksAreCountedInTheirStateAsOfTheWindowsEndPerUnit() {
        fixture();
        Report r = reports.open(Q3);
        ReportFigures f = reports.figures(r);
        assertEquals(new ReportFigures.StateCounts(3, 2, 3, 2), f.tasks());
        Map<String, ReportFigures.StateCounts> units = f.byUnit().stream()
                .collect(Collectors.toMap(ReportFigures.Group::name, ReportFigures.Group::counts));
        assertEquals(new ReportFigures.StateCounts(2, 1, 1, 0), units.get("Phòng Văn hóa – Xã hội"));
        assertEquals(new ReportFigures.StateCounts(0, 0, 1, 1), units.get("Văn phòng HĐND và UBND"));
        assertEquals(new ReportFigures.StateCounts(1, 1, 1, 1), units.get("Xóm Đồng Tâm"), "deactivated unit kept");
        assertEquals(List.of("Phòng Văn hóa – Xã hội", "Văn phòng HĐND và UBND", "Xóm Đồng Tâm"),
                f.byUnit().stream().map(ReportFigures.Group::name).toList(), "in the directory's order");
        assertEquals(30.0, f.tasks().share(f.tasks().doneOnTime()), 1e-9);
        List<String> behind = reports.data(r).trace(TraceKey.of(TraceKey.Area.TASKS_BY_UNIT, "Phòng Văn hóa – Xã hội",
                "OPEN_ON_TIME")).stream().map(TraceRow::text).toList();
        assertEquals(List.of("T6 hạn ngày cuối kỳ"), behind, "completed after the window: open as of its end");
    }

    @Test
    void anExportReadsBackWithTheSameFiguresAndReExportsIdenticallyOnceFrozen() throws Exception {
        fixture();
        reports.save(new Report.Draft(Q3, new Report.Narrative("Chấp hành tốt giờ giấc.", "Còn chậm báo cáo tháng.",
                "- Kiểm tra đột xuất\n- Đôn đốc nhiệm vụ quá hạn", ""), new Tthc(120, 80, 30, 150, 5, 15, 97.5), null));
        Path out = tmp.resolve("usb");
        Files.createDirectories(out);
        ReportService.Export e = reports.export(Q3, out, true, true, Progress.NONE);
        assertEquals(List.of(out.resolve("bao-cao-quy-iii-nam-2026.docx"), out.resolve("bieu-so-lieu-quy-iii-nam-2026.xlsx")),
                e.files());
        assertNotNull(e.report().frozen());
        assertEquals(Q3.window(s.settings().deadlines()).to(), e.report().frozenAsOf());

        String text = docText(e.files().get(0));
        assertTrue(text.contains("Tổng số nhiệm vụ theo dõi trong kỳ: 10, trong đó: hoàn thành đúng hạn 3 (30\u00A0%); "
                + "hoàn thành quá hạn 2 (20\u00A0%); chưa hoàn thành, trong hạn 3 (30\u00A0%); chưa hoàn thành, quá hạn 2 (20\u00A0%)"), text);
        assertTrue(text.contains("Tiếp nhận 200 hồ sơ thủ tục hành chính (trực tuyến 120, trực tiếp 80; tỷ lệ hồ sơ trực tuyến 60\u00A0%)"),
                text);
        assertTrue(text.contains("Mức độ hài lòng của người dân, tổ chức đạt 97,5\u00A0%."), text);
        assertTrue(text.contains("Kiểm tra đột xuất;") || text.contains("Kiểm tra đột xuất."), text);
        assertTrue(text.contains("Không có kiến nghị."), text);

        try (InputStream in = Files.newInputStream(e.files().get(1)); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(9, wb.getNumberOfSheets());
            Sheet units = wb.getSheetAt(0);
            Row total = row(units, "Tổng cộng");
            int first = row(units, "Phòng Văn hóa – Xã hội").getRowNum() + 1;
            int n = total.getRowNum() + 1;
            assertEquals("SUM(C" + first + ":C" + (n - 1) + ")", total.getCell(2).getCellFormula());
            assertEquals(List.of(10.0, 3.0, 2.0, 3.0, 2.0), List.of(num(total, 2), num(total, 3), num(total, 4),
                    num(total, 5), num(total, 6)));
            assertEquals("IF(C" + n + "=0,\"\",D" + n + "/C" + n + ")", total.getCell(7).getCellFormula());
            assertEquals(0.3, num(total, 7), 1e-9);
            Row hamlet = row(units, "Xóm Đồng Tâm");
            assertEquals(4.0, num(hamlet, 2));
            Sheet tthc = wb.getSheetAt(ReportTables.TTHC);
            assertEquals(0.975, num(row(tthc, "Mức độ hài lòng của người dân, tổ chức"), 3), 1e-9);
        }

        // Records change after the export: the report keeps its figures until recomputed.
        task("T11 giao bổ sung", a, d(7, 1), d(7, 15), Recurrence.NONE);
        ReportService.Export again = reports.export(Q3, out, true, false, Progress.NONE);
        assertEquals(text, docText(again.files().get(0)), "same report, same document");
        assertEquals(10, reports.figures(reports.open(Q3)).tasks().total());
        Report recomputed = reports.recompute(again.report().id());
        assertEquals(11, reports.figures(recomputed).tasks().total());
        assertFalse(reports.history(recomputed.id()).isEmpty());
    }

    @Test
    void bothFilesAreWrittenAtOnceAndAFailureOfEitherIsThrownAfterBothHaveEnded() throws Exception {
        // At once: each writer waits for the other to have started, which a one-after-the-other run never sees.
        CountDownLatch started = new CountDownLatch(2);
        Function<String, Supplier<Path>> meeting = name -> () -> {
            started.countDown();
            try {
                assertTrue(started.await(10, TimeUnit.SECONDS), "the other writer never started");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return tmp.resolve(name);
        };
        assertEquals(List.of(tmp.resolve("a.docx"), tmp.resolve("b.xlsx")),
                ReportService.bothAtOnce(meeting.apply("a.docx"), meeting.apply("b.xlsx")));

        // The second fails: its own exception, not a wrapper, once the first has finished.
        AtomicBoolean firstDone = new AtomicBoolean();
        IllegalStateException second = assertThrows(IllegalStateException.class, () -> ReportService.bothAtOnce(
                () -> {
                    firstDone.set(true);
                    return tmp.resolve("a.docx");
                },
                () -> {
                    throw new IllegalStateException("xlsx");
                }));
        assertEquals("xlsx", second.getMessage());
        assertTrue(firstDone.get());

        // The first fails: it is thrown only after the second has ended, the second's failure kept beside it.
        AtomicBoolean secondEnded = new AtomicBoolean();
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> ReportService.bothAtOnce(
                () -> {
                    throw new IllegalStateException("docx");
                },
                () -> {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    secondEnded.set(true);
                    throw new IllegalArgumentException("xlsx too");
                }));
        assertEquals("docx", first.getMessage());
        assertTrue(secondEnded.get(), "waited for the other writer");
        assertEquals("xlsx too", first.getSuppressed()[0].getMessage());
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheExportAndTheReportIsNotMarkedExported() throws Exception {
        fixture();
        Path out = tmp.resolve("usb");
        // A folder where the workbook should go: it cannot be replaced by a file.
        Files.createDirectories(out.resolve("bieu-so-lieu-quy-iii-nam-2026.xlsx").resolve("inside"));
        StorageException e = assertThrows(StorageException.class,
                () -> reports.export(Q3, out, true, true, Progress.NONE));
        assertTrue(e.getMessage().contains("bieu-so-lieu-quy-iii-nam-2026.xlsx"), e.getMessage());
        Report r = reports.open(Q3);
        assertNull(r.docxFile(), "not recorded as exported");
        assertNull(r.xlsxFile());
        // The document that could be written is whole; no temporary file is left beside either.
        assertTrue(docText(out.resolve("bao-cao-quy-iii-nam-2026.docx")).contains("Tổng số nhiệm vụ theo dõi trong kỳ: 10"));
        try (var files = Files.list(out)) {
            assertEquals(List.of("bao-cao-quy-iii-nam-2026.docx", "bieu-so-lieu-quy-iii-nam-2026.xlsx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void plansAreListedAndTheirTargetsStoodInTheRegistersOrder() {
        // Two issued on one day (the lists give the later-made first), a third a day earlier; numbered in order.
        long first = plan("Kế hoạch tuyên truyền");
        long second = plan("Kế hoạch kiểm tra");
        long earlier = plan("Kế hoạch chuyển đổi số");
        s.plans().issue(earlier, 1, d(6, 30));
        s.plans().issue(first, 2, d(7, 1));
        s.plans().issue(second, 3, d(7, 1));
        for (long id : List.of(first, second, earlier)) {
            s.plans().saveTarget(new Target.Draft(null, id, "Hoàn thành nhiệm vụ đúng hạn",
                    Comparison.AT_LEAST, 90.0, "%", Measure.TASKS_ON_TIME));
        }
        ReportData data = reports.data(reports.open(Q3));
        assertEquals(List.of("01/KH-UBND", "02/KH-UBND", "03/KH-UBND"),
                data.plansIssued().stream().map(Plan::number).toList());
        assertEquals(List.of("01/KH-UBND", "02/KH-UBND", "03/KH-UBND"),
                data.figures(Tthc.NONE).targets().stream().map(ReportFigures.TargetLine::planNumber).toList());
        assertEquals(Integer.MAX_VALUE, ReportService.serial("/KH-UBND"));
    }

    private long plan(String title) {
        return s.plans().save(new Plan.Draft(null, 2026, title, List.of("Căn cứ Luật Cán bộ, công chức"),
                "Nâng cao kỷ luật, kỷ cương hành chính.", List.of("Lưu: VT"), null)).id();
    }

    @Test
    void aNumberedReportKeepsItsFiguresAndNumber() {
        fixture();
        Report saved = reports.save(new Report.Draft(Q3, Report.Narrative.EMPTY, Tthc.NONE, null));
        assertNull(saved.frozen());
        Report numbered = reports.number(saved.id(), reports.proposeNumber(d(9, 20)), d(9, 20));
        assertEquals("01/BC-UBND", numbered.number());
        assertNotNull(numbered.frozen());
        ValidationException e = assertThrows(ValidationException.class, () -> reports.recompute(numbered.id()));
        assertTrue(e.errors().get(0).message().contains("01/BC-UBND"));
        assertThrows(ValidationException.class, () -> reports.number(numbered.id(), 2, d(9, 21)));
        assertEquals(numbered.id(), reports.save(new Report.Draft(Q3, Report.Narrative.EMPTY, Tthc.NONE, null)).id(),
                "saving it unchanged is fine (preview saves first)");
        ValidationException changed = assertThrows(ValidationException.class, () -> reports.save(new Report.Draft(Q3,
                new Report.Narrative("Sửa sau khi ban hành", "", "", ""), Tthc.NONE, null)));
        assertTrue(changed.forField("figures").isPresent());
        assertEquals("", reports.open(Q3).narrative().highlights());
    }

    @Test
    void badTthcFiguresAreRefusedAtTheirFieldsAndNothingIsSaved() {
        ValidationException e = assertThrows(ValidationException.class, () -> reports.save(new Report.Draft(Q3,
                Report.Narrative.EMPTY, new Tthc(-1, 5, null, null, null, null, 120.0), null)));
        assertTrue(e.forField("tthcOnline").isPresent());
        assertTrue(e.forField("tthcSatisfaction").isPresent());
        assertNull(reports.open(Q3).id());
    }

    @Test
    void theNextReportOffersThePreviousReportsText() {
        reports.save(new Report.Draft(ReportPeriod.quarter(2026, 2), new Report.Narrative("Ưu điểm quý II", "", "", ""),
                Tthc.NONE, null));
        Report q3 = reports.open(Q3);
        assertNull(q3.id());
        assertEquals("Ưu điểm quý II", q3.narrative().highlights());
    }

    /** Every part written, each its own text. */
    private static Report.Narrative allParts(String suffix) {
        Report.Narrative n = Report.Narrative.EMPTY;
        for (ReportPart p : ReportPart.values()) {
            n = n.with(p, p.label() + " " + suffix);
        }
        return n;
    }

    @Test
    void everyPartIsSavedWithItsAuditRowAndOfferedToTheNextReport() {
        Report.Narrative q2 = allParts("quý II");
        Report saved = reports.save(new Report.Draft(ReportPeriod.quarter(2026, 2), q2, Tthc.NONE, null));
        assertEquals(q2, saved.narrative());
        Map<String, String> created = reports.history(saved.id()).stream()
                .collect(Collectors.toMap(AuditEntry::field, e -> e.newValue() == null ? "" : e.newValue(), (x, y) -> y));
        for (ReportPart p : ReportPart.values()) {
            assertEquals(p.label() + " quý II", created.get(p.labelKey()), "the history keeps " + p);
        }

        // One part changed: one row more, with its old and new text.
        int rows = reports.history(saved.id()).size();
        reports.save(new Report.Draft(ReportPeriod.quarter(2026, 2),
                q2.with(ReportPart.PUBLIC_FINANCE, "Thực hiện tự chủ tài chính tại Trung tâm Dịch vụ tổng hợp."),
                Tthc.NONE, null));
        List<AuditEntry> history = reports.history(saved.id());
        assertEquals(rows + 1, history.size());
        AuditEntry changed = history.stream().filter(e -> e.field().equals("report.field.publicFinance")
                && e.action() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertEquals("Cải cách tài chính công quý II", changed.oldValue());

        // Quarter III starts from quarter II's text, every part of it.
        Report q3 = reports.open(Q3);
        assertNull(q3.id());
        assertEquals(reports.open(ReportPeriod.quarter(2026, 2)).narrative(), q3.narrative());
        assertEquals("Thực hiện tự chủ tài chính tại Trung tâm Dịch vụ tổng hợp.",
                q3.narrative().text(ReportPart.PUBLIC_FINANCE));
    }

    @Test
    void aReportWithOnlyAnAreaWrittenIsOfferedToo() {
        reports.save(new Report.Draft(ReportPeriod.quarter(2026, 2),
                Report.Narrative.EMPTY.with(ReportPart.COMMUNICATION, "Tuyên truyền trên loa truyền thanh xã."),
                Tthc.NONE, null));
        assertEquals("Tuyên truyền trên loa truyền thanh xã.", reports.open(Q3).narrative().text(ReportPart.COMMUNICATION));
    }

    @Test
    void aPartTooLongIsRefusedAtItsFieldAndNothingIsSaved() {
        ValidationException e = assertThrows(ValidationException.class, () -> reports.save(new Report.Draft(Q3,
                allParts("x").with(ReportPart.DIGITAL_GOVERNMENT, "a".repeat(ReportService.MAX_TEXT + 1)), Tthc.NONE,
                null)));
        assertTrue(e.forField("digitalGovernment").isPresent(), e.errors().toString());
        assertEquals(1, e.errors().size());
        assertNull(reports.open(Q3).id());
        assertEquals(Q3, reports.save(new Report.Draft(Q3, allParts("x").with(ReportPart.DIGITAL_GOVERNMENT,
                "a".repeat(ReportService.MAX_TEXT)), Tthc.NONE, null)).period(), "the longest allowed is kept");
    }

    @Test
    void thePartsTravelInTheDataFile() throws Exception {
        Report.Narrative written = allParts("quý III").with(ReportPart.CIVIL_SERVICE, "Dòng một\n- Dòng hai");
        reports.save(new Report.Draft(Q3, written, Tthc.NONE, null));
        Path file = s.exchange().export(tmp.resolve("usb"), Progress.NONE).file();
        assertTrue(Files.readString(file).contains("\"digital_government\":\"Chính quyền số quý III\""),
                "a column of the file");
        try (Services copy = TestServices.imported(file, tmp.resolve("may-khac"), TODAY)) {
            assertEquals(written, copy.reports().open(Q3).narrative());
        }
    }

    @Test
    void whatIsStillEmptyIsListedInTheOrderOfThePage() {
        fixture();
        Report r = reports.open(Q3);
        assertNotNull(r.signerId(), "the chairman signs unless another is chosen");
        List<String> fields = reports.gaps(r).stream().map(ReportService.Gap::field).toList();
        assertEquals(List.of("number", "communication", "institutions", "procedures", "tthc", "organisation",
                "civilService", "publicFinance", "digitalGovernment", "highlights", "shortcomings", "nextTasks",
                "recommendations"), fields);
        assertTrue(reports.gaps(r).get(0).text().startsWith("Chưa cấp số"));

        // Everything written and entered, no signer, a target without a value: the number, the target, the signer.
        long plan = plan("Kế hoạch tuyên truyền văn hóa công sở");
        s.plans().issue(plan, 1, d(6, 30));
        s.plans().saveTarget(new Target.Draft(null, plan, "Tổ chức 4 buổi tuyên truyền về văn hóa công sở",
                Comparison.AT_LEAST, 4.0, "buổi", Measure.MANUAL));
        Report full = reports.save(new Report.Draft(Q3, allParts("quý III"), new Tthc(120, 80, 30, 150, 5, 15, 97.5),
                null));
        List<ReportService.Gap> gaps = reports.gaps(full);
        assertEquals(List.of("number", "targets", "signer"), gaps.stream().map(ReportService.Gap::field).toList());
        assertEquals("1 chỉ tiêu chưa có số liệu đánh giá: Biểu 03 ghi \"Chưa có số liệu\".", gaps.get(1).text());

        // Part of the TTHC figures: those missing are named.
        Report partly = reports.save(new Report.Draft(Q3, allParts("quý III"), new Tthc(120, 80, null, null, null,
                null, null), null));
        String tthc = reports.gaps(partly).stream().filter(g -> g.field().equals("tthc")).findFirst().orElseThrow()
                .text();
        assertTrue(tthc.contains("giải quyết trước hạn, giải quyết đúng hạn, giải quyết quá hạn, đang giải quyết, "
                + "mức độ hài lòng (%)"), tthc);
    }

    @Test
    void anEmptyPeriodGivesAValidReportOfZeros() throws Exception {
        ReportPeriod year = ReportPeriod.of(ReportKind.YEAR, 2030);
        ReportService.Export e = reports.export(year, tmp.resolve("out"), true, true, Progress.NONE);
        String text = docText(e.files().get(0));
        assertTrue(text.contains("Trong kỳ không có nhiệm vụ được giao cần theo dõi."), text);
        assertTrue(text.contains("Trong kỳ chưa tổ chức kiểm tra công vụ."), text);
        assertTrue(text.contains("không tổ chức hội nghị, cuộc họp"), text);
        try (InputStream in = Files.newInputStream(e.files().get(1)); Workbook wb = WorkbookFactory.create(in)) {
            Row total = row(wb.getSheetAt(0), "Tổng cộng");
            assertEquals(0.0, num(total, 2));
            assertEquals("", total.getCell(7).getStringCellValue(), "no share of nothing");
        }
    }

    private static String docText(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private static Row row(Sheet sh, String label) {
        for (Row r : sh) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && label.equals(c.getStringCellValue())) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + label + " in " + sh.getSheetName());
    }

    private static double num(Row r, int col) {
        return r.getCell(col).getNumericCellValue();
    }
}
