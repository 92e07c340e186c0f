package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.document.DocxText;
import vn.socongvu.document.PlainText;

/** Leads assigned by area in "Tổ chức thực hiện", and the plan's follow-up unit as the default lead. */
class AreaAssignmentsTest {
    private static final List<String> AREAS = List.of("Cải cách thể chế", "Cải cách thủ tục hành chính",
            "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số");

    @TempDir
    Path dir;

    private final UnitMatcher directory = new UnitMatcher(AreaPlans.directory());

    private String assigned(String item) {
        return AreaAssignments.assignment(item, 0, AREAS, directory).map(a -> a.unit() + " | " + a.cooperating())
                .orElse("a task");
    }

    @Test
    void anItemGivingAUnitAreasIsAnAssignmentAUnitsOwnDutiesAreTasks() {
        assertEquals("Văn phòng HĐND và UBND xã | []", assigned("Văn phòng HĐND và UBND xã – chủ trì, tham mưu triển khai "
                + "các nhiệm vụ cải cách thể chế, cải cách thủ tục hành chính."));
        assertEquals("Phòng Kinh tế | [Văn phòng HĐND và UBND xã]", assigned("Phòng Kinh tế: chủ trì, phối hợp với Văn "
                + "phòng HĐND và UBND xã tham mưu triển khai nhiệm vụ cải cách tài chính công."));
        assertEquals("Phòng VH-XH | []", assigned("Phòng VH-XH chủ trì tham mưu xây dựng và phát triển chính quyền điện "
                + "tử, chính quyền số."), "the heading's first part that says something: chính quyền điện tử");
        assertEquals("Ban chỉ đạo chuyển đổi số xã | []", assigned("Ban chỉ đạo chuyển đổi số xã – phụ trách lĩnh vực "
                + "chính quyền điện tử, chính quyền số."), "a unit new to the directory");

        assertEquals("Văn phòng HĐND và UBND xã | []", assigned("Giao Văn phòng HĐND và UBND xã chủ trì, tham mưu thực "
                + "hiện nhiệm vụ cải cách thể chế."));

        assertEquals("a task", assigned("Phòng Văn hoá – Xã hội"), "a unit's heading, its duties below");
        assertEquals("a task", assigned("Trung tâm Dịch vụ tổng hợp xã: Đăng tải toàn văn Kế hoạch này trên Trang thông tin "
                + "điện tử xã."), "a unit's own duty");
        assertEquals("a task", assigned("Phòng Kinh tế – chủ trì, tham mưu triển khai nhiệm vụ phát triển nông nghiệp."),
                "an area the plan has no heading for");
        assertEquals("a task", assigned("Các phòng, ban chuyên môn chủ trì, tham mưu thực hiện cải cách thể chế."),
                "no one unit");
        assertEquals("a task", assigned("Phòng VH-XH chủ trì, theo dõi, đôn đốc việc thực hiện kế hoạch cải cách hành "
                + "chính; tổng hợp báo cáo."), "\"cải cách hành chính\" is the whole plan, not one area");
        assertEquals("a task", assigned("Văn phòng HĐND và UBND xã thực hiện cải cách thể chế."), "no role: a duty");
    }

    private static List<String> leads(PlanProposal p) {
        return p.leafTasks().stream().map(t -> t.label() + " " + (t.lead().found() ? t.lead().value().unitName() + " "
                + t.lead().confidence() : "-")).toList();
    }

    @Test
    void aWordPlanWhoseOrganisationSectionAssignsAreas() throws Exception {
        PlanProposal p = PlanRecognizer.recognize(DocxText.read(AreaPlans.caiCachHanhChinh(dir.resolve("cchc.docx"),
                true)), AreaPlans.directory());
        assertEquals(List.of(
                "- Văn phòng HĐND và UBND MEDIUM", "- Văn phòng HĐND và UBND MEDIUM", // 1. Cải cách thể chế
                "- Văn phòng HĐND và UBND MEDIUM", // 2. Cải cách thủ tục hành chính …
                "- Trung tâm Phục vụ hành chính công MEDIUM", // … but the centre that "chủ trì" its task
                "- Phòng Văn hóa – Xã hội MEDIUM", // 3. bộ máy
                "- Phòng Kinh tế MEDIUM", // 4. tài chính công
                "- Văn phòng HĐND và UBND LOW", // 5. no area given: the follow-up unit, a guess
                "- Ủy ban Mặt trận Tổ quốc Việt Nam xã MEDIUM", // "Mặt trận Tổ quốc Việt Nam và các đoàn thể …"
                "4. Văn phòng HĐND và UBND LOW", // the other units' duty: the follow-up unit, a guess
                "5. Văn phòng HĐND và UBND MEDIUM"), leads(p));
        List<ProposedTask> tasks = p.leafTasks();
        int assignment = tasks.get(0).lead().source();
        assertTrue(p.sections().get(1).children().stream().noneMatch(t -> t.source() == assignment),
                "the assignments are no tasks");
        assertEquals(2, p.sections().get(1).children().size());
        assertTrue(tasks.get(5).text().startsWith("Công khai dự toán"));
        assertEquals(List.of("Văn phòng HĐND và UBND"), tasks.get(5).cooperating().stream().map(UnitRef::unitName)
                .toList(), "the assignment's cooperating unit");
        assertEquals(List.of("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Nông dân xã",
                "Hội Cựu chiến binh xã"), tasks.get(7).cooperating().stream().map(UnitRef::unitName).toList());
        assertTrue(tasks.get(6).cooperating().isEmpty(), "\"họp giao ban hoặc họp\" names no unit");
        assertFalse(tasks.stream().anyMatch(t -> t.lead().found() && t.lead().value().isNew()), "no unit made up");
    }

    private static PlanProposal text(String plan) throws Exception {
        return PlanRecognizer.recognize(PlainText.paragraphs(plan), AreaPlans.directory());
    }

    /** Typed numbering, "Unit: role" items, an assignment with duties of its own below it. */
    @Test
    void aTypedPlanWithAnAssignmentThatAlsoListsDuties() throws Exception {
        PlanProposal p = text("""
                KẾ HOẠCH
                Chuyển đổi số năm 2026
                I. NHIỆM VỤ
                1. Hoàn thiện thể chế về chuyển đổi số
                a) Rà soát quy chế quản lý, sử dụng chữ ký số.
                b) Ban hành quy chế vận hành hệ thống quản lý văn bản.
                2. Phát triển hạ tầng số
                a) Nâng cấp đường truyền Internet của trụ sở xã.
                b) Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã hướng dẫn người dân cài đặt VNeID.
                II. TỔ CHỨC THỰC HIỆN
                1. Văn phòng HĐND và UBND xã: chủ trì, tham mưu thực hiện nhiệm vụ hoàn thiện thể chế về chuyển đổi số.
                2. Trung tâm Dịch vụ tổng hợp xã: chủ trì, tham mưu các nhiệm vụ phát triển hạ tầng số.
                - Lập dự toán nâng cấp hạ tầng, hoàn thành trước ngày 30/6/2026.
                3. Các phòng, ban, bộ phận báo cáo kết quả thực hiện qua phòng văn hóa, xã hội để tổng hợp.
                """);
        assertEquals(List.of("a) Văn phòng HĐND và UBND MEDIUM", "b) Văn phòng HĐND và UBND MEDIUM",
                "a) Trung tâm Dịch vụ tổng hợp MEDIUM", "b) Công an xã MEDIUM",
                "- Trung tâm Dịch vụ tổng hợp HIGH", "3. -"), leads(p));
        assertEquals(List.of("2.", "3."), p.sections().get(1).children().stream().map(ProposedTask::label).toList(),
                "the assignment with duties under it stays as their heading; the bare one goes");
    }

    @Test
    void aPhraseInsideOneItemIsNoFollowUpOfTheWholePlan() throws Exception {
        PlanProposal p = text("""
                KẾ HOẠCH
                Tuyên truyền phổ biến pháp luật năm 2026
                II. NHIỆM VỤ
                1. Tổ chức hội nghị tuyên truyền pháp luật cho cán bộ, công chức.
                2. Tuyên truyền trên hệ thống loa truyền thanh các xóm.
                III. TỔ CHỨC THỰC HIỆN
                1. Các phòng, ban, bộ phận căn cứ nhiệm vụ được giao triển khai thực hiện; báo cáo kết quả thực hiện trước \
                ngày 10/12/2026 qua phòng văn hóa, xã hội để tổng hợp.
                Trên đây là Kế hoạch tuyên truyền năm 2026. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời \
                báo cáo UBND xã (qua Phòng Văn hóa – Xã hội) để tổng hợp, theo dõi./.
                """);
        assertEquals(List.of("1. -", "2. -", "1. -"), leads(p), "no unit is guessed for every task");
    }

    @Test
    void anExplicitFollowUpInTheClosingIsTheDefaultLead() throws Exception {
        PlanProposal p = text("""
                KẾ HOẠCH
                Tuyên truyền phổ biến pháp luật năm 2026
                II. NHIỆM VỤ
                1. Tổ chức hội nghị tuyên truyền pháp luật cho cán bộ, công chức.
                2. Công an xã chủ trì tuyên truyền Luật Trật tự, an toàn giao thông.
                Trên đây là Kế hoạch tuyên truyền năm 2026. Giao Phòng Văn hóa – Xã hội chủ trì, theo dõi, đôn đốc, \
                tổng hợp kết quả thực hiện Kế hoạch này./.
                """);
        assertEquals(List.of("1. Phòng Văn hóa – Xã hội LOW", "2. Công an xã MEDIUM"), leads(p));
    }

    /** Each area a section of its own ("II. CẢI CÁCH THỂ CHẾ"), the assignments in bullets. */
    @Test
    void sectionsThatAreAreasAndBulletedAssignments() throws Exception {
        PlanProposal p = text("""
                KẾ HOẠCH
                Cải cách hành chính năm 2026
                II. NHIỆM VỤ CẢI CÁCH THỂ CHẾ
                1. Rà soát văn bản quy phạm pháp luật của xã.
                2. Tự kiểm tra văn bản do UBND xã ban hành.
                III. NHIỆM VỤ CẢI CÁCH TÀI CHÍNH CÔNG
                1. Công khai ngân sách xã.
                2. Phòng Văn hóa – Xã hội chủ trì rà soát các khoản thu của trường mầm non.
                IV. TỔ CHỨC THỰC HIỆN
                - Văn phòng HĐND và UBND xã chủ trì, tham mưu thực hiện nhiệm vụ cải cách thể chế.
                - Phòng Kinh tế chủ trì, tham mưu thực hiện nhiệm vụ cải cách tài chính công.
                - Phòng Văn hóa – Xã hội chủ trì, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo hằng quý.
                """);
        assertEquals(List.of("1. Văn phòng HĐND và UBND MEDIUM", "2. Văn phòng HĐND và UBND MEDIUM",
                "1. Phòng Kinh tế MEDIUM", "2. Phòng Văn hóa – Xã hội MEDIUM", "- Phòng Văn hóa – Xã hội MEDIUM"), leads(p),
                "the area beats the follow-up unit; a task's own lead beats the area");
    }

    /** A unit's heading in "Tổ chức thực hiện", its area assignment one of the duties under it. */
    @Test
    void anAssignmentAmongAUnitsDuties() throws Exception {
        PlanProposal p = text("""
                KẾ HOẠCH
                Cải cách hành chính năm 2026
                II. NHIỆM VỤ
                1. Cải cách thể chế
                - Rà soát văn bản quy phạm pháp luật của xã.
                2. Hiện đại hóa nền hành chính
                - Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.
                III. TỔ CHỨC THỰC HIỆN
                1. Văn phòng HĐND và UBND xã
                - Chủ trì, tham mưu triển khai nhiệm vụ cải cách thể chế, hiện đại hóa hành chính.
                - Tổng hợp, báo cáo kết quả cải cách hành chính 6 tháng, năm trước ngày 15/6 và 15/12.
                2. Phòng Kinh tế chịu trách nhiệm tham mưu thực hiện cải cách tài chính công.
                """);
        assertEquals(List.of("- Văn phòng HĐND và UBND MEDIUM", "- Văn phòng HĐND và UBND MEDIUM",
                "- Văn phòng HĐND và UBND HIGH", "2. Phòng Kinh tế MEDIUM"), leads(p),
                "the assignment among the office's duties is no task, its report is; Phòng Kinh tế's area is not the "
                        + "plan's: a duty of its own, its lead the unit it opens with (not the whole sentence as a unit)");
    }
}
