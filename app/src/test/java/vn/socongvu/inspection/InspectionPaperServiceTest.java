package vn.socongvu.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.plan.Plan;

/** The decision and the report of an inspection over a real data folder: defaults, numbering, what it locks. */
class InspectionPaperServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    @TempDir
    Path tmp;
    Services s;
    InspectionPaperService papers;
    Inspection inspection;
    long signer;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        papers = s.inspections().papers();
        Unit office = s.directory().activeUnits().stream().filter(u -> u.name().startsWith("Văn phòng")).findFirst()
                .orElseThrow();
        Unit centre = s.directory().activeUnits().stream().filter(u -> u.name().startsWith("Trung tâm Phục vụ"))
                .findFirst().orElseThrow();
        Staff leader = s.directory().saveStaff(new Staff.Draft(null, "Phạm Thu Hà", office.id(), "Phó Chánh Văn phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        signer = s.settings().signers().get(1).id();
        InspectionItem badge = s.inspections().activeItems().get(1);
        inspection = s.inspections().save(new Inspection.Draft(null, InspectionKind.SCHEDULED,
                "Kiểm tra công vụ tại Trung tâm Phục vụ hành chính công", null, null, DAY, DAY, leader.id(),
                "Chấp hành tốt.", "Đề nghị duy trì.", null, List.of(), List.of(centre.id()), List.of(),
                List.of(new Inspection.Check(badge.id(), badge.name(), null)), List.of()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private InspectionPaperService.Choice decision(LocalDate on) {
        InspectionPaperService.Choice c = papers.choice(inspection.id(), InspectionPapers.Kind.DECISION);
        return new InspectionPaperService.Choice(signer, on, c.text());
    }

    @Test
    void theDefaultsTakeTheInspectionPlanAndTheConclusionAndAreKeptOnceChanged() {
        Plan p = s.plans().save(new Plan.Draft(null, 2026, "Kiểm tra công vụ năm 2026", List.of("Căn cứ Luật A"),
                null, List.of("Lưu: VT"), s.settings().signers().get(0).id()));
        s.plans().issue(p.id(), 3, LocalDate.of(2026, 1, 10));
        InspectionPaperService.Choice c = papers.choice(inspection.id(), InspectionPapers.Kind.DECISION);
        assertTrue(c.text().contains("Căn cứ Kế hoạch số 03/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã về kiểm "
                + "tra công vụ năm 2026"), c.text());
        assertTrue(c.text().startsWith("Căn cứ Luật Tổ chức chính quyền địa phương"));
        assertEquals(DAY, c.date(), "the inspection already began: the decision is dated its first day at the latest");
        assertEquals("Đề nghị duy trì.", papers.choice(inspection.id(), InspectionPapers.Kind.REPORT).text());
        assertEquals(TODAY, papers.choice(inspection.id(), InspectionPapers.Kind.REPORT).date());

        papers.save(inspection.id(), InspectionPapers.Kind.DECISION, new InspectionPaperService.Choice(signer, DAY,
                "Căn cứ Quy chế kiểm tra công vụ"));
        assertEquals("Căn cứ Quy chế kiểm tra công vụ",
                papers.choice(inspection.id(), InspectionPapers.Kind.DECISION).text());
        assertEquals(signer, papers.choice(inspection.id(), InspectionPapers.Kind.DECISION).signerId());
        assertTrue(s.inspections().history(inspection.id()).stream()
                .anyMatch(e -> "inspection.field.decisionBases".equals(e.field())), "the change is in the history");
    }

    @Test
    void numberingTheDecisionRegistersItAndMakesItTheInspectionsDecision() {
        OfficialDocument draft = papers.document(inspection.id(), InspectionPapers.Kind.DECISION, decision(DAY));
        assertNull(draft.number());
        InspectionPapers after = papers.number(inspection.id(), InspectionPapers.Kind.DECISION, 1, decision(DAY));
        assertEquals("01/QĐ-UBND", after.decision().number());
        Inspection i = s.inspections().inspection(inspection.id());
        assertEquals("01/QĐ-UBND", i.decisionNumber());
        assertEquals(DAY, i.decisionDate());
        assertEquals(List.of(i.id()), s.inspections().list(new InspectionFilter(null, "01/qd-ubnd", null, null, null,
                null)).stream().map(InspectionRow::id).toList(), "found by the decision's new number");
        List<DocumentRegister.Entry> entries = s.register().entries(2026, DocumentKind.QUYET_DINH);
        assertEquals(1, entries.size());
        assertEquals("Về việc thành lập Đoàn kiểm tra công vụ theo kế hoạch", entries.get(0).title());
        assertFalse(s.audit().history(s.db().dsl(), DocumentRegister.ENTITY, entries.get(0).id()).isEmpty(),
                "the register's own audit row");
        List<AuditEntry> h = s.inspections().history(inspection.id());
        assertTrue(h.stream().anyMatch(e -> "inspection.field.decisionNumber".equals(e.field())
                && "01/QĐ-UBND".equals(e.newValue())), h.toString());

        OfficialDocument issued = papers.document(inspection.id(), InspectionPapers.Kind.DECISION,
                new InspectionPaperService.Choice(null, TODAY, "Căn cứ khác"));
        assertEquals("01/QĐ-UBND", issued.number(), "kept as issued, whatever the dialog holds");
        assertEquals(DAY, issued.date());
        ValidationException again = assertThrows(ValidationException.class,
                () -> papers.number(inspection.id(), InspectionPapers.Kind.DECISION, 2, decision(DAY)));
        assertTrue(again.getMessage().contains("01/QĐ-UBND"), again.getMessage());
        assertThrows(ValidationException.class, () -> papers.save(inspection.id(), InspectionPapers.Kind.DECISION,
                decision(DAY)));
        assertEquals(List.of(after.decision().registerId()), s.register().entries(2026, DocumentKind.QUYET_DINH)
                .stream().map(DocumentRegister.Entry::id).toList(), "nothing more in the register");
    }

    @Test
    void aRegisteredDecisionCannotBeRetypedAndKeepsTheInspectionFromDeletion() {
        papers.number(inspection.id(), InspectionPapers.Kind.DECISION, 4, decision(DAY));
        Inspection i = s.inspections().inspection(inspection.id());
        Inspection.Draft retyped = new Inspection.Draft(i.id(), i.kind(), i.title(), "9/QĐ-UBND", i.decisionDate(),
                i.startsOn(), i.endsOn(), i.leaderId(), i.findings(), i.conclusion(), i.noticeSignerId(), i.members(),
                i.unitIds(), List.of(), i.checks(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> s.inspections().save(retyped));
        assertEquals("decisionNumber", e.errors().get(0).field());
        Inspection.Draft same = new Inspection.Draft(i.id(), i.kind(), i.title() + " (sửa)", i.decisionNumber(),
                i.decisionDate(), i.startsOn(), i.endsOn(), i.leaderId(), i.findings(), i.conclusion(),
                i.noticeSignerId(), i.members(), i.unitIds(), List.of(), i.checks(), List.of());
        assertEquals("04/QĐ-UBND", s.inspections().save(same).decisionNumber(), "other changes are saved");
        ValidationException del = assertThrows(ValidationException.class, () -> s.inspections().delete(i.id()));
        assertTrue(del.getMessage().contains("04/QĐ-UBND"), del.getMessage());
    }

    @Test
    void theDaysOfIssueAreRefusedOutOfPlace() {
        ValidationException late = assertThrows(ValidationException.class, () -> papers.number(inspection.id(),
                InspectionPapers.Kind.DECISION, 1, decision(DAY.plusDays(1))));
        assertEquals("date", late.errors().get(0).field());
        ValidationException early = assertThrows(ValidationException.class, () -> papers.number(inspection.id(),
                InspectionPapers.Kind.REPORT, 1, new InspectionPaperService.Choice(signer, DAY.minusDays(1), "")));
        assertEquals("date", early.errors().get(0).field());
        ValidationException noSigner = assertThrows(ValidationException.class, () -> papers.number(inspection.id(),
                InspectionPapers.Kind.REPORT, 1, new InspectionPaperService.Choice(null, TODAY, "")));
        assertEquals("signer", noSigner.errors().get(0).field());
        assertTrue(s.register().entries(2026, DocumentKind.BAO_CAO).isEmpty());
        assertTrue(s.register().entries(2026, DocumentKind.QUYET_DINH).isEmpty());
    }

    @Test
    void numberingTheReportRegistersABaoCaoAndAGivenNumberIsRefused() {
        s.register().register(2026, DocumentKind.BAO_CAO, 5, "Báo cáo khác", TODAY);
        assertEquals(6, papers.proposeNumber(InspectionPapers.Kind.REPORT, TODAY));
        assertTrue(papers.numberWarning(InspectionPapers.Kind.REPORT, TODAY, "5").orElseThrow().contains("05/BC-UBND"));
        InspectionPaperService.Choice c = new InspectionPaperService.Choice(signer, TODAY, "Đề nghị duy trì.");
        assertThrows(ValidationException.class, () -> papers.number(inspection.id(), InspectionPapers.Kind.REPORT, 5, c));
        assertFalse(papers.papers(inspection.id()).report().numbered(), "a refused number leaves nothing behind");
        papers.number(inspection.id(), InspectionPapers.Kind.REPORT, 6, c);
        OfficialDocument d = papers.document(inspection.id(), InspectionPapers.Kind.REPORT, c);
        assertEquals("06/BC-UBND", d.number());
        assertEquals(TODAY, d.date());
        assertEquals("Kết quả kiểm tra công vụ tại Trung tâm Phục vụ hành chính công", d.title());
        assertNull(s.inspections().inspection(inspection.id()).decisionNumber(), "the report leaves the decision alone");
    }

    @Test
    void theGalleryShowsATypedDecisionWithItsNumberAndWritesNothing() throws Exception {
        Inspection i = s.inspections().inspection(inspection.id());
        s.inspections().save(new Inspection.Draft(i.id(), i.kind(), i.title(), "12/QĐ-UBND", DAY.minusDays(3),
                i.startsOn(), i.endsOn(), i.leaderId(), i.findings(), i.conclusion(), i.noticeSignerId(), i.members(),
                i.unitIds(), List.of(), i.checks(), List.of()));
        var before = TestServices.recordChecksums(s);
        OfficialDocument d = papers.sample(i.id(), InspectionPapers.Kind.DECISION);
        assertEquals("12/QĐ-UBND", d.number());
        assertEquals(DAY.minusDays(3), d.date());
        assertEquals("01/BC-UBND", papers.sample(i.id(), InspectionPapers.Kind.REPORT).number());
        assertEquals(before, TestServices.recordChecksums(s));
    }
}
