package vn.socongvu.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.ui.kit.ConflictViewModel;
import vn.socongvu.ui.kit.ViewModelFixture;

/** Báo cáo's model without a window: the period's figures, the export's flow, the preview asked for. */
class ReportsViewModelTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    ReportsViewModel vm;

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, TODAY);
    }

    @BeforeEach
    void setUp() {
        threeOctoberTasks(); // judged on 20/11: one done on time, two overdue
        vm = new ReportsViewModel(services.reports(), services.settings(), dialogs, tasks);
    }

    @Test
    void theChosenPeriodGetsItsWindowAndFigures() {
        vm.load();
        assertEquals(ReportPeriod.of(ReportKind.YEAR, 2026), vm.period(), "the report due next is proposed");
        assertTrue(vm.windowTextProperty().get().contains("14/12/2026"), vm.windowTextProperty().get());
        assertEquals(3, vm.figures().tasks().total());
        assertEquals(1, vm.figures().tasks().doneOnTime());
        assertEquals(2, vm.figures().tasks().openOverdue());
        assertFalse(vm.tablesProperty().get().isEmpty());

        vm.kind.set(ReportKind.QUARTER);
        vm.quarter.set(1); // the first quarter's window closes long before October's tasks
        assertEquals(ReportPeriod.quarter(2026, 1), vm.reportProperty().get().period());
        assertTrue(vm.windowTextProperty().get().contains("14/03/2026"), vm.windowTextProperty().get());
        assertEquals(0, vm.figures().tasks().total());
        vm.quarter.set(4);
        assertEquals(3, vm.figures().tasks().total());
    }

    @Test
    void exportChoosesAFolderWritesTheFilesSaysSoAndOpensTheReport() {
        vm.load();
        vm.text(ReportPart.HIGHLIGHTS).set("Hoàn thành tốt nhiệm vụ.");
        vm.tthcText("tthcOnline").set("120");
        Path usb = tmp.resolve("usb");
        // What is still empty is asked first ("Vẫn xuất"), then the folder; "Mở tệp" in the message that follows.
        dialogs.answer(true).choose(usb).act(0);
        vm.export();
        Path docx = usb.resolve("bao-cao-nam-2026.docx");
        assertTrue(Files.exists(docx));
        assertTrue(Files.exists(usb.resolve("bieu-so-lieu-nam-2026.xlsx")));
        assertEquals(3, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).startsWith("confirm reports.export:"), dialogs.shown.get(0));
        assertEquals("folder reports.export.choose", dialogs.shown.get(1));
        assertTrue(dialogs.last().startsWith("info reports.export: ") && dialogs.last().contains(docx.toString()),
                dialogs.last());
        assertEquals(List.of(docx), dialogs.opened, "the report is opened when the clerk asks");
        assertEquals(List.of("reports.exporting"), tasks.ran);
        assertTrue(vm.statusTextProperty().get().contains("đã chốt"), vm.statusTextProperty().get());
    }

    @Test
    void cancellingTheFolderChoiceDoesNothing() throws IOException {
        vm.load();
        vm.text(ReportPart.HIGHLIGHTS).set("Hoàn thành tốt nhiệm vụ.");
        vm.tthcText("tthcOnline").set("120");
        dialogs.answer(true); // "Vẫn xuất", then the folder's choice cancelled
        vm.export();
        assertEquals(2, dialogs.shown.size(), dialogs.shown.toString());
        assertEquals("folder reports.export.choose", dialogs.shown.get(1));
        assertEquals(List.of(), tasks.ran);
        assertEquals(List.of(), dialogs.opened);
        assertNull(vm.reportProperty().get().frozen(), "nothing frozen");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("data")), files.toList());
        }
    }

    @Test
    void exportingAnEmptyReportListsWhatIsEmptyAndGoingBackWritesNothing() throws IOException {
        vm.load();
        vm.export(); // nothing written, no TTHC figures, not numbered: asked; the clerk goes back
        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        String asked = dialogs.last();
        assertTrue(asked.startsWith("confirm reports.export: Báo cáo còn để trống:"), asked);
        assertEquals(List.of("Vẫn xuất / Quay lại"), dialogs.buttons);
        for (String line : List.of("- Chưa cấp số", "- I. Công tác tuyên truyền: chưa viết",
                "- II. Cải cách thể chế: chưa viết, không có số liệu, mục này không có trong báo cáo",
                "- II. Cải cách thủ tục hành chính: chưa viết, không có số liệu",
                "- Số liệu thủ tục hành chính chưa nhập: Biểu 09 để trống",
                "- II. Chế độ công vụ, kỷ luật, kỷ cương: chưa viết", "- II. Cải cách tài chính công: chưa viết",
                "- III. Kết quả nổi bật, ưu điểm: chưa viết, in dòng chấm để điền tay",
                "- III. Tồn tại, hạn chế và nguyên nhân: chưa viết", "- IV. Nhiệm vụ kỳ tới: chưa viết",
                "- V. Kiến nghị, đề xuất: chưa viết, in \"Không có kiến nghị.\"")) {
            assertTrue(asked.contains("\n" + line), line + " in " + asked);
        }
        assertEquals(List.of(), tasks.ran);
        assertNull(vm.reportProperty().get().id(), "nothing saved");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("data")), files.toList(), "nothing written");
        }

        // Written in part: what is written leaves the list, the rest stays.
        vm.text(ReportPart.HIGHLIGHTS).set("Chấp hành tốt kỷ luật, kỷ cương.");
        vm.tthcText("tthcOnline").set("120");
        vm.export();
        String again = dialogs.last();
        assertFalse(again.contains("Kết quả nổi bật"), again);
        assertFalse(again.contains("Số liệu thủ tục hành chính chưa nhập:"), again);
        assertTrue(again.contains("Số liệu thủ tục hành chính chưa nhập đủ (hồ sơ tiếp nhận trực tiếp, "), again);
        assertTrue(again.contains("- II. Cải cách thủ tục hành chính: chưa viết, chỉ in số liệu của ứng dụng"), again);

        dialogs.answer(true).choose(tmp.resolve("usb")); // "Vẫn xuất"
        vm.export();
        assertTrue(Files.exists(tmp.resolve("usb").resolve("bao-cao-nam-2026.docx")));
    }

    @Test
    void aReportWithNothingEmptyIsExportedWithoutAsking() {
        vm.load();
        for (ReportPart p : ReportPart.values()) {
            vm.text(p).set("Nội dung phần " + p.label() + ".");
        }
        List<String> tthc = List.of("120", "80", "30", "150", "5", "15", "97,5");
        for (int i = 0; i < tthc.size(); i++) {
            vm.tthcText(ReportsViewModel.TTHC_FIELDS.get(i)).set(tthc.get(i));
        }
        assertTrue(vm.save());
        services.reports().number(vm.reportProperty().get().id(), 1, TODAY);
        vm.load();
        assertNotNull(vm.signer.get(), "the chairman signs by default");
        assertEquals(List.of(), vm.gaps());
        dialogs.choose(tmp.resolve("usb"));
        vm.export();
        assertEquals("folder reports.export.choose", dialogs.shown.get(0), dialogs.shown.toString());
        assertTrue(Files.exists(tmp.resolve("usb").resolve("bao-cao-nam-2026.docx")));
    }

    @Test
    void eachPartIsWrittenSavedAndComesBackWithItsPeriodAndSaysWhatPrintsWhileEmpty() {
        vm.load();
        assertEquals(ReportPart.COMMUNICATION, vm.part.get(), "the first part is shown first");
        assertEquals("Chưa viết · mục không có trong báo cáo", vm.partStatus(ReportPart.INSTITUTIONS).get());
        assertEquals("Chưa viết · in dòng chấm để điền tay", vm.partStatus(ReportPart.NEXT_TASKS).get());
        assertEquals("Chưa viết · mục không có trong báo cáo", vm.partStatus(ReportPart.PROCEDURES).get());
        vm.tthcText("tthcOnline").set("120");
        assertEquals("Chưa viết · chỉ in số liệu của ứng dụng", vm.partStatus(ReportPart.PROCEDURES).get(),
                "the TTHC figures typed are printed under it");
        vm.text(ReportPart.CIVIL_SERVICE).set("Duy trì kiểm tra đột xuất giờ làm việc.");
        vm.text(ReportPart.COMMUNICATION).set("Tuyên truyền trên loa truyền thanh 24 buổi.");
        assertEquals("Đã viết", vm.partStatus(ReportPart.CIVIL_SERVICE).get());
        assertTrue(vm.save());
        vm.kind.set(ReportKind.QUARTER);
        assertEquals("", vm.text(ReportPart.CIVIL_SERVICE).get(), "another period, its own text");
        vm.kind.set(ReportKind.YEAR);
        assertEquals("Duy trì kiểm tra đột xuất giờ làm việc.", vm.text(ReportPart.CIVIL_SERVICE).get());
        assertEquals("Tuyên truyền trên loa truyền thanh 24 buổi.", vm.text(ReportPart.COMMUNICATION).get());

        // A part too long is refused and shown, though another part was on screen.
        vm.text(ReportPart.PUBLIC_FINANCE).set("x".repeat(20_001));
        assertFalse(vm.save());
        assertEquals(ReportPart.PUBLIC_FINANCE, vm.part.get());
        assertFalse(vm.errors.get("publicFinance").isEmpty());
        assertEquals("", services.reports().open(ReportPeriod.of(ReportKind.YEAR, 2026)).narrative()
                .text(ReportPart.PUBLIC_FINANCE), "nothing saved");
    }

    @Test
    void theTthcFiguresSavedComeBackWithTheirPeriod() {
        vm.load();
        vm.tthcText("tthcOnline").set("120");
        vm.tthcText("tthcPending").set("1.005");
        assertTrue(vm.save());
        vm.kind.set(ReportKind.QUARTER);
        assertEquals("", vm.tthcText("tthcOnline").get(), "another period, its own figures");
        vm.kind.set(ReportKind.YEAR);
        assertEquals("120", vm.tthcText("tthcOnline").get());
        assertEquals("1005", vm.tthcText("tthcPending").get());
        assertEquals("", vm.tthcText("tthcLate").get());
        assertEquals(1005, services.reports().open(ReportPeriod.of(ReportKind.YEAR, 2026)).tthc().pending());
    }

    @Test
    void aRefusedSaveExportsNothing() {
        vm.load();
        vm.tthcText("tthcOnline").set("mười");
        vm.exportTo(tmp.resolve("usb"));
        assertTrue(vm.errors.property("tthcOnline").get().contains("số nguyên"));
        assertEquals(List.of(), tasks.ran);
        assertFalse(Files.exists(tmp.resolve("usb")));
    }

    @Test
    void previewSavesThenHandsTheDocumentToTheScreen() {
        vm.load();
        assertNull(vm.previewReady().last());
        vm.text(ReportPart.HIGHLIGHTS).set("Hoàn thành tốt nhiệm vụ.");
        vm.preview();
        ReportsViewModel.Preview p = vm.previewReady().last();
        assertNotNull(p);
        assertEquals("bao-cao-nam-2026.docx", p.fileName());
        assertNotNull(vm.reportProperty().get().id(), "saved first");
    }

    @Test
    void recomputeIsAskedFirstAndTakingAMissingPreviousTextSaysSo() {
        vm.load();
        vm.askRecompute();
        assertTrue(dialogs.last().startsWith("confirm reports.recompute:"), dialogs.last());
        assertNull(vm.reportProperty().get().id(), "refused: nothing saved");
        vm.takePreviousText();
        assertTrue(dialogs.last().startsWith("error: "), dialogs.last());
    }

    @Test
    void thePreviousReportsTextFillsEveryPart() {
        services.reports().save(new Report.Draft(ReportPeriod.of(ReportKind.NINE_MONTHS, 2026),
                Report.Narrative.EMPTY.with(ReportPart.DIGITAL_GOVERNMENT, "Họp không giấy qua phần mềm.")
                        .with(ReportPart.HIGHLIGHTS, "Ưu điểm 9 tháng."), null, null));
        vm.load();
        vm.text(ReportPart.DIGITAL_GOVERNMENT).set("");
        vm.text(ReportPart.HIGHLIGHTS).set("Đang viết.");
        vm.takePreviousText();
        assertEquals("Họp không giấy qua phần mềm.", vm.text(ReportPart.DIGITAL_GOVERNMENT).get());
        assertEquals("Ưu điểm 9 tháng.", vm.text(ReportPart.HIGHLIGHTS).get());
    }

    @Test
    void aSaveAfterAnotherClientChangedTheTextsAsksAndKeepingTheirsReloadsTheirs() {
        vm.load();
        vm.text(ReportPart.HIGHLIGHTS).set("Hoàn thành tốt nhiệm vụ.");
        assertTrue(vm.save());
        // another PC opens the report and saves its own highlights meanwhile (with its mark: it goes through)
        ReportService reports = services.reports();
        Report r = reports.open(vm.period());
        long theirMark = reports.mark(r);
        Report.Draft d = ReportService.draft(r);
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        parts.putAll(d.narrative().parts());
        parts.put(ReportPart.HIGHLIGHTS, "Hoàn thành xuất sắc nhiệm vụ.");
        reports.save(new Report.Draft(d.period(), new Report.Narrative(parts), d.tthc(), d.signerId()), theirMark);
        vm.text(ReportPart.HIGHLIGHTS).set("Hoàn thành nhiệm vụ của tôi.");
        dialogs.conflict(ConflictViewModel.Choice.THEIRS);
        assertFalse(vm.save(), "nothing saved: theirs kept");
        assertEquals(1, dialogs.conflictsShown.size(), "the save asked the clerk");
        assertEquals(List.of(ReportPart.HIGHLIGHTS.labelKey()), dialogs.conflictsShown.get(0).rows().stream()
                .map(ConflictViewModel.Row::field).toList());
        assertEquals("Hoàn thành nhiệm vụ của tôi.", dialogs.conflictsShown.get(0).rows().get(0).mine());
        assertEquals("Hoàn thành xuất sắc nhiệm vụ.", vm.text(ReportPart.HIGHLIGHTS).get(), "reloaded with theirs");
        assertEquals("Đã mở lại bản người khác vừa lưu; thay đổi của bạn không được lưu.",
                vm.statusTextProperty().get());
        assertEquals("Hoàn thành xuất sắc nhiệm vụ.", reports.open(vm.period()).narrative().text(ReportPart.HIGHLIGHTS));
        vm.tthcText("tthcOnline").set("120");
        assertTrue(vm.save(), "reloaded at their mark: the next save goes through");
        assertEquals(1, dialogs.conflictsShown.size());
        assertEquals(120, reports.open(vm.period()).tthc().receivedOnline());
    }
}
