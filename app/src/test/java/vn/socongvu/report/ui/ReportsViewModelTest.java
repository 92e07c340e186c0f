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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
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
        vm.highlights.set("Hoàn thành tốt nhiệm vụ.");
        vm.tthcText("tthcOnline").set("120");
        Path usb = tmp.resolve("usb");
        dialogs.choose(usb).act(0); // "Mở tệp" in the message that says what was written
        vm.export();
        Path docx = usb.resolve("bao-cao-nam-2026.docx");
        assertTrue(Files.exists(docx));
        assertTrue(Files.exists(usb.resolve("bieu-so-lieu-nam-2026.xlsx")));
        assertEquals(2, dialogs.shown.size(), dialogs.shown.toString());
        assertEquals("folder reports.export.choose", dialogs.shown.get(0));
        assertTrue(dialogs.last().startsWith("info reports.export: ") && dialogs.last().contains(docx.toString()),
                dialogs.last());
        assertEquals(List.of(docx), dialogs.opened, "the report is opened when the clerk asks");
        assertEquals(List.of("reports.exporting"), tasks.ran);
        assertTrue(vm.statusTextProperty().get().contains("đã chốt"), vm.statusTextProperty().get());
    }

    @Test
    void cancellingTheFolderChoiceDoesNothing() throws IOException {
        vm.load();
        vm.highlights.set("Hoàn thành tốt nhiệm vụ.");
        vm.tthcText("tthcOnline").set("120");
        vm.export();
        assertEquals(List.of("folder reports.export.choose"), dialogs.shown);
        assertEquals(List.of(), tasks.ran);
        assertEquals(List.of(), dialogs.opened);
        assertNull(vm.reportProperty().get().frozen(), "nothing frozen");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("data")), files.toList());
        }
    }

    @Test
    void whatIsMissingIsAskedFirstAndNoStopsTheExport() {
        vm.load();
        vm.export(); // no text, no TTHC figures: asked; the clerk says no
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.last().startsWith("confirm reports.export:"), dialogs.last());
        assertTrue(dialogs.last().contains("thủ tục hành chính"), dialogs.last());
        assertEquals(List.of(), tasks.ran);

        dialogs.answer(true).choose(tmp.resolve("usb"));
        vm.export();
        assertTrue(Files.exists(tmp.resolve("usb").resolve("bao-cao-nam-2026.docx")));
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
        vm.highlights.set("Hoàn thành tốt nhiệm vụ.");
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
}
