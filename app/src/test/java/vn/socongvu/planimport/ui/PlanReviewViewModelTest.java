package vn.socongvu.planimport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.planimport.Confidence;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.task.Recurrence;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/** The review's edits on the proposal, without a window: drop, merge, undo, and faults put on their task. */
class PlanReviewViewModelTest {
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            XÃ AN PHÚ
            Số: 12/KH-UBND
            An Phú, ngày 05 tháng 3 năm 2026
            KẾ HOẠCH
            Kiểm tra công vụ năm 2026
            II. NHIỆM VỤ
            1. Kiểm tra việc chấp hành giờ giấc
            a) Kiểm tra đột xuất tại bộ phận một cửa
            b) Công khai kết quả kiểm tra; thời gian hoàn thành: 15/12/2026.
            2. Tổng hợp, báo cáo
            - Báo cáo kết quả, Văn phòng HĐND và UBND chủ trì, hằng quý.
            III. TỔ CHỨC THỰC HIỆN
            Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch (qua Văn phòng HĐND và UBND).
            """;

    @TempDir
    Path dir;
    RecordingDialogService dialogs = new RecordingDialogService();
    CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();

    private Services withTypicalUnits() {
        Services s = TestServices.at(dir.resolve("data"), LocalDate.of(2026, 3, 10));
        TypicalUnits.drafts().forEach(s.directory()::saveUnit);
        return s;
    }

    private PlanReviewViewModel review(Services s) {
        PlanImporter importer = s.planImporter();
        return new PlanReviewViewModel(importer, importer.readText(PLAN), "test", dialogs, tasks);
    }

    private static ReviewItem find(PlanReviewViewModel vm, String start) {
        return vm.all().stream().filter(i -> i.display().startsWith(start)).findFirst().orElseThrow();
    }

    private static List<String> shown(PlanReviewViewModel vm) {
        return vm.all().stream().map(ReviewItem::display).toList();
    }

    @Test
    void droppingTheLastTaskOfAHeadingDropsTheHeadingAndUndoBringsBothBack() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            List<String> before = shown(vm);
            assertEquals(3, vm.taskCount.get());
            assertEquals(1, vm.drop(find(vm, "- Báo cáo kết quả")));
            assertFalse(shown(vm).stream().anyMatch(t -> t.startsWith("2. Tổng hợp")), shown(vm).toString());
            assertEquals(2, vm.taskCount.get());
            assertTrue(vm.isEdited());
            vm.undo();
            assertEquals(before, shown(vm));
            assertEquals(3, vm.taskCount.get());
            assertFalse(vm.canUndo.get());
        }
    }

    @Test
    void mergingJoinsTheTextsAndKeepsTheSurerDeadline() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            ReviewItem first = find(vm, "a) Kiểm tra đột xuất");
            ReviewItem second = find(vm, "b) Công khai kết quả");
            assertFalse(vm.canMerge(first), "the first task of its heading has nothing before it");
            assertEquals(Confidence.LOW, first.scheduleConfidence.get(), "no deadline stated: the year's end, a guess");
            ReviewItem merged = vm.mergeWithPrevious(second);
            assertSame(first, merged);
            assertEquals("Kiểm tra đột xuất tại bộ phận một cửa Công khai kết quả kiểm tra; thời gian hoàn thành: "
                    + "15/12/2026.", merged.text.get());
            assertEquals(LocalDate.of(2026, 12, 15), merged.deadline.get());
            assertEquals(Recurrence.NONE, merged.recurrence.get());
            assertEquals(2, vm.taskCount.get());
        }
    }

    @Test
    void aFaultIsPutOnItsTaskAndThePlansOwnFaultsAreNamed() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            ReviewItem report = find(vm, "- Báo cáo kết quả");
            assertEquals("Văn phòng HĐND và UBND", report.lead.get().unitName());
            assertEquals(Recurrence.QUARTERLY, report.recurrence.get());
            report.lead.set(null);
            vm.title.set(" ");
            ReviewItem first = vm.check();
            assertSame(report, first);
            assertFalse(vm.isValid());
            assertTrue(report.leadError.get().contains("chưa có đơn vị chủ trì"), report.leadError.get());
            assertEquals("", report.scheduleError.get());
            assertFalse(vm.errors().get("title").isEmpty());
            assertTrue(vm.messageProperty().get().startsWith("Chưa lưu: còn 2 chỗ"), vm.messageProperty().get());
            assertTrue(s.plans().plans(2026, true).isEmpty());

            report.lead.set(vm.units.stream().filter(u -> u.unitName().equals("Công an xã")).findFirst().orElseThrow());
            assertEquals("", report.leadError.get(), "an edit clears its message");
            assertEquals(Confidence.HIGH, report.leadConfidence.get(), "and makes the part the clerk's own");
            vm.title.set("Kiểm tra công vụ năm 2026");
            assertEquals(null, vm.check());
            assertTrue(vm.isValid());
            vm.save();
            PlanImporter.Saved saved = vm.saved().last();
            assertEquals(3, saved.tasks());
            assertTrue(saved.registered());
            assertEquals(List.of("planImport.review.saving"), tasks.ran);
            assertEquals(1, s.plans().plans(2026, true).size());
            assertTrue(vm.closeAllowed(), "saved: closes without asking");
            assertEquals(List.of(), dialogs.shown);
        }
    }

    @Test
    void aSaveWithSomethingToCompleteSaysWhereAndSavesNothing() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            ReviewItem report = find(vm, "- Báo cáo kết quả");
            report.lead.set(null);
            vm.save();
            assertSame(report, vm.fault().last().item());
            assertTrue(vm.fault().last().checked());
            assertEquals(List.of(), tasks.ran, "nothing saved in the background");
            assertEquals(null, vm.saved().last());
            assertTrue(s.plans().plans(2026, true).isEmpty());
        }
    }

    @Test
    void closingAnEditedReviewAndDroppingAHeadingAreAskedFirst() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            assertTrue(vm.closeAllowed(), "nothing changed: nothing to lose");
            assertEquals(List.of(), dialogs.shown);
            ReviewItem heading = vm.all().stream().filter(ReviewItem::isGroup).findFirst().orElseThrow();
            int before = vm.all().size();
            assertFalse(vm.dropAsked(heading));
            assertTrue(dialogs.last().startsWith("confirm planImport.review.drop:"), dialogs.last());
            assertEquals(before, vm.all().size());
            dialogs.answer(true);
            assertTrue(vm.dropAsked(heading));
            assertFalse(vm.all().contains(heading));
            assertFalse(vm.closeAllowed(), "edited, and the clerk keeps the review open");
            assertTrue(dialogs.last().startsWith("confirm common.cancel:"), dialogs.last());
        }
    }
}
