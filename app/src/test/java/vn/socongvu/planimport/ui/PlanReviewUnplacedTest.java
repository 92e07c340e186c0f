package vn.socongvu.planimport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.socongvu.planimport.Unplaced;
import vn.socongvu.task.Task;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/**
 * The paragraphs the reader did not place, in the review: listed, added as a task where the clerk chooses
 * (under a heading, or after a task under the same heading), taken back by "Hoàn tác"; a task's required result
 * saved with it.
 */
class PlanReviewUnplacedTest {
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            XÃ AN PHÚ
            Số: 14/KH-UBND
            An Phú, ngày 05 tháng 3 năm 2026
            KẾ HOẠCH
            Cải cách hành chính năm 2026
            II. NHIỆM VỤ
            1. Cải cách thủ tục hành chính
            a) Nội dung: Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa.
            b) Yêu cầu: Người dân dễ tra cứu thủ tục.
            c) Trách nhiệm thực hiện: Trung tâm Phục vụ hành chính công xã.
            d) Thời gian hoàn thành: 31/3/2026.
            2. Kiểm tra công vụ
            - Kiểm tra đột xuất việc chấp hành giờ giấc, Văn phòng HĐND và UBND chủ trì, hằng quý.
            Tổ chức đối thoại với người dân về thủ tục hành chính trong quý III/2026, các đơn vị cùng tham gia.
            III. KINH PHÍ
            Kinh phí thực hiện từ ngân sách xã.
            Trên đây là Kế hoạch cải cách hành chính năm 2026./.
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

    private static ReviewItem find(PlanReviewViewModel vm, String start) {
        return vm.all().stream().filter(i -> i.display().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aParagraphNotPlacedIsAddedAsATaskAfterTheChosenOneAndUndoListsItAgain() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanImporter importer = s.planImporter();
            PlanReviewViewModel vm = new PlanReviewViewModel(importer, importer.readText(PLAN), "test", dialogs, tasks);
            assertEquals(List.of("Tổ chức đối thoại với người dân về thủ tục hành chính trong quý III/2026, các đơn vị "
                    + "cùng tham gia.", "Kinh phí thực hiện từ ngân sách xã."),
                    vm.unplaced.stream().map(Unplaced::text).toList());
            assertEquals(List.of("planImport.unplaced.unnumberedTask", "planImport.unplaced.otherPart"),
                    vm.unplaced.stream().map(Unplaced::reason).toList());
            assertEquals(2, vm.taskCount.get());

            Unplaced dialogue = vm.unplaced.get(0);
            ReviewItem check = find(vm, "- Kiểm tra đột xuất");
            ReviewItem added = vm.addUnplaced(dialogue, check);
            ReviewItem heading = find(vm, "2. Kiểm tra công vụ");
            assertEquals(List.of(check, added), heading.children, "after the chosen task, under its heading");
            assertEquals(dialogue.text(), added.text.get());
            assertEquals(dialogue.paragraph(), added.source, "the original text shows where it came from");
            assertEquals(LocalDate.of(2026, 9, 30), added.deadline.get(), "its own words: trong quý III/2026");
            assertSame(check.lead.get(), added.lead.get(), "no unit in its words: the task beside it's, as a guess");
            assertEquals(Confidence.LOW, added.leadConfidence.get());
            assertTrue(added.needsReview());
            assertEquals(3, vm.taskCount.get());
            assertEquals(List.of("Kinh phí thực hiện từ ngân sách xã."),
                    vm.unplaced.stream().map(Unplaced::text).toList());
            assertTrue(vm.isEdited());

            vm.undo();
            assertEquals(2, vm.taskCount.get());
            assertEquals(2, vm.unplaced.size(), "taken back: listed again, in the text's order");
            assertEquals(dialogue, vm.unplaced.get(0));

            ReviewItem section = find(vm, "II. NHIỆM VỤ");
            ReviewItem underSection = vm.addUnplaced(vm.unplaced.get(0), section);
            assertSame(underSection, section.children.get(section.children.size() - 1), "under a heading: its last");
            assertNull(underSection.lead.get(), "nothing beside it to guess from: the clerk chooses");
            assertNull(vm.addUnplaced(vm.unplaced.get(0), null), "no item chosen: nothing added");
        }
    }

    @Test
    void aTasksRequiredResultIsShownEditedAndSavedWithIt() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanImporter importer = s.planImporter();
            PlanReviewViewModel vm = new PlanReviewViewModel(importer, importer.readText(PLAN), "test", dialogs, tasks);
            ReviewItem posting = find(vm, "Niêm yết");
            assertEquals("Người dân dễ tra cứu thủ tục.", posting.expectedResult.get(), "as the plan states it");
            posting.expectedResult.set("Người dân dễ tra cứu thủ tục, kể cả trên Cổng dịch vụ công.");
            assertTrue(vm.isEdited());
            vm.save();
            PlanImporter.Saved saved = vm.saved().last();
            Task posted = s.tasks().planTasks(saved.planId()).stream()
                    .filter(t -> t.content().startsWith("Niêm yết")).findFirst().orElseThrow();
            assertEquals("Người dân dễ tra cứu thủ tục, kể cả trên Cổng dịch vụ công.", posted.expectedResult(),
                    "as the clerk left it");
            assertEquals(LocalDate.of(2026, 3, 31), posted.deadline());
            assertEquals("Trung tâm Phục vụ hành chính công", s.directory().unit(posted.leadUnitId()).orElseThrow().name());
        }
    }
}
