package vn.socongvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;

/**
 * The optimistic lock of the saves (issue 35, decision 2): a save given the mark its form loaded the record at is
 * refused once someone else changed the record since, with their changes; without a mark nothing is checked; the
 * per-entity merge makes the draft to save.
 */
class EditConflictTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;
    Services s;
    long unit;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        unit = s.directory().saveUnit(new Unit.Draft(null, "Tổ công tác chuyển đổi số", null, UnitKind.DEPARTMENT, null,
                null)).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Task task() {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Rà soát hồ sơ",
                unit, null, List.of(), null, null, "Báo cáo", "Công văn 12/UBND", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 15), Recurrence.NONE, null));
    }

    private static Task.Draft with(Task t, String content, String expected) {
        Task.Draft d = TaskService.draft(t);
        return new Task.Draft(d.id(), d.source(), d.planId(), d.parentId(), d.label(), d.group(), content,
                d.leadUnitId(), d.leadStaffId(), d.cooperatingUnitIds(), d.responsibility(), d.authority(), expected,
                d.instructionRef(), d.assignedOn(), d.deadline(), d.recurrence(), d.recurrenceUntil());
    }

    @Test
    void aStaleSaveIsRefusedWithTheOtherPersonsChangesAndTheMergeKeepsBoth() {
        Task loaded = task();
        long mark = s.tasks().mark(loaded.id());
        assertTrue(mark > 0, "the creation is audited");
        // the other person changes the content (no mark: unchecked, as a command would)
        s.tasks().save(with(loaded, "Rà soát hồ sơ đất đai", loaded.expectedResult()));
        Task.Draft mine = with(loaded, loaded.content(), "Báo cáo bằng văn bản");
        EditConflictException e = assertThrows(EditConflictException.class, () -> s.tasks().save(mine, mark));
        assertEquals(Set.of("task.field.content"), e.changedFields());
        AuditEntry c = e.changes().getFirst();
        assertEquals("Rà soát hồ sơ", c.oldValue());
        assertEquals("Rà soát hồ sơ đất đai", c.newValue());
        assertEquals(s.audit().actor(), c.actor());
        assertNotNull(c.at());
        assertTrue(e.userMessage().contains("Rà soát hồ sơ đất đai"), e.userMessage());
        assertEquals("Rà soát hồ sơ đất đai", s.tasks().task(loaded.id()).content(), "theirs stands");
        assertEquals("Báo cáo", s.tasks().task(loaded.id()).expectedResult(), "nothing of the refused save written");

        // merge: their content, my expected result; saved with the mark of their change
        Task.Draft merged = TaskService.MERGE.merge(TaskService.draft(loaded),
                TaskService.draft(s.tasks().task(loaded.id())), mine, Set.of());
        Task saved = s.tasks().save(merged, e.latestMark());
        assertEquals("Rà soát hồ sơ đất đai", saved.content());
        assertEquals("Báo cáo bằng văn bản", saved.expectedResult());
        // once more with the old mark: refused again, now with both changes
        assertEquals(2, assertThrows(EditConflictException.class, () -> s.tasks().save(mine, mark)).changes().size());
    }

    @Test
    void theMergeTakesMineWhereTheClerkKeepsIt() {
        Task loaded = task();
        Task.Draft theirs = with(loaded, "Của họ", "Kết quả của họ");
        Task.Draft mine = with(loaded, "Của tôi", loaded.expectedResult());
        Task.Draft merged = TaskService.MERGE.merge(TaskService.draft(loaded), theirs, mine,
                Set.of("task.field.content"));
        assertEquals("Của tôi", merged.content());
        assertEquals("Kết quả của họ", merged.expectedResult(), "they changed it, I did not keep mine");
        assertEquals(Set.of("task.field.content", "task.field.expectedResult"),
                TaskService.MERGE.differing(TaskService.draft(loaded), theirs));
    }

    @Test
    void withoutAMarkNothingIsCheckedAndAFreshMarkPasses() {
        Task loaded = task();
        long mark = s.tasks().mark(loaded.id());
        s.tasks().save(with(loaded, "Một", null));
        s.tasks().save(with(loaded, "Hai", null));
        assertEquals("Hai", s.tasks().task(loaded.id()).content());
        long fresh = s.tasks().mark(loaded.id());
        assertTrue(fresh > mark);
        assertEquals("Ba", s.tasks().save(with(loaded, "Ba", null), fresh).content());
    }

    @Test
    void progressCompletionReopenAndHoldAreCheckedAgainstTheTasksMark() {
        Task t = task();
        long occ = s.tasks().occurrences(t.id()).getFirst().id();
        long mark = s.tasks().mark(t.id());
        s.tasks().report(occ, TODAY, 50, "Đang làm", "A");
        assertThrows(EditConflictException.class, () -> s.tasks().complete(occ, TODAY, "Xong", mark));
        assertThrows(EditConflictException.class, () -> s.tasks().report(occ, TODAY, 60, null, "B", mark));
        assertThrows(EditConflictException.class, () -> s.tasks().hold(t.id(), Hold.PAUSED, "Chờ", mark));
        assertEquals(null, s.tasks().occurrences(t.id()).getFirst().completedOn());
        long fresh = s.tasks().mark(t.id());
        s.tasks().complete(occ, TODAY, "Xong", fresh);
        assertEquals(TODAY, s.tasks().occurrences(t.id()).getFirst().completedOn());
        assertThrows(EditConflictException.class, () -> s.tasks().reopen(occ, fresh));
        s.tasks().reopen(occ, s.tasks().mark(t.id()));
        assertEquals(null, s.tasks().occurrences(t.id()).getFirst().completedOn());
    }

    @Test
    void unitsStaffPlansAndTheIdentityAreCheckedToo() {
        DirectoryService dir = s.directory();
        Unit u = dir.unit(unit).orElseThrow();
        long um = dir.mark(DirectoryService.UNIT, unit);
        dir.saveUnit(new Unit.Draft(unit, u.name(), "VHXH", u.kind(), "0208 3851 234", null));
        EditConflictException ue = assertThrows(EditConflictException.class,
                () -> dir.saveUnit(new Unit.Draft(unit, u.name(), null, u.kind(), null, "ghi chú"), um));
        assertEquals(Set.of("unit.field.shortName", "unit.field.phone"), ue.changedFields());
        Unit.Draft mergedUnit = DirectoryService.UNIT_MERGE.merge(DirectoryService.draft(u),
                DirectoryService.draft(dir.unit(unit).orElseThrow()),
                new Unit.Draft(unit, u.name(), null, u.kind(), "0208 3851 999", "ghi chú"), Set.of("unit.field.phone"));
        Unit after = dir.saveUnit(mergedUnit, ue.latestMark());
        assertEquals("VHXH", after.shortName());
        assertEquals("0208 3851 999", after.phone());
        assertEquals("ghi chú", after.note());

        Staff p = dir.saveStaff(new Staff.Draft(null, "Nguyễn Văn An", unit, "Chuyên viên", StaffCategory.CONG_CHUC,
                false, null, null));
        long pm = dir.mark(DirectoryService.STAFF, p.id());
        dir.saveStaff(new Staff.Draft(p.id(), "Nguyễn Văn An", unit, "Trưởng phòng", StaffCategory.CONG_CHUC,
                true, null, null));
        assertThrows(EditConflictException.class, () -> dir.saveStaff(DirectoryService.draft(p), pm));

        PlanService plans = s.plans();
        Plan plan = plans.save(new Plan.Draft(null, 2026, "Kế hoạch cải cách hành chính", List.of(), null, List.of(),
                null));
        long planMark = plans.mark(plan.id());
        plans.save(new Plan.Draft(plan.id(), 2026, "Kế hoạch cải cách hành chính năm 2026", List.of(), null,
                List.of(), null));
        assertThrows(EditConflictException.class, () -> plans.save(PlanService.draft(plan), planMark));

        SettingsService settings = s.settings();
        CommuneIdentity id = settings.identity().orElseThrow();
        long im = settings.identityMark();
        settings.saveIdentity(new CommuneIdentity(id.communeName(), id.province(), "SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
                id.issuingBody(), id.placeName()));
        EditConflictException ie = assertThrows(EditConflictException.class, () -> settings.saveIdentity(
                new CommuneIdentity(id.communeName(), id.province(), id.superiorBody(), id.issuingBody(), "Bình Thành 2"),
                im));
        assertEquals(Set.of("settings.field.superiorBody"), ie.changedFields());
        CommuneIdentity merged = SettingsService.mergeIdentity(id, settings.identity().orElseThrow(),
                new CommuneIdentity(id.communeName(), id.province(), id.superiorBody(), id.issuingBody(), "Bình Thành 2"),
                Set.of());
        settings.saveIdentity(merged, ie.latestMark());
        assertEquals("SỞ NỘI VỤ TỈNH THÁI NGUYÊN", settings.identity().orElseThrow().superiorBody());
        assertEquals("Bình Thành 2", settings.identity().orElseThrow().placeName());
    }
}
