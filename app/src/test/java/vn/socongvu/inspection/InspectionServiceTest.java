package vn.socongvu.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;

class InspectionServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    Path tmp;
    Services s;
    InspectionService inspections;
    long vp;
    long pvhcc;
    Staff chair;
    Staff leader;
    Staff clerk;
    Staff officer;
    Staff head;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        inspections = s.inspections();
        vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND xã", null, UnitKind.OFFICE, null,
                null)).id();
        pvhcc = s.directory().saveUnit(new Unit.Draft(null, "Trung tâm Phục vụ hành chính công", null,
                UnitKind.CENTER, null, null)).id();
        chair = s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", vp, "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        leader = s.directory().saveStaff(new Staff.Draft(null, "Phạm Thu Hà", vp, "Phó Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        clerk = s.directory().saveStaff(new Staff.Draft(null, "Lê Thị Lan", vp, "Chuyên viên",
                StaffCategory.CONG_CHUC, false, null, null));
        officer = s.directory().saveStaff(new Staff.Draft(null, "Trần Quốc Việt", pvhcc, "Công chức một cửa",
                StaffCategory.CONG_CHUC, false, null, null));
        head = s.directory().saveStaff(new Staff.Draft(null, "Đỗ Minh Anh", pvhcc, "Giám đốc Trung tâm",
                StaffCategory.CONG_CHUC, true, null, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private Inspection.Draft surprise(LocalDate on, List<Inspection.Violation> violations) {
        InspectionItem badge = inspections.activeItems().get(1);
        InspectionItem hours = inspections.activeItems().get(0);
        return new Inspection.Draft(null, InspectionKind.SURPRISE, "Kiểm tra công vụ đột xuất tại Trung tâm Phục vụ "
                + "hành chính công", "45/QĐ-UBND", on, on, on, leader.id(), "Đa số công chức chấp hành tốt.",
                "Yêu cầu Trung tâm chấn chỉnh việc đeo thẻ.", s.settings().signers().get(0).id(),
                List.of(new Inspection.Member(clerk.id(), clerk.fullName(), "Chuyên viên Văn phòng")),
                List.of(pvhcc), List.of(officer.id()),
                List.of(new Inspection.Check(hours.id(), hours.name(), "Có mặt đủ, đúng giờ"),
                        new Inspection.Check(badge.id(), badge.name(), null)), violations);
    }

    private Inspection.Violation badge(Long id, DisciplineMeasure proposed, DisciplineMeasure decided, String number,
                                       LocalDate decisionDate, LocalDate deadline, LocalDate remediated) {
        return new Inspection.Violation(id, officer.id(), null, null, false, null, null, null,
                "Không đeo thẻ công chức", "Không đeo thẻ khi tiếp công dân", Severity.MINOR, "Quên thẻ ở nhà",
                proposed, decided, number, decisionDate, deadline, remediated, null);
    }

    @Test
    void surpriseInspectionWithViolationCreatesARemediationTaskThatNamesNoOne() {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, DisciplineMeasure.REPRIMAND,
                null, null, null, d(2026, 11, 25), null))));
        Inspection.Violation v = i.violations().get(0);
        assertEquals("Trần Quốc Việt", v.fullName(), "the person's name is kept as on the day");
        assertEquals(StaffCategory.CONG_CHUC, v.category());
        assertEquals(pvhcc, v.unitId(), "the unit is the person's");
        assertEquals(d(2026, 11, 25), v.remediationDeadline());
        assertNull(v.remediatedOn());
        Task t = s.tasks().task(v.remediationTaskId());
        assertEquals(TaskSource.INSPECTION, t.source());
        assertEquals(pvhcc, t.leadUnitId());
        assertEquals(d(2026, 11, 25), t.deadline());
        assertTrue(t.content().contains("không đeo thẻ công chức") && t.content().contains("16/11/2026"), t.content());
        assertFalse(t.content().contains("Việt") || t.instructionRef().contains("Việt"), "no name in a task");
        // Due in five days: it is among the reminders, like any task.
        List<TaskRow> due = s.tasks().reminders(7);
        assertTrue(due.stream().anyMatch(r -> r.taskId() == t.id() && r.state() == TaskState.OPEN_ON_TIME));
        assertEquals(List.of("Chấp hành thời giờ làm việc (đi muộn, về sớm, bỏ vị trí)",
                "Đeo thẻ cán bộ, công chức, viên chức"), i.checks().stream().map(Inspection.Check::itemName).toList());
        assertEquals(List.of(officer.id()), i.persons().stream().map(Inspection.Person::staffId).toList());
    }

    @Test
    void verifyingTheRemediationCompletesItsTaskAndClearingItReopens() {
        Inspection i = inspections.save(surprise(d(2026, 11, 2), List.of(badge(null, null, null, null, null,
                d(2026, 11, 10), null))));
        Inspection.Violation v = i.violations().get(0);
        assertEquals(TaskState.OPEN_OVERDUE, s.tasks().currentState(v.remediationTaskId()));
        assertEquals(1, inspections.stats(d(2026, 11, 1), d(2026, 11, 30)).remediationOverdue());
        assertEquals(1, inspections.list(InspectionFilter.period(null, null)).get(0).remediationOverdue());

        Inspection done = inspections.save(draftOf(i, badge(v.id(), null, null, null, null, d(2026, 11, 10),
                d(2026, 11, 12))));
        Inspection.Violation after = done.violations().get(0);
        assertEquals(v.remediationTaskId(), after.remediationTaskId(), "the same task followed");
        assertEquals(d(2026, 11, 12), after.remediatedOn());
        assertEquals(TaskState.DONE_LATE, s.tasks().currentState(v.remediationTaskId()));
        InspectionStats st = inspections.stats(d(2026, 11, 1), d(2026, 11, 30));
        assertEquals(1, st.remediationDone());
        assertEquals(0, st.remediationOverdue());

        Inspection reopened = inspections.save(draftOf(done, badge(v.id(), null, null, null, null, d(2026, 11, 10),
                null)));
        assertNull(reopened.violations().get(0).remediatedOn());
        assertEquals(TaskState.OPEN_OVERDUE, s.tasks().currentState(v.remediationTaskId()));
    }

    @Test
    void completingTheTaskInNhiemVuShowsAsVerified() {
        Inspection i = inspections.save(surprise(d(2026, 11, 2), List.of(badge(null, null, null, null, null,
                d(2026, 11, 30), null))));
        long taskId = i.violations().get(0).remediationTaskId();
        s.tasks().complete(s.tasks().occurrences(taskId).get(0).id(), d(2026, 11, 18), "Đã đeo thẻ");
        assertEquals(d(2026, 11, 18), inspections.inspection(i.id()).violations().get(0).remediatedOn());
    }

    private static Inspection.Draft draftOf(Inspection i, Inspection.Violation... vs) {
        return new Inspection.Draft(i.id(), i.kind(), i.title(), i.decisionNumber(), i.decisionDate(), i.startsOn(),
                i.endsOn(), i.leaderId(), i.findings(), i.conclusion(), i.noticeSignerId(), i.members(), i.unitIds(),
                i.persons().stream().map(Inspection.Person::staffId).toList(), i.checks(), List.of(vs));
    }

    @Test
    void aMeasureAbolishedOn172IsRefusedWithTheReasonAndNothingIsSaved() {
        ValidationException e = assertThrows(ValidationException.class, () -> inspections.save(surprise(
                d(2026, 11, 16), List.of(badge(null, null, DisciplineMeasure.SALARY_DOWNGRADE, "12/QĐ-UBND",
                        d(2026, 11, 18), d(2026, 11, 30), null)))));
        assertEquals("violations", e.errors().get(0).field());
        String msg = e.errors().get(0).message();
        assertTrue(msg.contains("Trần Quốc Việt") && msg.contains("Hạ bậc lương") && msg.contains("01/7/2025"), msg);
        assertTrue(inspections.list(InspectionFilter.period(null, null)).isEmpty(), "nothing half-saved");
        assertTrue(s.tasks().list(TaskFilter.year(2026, TODAY)).isEmpty(), "no remediation task either");
    }

    @Test
    void measureRulesAtTheField() {
        // Cách chức only for a leader; a disciplinary measure needs its decision; in-house steps need none.
        String leadersOnly = assertThrows(ValidationException.class, () -> inspections.save(surprise(d(2026, 11, 16),
                List.of(badge(null, DisciplineMeasure.REMOVAL_FROM_POST, null, null, null, null, null)))))
                .errors().get(0).message();
        assertTrue(leadersOnly.contains("Cách chức") && leadersOnly.contains("lãnh đạo"), leadersOnly);
        String needsDecision = assertThrows(ValidationException.class, () -> inspections.save(surprise(
                d(2026, 11, 16), List.of(badge(null, null, DisciplineMeasure.WARNING, null, null, null, null)))))
                .errors().get(0).message();
        assertTrue(needsDecision.contains("số và ngày quyết định"), needsDecision);
        Inspection ok = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, DisciplineMeasure.CRITICISM,
                DisciplineMeasure.CRITICISM, null, null, null, null))));
        assertEquals(DisciplineMeasure.CRITICISM, ok.violations().get(0).decided());
        assertNull(ok.violations().get(0).remediationTaskId(), "no deadline, no task");
    }

    @Test
    void anOldRecordKeepsAMeasureOfItsTime() {
        Inspection i = inspections.save(surprise(d(2025, 5, 12), List.of(badge(null, DisciplineMeasure.SALARY_DOWNGRADE,
                DisciplineMeasure.SALARY_DOWNGRADE, "30/QĐ-UBND", d(2025, 6, 20), null, null))));
        assertEquals(DisciplineMeasure.SALARY_DOWNGRADE, i.violations().get(0).decided());
    }

    @Test
    void aUnitViolationTakesOnlyInHouseSteps() {
        Inspection.Violation unitWide = new Inspection.Violation(null, null, null, null, false, pvhcc, null, null,
                "Không niêm yết công khai thủ tục hành chính", null, Severity.SERIOUS, null, DisciplineMeasure.WARNING,
                null, null, null, null, null, null);
        String msg = assertThrows(ValidationException.class, () -> inspections.save(surprise(d(2026, 11, 16),
                List.of(unitWide)))).errors().get(0).message();
        assertTrue(msg.contains("Trung tâm Phục vụ hành chính công") && msg.contains("đơn vị"), msg);
    }

    @Test
    void changingTheDecidedMeasureIsAuditedWithWhoAndOldToNew() {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, DisciplineMeasure.REPRIMAND,
                DisciplineMeasure.REPRIMAND, "50/QĐ-UBND", d(2026, 11, 18), null, null))));
        long vid = i.violations().get(0).id();
        inspections.save(draftOf(i, badge(vid, DisciplineMeasure.REPRIMAND, DisciplineMeasure.WARNING, "51/QĐ-UBND",
                d(2026, 11, 19), null, null)));
        AuditEntry change = inspections.violationHistory(vid).stream()
                .filter(e -> "inspection.violation.field.decided".equals(e.field()) && e.oldValue() != null)
                .findFirst().orElseThrow();
        assertEquals("Khiển trách", change.oldValue());
        assertEquals("Cảnh cáo", change.newValue());
        assertEquals(s.db().sessionUser(), change.actor()); // the OS user on H2, the login on a server
        assertTrue(inspections.history(i.id()).stream().anyMatch(e -> e.entityId() == vid),
                "the inspection's history shows its violations'");
    }

    @Test
    void validationNamesTheFields() {
        Inspection.Draft bad = new Inspection.Draft(null, null, " ", null, d(2026, 11, 20), d(2026, 11, 10),
                d(2026, 11, 9), null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> inspections.save(bad));
        List<String> fields = e.errors().stream().map(x -> x.field()).toList();
        assertTrue(fields.containsAll(List.of("kind", "title", "endsOn", "leader", "decisionNumber", "subjects")),
                fields.toString());
    }

    @Test
    void countsByKindContentSeverityAndMeasureWithRepeats() {
        inspections.save(surprise(d(2026, 3, 10), List.of(badge(null, null, DisciplineMeasure.REMINDER, null, null,
                null, null))));
        Inspection second = inspections.save(surprise(d(2026, 9, 8), List.of(badge(null, DisciplineMeasure.REPRIMAND,
                DisciplineMeasure.REPRIMAND, "60/QĐ-UBND", d(2026, 9, 15), null, null))));
        Inspection.Draft clean = new Inspection.Draft(null, InspectionKind.ONLINE, "Kiểm tra trên môi trường số việc "
                + "giải quyết hồ sơ", null, null, d(2026, 10, 5), d(2026, 10, 5), leader.id(), null, null, null,
                List.of(), List.of(vp), List.of(), List.of(), List.of());
        inspections.save(clean);
        InspectionStats st = inspections.stats(d(2026, 1, 1), d(2026, 12, 31));
        assertEquals(3, st.inspections());
        assertEquals(2, st.count(InspectionKind.SURPRISE));
        assertEquals(1, st.count(InspectionKind.ONLINE));
        assertEquals(1, st.clean());
        assertEquals(2, st.violations());
        assertEquals(2, st.byContent().get("Không đeo thẻ công chức"));
        assertEquals(2, st.bySeverity().get(Severity.MINOR));
        assertEquals(1, st.byMeasure().get(DisciplineMeasure.REMINDER));
        assertEquals(1, st.byMeasure().get(DisciplineMeasure.REPRIMAND));
        assertEquals(1, st.persons());
        assertEquals(1, st.repeatPersons());
        List<ViolationRow> record = inspections.personRecord(officer.id());
        assertEquals(2, record.size());
        assertTrue(record.get(0).repeat(), "September repeats March");
        assertEquals(second.id(), record.get(0).inspectionId());
        assertFalse(record.get(1).repeat(), "the first is no repeat");
        assertEquals(2, inspections.unitRecord(pvhcc).size());
        assertTrue(inspections.unitRecord(vp).isEmpty());
        // The window's boundary days count; the day after does not.
        assertEquals(1, inspections.stats(d(2026, 3, 10), d(2026, 3, 10)).inspections());
        assertEquals(0, inspections.stats(d(2026, 3, 11), d(2026, 9, 7)).inspections());
        assertEquals(0, inspections.stats(d(2027, 1, 1), d(2027, 12, 31)).violations(), "an empty period is zeros");
    }

    @Test
    void removingAViolationRemovesItsUnworkedTaskAndDeleteIsRefusedOnceNumbered() {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, null, null, null, null,
                d(2026, 11, 30), null))));
        long taskId = i.violations().get(0).remediationTaskId();
        Inspection none = inspections.save(draftOf(i));
        assertTrue(none.violations().isEmpty());
        assertNull(s.tasks().currentState(taskId), "its task went with it");
        inspections.number(i.id(), DocumentKind.BIEN_BAN, 3);
        ValidationException e = assertThrows(ValidationException.class, () -> inspections.delete(i.id()));
        assertTrue(e.errors().get(0).message().contains("03/BB-UBND"), e.errors().get(0).message());
        assertNotNull(inspections.inspection(i.id()));
    }

    @Test
    void recordAndNoticeReadBackWithViolationsAndHandling() throws Exception {
        // Decided the day of the inspection: the notice, dated that day, cites the decision.
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, DisciplineMeasure.REPRIMAND,
                DisciplineMeasure.REPRIMAND, "52/QĐ-UBND", d(2026, 11, 16), d(2026, 11, 30), null))));
        assertEquals(7, inspections.proposeNumber(DocumentKind.BIEN_BAN, i.endsOn()) + 6);
        inspections.number(i.id(), DocumentKind.BIEN_BAN, 7);
        inspections.number(i.id(), DocumentKind.THONG_BAO, 4);
        String record = text(inspections.record(i.id()));
        for (String line : List.of("Số: 07/BB-UBND", "BIÊN BẢN", "Kiểm tra công vụ đột xuất tại Trung tâm",
                "Thực hiện Quyết định số 45/QĐ-UBND ngày 16/11/2026",
                "Đoàn kiểm tra công vụ tiến hành kiểm tra đột xuất",
                "Phạm Thu Hà, Phó Chủ tịch UBND xã — Trưởng đoàn",
                "Lê Thị Lan, Chuyên viên Văn phòng — Thành viên",
                "Trần Quốc Việt (Trung tâm Phục vụ hành chính công)", "Quên thẻ ở nhà",
                "Trung tâm Phục vụ hành chính công khắc phục vi phạm về không đeo thẻ công chức, hoàn thành trước ngày "
                        + "30/11/2026.", "TRƯỞNG ĐOÀN KIỂM TRA", "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA")) {
            assertTrue(record.contains(line), line + "\n" + record);
        }
        String notice = text(inspections.notice(i.id()));
        for (String line : List.of("Số: 04/TB-UBND", "THÔNG BÁO", "Kết luận kiểm tra công vụ đột xuất tại Trung tâm",
                "Khiển trách (Quyết định số 52/QĐ-UBND ngày 16/11/2026)", "Yêu cầu khắc phục", "Nơi nhận",
                "Nguyễn Văn Hùng")) {
            assertTrue(notice.contains(line), line + "\n" + notice);
        }
        assertEquals("thong-bao-kiem-tra-2026-11-16-kiem-tra-cong-vu-dot-xuat-tai-trung-tam-phuc-vu.docx",
                InspectionService.fileName(i, DocumentKind.THONG_BAO));
    }

    @Test
    void theNoticeShowsTheMeasuresAsTheyStoodOnItsDay() throws Exception {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, DisciplineMeasure.REPRIMAND,
                DisciplineMeasure.REPRIMAND, "52/QĐ-UBND", d(2026, 11, 18), d(2026, 11, 30), null))));
        OfficialDocument notice = inspections.notice(i.id());
        assertEquals(d(2026, 11, 16), notice.date(), "dated the inspection's last day");
        String text = text(notice);
        assertTrue(text.contains("Đề xuất khiển trách, chờ quyết định"), "decided two days later: proposed\n" + text);
        assertFalse(text.contains("52/QĐ-UBND"), "a decision not yet made is not cited\n" + text);
    }

    @Test
    void aRemediationDueOnASundayIsPrintedOnTheMondayAsItsTaskShowsIt() throws Exception {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of(badge(null, null, null, null, null,
                d(2026, 11, 29), null))));
        assertEquals(d(2026, 11, 30), s.tasks().effectiveDeadline(d(2026, 11, 29)), "29/11/2026 is a Sunday");
        for (OfficialDocument doc : List.of(inspections.record(i.id()), inspections.notice(i.id()))) {
            String text = text(doc);
            assertTrue(text.contains("hoàn thành trước ngày 30/11/2026"), text);
            assertFalse(text.contains("29/11/2026"), text);
        }
    }

    @Test
    void theTeamIsSetUpByADecisionOfTheCommitteeAsTheAppIssuesIt() throws Exception {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of()));
        for (OfficialDocument doc : List.of(inspections.record(i.id()), inspections.notice(i.id()))) {
            String text = text(doc);
            assertTrue(text.contains("Thực hiện Quyết định số 45/QĐ-UBND ngày 16/11/2026 của Ủy ban nhân dân xã về "
                    + "việc thành lập Đoàn kiểm tra công vụ"), text);
            assertFalse(text.contains("Chủ tịch Ủy ban nhân dân xã về việc thành lập"), text);
        }
    }

    @Test
    void theRecordNamesTheHeadOfTheUnitInspectedUnderItsSignature() {
        Inspection.Draft base = surprise(d(2026, 11, 16), List.of());
        Inspection atCentre = inspections.save(base);
        assertEquals("Đỗ Minh Anh", inspections.record(atCentre.id()).leftSignature().name(),
                "the centre's director, marked as its leader");
        long hamlet = s.directory().saveUnit(new Unit.Draft(null, "Thôn Đông", null, UnitKind.HAMLET, null, null)).id();
        Inspection several = inspections.save(new Inspection.Draft(null, base.kind(), "Kiểm tra thôn và văn phòng",
                base.decisionNumber(), base.decisionDate(), base.startsOn(), base.endsOn(), base.leaderId(), null,
                null, null, base.members(), List.of(hamlet, vp), List.of(), base.checks(), List.of()));
        assertEquals("Nguyễn Văn Hùng", inspections.record(several.id()).leftSignature().name(),
                "the first unit whose head is known; its head (Chủ tịch) before the deputy");
        Inspection unknown = inspections.save(new Inspection.Draft(null, base.kind(), "Kiểm tra thôn Đông",
                base.decisionNumber(), base.decisionDate(), base.startsOn(), base.endsOn(), base.leaderId(), null,
                null, null, base.members(), List.of(hamlet), List.of(), base.checks(), List.of()));
        assertEquals("", inspections.record(unknown.id()).leftSignature().name(), "no head known: signed by hand");
    }

    private Inspection.Draft timed(Inspection.Draft d, LocalTime start, LocalTime end, String place, Integer copies) {
        return new Inspection.Draft(d.id(), d.kind(), d.title(), d.decisionNumber(), d.decisionDate(), d.startsOn(),
                d.endsOn(), d.leaderId(), d.findings(), d.conclusion(), d.noticeSignerId(), d.members(), d.unitIds(),
                d.personIds(), d.checks(), d.violations(), start, end, place, copies);
    }

    @Test
    void recordFollowsMau19StartPlaceEndCopiesAndRecipientsUnderTheSignatures() throws Exception {
        Inspection i = inspections.save(timed(surprise(d(2026, 11, 16), List.of(badge(null, null, null, null, null,
                d(2026, 11, 30), null))), LocalTime.of(8, 0), LocalTime.of(10, 30),
                "  Trụ sở Trung tâm Phục vụ hành chính công ", 3));
        assertEquals(LocalTime.of(8, 0), i.startTime());
        assertEquals(LocalTime.of(10, 30), i.endTime());
        assertEquals("Trụ sở Trung tâm Phục vụ hành chính công", i.place(), "cleaned");
        assertEquals(3, i.copies());
        inspections.number(i.id(), DocumentKind.BIEN_BAN, 7);
        OfficialDocument doc = inspections.record(i.id());
        assertEquals(List.of("Trung tâm Phục vụ hành chính công", "Đoàn kiểm tra công vụ", "Lưu: VT, hồ sơ"),
                doc.recipients(), "the unit inspected (the person's), the team, the file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(doc, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String all = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            int at = -1;
            for (String line : List.of("Thực hiện Quyết định số 45/QĐ-UBND ngày 16/11/2026",
                    "Thời gian bắt đầu: 08 giờ 00 phút, ngày 16 tháng 11 năm 2026.",
                    "Địa điểm: Trụ sở Trung tâm Phục vụ hành chính công.",
                    "Đoàn kiểm tra công vụ tiến hành kiểm tra đột xuất", "THÀNH PHẦN ĐOÀN KIỂM TRA",
                    "KẾT LUẬN, KIẾN NGHỊ", "Cuộc kiểm tra kết thúc vào 10 giờ 30 phút, ngày 16 tháng 11 năm 2026.",
                    "Biên bản được lập thành 03 bản có giá trị như nhau: Đoàn kiểm tra giữ 01 bản, đơn vị được kiểm "
                            + "tra giữ 02 bản.",
                    "Biên bản đã được đọc lại cho Đoàn kiểm tra và đại diện đơn vị được kiểm tra cùng nghe, thống nhất "
                            + "ký tên dưới đây./.")) {
                int k = all.indexOf(line);
                assertTrue(k > at, "in order and present: " + line + "\n" + all);
                at = k;
            }
            // The signatures: the unit's representative left, the leader right; the Nơi nhận under the left one.
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            String left = sign.getRow(0).getCell(0).getText();
            assertTrue(sign.getRow(0).getCell(1).getText().contains("TRƯỞNG ĐOÀN KIỂM TRA"));
            int unit = left.indexOf("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA");
            int recipients = left.indexOf("Nơi nhận:");
            assertTrue(unit >= 0 && recipients > unit, left);
            assertTrue(left.endsWith("- Trung tâm Phục vụ hành chính công;- Đoàn kiểm tra công vụ;- Lưu: VT, hồ sơ."),
                    left);
        }
        List<AuditEntry> h = inspections.history(i.id());
        assertTrue(h.stream().anyMatch(e -> "inspection.field.startTime".equals(e.field())
                && "8:00".equals(e.newValue())), "the hours are in the history");
    }

    @Test
    void aRecordWithoutHoursLeavesThemToFillByHandAndPrintsNoEmptyConclusion() throws Exception {
        Inspection.Draft plain = surprise(d(2026, 11, 16), List.of());
        Inspection i = inspections.save(new Inspection.Draft(null, plain.kind(), plain.title(), null, null,
                plain.startsOn(), plain.endsOn(), plain.leaderId(), null, null, null, plain.members(), plain.unitIds(),
                List.of(), plain.checks(), List.of()));
        assertEquals(Inspection.DEFAULT_COPIES, i.copies());
        String record = text(inspections.record(i.id()));
        assertTrue(record.contains("Thời gian bắt đầu: …… giờ …… phút, ngày 16 tháng 11 năm 2026."), record);
        assertTrue(record.contains("Cuộc kiểm tra kết thúc vào …… giờ …… phút, ngày 16 tháng 11 năm 2026."), record);
        assertTrue(record.contains("Địa điểm: ……"), record);
        assertTrue(record.contains("Biên bản được lập thành 02 bản có giá trị như nhau: Đoàn kiểm tra giữ 01 bản, "
                + "đơn vị được kiểm tra giữ 01 bản."), record);
        assertFalse(record.contains("KẾT LUẬN"), "no conclusion, no remediation: no empty heading\n" + record);
        assertTrue(record.contains("IV. KẾT QUẢ KIỂM TRA"), record);
    }

    @Test
    void hoursPlaceAndCopiesAreCheckedAtTheirFields() {
        Inspection.Draft d = surprise(d(2026, 11, 16), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> inspections.save(timed(d,
                LocalTime.of(10, 0), LocalTime.of(9, 0), "x".repeat(301), 0)));
        assertEquals(List.of("endTime", "place", "copies"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("Cuộc kiểm tra trong một ngày: giờ kết thúc phải sau giờ bắt đầu.", e.errors().get(0).message());
        assertEquals("Số bản biên bản là một số từ 1 đến 20.", e.errors().get(2).message());
        Inspection.Draft twoDays = new Inspection.Draft(null, d.kind(), d.title(), d.decisionNumber(),
                d.decisionDate(), d(2026, 11, 16), d(2026, 11, 17), d.leaderId(), null, null, null, d.members(),
                d.unitIds(), d.personIds(), d.checks(), List.of(), LocalTime.of(14, 0), LocalTime.of(9, 0), null, 1);
        Inspection saved = inspections.save(twoDays);
        assertEquals(LocalTime.of(9, 0), saved.endTime(), "over two days, the end may be earlier in the day");
        assertTrue(InspectionDocuments.copies(saved.copies()).equals(
                "Biên bản được lập thành 01 bản, lưu tại hồ sơ của Đoàn kiểm tra."));
    }

    @Test
    void aCleanInspectionSaysSo() throws Exception {
        Inspection i = inspections.save(surprise(d(2026, 11, 16), List.of()));
        String notice = text(inspections.notice(i.id()));
        assertTrue(notice.contains("Qua kiểm tra, không phát hiện vi phạm."), notice);
        assertFalse(notice.contains("Yêu cầu khắc phục"));
    }

    @Test
    void catalogueOfContents() {
        int before = inspections.items().size();
        InspectionItem added = inspections.saveItem(null, "  Phòng, chống tham nhũng vặt ");
        assertEquals("Phòng, chống tham nhũng vặt", added.name());
        assertEquals(before + 1, inspections.items().size());
        assertEquals(added.id(), inspections.items().get(before).id(), "added at the end");
        ValidationException dup = assertThrows(ValidationException.class,
                () -> inspections.saveItem(null, "phong, chong tham nhung vat"));
        assertEquals("name", dup.errors().get(0).field());
        inspections.moveItem(added.id(), true);
        assertEquals(added.id(), inspections.items().get(before - 1).id());
        inspections.setItemActive(added.id(), false);
        assertFalse(inspections.activeItems().stream().anyMatch(x -> x.id() == added.id()));
        inspections.saveItem(added.id(), "Phòng, chống tham nhũng");
        assertEquals(2, inspections.itemHistory(added.id()).stream()
                .filter(e -> "inspection.item.field.name".equals(e.field())).count());
    }

    @Test
    void movingAContentLeavesAnAuditRowForEachContentThatChangesPlace() {
        List<InspectionItem> items = inspections.items();
        InspectionItem first = items.get(0);
        InspectionItem second = items.get(1);
        inspections.moveItem(second.id(), true);
        assertEquals(List.of(second.id(), first.id()), inspections.items().subList(0, 2).stream()
                .map(InspectionItem::id).toList());
        AuditEntry moved = inspections.itemHistory(second.id()).stream()
                .filter(e -> "inspection.item.field.position".equals(e.field())).findFirst().orElseThrow();
        assertEquals(AuditAction.UPDATE, moved.action());
        assertEquals("2", moved.oldValue());
        assertEquals("1", moved.newValue());
        AuditEntry pushed = inspections.itemHistory(first.id()).stream()
                .filter(e -> "inspection.item.field.position".equals(e.field())).findFirst().orElseThrow();
        assertEquals("1", pushed.oldValue());
        assertEquals("2", pushed.newValue());
        int rows = s.audit().count(s.db().dsl());
        inspections.moveItem(second.id(), true); // already first: nothing moves, nothing is recorded
        assertEquals(rows, s.audit().count(s.db().dsl()));
    }

    static String text(OfficialDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(doc, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            StringBuilder b = new StringBuilder();
            for (XWPFParagraph p : d.getParagraphs()) {
                b.append(p.getText()).append('\n');
            }
            for (XWPFTable t : d.getTables()) {
                b.append(t.getRows().stream().flatMap(r -> r.getTableCells().stream()).map(c -> c.getText())
                        .collect(Collectors.joining("\n"))).append('\n');
            }
            return b.toString();
        }
    }
}
