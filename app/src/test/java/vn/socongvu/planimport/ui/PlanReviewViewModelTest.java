package vn.socongvu.planimport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import vn.socongvu.planimport.UnitRef;
import vn.socongvu.task.Recurrence;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/**
 * The review's edits on the proposal, without a window: drop, merge, a branch's units set at once, an item moved
 * (under another, up a level, under the item above), undo, and faults put on their task.
 */
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
    private static UnitRef unitNamed(PlanReviewViewModel vm, String name) {
        return vm.units.stream().filter(u -> u.unitName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> leads(PlanReviewViewModel vm) {
        return vm.all().stream().filter(i -> !i.isGroup())
                .map(i -> i.label.get() + " " + (i.lead.get() == null ? "-" : i.lead.get().unitName())).toList();
    }

    /** "label(depth)" of every item in the tree's order: its place in the tree. */
    private static List<String> tree(PlanReviewViewModel vm) {
        return vm.all().stream().map(i -> i.label.get().strip() + "(" + vm.depth(i) + ")").toList();
    }

    @Test
    void aHeadingsLeadUnitIsSetForEveryTaskUnderItAtOnceAndUndoTakesItBack() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            ReviewItem heading = find(vm, "1. Kiểm tra việc chấp hành");
            assertTrue(vm.isBranch(heading));
            assertFalse(vm.isBranch(find(vm, "a) Kiểm tra đột xuất")), "a task has its own lead field");
            List<String> before = leads(vm);
            assertEquals(2, vm.setBranchLead(heading, unitNamed(vm, "Công an xã")));
            assertEquals(List.of("a) Công an xã", "b) Công an xã", "- Văn phòng HĐND và UBND"), leads(vm),
                    "every task under the heading, and only those");
            for (ReviewItem t : vm.tasksOf(heading)) {
                assertEquals(Confidence.HIGH, t.leadConfidence.get(), "the clerk's own choice: nothing left to check");
            }
            assertSame(unitNamed(vm, "Công an xã"), vm.branchLead(heading));
            assertTrue(vm.isEdited());
            assertTrue(vm.canUndo.get());
            vm.undo();
            assertEquals(before, leads(vm));

            // A whole section at once, then the save writes that unit on each task.
            ReviewItem section = vm.sections.get(0);
            assertEquals(3, vm.setBranchLead(section, vm.typedUnit("Phòng Tư pháp xã")));
            assertEquals(1, vm.newUnitCount.get(), "a unit typed that is not in the directory is one new unit");
            PlanImporter.Saved saved = s.planImporter().save(vm.proposal());
            assertEquals(1, saved.newUnits());
            long justice = s.directory().activeUnits().stream().filter(u -> u.name().equals("Phòng Tư pháp xã"))
                    .findFirst().orElseThrow().id();
            assertTrue(s.tasks().planTasks(saved.planId()).stream().filter(t -> !t.group())
                    .allMatch(t -> t.leadUnitId() == justice));
        }
    }

    @Test
    void aBranchsCooperatingUnitsAreSetApartFromItsLeadAndUndone() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            ReviewItem section = vm.sections.get(0);
            UnitRef office = unitNamed(vm, "Văn phòng HĐND và UBND");
            UnitRef culture = unitNamed(vm, "Phòng Văn hóa – Xã hội");
            UnitRef police = unitNamed(vm, "Công an xã");
            List<String> leadsBefore = leads(vm);
            assertEquals(List.of("a) Văn phòng HĐND và UBND", "b) Văn phòng HĐND và UBND",
                    "- Văn phòng HĐND và UBND"), leadsBefore, "the plan's follow-up unit, stated or guessed");
            assertEquals(3, vm.setBranchCooperating(section, List.of(office, culture, police)));
            assertEquals(leadsBefore, leads(vm), "the lead units are left as they were");
            for (ReviewItem t : vm.tasksOf(section)) {
                assertEquals(List.of(culture, police), List.copyOf(t.cooperating),
                        "a task's own lead is not also cooperating");
            }
            assertEquals(List.of(culture, police), vm.branchCooperating(section), "what every task of the branch has");
            find(vm, "a) Kiểm tra đột xuất").lead.set(police);
            vm.setBranchCooperating(find(vm, "1. Kiểm tra việc"), List.of(office, police));
            assertEquals(List.of(office), List.copyOf(find(vm, "a) Kiểm tra đột xuất").cooperating));
            assertEquals(List.of(police), List.copyOf(find(vm, "b) Công khai").cooperating));
            assertEquals(List.of(culture, police), List.copyOf(find(vm, "- Báo cáo kết quả").cooperating),
                    "outside the branch: as it was");
            vm.undo();
            assertEquals(List.of(culture, police), List.copyOf(find(vm, "b) Công khai").cooperating));
            vm.undo();
            assertTrue(vm.all().stream().allMatch(i -> i.cooperating.isEmpty()), "taken back");
            assertFalse(vm.canUndo.get());
        }
    }

    @Test
    void anItemGoesUnderTheItemAboveAndUpALevelWithEverythingUnderIt() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            List<String> before = tree(vm);
            assertEquals(List.of("II.(0)", "1.(1)", "a)(2)", "b)(2)", "2.(1)", "-(2)"), before.subList(0, 6));
            ReviewItem second = find(vm, "2. Tổng hợp");
            assertFalse(vm.canOutdent(vm.sections.get(0)), "a section has no heading to leave");
            assertFalse(vm.canIndent(find(vm, "1. Kiểm tra việc")), "nothing above it under its heading");
            assertTrue(vm.canIndent(second));

            assertSame(second, vm.indent(second));
            assertEquals(List.of("II.(0)", "1.(1)", "a)(2)", "b)(2)", "2.(2)", "-(3)"), tree(vm).subList(0, 6),
                    "under the item above, last, with its task");
            assertEquals(3, vm.taskCount.get());
            assertSame(second, vm.outdent(second));
            assertEquals(before, tree(vm), "up a level: right after its former heading");

            // A task put under the task above: that one becomes a heading, one task fewer.
            ReviewItem publish = find(vm, "b) Công khai");
            vm.indent(publish);
            assertTrue(find(vm, "a) Kiểm tra đột xuất").isGroup());
            assertEquals(2, vm.taskCount.get());
            vm.outdent(publish);
            assertEquals(before, tree(vm));
            assertEquals(3, vm.taskCount.get(), "a heading left empty is a task again");
            vm.undo();
            vm.undo();
            vm.undo();
            vm.undo();
            assertEquals(before, tree(vm));
            assertFalse(vm.canUndo.get());
        }
    }

    @Test
    void anItemIsMovedUnderAnyOtherInThePlansOrderButNeverUnderItself() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanReviewViewModel vm = review(s);
            List<String> before = tree(vm);
            ReviewItem first = find(vm, "1. Kiểm tra việc");
            List<ReviewItem> targets = vm.moveTargets(first);
            assertFalse(targets.contains(first));
            assertFalse(targets.contains(find(vm, "a) Kiểm tra đột xuất")), "not under its own task");
            assertFalse(targets.contains(vm.sections.get(0)), "not where it already is");
            assertTrue(targets.contains(find(vm, "2. Tổng hợp")));
            assertNull(vm.moveUnder(first, find(vm, "b) Công khai")), "under its own task: refused");
            assertEquals(before, tree(vm));

            // "b)" belongs to "2.": it goes there, before "-" which comes after it in the plan.
            ReviewItem publish = find(vm, "b) Công khai");
            assertSame(publish, vm.moveUnder(publish, find(vm, "2. Tổng hợp")));
            assertEquals(List.of("II.(0)", "1.(1)", "a)(2)", "2.(1)", "b)(2)", "-(2)"), tree(vm).subList(0, 6));
            assertSame(find(vm, "2. Tổng hợp"), vm.parent(publish));
            // A whole heading into the next section, with its tasks.
            ReviewItem last = vm.sections.get(vm.sections.size() - 1);
            vm.moveUnder(first, last);
            assertSame(last, vm.parent(first));
            assertEquals(List.of(first), vm.sections.get(vm.sections.size() - 1).children.stream()
                    .filter(i -> i == first).toList());
            assertEquals(1, first.children.size(), "its task \"a)\" came with it");
            assertTrue(vm.isEdited());
            vm.undo();
            vm.undo();
            assertEquals(before, tree(vm));
        }
    }
}
