package vn.socongvu.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;

/**
 * The QUYẾT ĐỊNH thành lập Đoàn kiểm tra and the BÁO CÁO kết quả kiểm tra as built for the engine, from a fixture
 * inspection (no database): the type, the number, the team, the contents, the violations and their handling, the
 * remediation judged on the report's day with the working-day deadline, the recipients ending with "Lưu: VT".
 */
class InspectionPapersDocumentTest {
    static final CommuneIdentity ID = new CommuneIdentity("Bình Thành", "Thái Nguyên", "",
            "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH", "Bình Thành");
    static final Signer VICE = new Signer(2, "Hoàng Thị Thu Hà", "Phó Chủ tịch", SignAuthority.KT, 2, true);
    static final Staff LEADER = new Staff(10, "Phạm Thu Hà", 1, "Văn phòng HĐND và UBND xã", "Phó Chủ tịch UBND xã",
            StaffCategory.CAN_BO, true, null, null, true);
    static final Staff CLERK = new Staff(11, "Lê Thị Lan", 1, "Văn phòng HĐND và UBND xã", "Chuyên viên",
            StaffCategory.CONG_CHUC, false, null, null, true);
    static final Map<Long, Staff> STAFF = Map.of(10L, LEADER, 11L, CLERK);
    static final Function<Long, Staff> STAFF_OF = STAFF::get;
    static final Function<Long, String> UNIT_OF = u -> u == 2 ? "Trung tâm Phục vụ hành chính công" : "Phòng Kinh tế";
    /** A deadline on a Saturday or Sunday moves to the Monday, as Nhiệm vụ shows it. */
    static final UnaryOperator<LocalDate> WORKING = d -> d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.plusDays(2)
            : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;

    static Inspection inspection(String decision, List<Inspection.Violation> violations) {
        LocalDate day = LocalDate.of(2026, 11, 16);
        return new Inspection(7, InspectionKind.SURPRISE, "Kiểm tra công vụ đột xuất tại Trung tâm Phục vụ hành chính công",
                decision, decision == null ? null : LocalDate.of(2026, 11, 13), day, day.plusDays(1), 10L,
                "Đa số công chức chấp hành tốt giờ giấc.", "Đề nghị Trung tâm chấn chỉnh việc đeo thẻ.", 2L, null, null,
                List.of(new Inspection.Member(11L, "Lê Thị Lan", null),
                        new Inspection.Member(null, "Nguyễn Văn Bình", "Công an xã")),
                List.of(2L), List.of(new Inspection.Person(20, "Trần Quốc Việt", "Trung tâm Phục vụ hành chính công")),
                List.of(new Inspection.Check(1L, "Chấp hành thời giờ làm việc", "Có mặt đủ, đúng giờ"),
                        new Inspection.Check(2L, "Đeo thẻ công chức", null)), violations);
    }

    static Inspection.Violation badge(LocalDate deadline, LocalDate remediated) {
        return new Inspection.Violation(1L, 20L, "Trần Quốc Việt", StaffCategory.CONG_CHUC, false, 2L,
                "Trung tâm Phục vụ hành chính công", 2L, "Không đeo thẻ công chức", null, Severity.MINOR, null,
                DisciplineMeasure.REPRIMAND, DisciplineMeasure.REPRIMAND, "12/QĐ-UBND", LocalDate.of(2026, 11, 19),
                deadline, remediated, 5L);
    }

    static List<String> texts(OfficialDocument d) {
        return d.body().stream().map(b -> switch (b) {
            case Block.Paragraph p -> (p.label() == null ? "" : p.label() + " ") + p.text();
            case Block.Centered c -> "[C] " + c.text();
            case Block.Heading h -> "[H" + h.level() + "] " + h.text();
            case Block.Table t -> "[T] " + t.rows();
        }).toList();
    }

    @Test
    void theDecisionSetsUpTheTeamInThreeArticlesSignedForTheCommittee() {
        Inspection i = inspection(null, List.of());
        OfficialDocument d = TeamDecision.document(i, ID, VICE, TeamDecision.defaultBases(TeamDecision.planLine(
                        "03/KH-UBND", LocalDate.of(2026, 1, 10), "Kiểm tra công vụ năm 2026")), "45/QĐ-UBND",
                LocalDate.of(2026, 11, 13), STAFF_OF, UNIT_OF);
        assertEquals(DocumentKind.QUYET_DINH, d.kind());
        assertEquals("45/QĐ-UBND", d.numberLine());
        assertEquals("Về việc thành lập Đoàn kiểm tra công vụ đột xuất", d.title());
        List<String> t = texts(d);
        assertEquals("[C] ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", t.get(0));
        assertEquals(List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
                "Căn cứ Kế hoạch số 03/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã về kiểm tra công vụ năm 2026;",
                "Theo đề nghị của Chánh Văn phòng HĐND và UBND xã."), t.subList(1, 5));
        Block.Paragraph basis = (Block.Paragraph) d.body().get(1);
        assertTrue(basis.spans().get(0).italic(), "the bases are italic");
        assertEquals("[C] QUYẾT ĐỊNH:", t.get(5));
        Block.Paragraph article1 = (Block.Paragraph) d.body().get(6);
        assertTrue(article1.spans().get(0).bold() && article1.spans().get(0).text().equals("Điều 1. "));
        assertEquals("Điều 1. Thành lập Đoàn kiểm tra công vụ đột xuất tại Trung tâm Phục vụ hành chính công, gồm các "
                + "ông (bà) có tên sau:", t.get(6), "the person of a unit inspected whole is not named again");
        assertEquals(List.of("1. Phạm Thu Hà, Phó Chủ tịch UBND xã - Trưởng đoàn;",
                "2. Lê Thị Lan, Chuyên viên, Văn phòng HĐND và UBND xã - Thành viên;",
                "3. Nguyễn Văn Bình, Công an xã - Thành viên."), t.subList(7, 10));
        assertTrue(t.get(10).startsWith("Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra"), t.get(10));
        assertEquals(List.of("- Chấp hành thời giờ làm việc;", "- Đeo thẻ công chức."), t.subList(11, 13));
        assertEquals("Thời gian kiểm tra: từ ngày 16/11/2026 đến ngày 17/11/2026.", t.get(13));
        String article3 = t.get(t.size() - 1);
        assertTrue(article3.startsWith("Điều 3. ") && article3.endsWith("chịu trách nhiệm thi hành Quyết định này./."),
                article3);
        assertEquals(List.of("Như Điều 3", "Chủ tịch, các Phó Chủ tịch UBND xã", "Lưu: VT"), d.recipients());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), d.signature().authorityLines());
        assertEquals("Hoàng Thị Thu Hà", d.signature().name());
    }

    @Test
    void withoutAPlanTheBasesAreTheLawsAndTheProposalAndADraftHasNoNumber() {
        assertEquals(3, TeamDecision.defaultBases(null).size());
        OfficialDocument d = TeamDecision.document(inspection(null, List.of()), ID, VICE, List.of("Căn cứ Luật A"),
                null, null, STAFF_OF, UNIT_OF);
        assertNull(d.number());
        assertEquals("     /QĐ-UBND", d.numberLine());
        assertEquals("Căn cứ Luật A.", texts(d).get(1));
    }

    @Test
    void theReportGivesScopeFindingsViolationsWithTheMeasureRemediationAndProposals() {
        // Deadline Saturday 28/11/2026: held to Monday 30/11; the report of 01/12 finds it overdue.
        Inspection i = inspection("45/QĐ-UBND", List.of(badge(LocalDate.of(2026, 11, 28), null)));
        OfficialDocument d = InspectionRoundReport.document(i, ID, VICE, "Đề nghị tăng cường kiểm tra đột xuất.\n"
                + "- Biểu dương Trung tâm", "07/BC-UBND", LocalDate.of(2026, 12, 1), STAFF_OF, UNIT_OF, WORKING);
        assertEquals(DocumentKind.BAO_CAO, d.kind());
        assertEquals("07/BC-UBND", d.numberLine());
        assertEquals("Kết quả kiểm tra công vụ đột xuất tại Trung tâm Phục vụ hành chính công", d.title());
        List<String> t = texts(d);
        assertTrue(t.get(0).startsWith("Thực hiện Quyết định số 45/QĐ-UBND ngày 13/11/2026 của Ủy ban nhân dân xã về "
                + "việc thành lập Đoàn kiểm tra công vụ, từ ngày 16/11/2026 đến ngày 17/11/2026, Đoàn kiểm tra"), t.get(0));
        assertTrue(t.contains("[H1] Phạm vi, nội dung kiểm tra"));
        assertTrue(t.contains("- Phạm Thu Hà, Phó Chủ tịch UBND xã - Trưởng đoàn;"), t.toString());
        assertTrue(t.contains("- Chấp hành thời giờ làm việc: có mặt đủ, đúng giờ."), t.toString());
        assertTrue(t.contains("Qua kiểm tra, phát hiện 1 trường hợp vi phạm (1 cá nhân), cụ thể như sau:"),
                t.toString());
        Block.Table table = d.body().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .findFirst().orElseThrow();
        assertEquals(List.of("1", "Trần Quốc Việt", "Trung tâm Phục vụ hành chính công", "Không đeo thẻ công chức",
                "Ít nghiêm trọng", "Khiển trách (Quyết định số 12/QĐ-UBND ngày 19/11/2026)"), table.rows().get(0));
        assertTrue(t.contains("- Trung tâm Phục vụ hành chính công khắc phục vi phạm về không đeo thẻ công chức: chưa "
                + "khắc phục, đã quá hạn 30/11/2026."), t.toString());
        int proposals = t.indexOf("[H1] Kiến nghị, đề xuất");
        assertTrue(proposals > 0);
        assertEquals("Đề nghị tăng cường kiểm tra đột xuất.", t.get(proposals + 1));
        assertEquals("- Biểu dương Trung tâm.", t.get(proposals + 2));
        assertTrue(t.get(t.size() - 1).endsWith("./."));
        assertEquals("Lưu: VT", d.recipients().get(d.recipients().size() - 1));
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), d.signature().authorityLines());
    }

    @Test
    void aRemediationDoneOrUnderWayIsSaidSoAndNoProposalsLeaveNoEmptySection() {
        Inspection done = inspection(null, List.of(badge(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 27))));
        List<String> t = texts(InspectionRoundReport.document(done, ID, VICE, "  ", null, LocalDate.of(2026, 12, 1),
                STAFF_OF, UNIT_OF, WORKING));
        assertTrue(t.stream().anyMatch(x -> x.endsWith("đã khắc phục ngày 27/11/2026 (hạn 30/11/2026).")), t.toString());
        assertFalse(t.contains("[H1] Kiến nghị, đề xuất"), "no heading over nothing");
        assertTrue(t.get(0).startsWith("Từ ngày 16/11/2026"), "no decision: the opening starts with the days");
        Inspection open = inspection(null, List.of(badge(LocalDate.of(2026, 12, 10), null)));
        assertTrue(texts(InspectionRoundReport.document(open, ID, VICE, null, null, LocalDate.of(2026, 12, 1),
                STAFF_OF, UNIT_OF, WORKING)).stream().anyMatch(x -> x.endsWith("đang khắc phục, hạn hoàn thành "
                + "10/12/2026.")));
        Inspection clean = inspection(null, List.of());
        List<String> c = texts(InspectionRoundReport.document(clean, ID, VICE, null, null, LocalDate.of(2026, 12, 1),
                STAFF_OF, UNIT_OF, WORKING));
        assertTrue(c.contains("Qua kiểm tra, không phát hiện vi phạm."));
        assertTrue(c.contains("Không có nội dung phải khắc phục."));
        assertFalse(c.stream().anyMatch(x -> x.contains(" 0 ")), "no zero counts: " + c);
    }

    @Test
    void theViolationsAreCountedByPersonsAndUnitsNamingOnlyWhatThereIs() {
        Inspection.Violation unit = new Inspection.Violation(2L, null, null, null, false, 2L, "Trung tâm", null,
                "Không niêm yết thủ tục", null, Severity.MINOR, null, null, null, null, null, null, null, null);
        assertEquals("Qua kiểm tra, phát hiện 2 trường hợp vi phạm (1 cá nhân, 1 đơn vị), cụ thể như sau:",
                InspectionRoundReport.violationsIntro(List.of(badge(null, null), unit)));
        assertEquals("Qua kiểm tra, phát hiện 1 trường hợp vi phạm (1 đơn vị), cụ thể như sau:",
                InspectionRoundReport.violationsIntro(List.of(unit)));
    }
}
