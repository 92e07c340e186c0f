package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.task.Recurrence;

class TaskTextTest {
    private final UnitMatcher directory = new UnitMatcher(UnitMatcherTest.typical());

    private String who(String text) {
        TaskText.Assignment a = TaskText.assignment(text, directory);
        return a.lead() + " | " + String.join(", ", a.cooperating());
    }

    @Test
    void leadAndCooperatingUnitsInThePhrasingsPlansUse() {
        assertEquals("Phòng Văn hóa - Xã hội | Công an xã, Văn phòng HĐND và UBND",
                who("Rà soát hồ sơ. Trách nhiệm thực hiện: Phòng Văn hóa - Xã hội, Công an xã, Văn phòng HĐND và UBND."));
        assertEquals("Phòng Kinh tế | Trung tâm Dịch vụ tổng hợp xã",
                who("Cơ quan chủ trì: Phòng Kinh tế; Cơ quan phối hợp: Trung tâm Dịch vụ tổng hợp xã."));
        assertEquals("Phòng VH-XH | Công an xã, Đoàn Thanh niên xã",
                who("- Phòng VH-XH chủ trì, phối hợp với Công an xã và Đoàn Thanh niên xã tổ chức tuyên truyền."));
        assertEquals("Văn phòng HĐND và UBND | ",
                who("Giao Văn phòng HĐND và UBND tham mưu xây dựng lịch họp trực tuyến."));
        assertEquals("Công an xã | ", who("Công an xã tăng cường kiểm tra, xử lý vi phạm."));
        assertEquals("null | Phòng Văn hoá – Xã hội",
                who("Phối hợp với Phòng Văn hoá – Xã hội trong việc tham mưu cho lãnh đạo UBND xã kiểm điểm."));
        assertEquals("null | ", who("Các cơ quan, đơn vị chủ trì, phối hợp với các đơn vị liên quan thực hiện."),
                "\"các cơ quan, đơn vị\" names no one unit");
        assertEquals("null | ", who("Thực hiện nghiêm quy định về phòng, chống tham nhũng, tiêu cực."));
        assertEquals("Văn phòng HĐND và UBND | ", who("Báo cáo kết quả thực hiện, Văn phòng HĐND và UBND chủ trì."),
                "the unit after the clause's last comma");
        assertEquals("null | ", who("Tổ chức hội nghị sơ kết, đồng chí Chủ tịch UBND xã chủ trì."),
                "a person chairing is not a unit");
    }

    private static Schedule due(String text) {
        Proposed<Schedule> s = TaskText.schedule(text, 2026, 0, false);
        return s == null ? null : s.value();
    }

    @Test
    void deadlinesAndRecurrence() {
        assertEquals(LocalDate.of(2021, 12, 15), due("Xây dựng kế hoạch. Thời gian hoàn thành: 15/12/2021.").deadline());
        assertEquals(LocalDate.of(2026, 12, 8), due("Báo cáo kết quả về UBND xã trước ngày 08/12.").deadline(),
                "no year: the plan's");
        assertEquals(LocalDate.of(2021, 1, 31), due("Hoàn thành trong tháng 01/2021.").deadline());
        assertEquals(LocalDate.of(2026, 6, 30), due("Thời gian thực hiện: Quý II/2026").deadline());
        assertEquals(LocalDate.of(2026, 3, 31), due("Thời hạn: quý I năm 2026").deadline());
        assertEquals(LocalDate.of(2026, 10, 15), due("hoàn thành chậm nhất ngày 15 tháng 10 năm 2026").deadline());
        assertEquals(Recurrence.ONGOING, due("Thường xuyên rà soát thủ tục hành chính").recurrence());
        assertEquals(Recurrence.QUARTERLY, due("Kiểm tra đột xuất hằng quý").recurrence());
        assertEquals(Recurrence.HALF_YEARLY, due("báo cáo kết quả định kỳ 6 tháng, hằng năm gửi Sở Nội vụ").recurrence(),
                "the shortest period named");
        assertEquals(Recurrence.MONTHLY, due("Thường xuyên theo dõi, báo cáo hàng tháng").recurrence(),
                "a period beats \"thường xuyên\"");
        assertEquals(Recurrence.ONGOING, TaskText.schedule("Thường xuyên", 2026, 0, true).value().recurrence(),
                "a table's deadline cell");
        assertEquals(LocalDate.of(2026, 9, 30), TaskText.schedule("30/9/2026", 2026, 0, true).value().deadline());
    }

    @Test
    void theDatesOfCitedDocumentsAreNotDeadlines() {
        assertNull(due("Thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ."));
        assertNull(due("Đổi mới quy trình soạn thảo văn bản theo quy định."), "\"mới quy\", \"theo quy định\" are no quarter");
        assertNull(due("Xét duyệt hồ sơ trước ngày 31/02"), "not a date");
    }

    @Test
    void targetsWithTheirFigures() {
        List<ProposedTarget> t = TaskText.targets("Xây dựng kế hoạch tổ chức hội nghị hằng năm, đảm bảo chỉ tiêu giảm 10% "
                + "số lượng hội nghị; xử lý hồ sơ trên môi trường số đạt từ 95% trở lên; bảo đảm 100% văn bản được ký số; "
                + "tỷ lệ hồ sơ trễ hạn không quá 2%; 100% nhiệm vụ hoàn thành đúng hạn", 4);
        assertEquals(List.of(Comparison.REDUCE_BY, Comparison.AT_LEAST, Comparison.EQUAL, Comparison.AT_MOST,
                Comparison.EQUAL), t.stream().map(ProposedTarget::comparison).toList());
        assertEquals(List.of(10.0, 95.0, 100.0, 2.0, 100.0), t.stream().map(ProposedTarget::value).toList());
        assertEquals(Measure.TASKS_ON_TIME, t.get(4).measure(), "the plan's own tasks: measured by the app");
        assertEquals(Measure.MANUAL, t.get(1).measure());
        assertEquals("xử lý hồ sơ trên môi trường số đạt từ 95% trở lên", t.get(1).description());
        assertEquals(4, t.get(0).source());
        assertEquals(List.of(), TaskText.targets("Hội nghị quán triệt không quá 1/2 ngày", 0));
    }

    private static String whoIn(UnitMatcher d, String text) {
        TaskText.Assignment a = TaskText.assignment(text, d);
        return a.lead() + " | " + String.join(", ", a.cooperating());
    }

    @Test
    void ordinaryWordsAreNoUnits() {
        UnitMatcher d = new UnitMatcher(AreaPlans.directory());
        assertEquals("null | ", whoIn(d, "Duy trì họp giao ban hoặc họp trực tuyến qua hệ thống hội nghị truyền hình."),
                "\"giao ban\" is a meeting, \"ban hoặc họp\" no unit");
        assertEquals("Ban Chỉ huy Quân sự xã | ", whoIn(d, "Giao Ban Chỉ huy Quân sự xã chủ trì huấn luyện dân quân."),
                "\"Giao\" a unit: that one");
        assertEquals("null | ", whoIn(d, "Trách nhiệm thực hiện: Các phòng, ban, bộ phận thuộc UBND xã."),
                "a generic list names no unit (all units)");
        assertEquals("null | Hội Nông dân xã", whoIn(d, "Phối hợp với các phòng, ban, bộ phận và Hội Nông dân xã tổ chức."));
        assertEquals("null | ", whoIn(d, "Rà soát văn bản do HĐND, UBND xã ban hành."));
        assertEquals("null | Công an xã", whoIn(d, "Phối hợp với Công an xã, ban đêm tổ chức tuần tra."));
        assertEquals("null | ", whoIn(d, "Ban Tuyên giáo Đảng ủy phối hợp tuyên truyền."), "\"giáo\" is not \"Giao\"");
        assertEquals("null | ", whoIn(d, "Tổ chức hội nghị sơ kết, đồng chí Chủ tịch UBND xã chủ trì."));
        assertEquals("Công an tỉnh | Công an xã", whoIn(d, "Trách nhiệm thực hiện: Công an tỉnh, Công an xã."),
                "the province's police is another unit than the commune's");
        assertEquals("Công an | ", whoIn(d, "Công an tăng cường kiểm tra, xử lý vi phạm."));
        assertEquals("Công an xã", PlanRecognizer.ref("Công an", d).unitName(), "\"Công an\" alone: the commune's");
        assertEquals("Ban chỉ đạo chuyển đổi số xã", PlanRecognizer.ref("Ban chỉ đạo chuyển đổi số xã", d).unitName());
        assertTrue(PlanRecognizer.ref("Ban chỉ đạo chuyển đổi số xã", d).isNew(), "a new unit, not Ban Chỉ huy Quân sự");
    }

    @Test
    void theFrontWithItsOrganisationsTheLeadershipAndAbbreviations() {
        UnitMatcher full = new UnitMatcher(AreaPlans.directory());
        String organisations = "Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Nông dân xã, "
                + "Hội Cựu chiến binh xã";
        assertEquals("Mặt trận Tổ quốc Việt Nam | " + organisations, whoIn(full,
                "Mặt trận Tổ quốc Việt Nam và các đoàn thể tuyên truyền người dân sử dụng dịch vụ công trực tuyến."));
        assertEquals("Mặt trận Tổ quốc Việt Nam | ", whoIn(directory,
                "Mặt trận Tổ quốc Việt Nam và các đoàn thể tuyên truyền người dân sử dụng dịch vụ công trực tuyến."),
                "no mass organisation in the directory: the Front alone");
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                PlanRecognizer.ref("Mặt trận Tổ quốc Việt Nam", full).unitName());
        assertEquals("Mặt trận Tổ quốc Việt Nam | " + organisations, whoIn(full,
                "Trách nhiệm thực hiện: Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội xã."));
        assertEquals("Phòng VH-XH | " + organisations,
                whoIn(full, "Giao Phòng VH-XH chủ trì, phối hợp với các đoàn thể tổ chức tuyên truyền."));
        assertEquals("Lãnh đạo HĐND và UBND xã | Văn phòng HĐND và UBND xã",
                whoIn(full, "Trách nhiệm thực hiện: Chủ tịch UBND xã; phối hợp: Văn phòng HĐND và UBND xã."));
        assertEquals("Lãnh đạo HĐND và UBND xã | ", whoIn(full, "Cơ quan chủ trì: UBND xã."));
        assertEquals("Lãnh đạo HĐND và UBND xã | ", whoIn(full, "Trách nhiệm thực hiện: - Phó Chủ tịch UBND xã phụ trách "
                + "văn hóa - xã hội chỉ đạo thực hiện."), "the issue's labelled field, a vice-chairman named");
        assertEquals("null | ", whoIn(full, "Đảng ủy xã lãnh đạo, chỉ đạo việc thực hiện."),
                "the Party committee directing is no lead of the plan's task");
        assertEquals("Đảng ủy xã | ", whoIn(full, "Trách nhiệm thực hiện: Đảng ủy xã."), "unless the plan says so");
        assertTrue(PlanRecognizer.ref("Đảng ủy xã", full).isNew(), "and it is not the People's Committee's leadership");
        assertEquals("null | Văn phòng HĐND và UBND xã",
                whoIn(directory, "Trách nhiệm thực hiện: Chủ tịch UBND xã; phối hợp: Văn phòng HĐND và UBND xã."),
                "no leadership unit in the directory: none guessed");
        assertEquals("null | ", whoIn(full, "UBND xã chỉ đạo các phòng, ban triển khai."),
                "the committee directing is no lead unit");
        for (String[] c : new String[][] {{"VP HĐND-UBND chủ trì tham mưu xây dựng lịch công tác.", "Văn phòng HĐND và UBND"},
                {"Phòng VH-XH chủ trì tuyên truyền cải cách hành chính.", "Phòng Văn hóa – Xã hội"},
                {"TT PVHCC chủ trì tiếp nhận hồ sơ trực tuyến.", "Trung tâm Phục vụ hành chính công"},
                {"Giao TT DVTH đăng tải kế hoạch.", "Trung tâm Dịch vụ tổng hợp"}}) {
            assertEquals(c[1], PlanRecognizer.ref(TaskText.assignment(c[0], full).lead(), full).unitName(), c[0]);
        }
    }
}
