package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.document.PlainText;
import vn.socongvu.document.TextParagraph;

/** The structure of the development set (../shared/samples) and of harder cases written here. */
class PlanRecognizerTest {
    /** The development set: copies of ../shared/samples kept as test resources (plans/…). */
    static PlanProposal sample(String name) throws Exception {
        return PlanRecognizer.recognize(PlainText.read(Path.of(PlanRecognizerTest.class.getResource("/plans/" + name).toURI())));
    }

    private static List<String> labels(ProposedTask t) {
        return t.children().stream().map(ProposedTask::label).toList();
    }

    @Test
    void binhThanh() throws Exception {
        PlanProposal p = sample("plan-binh-thanh-2026-ky-luat-ky-cuong.txt");
        assertEquals("/KH-UBND", p.number().value(), "the number is left blank in the draft");
        assertEquals(Confidence.LOW, p.number().confidence());
        assertEquals("Bình Thành", p.place().value());
        assertFalse(p.date().found(), "\"ngày tháng 3 năm 2026\": no day yet");
        assertEquals(2026, p.year().value());
        assertTrue(p.title().value().startsWith("Nâng cao chất lượng, hiệu quả hoạt động công vụ"), p.title().value());
        assertTrue(p.title().value().endsWith("năm 2026"), p.title().value());
        // Seven paragraphs, nine documents: the first cites three laws ("Căn cứ Luật …; Luật …; Luật …").
        assertEquals(9, p.legalBases().size());
        assertEquals(List.of("Căn cứ Luật Cán bộ, công chức năm 2025", "Luật Viên chức năm 2010"),
                p.legalBases().subList(0, 2).stream().map(Proposed::value).toList());
        assertTrue(p.legalBases().get(2).value().startsWith("Luật sửa đổi, bổ sung một số điều"));
        assertTrue(p.legalBases().subList(3, 9).stream().allMatch(b -> b.value().startsWith("Căn cứ")));
        assertEquals("Căn cứ Kế hoạch số 99/KH-UBND, ngày 17/3/2026 của UBND tỉnh Thái Nguyên về việc nâng cao chất "
                + "lượng, hiệu quả hoạt động công vụ và tăng cường kỷ luật, kỷ cương hành chính trên địa bàn tỉnh Thái "
                + "Nguyên năm 2026", p.legalBases().get(8).value(),
                "the words introducing the plan after it (\"; Ủy ban nhân dân xã … xây dựng Kế hoạch …\") are no basis");

        assertEquals(List.of("II.", "III."), p.sections().stream().map(ProposedTask::label).toList(),
                "Mục đích, yêu cầu is not a task section");
        ProposedTask tasks = p.sections().get(0);
        assertEquals(List.of("1.", "2."), labels(tasks));
        assertEquals(11, tasks.children().get(0).children().size());
        assertEquals("1.11.", tasks.children().get(0).children().get(10).label());
        assertEquals(7, tasks.children().get(1).children().size());
        assertTrue(tasks.children().get(0).children().get(0).text().endsWith("đối với thực hiện văn hóa công vụ.")
                || tasks.children().get(0).children().get(0).text().length() > 100);

        ProposedTask org = p.sections().get(1);
        assertEquals(List.of("Phòng Văn hoá – Xã hội", "Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công",
                        "Các Phòng, ban, cán bộ, công chức, viên chức và người lao động tại cơ quan xã"),
                org.children().stream().map(ProposedTask::unitHeading).toList());
        assertEquals(List.of(6, 1, 3, 3), org.children().stream().map(t -> t.children().size()).toList());
        assertEquals(31, p.leafTasks().size());

        assertEquals(7, p.recipients().size());
        assertEquals("Thường trực Đảng ủy", p.recipients().get(0).value());
        assertEquals("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", p.signerTitle().value());
        assertEquals("Âu Văn Đước", p.signer().value());
    }

    @Test
    void danTien() throws Exception {
        PlanProposal p = sample("plan-dan-tien-2026-chan-chinh-le-loi.txt");
        assertFalse(p.number().found());
        assertTrue(p.title().value().startsWith("Triển khai thực hiện Quyết định số 534/QĐ-TTg"));
        assertEquals(2026, p.year().value(), "from the title's dates when the header has none");
        assertEquals(Confidence.LOW, p.year().confidence());
        assertEquals(1, p.legalBases().size());
        assertTrue(p.legalBases().get(0).value().startsWith("Thực hiện Kế hoạch số 181/KH-UBND"));

        assertEquals(List.of("II.", "IV."), p.sections().stream().map(ProposedTask::label).toList(),
                "neither Mục đích nor Kinh phí holds tasks");
        ProposedTask tasks = p.sections().get(0);
        assertEquals(List.of(2, 2, 6, 5, 5, 7), tasks.children().stream().map(t -> t.children().size()).toList());
        assertEquals(List.of("a)", "b)", "c)", "d)", "e)", "f)", "g)"), labels(tasks.children().get(5)));
        assertEquals(List.of("-", "-", "-", "-", "-"), labels(tasks.children().get(4)));

        ProposedTask org = p.sections().get(1);
        assertEquals(List.of("Các cơ quan chuyên môn, đơn vị thuộc UBND xã", "Phòng Văn hóa - Xã hội xã",
                "Trung tâm Dịch vụ tổng hợp xã"), org.children().stream().map(ProposedTask::unitHeading).toList());
        ProposedTask centre = org.children().get(2);
        assertEquals("Đăng tải toàn văn Kế hoạch này trên Trang thông tin điện tử xã, các trang mạng xã hội Facebook, Zalo,...",
                centre.children().get(0).text(), "\"Unit: what it does\" on one line");
        assertTrue(org.children().get(0).children().get(0).text().startsWith("Căn cứ chức năng"),
                "an unnumbered paragraph under a unit is its task");
        assertEquals(31, p.leafTasks().size(), "the closing paragraph is not a task");

        assertEquals(9, p.recipients().size());
        assertEquals("Lưu: VT, VHXX", p.recipients().get(8).value());
        assertEquals("CHỦ TỊCH", p.signerTitle().value());
        assertEquals("Mông Thị Tuyết Nhung", p.signer().value());
    }

    private static TextParagraph para(List<TextParagraph> ps, String text) {
        TextParagraph p = new TextParagraph(ps.size(), text, null, -1, false, false, -1, -1);
        ps.add(p);
        return p;
    }

    @Test
    void aFullHeaderWordNumberingAndBulletsUnderDecimals() {
        List<TextParagraph> ps = new ArrayList<>();
        para(ps, "ỦY BAN NHÂN DÂN XÃ AN PHÚ");
        para(ps, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        para(ps, "Số: 45/KH-UBND");
        para(ps, "An Phú, ngày 05 tháng 3 năm 2026");
        para(ps, "KẾ HOẠCH");
        ps.add(new TextParagraph(ps.size(), "Kiểm tra công vụ năm 2026", null, -1, true, false, -1, -1));
        para(ps, "Căn cứ Luật Cán bộ, công chức năm 2025;");
        para(ps, "I. MỤC ĐÍCH");
        para(ps, "1. Nâng cao kỷ luật");
        para(ps, "II. NHIỆM VỤ TRỌNG TÂM");
        // Word's automatic numbering: the label is not in the text.
        ps.add(new TextParagraph(ps.size(), "Kiểm tra việc chấp hành giờ giấc", "1.", 0, false, false, -1, -1));
        para(ps, "- Kiểm tra đột xuất hằng quý");
        para(ps, "- Công khai kết quả");
        ps.add(new TextParagraph(ps.size(), "Kiểm tra trên môi trường số", "2.", 0, false, false, -1, -1));
        para(ps, "Nơi nhận:");
        para(ps, "- UBND huyện;");
        para(ps, "TM. ỦY BAN NHÂN DÂN");
        para(ps, "CHỦ TỊCH");
        para(ps, "Nguyễn Văn An");

        PlanProposal p = PlanRecognizer.recognize(ps);
        assertEquals("45/KH-UBND", p.number().value());
        assertEquals(Confidence.HIGH, p.number().confidence());
        assertEquals(LocalDate.of(2026, 3, 5), p.date().value());
        assertEquals("An Phú", p.place().value());
        assertEquals("ỦY BAN NHÂN DÂN XÃ AN PHÚ", p.issuer().value());
        assertEquals("Kiểm tra công vụ năm 2026", p.title().value());
        assertEquals("Căn cứ Luật Cán bộ, công chức năm 2025", p.legalBases().get(0).value());
        assertEquals(1, p.sections().size());
        ProposedTask s = p.sections().get(0);
        assertEquals(List.of("1.", "2."), labels(s));
        assertEquals(List.of("Kiểm tra đột xuất hằng quý", "Công khai kết quả"),
                s.children().get(0).children().stream().map(ProposedTask::text).toList());
        assertEquals(10, s.children().get(0).source(), "the paragraph the proposal came from");
        assertEquals(List.of("UBND huyện"), p.recipients().stream().map(Proposed::value).toList());
        assertEquals("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", p.signerTitle().value());
        assertEquals("Nguyễn Văn An", p.signer().value());
        assertNull(s.unitHeading());
    }

    /** Text copied from an e-mail: the body's name on its own line, a title that opens like a basis. */
    @Test
    void anIssuerOverTwoLinesAndATitleOpeningWithThucHien() {
        List<TextParagraph> ps = new ArrayList<>();
        para(ps, "ỦY BAN NHÂN DÂN");
        para(ps, "XÃ BÌNH THÀNH");
        para(ps, "Số: 27/KH-UBND");
        para(ps, "KẾ HOẠCH");
        para(ps, "Thực hiện chuyển đổi số trên địa bàn xã năm 2026");
        para(ps, "Thực hiện Kế hoạch số 41/KH-UBND ngày 20/02/2026 của UBND tỉnh; UBND xã xây dựng Kế hoạch như sau:");
        para(ps, "I. NHIỆM VỤ");
        para(ps, "1. Số hóa hồ sơ");
        PlanProposal p = PlanRecognizer.recognize(ps);
        assertEquals("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", p.issuer().value());
        assertEquals("Thực hiện chuyển đổi số trên địa bàn xã năm 2026", p.title().value());
        assertEquals(List.of("Thực hiện Kế hoạch số 41/KH-UBND ngày 20/02/2026 của UBND tỉnh"),
                p.legalBases().stream().map(Proposed::value).toList(), "\"; UBND xã xây dựng Kế hoạch như sau:\" is no basis");
    }

    @Test
    void aDocumentThatIsNotAPlanProposesNothing() {
        List<TextParagraph> ps = new ArrayList<>();
        para(ps, "Nhằm nâng cao chất lượng, hiệu quả hoạt động của bộ máy chính quyền cơ sở, UBND xã đã ban hành Kế hoạch.");
        para(ps, "Siết chặt kỷ luật, kỷ cương trong hoạt động công vụ");
        PlanProposal p = PlanRecognizer.recognize(ps);
        assertFalse(p.title().found());
        assertEquals(List.of(), p.sections());
        assertEquals(List.of(), p.leafTasks());
    }
}
