package vn.socongvu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.EVALUATION_MARK;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/** The service over a real data folder: the sheet read from the tasks, each input validated, written, audited. */
class EvaluationServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    static final EvaluationPeriod Q3 = EvaluationPeriod.quarter(2026, 3);

    @TempDir
    Path tmp;
    Services s;
    EvaluationService ev;
    long unit;
    long staff;
    long leader;
    long lateTask;
    long lateOcc;
    long onTimeOcc;
    long openOcc;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        ev = s.evaluation();
        unit = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE, null,
                null)).id();
        leader = s.directory().saveStaff(new Staff.Draft(null, "Trần Văn Bình", unit, "Chánh Văn phòng",
                StaffCategory.CONG_CHUC, true, null, null)).id();
        staff = s.directory().saveStaff(new Staff.Draft(null, "Lê Thị Mai", unit, "Chuyên viên",
                StaffCategory.CONG_CHUC, false, null, null)).id();
        s.directory().saveStaff(new Staff.Draft(null, "Phạm Văn Tư", unit, "Nhân viên bảo vệ",
                StaffCategory.NGUOI_LAO_DONG, false, null, null));
        lateTask = task("Tổng hợp báo cáo quý", LocalDate.of(2026, 8, 14));
        lateOcc = s.tasks().occurrences(lateTask).getFirst().id();
        s.tasks().complete(lateOcc, LocalDate.of(2026, 8, 20), "Đã gửi");
        long onTime = task("Rà soát hồ sơ", LocalDate.of(2026, 9, 10));
        onTimeOcc = s.tasks().occurrences(onTime).getFirst().id();
        s.tasks().complete(onTimeOcc, LocalDate.of(2026, 9, 9), "Xong");
        openOcc = s.tasks().occurrences(task("Cập nhật cơ sở dữ liệu", LocalDate.of(2026, 12, 10))).getFirst().id();
    }

    private long task(String content, LocalDate deadline) {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, unit,
                staff, List.of(), null, null, null, "Công văn 12/UBND", LocalDate.of(2026, 7, 1), deadline,
                Recurrence.NONE, null)).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private PersonScore mai() {
        return ev.sheet(Q3, null).person(staff).orElseThrow();
    }

    @Test
    void theSheetReadsTheTasksThePersonLeads() {
        EvaluationSheet sheet = ev.sheet(Q3, unit);
        assertEquals(2, sheet.people().size());                        // the người lao động is not evaluated
        assertEquals(leader, sheet.people().getFirst().staffId());      // leaders first
        PersonScore p = mai();
        assertEquals(2, p.products().size());                          // the December one is not due in Q3
        assertEquals(100, p.quantityPct(), 1e-9);
        assertEquals(100, p.qualityPct(), 1e-9);
        assertEquals(87.5, p.progressPct(), 1e-9);                     // (1 + 0.75) / 2
        assertEquals(70 * 287.5 / 300, p.taskPoints(), 1e-9);
        assertFalse(p.generalEntered());
        PersonScore l = sheet.person(leader).orElseThrow();
        assertTrue(l.leader());
        assertEquals(100, l.unitResultPct(), 1e-9);                    // Mai is at "hoàn thành" (67.1)
        assertEquals(Rating.COMPLETED, p.rating());
    }

    @Test
    void marksAndExemptionsChangeTheFiguresAndAreAudited() {
        ev.exemptDelay(lateOcc, new Exemption("Mất điện diện rộng", "Chủ tịch UBND", LocalDate.of(2026, 8, 21)));
        assertEquals(100, mai().progressPct(), 1e-9);
        ev.markQuality(onTimeOcc, 1, "Số liệu chưa khớp");
        assertEquals(87.5, mai().qualityPct(), 1e-9);
        assertEquals(1, mai().deductions().size());
        ev.exemptQuality(onTimeOcc, new Exemption("Biểu mẫu của tỉnh thay đổi", "Chủ tịch UBND", TODAY));
        assertEquals(100, mai().qualityPct(), 1e-9);
        ev.exemptQuality(onTimeOcc, null);
        ev.markQuality(onTimeOcc, 0, null);
        assertEquals(100, mai().qualityPct(), 1e-9);
        assertEquals(0, s.db().dsl().fetchCount(EVALUATION_MARK,
                EVALUATION_MARK.OCCURRENCE_ID.eq(onTimeOcc)));
        List<AuditEntry> h = s.tasks().history(s.tasks().occurrences(lateTask).getFirst().taskId());
        assertTrue(h.stream().anyMatch(e -> "evaluation.field.delayExemption".equals(e.field())
                && e.newValue().contains("Mất điện")), h.toString());
    }

    @Test
    void badInputIsRefusedAtItsField() {
        assertField("failedAssessments", () -> ev.markQuality(openOcc, 1, "Sai"));   // not completed
        assertField("reason", () -> ev.markQuality(onTimeOcc, 1, " "));
        assertField("failedAssessments", () -> ev.markQuality(onTimeOcc, 5, "Sai"));
        assertField("reason", () -> ev.exemptDelay(onTimeOcc, new Exemption("Mưa bão", "Chủ tịch", TODAY)));
        assertField("confirmedOn", () -> ev.exemptDelay(lateOcc, new Exemption("Mưa bão", "Chủ tịch",
                TODAY.plusDays(1))));
        assertField("confirmedBy", () -> ev.exemptDelay(lateOcc, new Exemption("Mưa bão", "", TODAY)));
        assertField("weight", () -> ev.setTaskWeight(lateTask, 0.0));
        assertField("weight", () -> ev.setTaskWeight(lateTask, 10.5));
        assertField("politics", () -> ev.saveGeneral(staff, Q3, new GeneralCriteria(5.5, 5, 5, 5, 5, 5, null,
                "Chủ tịch", TODAY)));
        assertField("assessedOn", () -> ev.saveGeneral(staff, Q3, new GeneralCriteria(5, 5, 5, 5, 5, 5, null,
                "Chủ tịch", TODAY.plusDays(3))));
        assertField("description", () -> ev.addCase(staff, 2026, "  ", null));
        EvaluationSettings d = EvaluationSettings.defaults();
        assertField("leaderShares", () -> ev.saveSettings(new EvaluationSettings(d.cycle(), d.weightBySource(), 0.5,
                0.2, 0.2, 0.2, d.evaluated())));
        assertField("cycle", () -> ev.saveSettings(d.withCycle(EvaluationPeriod.Kind.YEAR)));
        assertField("weight.MEETING", () -> ev.saveSettings(d.withWeight(TaskSource.MEETING, -1)));
        assertEquals(0, s.db().dsl().fetchCount(EVALUATION_MARK));
    }

    private static void assertField(String field, Runnable r) {
        ValidationException e = assertThrows(ValidationException.class, r::run);
        assertTrue(e.forField(field).isPresent(), field + " ← " + e.errors());
    }

    @Test
    void generalCriteriaWeightsCasesAndSettings() {
        ev.saveGeneral(staff, Q3, new GeneralCriteria(5, 4.5, 4, 4, 4.5, 4, "Tích cực", "Trần Văn Bình", TODAY));
        PersonScore p = mai();
        assertEquals(26, p.generalPoints(), 1e-9);
        assertEquals(26 + 70 * 287.5 / 300, p.total(), 1e-9);          // 93.08
        assertEquals(Rating.EXCELLENT, p.rating());
        assertFalse(ev.history(staff, Q3).isEmpty());

        ev.setTaskWeight(lateTask, 3.0);                               // the late one now weighs 3 of 4
        assertEquals(4, mai().assigned(), 1e-9);
        assertEquals(100 * (3 * 0.75 + 1) / 4, mai().progressPct(), 1e-9);
        assertEquals(3.0, ev.taskWeight(lateTask));
        ev.setTaskWeight(lateTask, null);
        assertNull(ev.taskWeight(lateTask));

        LegalCase c = ev.addCase(staff, 2026, "Bị kết luận vi phạm về tham nhũng", "Kết luận 5/KL-TTr");
        assertEquals(Rating.NOT_COMPLETED, mai().rating());
        assertEquals(1, mai().forcedBy().size());
        ev.removeCase(c.id());
        assertEquals(Rating.EXCELLENT, mai().rating());

        ev.saveSettings(EvaluationSettings.defaults().withCycle(EvaluationPeriod.Kind.MONTH)
                .withWeight(TaskSource.INSTRUCTION, 2));
        assertEquals(EvaluationPeriod.Kind.MONTH, ev.settings().cycle());
        assertEquals(2, ev.settings().weightOf(TaskSource.INSTRUCTION), 1e-9);
        assertEquals(EvaluationPeriod.month(2026, 10), ev.periodsWithData().getFirst());

        ev.saveGeneral(staff, Q3, null);
        assertNull(ev.general(staff, Q3));
        assertEquals(List.of(AuditAction.DELETE, AuditAction.CREATE),
                ev.history(staff, Q3).stream().map(AuditEntry::action).distinct().toList());   // newest first
    }

    @Test
    void theYearFromTheQuarters() {
        ev.saveGeneral(staff, Q3, new GeneralCriteria(5, 5, 5, 5, 5, 5, null, "Trần Văn Bình", TODAY));
        YearSheet y = ev.year(2026, unit);
        YearScore mai = y.person(staff).orElseThrow();
        assertEquals(4, mai.parts().size());                            // Q4 has begun on 15/10
        // Q1, Q2: nothing. Q3: 30 + 67.08. Q4 so far: nothing due by 15/10, nothing entered.
        assertEquals(1, mai.parts().stream().filter(YearScore.PeriodTotal::counted).count());
        assertEquals(30 + 70 * 287.5 / 300, mai.average(), 1e-9);
    }

    @Test
    void aTaskDeletedToTheTrashKeepsItsWeightAndMarks() {
        ev.setTaskWeight(lateTask, 2.0);
        ev.exemptDelay(lateOcc, new Exemption("Mất điện", "Chủ tịch UBND", TODAY));
        // A completed task cannot be deleted; reopened (the mark stays on its occurrence), it can.
        s.tasks().reopen(lateOcc);
        s.tasks().delete(lateTask);
        assertEquals(1, mai().products().size());
        assertEquals(0, s.db().dsl().fetchCount(EVALUATION_MARK));
        long item = s.trash().items().getFirst().id();
        s.trash().restore(item);
        assertEquals(2.0, ev.taskWeight(lateTask));
        s.tasks().complete(lateOcc, LocalDate.of(2026, 8, 20), "Đã gửi");
        Product back = mai().products().stream().filter(x -> x.occurrenceId() == lateOcc).findFirst().orElseThrow();
        assertEquals("Mất điện", back.delayExemption().reason());
        assertEquals(1, back.progressShare(), 1e-9);
        assertEquals(2.0, back.weight(), 1e-9);
    }
}
