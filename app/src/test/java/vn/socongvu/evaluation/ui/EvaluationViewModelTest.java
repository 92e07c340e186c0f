package vn.socongvu.evaluation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.evaluation.Deduction;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.evaluation.Rating;
import vn.socongvu.evaluation.YearScore;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.ViewModelFixture;

/**
 * Đánh giá, xếp loại's models without a window: the last finished quarter read with one row a person, figures that
 * open their products, the assessor's actions written through the service and the row counted again, errors at
 * the fields, the year, the settings.
 */
class EvaluationViewModelTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final EvaluationPeriod Q3 = EvaluationPeriod.quarter(2026, 3);
    EvaluationModels models;
    EvaluationViewModel vm;
    long duc;

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, TODAY);
    }

    /**
     * Phạm Văn Đức (công chức of the Văn phòng) leads four tasks due in quarter III: one done on time in July, one
     * done five days late in August, one done early in September, one not done.
     */
    @BeforeEach
    void setUp() {
        long office = services.directory().activeUnits().stream()
                .filter(u -> u.name().equals("Văn phòng HĐND và UBND")).map(Unit::id).findFirst().orElseThrow();
        duc = services.directory().saveStaff(new Staff.Draft(null, "Phạm Văn Đức", office, "Công chức Văn phòng - Thống kê",
                StaffCategory.CONG_CHUC, false, null, null)).id();
        led(office, "Báo cáo tháng 7", LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 10));
        led(office, "Tổng hợp số liệu dân số", LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 20));
        led(office, "Rà soát hồ sơ lưu trữ", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 5));
        led(office, "Kiểm kê tài sản", LocalDate.of(2026, 9, 25), null);
        models = EvaluationModels.of(services.evaluation(), services.directory(), services.settings(), dialogs, tasks);
        vm = models.period();
    }

    private void led(long unit, String content, LocalDate due, LocalDate doneOn) {
        Task t = services.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content,
                unit, duc, List.of(), null, null, "Báo cáo", "Chỉ đạo của Chủ tịch", LocalDate.of(2026, 7, 1), due,
                Recurrence.NONE, null));
        if (doneOn != null) {
            services.tasks().complete(services.tasks().occurrences(t.id()).get(0).id(), doneOn, null);
        }
    }

    private PersonScore row() {
        return vm.people().stream().filter(p -> p.staffId() == duc).findFirst().orElseThrow();
    }

    private Product product(String content) {
        return row().products().stream().filter(p -> p.content().equals(content)).findFirst().orElseThrow();
    }

    private void chooseDuc() {
        vm.load();
        vm.choose(row());
    }

    @Test
    void theLastFinishedQuarterIsReadWithOneRowAPersonAndItsFiguresOpenTheirProducts() {
        assertEquals(Q3, vm.period(), "on 20/11 the last finished quarter is the IIIrd");
        vm.load();
        assertEquals(Q3, vm.sheetProperty().get().period());
        PersonScore p = row();
        assertEquals(4, p.assigned(), 1e-9);
        assertEquals(3, p.completed(), 1e-9);
        assertEquals(2, p.completedOnTime(), 1e-9);
        assertTrue(vm.statusProperty().get().contains("20/11/2026"), vm.statusProperty().get());

        vm.open(p, EvaluationViewModel.Figure.ASSIGNED);
        assertEquals(4, vm.drill().last().products().size());
        vm.open(p, EvaluationViewModel.Figure.LATE);
        assertEquals(List.of("Tổng hợp số liệu dân số"),
                vm.drill().last().products().stream().map(Product::content).toList());
        assertTrue(vm.drill().last().head().contains("Phạm Văn Đức"), vm.drill().last().head());
        vm.open(p, EvaluationViewModel.Figure.NOT_COMPLETED);
        assertEquals(List.of("Kiểm kê tài sản"), vm.drill().last().products().stream().map(Product::content).toList());
        assertEquals(p, vm.selectedProperty().get(), "a figure opened chooses its person");

        // The second quarter has none of his products: his row shows none.
        vm.index.set(2);
        assertEquals(EvaluationPeriod.quarter(2026, 2), vm.sheetProperty().get().period());
        assertEquals(0, vm.people().stream().filter(x -> x.staffId() == duc).mapToDouble(PersonScore::assigned).sum(),
                1e-9);
    }

    @Test
    void anExemptedDelayIsWrittenAuditedAndTheRowCountedAgain() {
        chooseDuc();
        double progressBefore = row().progressPct();
        assertTrue(row().deductions().stream().anyMatch(d -> d.kind() == Deduction.Kind.PROGRESS));
        AssessmentForm f = vm.exemptDelay(product("Tổng hợp số liệu dân số"));
        f.text("reason").set("Chờ số liệu của Chi cục Thống kê");
        f.text("confirmedBy").set("Nguyễn Văn Hùng");
        f.date().set(LocalDate.of(2026, 9, 1));
        assertTrue(f.save(), f.errors().general().get());
        assertTrue(row().progressPct() > progressBefore, "the delay no longer costs points");
        assertNotNull(product("Tổng hợp số liệu dân số").delayExemption());
        assertTrue(row().deductions().stream().noneMatch(d -> d.kind() == Deduction.Kind.PROGRESS));
        assertEquals(duc, vm.selectedProperty().get().staffId(), "the same person stays chosen");
        long task = product("Tổng hợp số liệu dân số").taskId();
        assertTrue(services.tasks().history(task).stream().anyMatch(e -> e.newValue() != null
                && e.newValue().contains("Chờ số liệu của Chi cục Thống kê")), "the change is in the task's history");

        // Taken away again.
        assertTrue(vm.exemptDelay(product("Tổng hợp số liệu dân số")).remove());
        assertNull(product("Tổng hợp số liệu dân số").delayExemption());
        assertEquals(progressBefore, row().progressPct(), 1e-9);
    }

    @Test
    void aQualityFailureAndAWeightAreWrittenAndCounted() {
        chooseDuc();
        double qualityBefore = row().qualityPct();
        AssessmentForm q = vm.quality(product("Báo cáo tháng 7"));
        q.text("failedAssessments").set("2");
        q.text("reason").set("Số liệu sai lệch so với phần mềm");
        assertTrue(q.save(), q.errors().general().get());
        assertEquals(2, product("Báo cáo tháng 7").qualityFailures());
        assertTrue(row().qualityPct() < qualityBefore);
        assertTrue(row().deductions().stream().anyMatch(d -> d.kind() == Deduction.Kind.QUALITY
                && d.content().equals("Báo cáo tháng 7") && d.times() == 2));
        vm.open(row(), EvaluationViewModel.Figure.QUALITY_FAILED);
        assertEquals(1, vm.drill().last().products().size());
        assertTrue(EvaluationViewModel.qualityText(product("Báo cáo tháng 7")).contains("2 lần"));

        AssessmentForm w = vm.weight(product("Rà soát hồ sơ lưu trữ"));
        w.text("weight").set("2,5");
        assertTrue(w.save(), w.errors().general().get());
        assertEquals(5.5, row().assigned(), 1e-9, "one product counts 2,5");
        assertTrue(vm.weight(product("Rà soát hồ sơ lưu trữ")).remove());
        assertEquals(4, row().assigned(), 1e-9, "back to the kind of task's weight");
    }

    @Test
    void whatIsWrongIsSaidAtItsFieldAndNothingIsWritten() {
        chooseDuc();
        AssessmentForm w = vm.weight(product("Rà soát hồ sơ lưu trữ"));
        w.text("weight").set("hai");
        assertFalse(w.save());
        assertTrue(w.errors().get("weight").contains("Nhập một số"), w.errors().get("weight"));
        w.text("weight").set("0");
        assertFalse(w.save());
        assertFalse(w.errors().get("weight").isEmpty(), "the service refuses a weight of 0");
        assertEquals(1, product("Rà soát hồ sơ lưu trữ").weight(), 1e-9);

        AssessmentForm q = vm.quality(product("Báo cáo tháng 7"));
        q.text("reason").set(" ");
        assertFalse(q.save());
        assertFalse(q.errors().get("reason").isEmpty());
        assertEquals(0, product("Báo cáo tháng 7").qualityFailures());

        AssessmentForm e = vm.exemptDelay(product("Tổng hợp số liệu dân số"));
        e.text("reason").set("Mưa bão");
        e.date().set(TODAY.plusDays(3));
        assertFalse(e.save());
        assertFalse(e.errors().get("confirmedBy").isEmpty(), "who confirmed it is required");
        assertFalse(e.errors().get("confirmedOn").isEmpty(), "not after today");
        assertNull(product("Tổng hợp số liệu dân số").delayExemption());

        AssessmentForm g = vm.general();
        AssessmentForm.CRITERIA.forEach(c -> g.text(c).set("5"));
        g.text("politics").set("6");
        g.text("ethics").set("năm");
        g.text("assessedBy").set("Nguyễn Văn Hùng");
        assertFalse(g.save());
        assertFalse(g.errors().get("ethics").isEmpty());
        g.text("ethics").set("5");
        assertFalse(g.save());
        assertFalse(g.errors().get("politics").isEmpty(), "a criterion is 0–5");
        assertNull(row().general());
    }

    @Test
    void theGeneralCriteriaAndALegalCaseMakeTheTotalAndTheRating() {
        chooseDuc();
        double before = row().total();
        AssessmentForm g = vm.general();
        AssessmentForm.CRITERIA.forEach(c -> g.text(c).set("5"));
        g.text("ethics").set("4,5");
        g.text("assessedBy").set("Nguyễn Văn Hùng");
        assertTrue(g.save(), g.errors().general().get());
        assertEquals(29.5, row().generalPoints(), 1e-9);
        assertEquals(before + 29.5, row().total(), 1e-6);
        assertEquals("4,5", vm.general().text("ethics").get(), "the form shows what was saved");
        assertTrue(vm.general().savedProperty().get().contains("Đã lưu"), vm.general().savedProperty().get());
        assertFalse(vm.history().isEmpty(), "the criteria are in the person's history");

        AssessmentForm c = vm.legalCase();
        assertFalse(c.save(), "a case says what it is");
        assertFalse(c.errors().get("description").isEmpty());
        assertTrue(row().cases().isEmpty());
        c.text("description").set("Bị xử lý hành vi tham nhũng");
        c.text("reference").set("Quyết định số 12/QĐ-UBND ngày 02/10/2026");
        assertTrue(c.save(), c.errors().general().get());
        assertEquals(Rating.NOT_COMPLETED, row().rating());
        assertFalse(row().forcedBy().isEmpty());
        assertTrue(EvaluationViewModel.ratingText(row()).endsWith("(*)"));
        assertEquals(1, row().cases().size());

        dialogs.answer(true);
        assertTrue(vm.removeCase(row().cases().get(0)));
        assertTrue(row().forcedBy().isEmpty());
        assertTrue(dialogs.last().startsWith("confirm evaluation.ui.case.remove"), dialogs.last());
    }

    @Test
    void theYearShowsEachQuarterAndOpensIt() {
        vm.load();
        double q3 = row().total();
        EvaluationYearViewModel year = models.year();
        assertEquals(2026, year.year.get());
        year.load();
        YearScore y = year.people().stream().filter(p -> p.staffId() == duc).findFirst().orElseThrow();
        assertEquals(4, year.parts().size());
        assertEquals(EvaluationViewModel.number(q3), EvaluationYearViewModel.partText(y, Q3));

        vm.show(EvaluationPeriod.quarter(2026, 2), duc);
        assertEquals(EvaluationPeriod.quarter(2026, 2), vm.sheetProperty().get().period());
        vm.show(Q3, duc);
        assertEquals(duc, vm.selectedProperty().get().staffId(), "opened from the year with the person chosen");
    }

    @Test
    void savedSettingsChangeTheCycleAndTheFigures() {
        vm.load();
        EvaluationSettingsViewModel s = models.settings();
        s.screenOpened();
        s.text("weight.INSTRUCTION").set("ba");
        assertFalse(s.save());
        assertFalse(s.errors().get("weight.INSTRUCTION").isEmpty());
        s.text("weight.INSTRUCTION").set("2");
        s.text("leaderOwnShare").set("70");
        assertFalse(s.save(), "the leaders' three shares make 100");
        assertFalse(s.errors().general().get().isEmpty() && s.errors().get("leaderShares").isEmpty());
        s.text("leaderOwnShare").set("60");
        s.cycle.set(EvaluationPeriod.Kind.MONTH);
        assertTrue(s.save(), s.errors().general().get());
        assertEquals(EvaluationPeriod.Kind.MONTH, services.evaluation().settings().cycle());
        assertEquals(EvaluationPeriod.month(2026, 9), vm.sheetProperty().get().period(),
                "the same time of the year, by month");
        assertEquals(2 * 2, row().assigned(), 1e-9, "September's two products, each counting 2");
    }

    @Test
    void thePhieuIsPreviewedAndThePeriodsAndTheYearsFilesAreWritten() throws Exception {
        chooseDuc();
        vm.previewSheet();
        assertNotNull(vm.previewReady().last());
        assertTrue(vm.previewReady().last().fileName().contains("pham-van-duc"), vm.previewReady().last().fileName());

        Path usb = tmp.resolve("usb");
        Files.createDirectories(usb);
        dialogs.choose(usb).act(0);
        vm.export();
        assertEquals("folder evaluation.ui.export.choose", dialogs.shown.get(0));
        assertEquals(List.of("evaluation.ui.exporting"), tasks.ran);
        try (var files = Files.list(usb)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".xlsx")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("pham-van-duc") && n.endsWith(".docx")),
                    names.toString());
        }
        assertTrue(dialogs.last().startsWith("info evaluation.ui.export:"), dialogs.last());
        assertEquals(1, dialogs.opened.size(), "the first file opened when the clerk asks");
        assertTrue(dialogs.opened.get(0).toString().endsWith(".xlsx"), dialogs.opened.toString());

        Path year = tmp.resolve("year");
        Files.createDirectories(year);
        models.year().exportTo(year);
        try (var files = Files.list(year)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).endsWith(".docx") && names.get(1).endsWith(".xlsx"), names.toString());
        }
    }
}
