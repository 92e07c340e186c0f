package vn.socongvu.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.AUDIT_LOG;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.MEETING_CONCLUSION;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_OCCURRENCE;
import static vn.socongvu.storage.jooq.Tables.TASK_PROGRESS;
import static vn.socongvu.storage.jooq.Tables.VIOLATION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.Target;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

class TrashTest {
    @TempDir
    Path tmp;
    Services s;

    @BeforeEach
    void open() {
        s = TestServices.demo(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** Every table but the audit log and the trash itself (which record the deleting and restoring). */
    private Map<String, String> records() throws Exception {
        Map<String, String> m = TestServices.recordChecksums(s);
        m.remove("AUDIT_LOG");
        m.remove("TRASH");
        return m;
    }

    private Plan planWithTasksAndATarget() {
        long unit = s.directory().units().getFirst().id();
        Plan p = s.plans().save(new Plan.Draft(null, 2026, "Kế hoạch thử xóa", List.of("Căn cứ Luật Cán bộ, công chức"),
                "Mục đích", List.of("Lưu: VT"), s.settings().signers().getFirst().id()));
        Task group = s.tasks().save(new Task.Draft(null, TaskSource.PLAN, p.id(), null, "1.", true, "Nhóm việc", null, null,
                List.of(), null, null, null, null, LocalDate.of(2026, 3, 1), null, Recurrence.NONE, null));
        s.tasks().save(new Task.Draft(null, TaskSource.PLAN, p.id(), group.id(), "1.1.", false, "Báo cáo hằng quý", unit,
                null, List.of(s.directory().units().get(1).id()), null, null, null, null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), Recurrence.QUARTERLY, LocalDate.of(2026, 12, 31)));
        s.plans().saveTarget(new Target.Draft(null, p.id(), "100% nhiệm vụ đúng hạn", Comparison.AT_LEAST, 100.0, "%",
                Measure.TASKS_ON_TIME));
        return p;
    }

    @Test
    void aDeletedPlanComesBackWholeWithItsTasksTargetsAndIds() throws Exception {
        Plan p = planWithTasksAndATarget();
        Map<String, String> before = records();
        assertEquals(PlanService.Removal.DELETED, s.plans().remove(p.id()));
        assertNotEquals(before, records());
        Trash.Item item = s.trash().items().getFirst();
        assertEquals(Trash.Kind.PLAN, item.kind());
        assertEquals("Kế hoạch thử xóa", item.title());
        assertEquals(p.id(), item.entityId());

        s.trash().restore(item.id());
        assertEquals(before, records(), "every row back as it was, ids included");
        assertTrue(s.trash().items().isEmpty());
        assertEquals(1, s.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("plan").and(AUDIT_LOG.ENTITY_ID.eq(p.id()))
                .and(AUDIT_LOG.ACTION.eq("RESTORE"))));
    }

    @Test
    void aDeletedTaskGetsBackTheMeetingConclusionThatPointedAtIt() throws Exception {
        var dsl = s.db().dsl();
        var c = TASK.as("c");
        Long taskId = dsl.select(MEETING_CONCLUSION.TASK_ID).from(MEETING_CONCLUSION).join(TASK).on(TASK.ID.eq(MEETING_CONCLUSION.TASK_ID))
                .where(DSL.notExists(DSL.selectOne().from(TASK_PROGRESS).where(TASK_PROGRESS.TASK_ID.eq(TASK.ID))))
                .and(DSL.notExists(DSL.selectOne().from(TASK_OCCURRENCE).where(TASK_OCCURRENCE.TASK_ID.eq(TASK.ID))
                        .and(TASK_OCCURRENCE.COMPLETED_ON.isNotNull())))
                .and(DSL.notExists(DSL.selectOne().from(c).where(c.PARENT_ID.eq(TASK.ID))))
                .limit(1).fetchOne(MEETING_CONCLUSION.TASK_ID);
        Map<String, String> before = records();
        s.tasks().delete(taskId);
        assertEquals(0, dsl.fetchCount(MEETING_CONCLUSION, MEETING_CONCLUSION.TASK_ID.eq(taskId)), "the delete emptied the link");
        s.trash().restore(s.trash().items().getFirst().id());
        assertEquals(before, records(), "the task, its occurrences and the conclusion's link are back");
    }

    @Test
    void aDeletedInspectionComesBackWithItsViolationsAndTheirRemediationTasks() throws Exception {
        var dsl = s.db().dsl();
        // The demo numbers every past inspection's record and closes its remediations: take the latest inspection
        // with a remediation task, make it a draft (numbered ones cannot be deleted) with no work recorded on its
        // remediation (recorded work keeps an inspection from deletion).
        long id = dsl.select(VIOLATION.INSPECTION_ID).from(VIOLATION).where(VIOLATION.REMEDIATION_TASK_ID.isNotNull())
                .orderBy(VIOLATION.INSPECTION_ID.desc()).limit(1).fetchOne(VIOLATION.INSPECTION_ID);
        var remediations = DSL.select(VIOLATION.REMEDIATION_TASK_ID).from(VIOLATION).where(VIOLATION.INSPECTION_ID.eq(id));
        dsl.deleteFrom(TASK_PROGRESS).where(TASK_PROGRESS.TASK_ID.in(remediations)).execute();
        dsl.update(TASK_OCCURRENCE).setNull(TASK_OCCURRENCE.COMPLETED_ON).where(TASK_OCCURRENCE.TASK_ID.in(remediations))
                .execute();
        dsl.update(INSPECTION).setNull(INSPECTION.RECORD_REGISTER_ID).setNull(INSPECTION.NOTICE_REGISTER_ID)
                .where(INSPECTION.ID.eq(id)).execute();
        long tasksBefore = dsl.fetchCount(TASK);
        Map<String, String> before = records();
        s.inspections().delete(id);
        assertTrue(dsl.fetchCount(TASK) < tasksBefore, "its remediation tasks went with it");
        assertEquals(Trash.Kind.INSPECTION, s.trash().items().getFirst().kind());
        s.trash().restore(s.trash().items().getFirst().id());
        assertEquals(before, records());
    }

    @Test
    void aDeletedMeetingComesBackWithItsAttendance() throws Exception {
        Long id = s.db().dsl().select(MEETING.ID).from(MEETING).where(MEETING.REGISTER_ID.isNull()).limit(1).fetchOne(MEETING.ID);
        Map<String, String> before = records();
        s.meetings().delete(id);
        assertEquals(Trash.Kind.MEETING, s.trash().items().getFirst().kind());
        s.trash().restore(s.trash().items().getFirst().id());
        assertEquals(before, records());
    }

    @Test
    void aTaskWhosePlanIsStillInTheTrashWaitsForThePlan() throws Exception {
        Plan p = planWithTasksAndATarget();
        Task leaf = s.tasks().planTasks(p.id()).stream().filter(t -> !t.group()).findFirst().orElseThrow();
        Map<String, String> before = records();
        s.tasks().delete(leaf.id());
        s.plans().remove(p.id());
        List<Trash.Item> items = s.trash().items();
        Trash.Item task = items.stream().filter(i -> i.kind() == Trash.Kind.TASK).findFirst().orElseThrow();
        Trash.Item plan = items.stream().filter(i -> i.kind() == Trash.Kind.PLAN).findFirst().orElseThrow();
        ValidationException e = assertThrows(ValidationException.class, () -> s.trash().restore(task.id()));
        assertTrue(e.errors().getFirst().message().contains("khôi phục mục đó trước"), e.getMessage());
        assertEquals(2, s.trash().items().size(), "nothing restored, nothing lost");
        s.trash().restore(plan.id());
        s.trash().restore(task.id());
        assertEquals(before, records());
    }

    @Test
    void purgingAndEmptyingRemoveForGoodAndAreAudited() {
        for (int i = 0; i < 3; i++) {
            s.plans().remove(planWithTasksAndATarget().id());
        }
        s.trash().purge(s.trash().items().getFirst().id());
        assertEquals(2, s.trash().items().size());
        assertEquals(2, s.trash().empty());
        assertTrue(s.trash().items().isEmpty());
        assertEquals(3, s.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq(Trash.ENTITY).and(AUDIT_LOG.ACTION.eq("PURGE"))));
        assertTrue(s.plans().plans(2026, true).stream().noneMatch(p -> p.title().equals("Kế hoạch thử xóa")));
    }

    @Test
    void emptyingRemovesWhatTheClerkSawNotWhatWasDeletedSinceAndAGoneItemIsNotFound() {
        s.plans().remove(planWithTasksAndATarget().id());
        List<Long> shown = s.trash().items().stream().map(Trash.Item::id).toList();
        s.plans().remove(planWithTasksAndATarget().id()); // deleted on another PC after the list was read
        assertEquals(1, s.trash().empty(shown));
        assertEquals(1, s.trash().items().size(), "the item put there since stays");
        long left = s.trash().items().getFirst().id();
        s.trash().restore(left); // restored on another PC
        ValidationException gone = assertThrows(ValidationException.class, () -> s.trash().purge(left));
        assertEquals("validation.notFound", gone.errors().getFirst().key());
        assertEquals("validation.notFound", assertThrows(ValidationException.class, () -> s.trash().restore(left))
                .errors().getFirst().key());
    }

    @Test
    void aDeletedTargetSaysWhichPlanItWasInAndComesBack() throws Exception {
        Plan p = planWithTasksAndATarget();
        Target t = s.plans().targets(p.id()).getFirst();
        Map<String, String> before = records();
        s.plans().deleteTarget(t.id());
        Trash.Item item = s.trash().items().getFirst();
        assertEquals(Trash.Kind.TARGET, item.kind());
        assertEquals("100% nhiệm vụ đúng hạn (chỉ tiêu của \"Kế hoạch thử xóa\")", item.title());
        s.trash().restore(item.id());
        assertEquals(before, records());
    }
}
