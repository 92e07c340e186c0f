package vn.socongvu.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskSource;

class PlanServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;
    Services s;
    PlanService plans;
    long vhxh;
    long vp;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng",
                List.of("Hoàng Thị Thu Hà"), false));
        plans = s.plans();
        vhxh = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT, null, null)).id();
        vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE, null, null)).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Plan draft(String title) {
        return plans.save(new Plan.Draft(null, 2026, title,
                List.of("Căn cứ Luật Cán bộ, công chức năm 2025", "Căn cứ Kế hoạch số 99/KH-UBND của UBND tỉnh"),
                "Nâng cao kỷ luật, kỷ cương hành chính.\nXử lý nghiêm vi phạm.",
                List.of("Thường trực HĐND xã", "Lưu: VT, VHXH"), s.settings().signers().get(1).id()));
    }

    /** A target of "at least {@code value} %" on a plan. */
    private Target atLeast(long planId, String description, double value, Measure measure) {
        return plans.saveTarget(new Target.Draft(null, planId, description, Comparison.AT_LEAST, value, "%", measure));
    }

    private Task task(long planId, Long parent, String label, String content, Long lead, LocalDate deadline,
                      Recurrence r, boolean group) {
        return s.tasks().save(new Task.Draft(null, TaskSource.PLAN, planId, parent, label, group, content, lead, null,
                lead == null ? List.of() : List.of(lead == vhxh ? vp : vhxh), null, null, null, null,
                LocalDate.of(2026, 3, 20), deadline, r, null));
    }

    @Test
    void aPlanIsIssuedWithTheNextNumberAndADuplicateIsRefused() {
        Plan p = draft("Kế hoạch nâng cao chất lượng hoạt động công vụ năm 2026");
        assertEquals(PlanStatus.DRAFT, p.status());
        assertNull(p.number());
        assertEquals(1, plans.proposeNumber(LocalDate.of(2026, 3, 20)));
        Plan issued = plans.issue(p.id(), 6, LocalDate.of(2026, 3, 20));
        assertEquals("06/KH-UBND", issued.number());
        assertEquals(PlanStatus.ISSUED, issued.status());
        assertEquals(7, plans.proposeNumber(LocalDate.of(2026, 5, 1)));

        Plan other = draft("Kế hoạch kiểm tra công vụ năm 2026");
        ValidationException dup = assertThrows(ValidationException.class,
                () -> plans.issue(other.id(), 6, LocalDate.of(2026, 4, 1)));
        assertTrue(dup.forField("number").orElseThrow().message().contains("06/KH-UBND"));
        assertEquals(PlanStatus.DRAFT, plans.plan(other.id()).status(), "nothing changed");
        assertThrows(ValidationException.class, () -> plans.issue(p.id(), 8, LocalDate.of(2026, 4, 1)));
        assertEquals(PlanStatus.EXPIRED, plans.setExpired(p.id(), true).status());
    }

    @Test
    void aPlanNeedsATitleAndAYear() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> plans.save(new Plan.Draft(null, null, " ", List.of(), null, List.of(), null)));
        assertTrue(e.forField("title").isPresent());
        assertTrue(e.forField("year").isPresent());
    }

    @Test
    void deletingAPlanWithRecordedWorkArchivesIt() {
        Plan empty = draft("Dự thảo bỏ đi");
        task(empty.id(), null, "1.", "Nhiệm vụ chưa làm", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE, false);
        assertEquals(PlanService.Removal.DELETED, plans.remove(empty.id()));
        assertThrows(ValidationException.class, () -> plans.plan(empty.id()));

        Plan worked = draft("Kế hoạch đã thực hiện");
        Task t = task(worked.id(), null, "1.", "Nhiệm vụ đã báo cáo", vp, LocalDate.of(2026, 9, 1), Recurrence.NONE, false);
        s.tasks().report(s.tasks().occurrences(t.id()).get(0).id(), TODAY, 40, null, null);
        assertTrue(plans.hasRecordedWork(worked.id()));
        assertEquals(PlanService.Removal.ARCHIVED, plans.remove(worked.id()));
        assertTrue(plans.plan(worked.id()).archived());
        assertFalse(plans.plans(2026, false).stream().anyMatch(p -> p.id() == worked.id()));
        assertTrue(s.tasks().list(TaskFilter.year(2026, TODAY)).isEmpty(), "archived plans' tasks are hidden");
        assertEquals(1, s.tasks().progress(t.id()).size(), "but nothing is destroyed");
        plans.restore(worked.id());
        assertEquals(1, s.tasks().list(TaskFilter.year(2026, TODAY)).size());
    }

    @Test
    void targetsStandAgainstTheirMeasuredOrEnteredValues() {
        Plan p = draft("Kế hoạch 2026");
        Task a = task(p.id(), null, "1.", "A", vp, LocalDate.of(2026, 5, 15), Recurrence.NONE, false);
        Task b = task(p.id(), null, "2.", "B", vhxh, LocalDate.of(2026, 6, 15), Recurrence.NONE, false);
        task(p.id(), null, "3.", "C (due later)", vhxh, LocalDate.of(2026, 9, 15), Recurrence.NONE, false);
        s.tasks().complete(s.tasks().occurrences(a.id()).get(0).id(), LocalDate.of(2026, 5, 14), null);
        s.tasks().complete(s.tasks().occurrences(b.id()).get(0).id(), LocalDate.of(2026, 6, 20), null);
        Target onTime = atLeast(p.id(), "100% nhiệm vụ hoàn thành đúng hạn", 100.0, Measure.TASKS_ON_TIME);
        Target done = atLeast(p.id(), "Hoàn thành các nhiệm vụ đến hạn", 100.0, Measure.TASKS_DONE);
        Target satisfaction = atLeast(p.id(), "Mức độ hài lòng từ 90% trở lên", 90.0, Measure.MANUAL);
        assertTrue(assertThrows(ValidationException.class, () -> atLeast(p.id(), "x", 120.0, Measure.TASKS_DONE))
                .forField("value").isPresent());

        List<Target.Standing> st = plans.standings(p.id(), TODAY, "2026");
        assertEquals(50.0, st.get(0).value(), 1e-9, "1 of 2 due tasks on time");
        assertFalse(st.get(0).met());
        assertEquals(100.0, st.get(1).value(), 1e-9);
        assertTrue(st.get(1).met());
        assertNull(st.get(2).value(), "nothing entered yet");
        plans.enterValue(satisfaction.id(), "2026", 92.5);
        Target.Standing manual = plans.standings(p.id(), TODAY, "2026").get(2);
        assertEquals(92.5, manual.value(), 1e-9);
        assertTrue(manual.met());
        assertEquals("100\u00A0%", onTime.goal(), "at least 100 % reads \"100 %\", not \"≥ 100 %\"");
        assertEquals(3, plans.targets(p.id()).size());
        plans.deleteTarget(done.id());
        assertEquals(2, plans.targets(p.id()).size());
    }

    @Test
    void severalPlansStandTogetherEachByItsOwnTasksAndValues() {
        Plan p = draft("Kế hoạch A");
        Plan q = draft("Kế hoạch B");
        Plan bare = draft("Kế hoạch không có chỉ tiêu");
        Task a = task(p.id(), null, "1.", "A", vp, LocalDate.of(2026, 5, 15), Recurrence.NONE, false);
        s.tasks().complete(s.tasks().occurrences(a.id()).get(0).id(), LocalDate.of(2026, 5, 14), null);
        Task b = task(q.id(), null, "1.", "B", vhxh, LocalDate.of(2026, 6, 15), Recurrence.NONE, false);
        s.tasks().complete(s.tasks().occurrences(b.id()).get(0).id(), LocalDate.of(2026, 6, 20), null);
        task(q.id(), null, "2.", "B quá hạn", vhxh, LocalDate.of(2026, 6, 22), Recurrence.NONE, false);
        task(q.id(), null, "3.", "B chưa đến hạn", vhxh, LocalDate.of(2026, 9, 15), Recurrence.NONE, false);
        task(bare.id(), null, "1.", "C", vp, LocalDate.of(2026, 5, 15), Recurrence.NONE, false);
        for (Plan x : List.of(p, q)) {
            atLeast(x.id(), "100% nhiệm vụ hoàn thành đúng hạn", 100.0, Measure.TASKS_ON_TIME);
        }
        Target doneQ = atLeast(q.id(), "Hoàn thành các nhiệm vụ đến hạn", 50.0, Measure.TASKS_DONE);
        Target manualP = atLeast(p.id(), "Mức độ hài lòng", 90.0, Measure.MANUAL);
        Target manualQ = atLeast(q.id(), "Mức độ hài lòng", 90.0, Measure.MANUAL);
        plans.enterValue(manualP.id(), "2026", 95.0);
        plans.enterValue(manualQ.id(), "2026", 80.0);
        plans.enterValue(manualQ.id(), "2025", 99.0);

        var all = plans.standings(List.of(p.id(), q.id(), bare.id()), TODAY, "2026");
        assertEquals(List.of(p.id(), q.id()), List.copyOf(all.keySet()), "a plan without targets has no standings");
        List<Target.Standing> ofP = all.get(p.id());
        assertEquals(100.0, ofP.get(0).value(), 1e-9, "A: its one due task on time");
        assertEquals("1/1 nhiệm vụ đến hạn tính đến 01/07/2026", ofP.get(0).basis());
        assertEquals(95.0, ofP.get(1).value(), 1e-9);
        assertTrue(ofP.get(1).met());
        List<Target.Standing> ofQ = all.get(q.id());
        assertEquals(0.0, ofQ.get(0).value(), 1e-9, "B: one late, one overdue, one not yet due");
        assertEquals("0/2 nhiệm vụ đến hạn tính đến 01/07/2026", ofQ.get(0).basis());
        assertEquals(doneQ.id(), ofQ.get(1).target().id());
        assertEquals(50.0, ofQ.get(1).value(), 1e-9);
        assertTrue(ofQ.get(1).met());
        assertEquals(80.0, ofQ.get(2).value(), 1e-9, "the value of the period asked for, not another's");
        assertFalse(ofQ.get(2).met());
        assertEquals(ofQ, plans.standings(q.id(), TODAY, "2026"), "one plan alone stands the same");
        assertTrue(plans.standings(List.of(), TODAY, "2026").isEmpty());

        plans.remove(q.id());
        assertTrue(plans.plan(q.id()).archived(), "B had recorded work: archived, not deleted");
        assertNull(plans.standings(List.of(q.id()), TODAY, "2026").get(q.id()).get(0).value(),
                "an archived plan's tasks are hidden, as in every list");
    }

    @Test
    void aPlanPrintsAsAKeHoachWithItsTreeAndAssignments() throws Exception {
        Plan p = draft("Nâng cao chất lượng hoạt động công vụ năm 2026");
        plans.issue(p.id(), 6, LocalDate.of(2026, 3, 20));
        atLeast(p.id(), "100% nhiệm vụ hoàn thành đúng hạn", 100.0, Measure.TASKS_ON_TIME);
        Task group = task(p.id(), null, "II.", "Nội dung thực hiện", null, null, Recurrence.NONE, true);
        Task sub = task(p.id(), group.id(), "1.", "Thủ trưởng các phòng, cơ quan, đơn vị", null, null, Recurrence.NONE, true);
        task(p.id(), sub.id(), "1.1.", "Quán triệt chủ trương về văn hóa công vụ", vhxh, null, Recurrence.ONGOING, false);
        task(p.id(), sub.id(), "1.2.", "Rà soát quy chế làm việc", vp, LocalDate.of(2026, 6, 30), Recurrence.NONE, false);
        assertEquals(List.of("II.", "1.", "1.1.", "1.2."), s.tasks().planTasks(p.id()).stream().map(Task::label).toList());

        OfficialDocument doc = s.plans().document(p.id());
        assertEquals(DocumentKind.KE_HOACH, doc.kind());
        assertEquals("06/KH-UBND", doc.number());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(doc, out);
        try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> texts = x.getParagraphs().stream().map(pp -> pp.getText()).toList();
            assertTrue(texts.contains("II. NỘI DUNG THỰC HIỆN"), texts.toString());
            assertTrue(texts.contains("1. Thủ trưởng các phòng, cơ quan, đơn vị"));
            assertTrue(texts.contains("1.1. Quán triệt chủ trương về văn hóa công vụ."), "a line ends as a sentence");
            assertTrue(texts.contains("Căn cứ Kế hoạch số 99/KH-UBND của UBND tỉnh."));
            XWPFTable assignments = x.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            assertEquals("Phòng Văn hóa – Xã hội", assignments.getRow(1).getCell(2).getText());
            assertEquals("Văn phòng HĐND và UBND", assignments.getRow(1).getCell(3).getText());
            assertEquals("Thường xuyên", assignments.getRow(1).getCell(4).getText());
            assertEquals("30/06/2026", assignments.getRow(2).getCell(4).getText());
            String sign = x.getTables().get(x.getTables().size() - 1).getRow(0).getCell(1).getText();
            assertTrue(sign.contains("KT. CHỦ TỊCH") && sign.contains("Hoàng Thị Thu Hà"), sign);
        }

        // Groups numbered 1., 2. (no Roman numerals) go under a section "Nội dung thực hiện", as in the samples.
        Plan other = draft("Kế hoạch thứ hai");
        Task g = task(other.id(), null, "1.", "Thủ trưởng các phòng", null, null, Recurrence.NONE, true);
        task(other.id(), g.id(), "1.1.", "Rà soát quy chế", vp, LocalDate.of(2026, 6, 30), Recurrence.NONE, false);
        List<String> headings = s.plans().document(other.id()).body().stream()
                .filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).level() + ":" + ((Block.Heading) b).text())
                .toList();
        assertEquals(List.of("1:Mục đích, yêu cầu", "1:Nội dung thực hiện", "2:Thủ trưởng các phòng", "1:Tổ chức thực hiện"),
                headings);
    }

    /**
     * The printed plan, as Word holds it, shows the day the task list holds a deadline on a Sunday to (the next
     * working day), never the Sunday typed; its closing line carries the trích yếu without its capital.
     */
    @Test
    void aDeadlineOnASundayIsPrintedAsTheMondayTheTaskListShows() throws Exception {
        Plan p = plans.save(new Plan.Draft(null, 2026, "Chấn chỉnh lề lối làm việc cuối năm 2026", List.of(), null,
                List.of("Lưu: VT"), null));
        s.tasks().save(new Task.Draft(null, TaskSource.PLAN, p.id(), null, "1.", false,
                "Tổng kết công tác năm", vp, null, List.of(), null, null, null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 13), Recurrence.NONE, null));
        assertEquals(List.of(LocalDate.of(2026, 12, 14)), s.tasks().list(new TaskFilter(p.id(), null, null, null, null,
                null, null, null, LocalDate.of(2026, 12, 3))).stream().map(r -> r.dueOn()).toList(), "the task list");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(plans.document(p.id()), out);
        try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable assignments = x.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            assertEquals("14/12/2026", assignments.getRow(1).getCell(4).getText());
            List<String> texts = x.getParagraphs().stream().map(pp -> pp.getText()).toList();
            assertFalse(texts.stream().anyMatch(t -> t.contains("13/12/2026")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Trên đây là Kế hoạch chấn chỉnh lề lối làm việc cuối "
                    + "năm 2026.")), texts.toString());
        }
    }
}
