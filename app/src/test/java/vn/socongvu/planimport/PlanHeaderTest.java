package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.document.DocxText;
import vn.socongvu.document.TextParagraph;

/** The header and closing of plans as communes write them: bases, the attached-to decision, place, recipients. */
class PlanHeaderTest {
    @TempDir
    Path dir;

    private static List<TextParagraph> paragraphs(String... lines) {
        List<TextParagraph> ps = new ArrayList<>();
        for (String l : lines) {
            boolean bold = l.startsWith("*");
            ps.add(new TextParagraph(ps.size(), bold ? l.substring(1) : l, null, -1, bold, false, -1, -1));
        }
        return ps;
    }

    private static List<String> values(List<Proposed<String>> ps) {
        return ps.stream().map(Proposed::value).toList();
    }

    @Test
    void oneParagraphCitingTwoDocumentsIsTwoBases() {
        assertEquals(List.of("Thực hiện Quyết định số 2347/QĐ-UBND ngày 17/12/2025 của UBND tỉnh về việc ban hành Chương "
                        + "trình cải cách hành chính giai đoạn 2026 - 2030",
                        "Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về cải cách hành chính năm 2026"),
                PlanHeader.bases("Thực hiện Quyết định số 2347/QĐ-UBND ngày 17/12/2025 của UBND tỉnh về việc ban hành "
                        + "Chương trình cải cách hành chính giai đoạn 2026 - 2030; Kế hoạch số 12/KH-UBND ngày 05/01/2026 "
                        + "của UBND tỉnh về cải cách hành chính năm 2026, UBND xã Hòa Bình xây dựng Kế hoạch cải cách hành "
                        + "chính năm 2026 như sau:"));
        assertEquals(List.of("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ",
                        "Căn cứ Thông tư số 01/2026/TT-BNV ngày 05/01/2026 của Bộ Nội vụ"),
                PlanHeader.bases("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ; căn cứ Thông tư số "
                        + "01/2026/TT-BNV ngày 05/01/2026 của Bộ Nội vụ;"));
        assertEquals(List.of("Thực hiện Công văn số 45/UBND-VP ngày 02/02/2026 của UBND tỉnh",
                        "Chỉ thị số 05/CT-UBND ngày 10/02/2026 của Chủ tịch UBND tỉnh"),
                PlanHeader.bases("Thực hiện Công văn số 45/UBND-VP ngày 02/02/2026 của UBND tỉnh; Chỉ thị số 05/CT-UBND "
                        + "ngày 10/02/2026 của Chủ tịch UBND tỉnh."));
    }

    @Test
    void aSemicolonInsideOneDocumentsTitleDoesNotSplitIt() {
        assertEquals(List.of("Căn cứ Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh về việc ban hành Quy chế phối "
                        + "hợp; sửa đổi, bổ sung Quy chế làm việc của UBND tỉnh"),
                PlanHeader.bases("Căn cứ Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh về việc ban hành Quy chế "
                        + "phối hợp; sửa đổi, bổ sung Quy chế làm việc của UBND tỉnh;"));
        assertEquals(List.of("Thực hiện Kế hoạch số 181/KH-UBND ngày 29/4/2026 của UBND tỉnh triển khai thực hiện Quyết "
                        + "định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ"),
                PlanHeader.bases("Thực hiện Kế hoạch số 181/KH-UBND ngày 29/4/2026 của UBND tỉnh triển khai thực hiện "
                        + "Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ."),
                "a document named inside another's title, with no \";\" before it, is not another basis");
    }

    @Test
    void theAttachedToDecisionIsABasisNotPartOfTheTitle() {
        PlanProposal p = PlanRecognizer.recognize(paragraphs("ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Số: 3/KH-UBND",
                "An Phú, ngày 12 tháng 01 năm 2026", "*KẾ HOẠCH", "*Phòng, chống thiên tai năm 2026",
                "(Kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND xã An Phú)",
                "Căn cứ Luật Phòng, chống thiên tai năm 2013;", "I. NHIỆM VỤ", "1. Kiện toàn Ban Chỉ huy"));
        assertEquals("Phòng, chống thiên tai năm 2026", p.title().value());
        assertEquals(List.of("Kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND xã An Phú",
                "Căn cứ Luật Phòng, chống thiên tai năm 2013"), values(p.legalBases()));
        assertEquals(Confidence.MEDIUM, p.legalBases().get(0).confidence());
        // A title in plain type: its one line, then the attached-to line.
        PlanProposal plain = PlanRecognizer.recognize(paragraphs("KẾ HOẠCH", "Phòng, chống thiên tai năm 2026",
                "(Ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND xã An Phú)", "I. NHIỆM VỤ",
                "1. Kiện toàn Ban Chỉ huy"));
        assertEquals("Phòng, chống thiên tai năm 2026", plain.title().value());
        assertEquals(List.of("Ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND xã An Phú"),
                values(plain.legalBases()));
    }

    @Test
    void thePlaceFromTheDateLineElseTheCommuneOfTheIssuerElseOfTheTitle() {
        PlanProposal written = PlanRecognizer.recognize(paragraphs("ỦY BAN NHÂN DÂN XÃ AN PHÚ",
                "Bình Thành, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Thử", "I. NHIỆM VỤ", "1. Một"));
        assertEquals("Bình Thành", written.place().value(), "the date line says where it was signed");
        assertEquals(Confidence.HIGH, written.place().confidence());

        PlanProposal blank = PlanRecognizer.recognize(paragraphs("ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH",
                "……, ngày … tháng … năm …", "KẾ HOẠCH", "*Cải cách hành chính năm 2026", "I. NHIỆM VỤ", "1. Một"));
        assertEquals("Hòa Bình", blank.place().value(), "a form not filled in: the issuer's commune");
        assertEquals(Confidence.MEDIUM, blank.place().confidence());
        assertEquals(2026, blank.year().value(), "from the title when the date line has none");

        PlanProposal superior = PlanRecognizer.recognize(paragraphs("UBND TỈNH THÁI NGUYÊN", "UBND XÃ PHÚ ĐÌNH",
                "Số: 4/KH-UBND", "KẾ HOẠCH", "*Chuyển đổi số năm 2026", "I. NHIỆM VỤ", "1. Một"));
        assertEquals("UBND XÃ PHÚ ĐÌNH", superior.issuer().value(), "the commune's body, not the province above it");
        assertEquals("Phú Đình", superior.place().value(), "no date line at all");

        PlanProposal titled = PlanRecognizer.recognize(paragraphs("KẾ HOẠCH",
                "*Nâng cao hiệu quả công vụ trên địa bàn xã Bình Thành năm 2026", "I. NHIỆM VỤ", "1. Một"));
        assertEquals("Bình Thành", titled.place().value(), "the commune the title names");
        assertEquals(Confidence.LOW, titled.place().confidence());

        PlanProposal none = PlanRecognizer.recognize(paragraphs("KẾ HOẠCH",
                "*Phát triển văn hóa - xã hội, Văn hóa - Xã hội năm 2026", "I. NHIỆM VỤ", "1. Một"));
        assertFalse(none.place().found(), "\"xã hội\" names no commune");
    }

    @Test
    void recipientsWithPlusesAndDotsBelowTheBody() {
        PlanProposal p = PlanRecognizer.recognize(paragraphs("KẾ HOẠCH", "Thử", "I. NHIỆM VỤ", "1. Một", "Nơi nhận:",
                "+ Sở Nội vụ;", "• Thường trực Đảng ủy;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"));
        assertEquals(List.of("Sở Nội vụ", "Thường trực Đảng ủy", "Lưu: VT"), values(p.recipients()));
        assertEquals("Nguyễn Văn An", p.signer().value());
    }

    private static PlanProposal word(Path file) throws Exception {
        return PlanRecognizer.recognize(DocxText.read(file), AreaPlans.directory());
    }

    @Test
    void aWordPlanWithItsRecipientsInWordBullets() throws Exception {
        for (boolean inTable : List.of(false, true)) {
            PlanProposal p = word(AreaPlans.caiCachHanhChinh(dir.resolve("cchc-" + inTable + ".docx"), inTable));
            assertEquals(List.of("Sở Nội vụ tỉnh", "Thường trực Đảng ủy xã", "Thường trực HĐND xã",
                    "Các phòng, ban, bộ phận thuộc UBND xã", "Lưu: VT, VP"), values(p.recipients()),
                    inTable ? "Word's bullets in the signature's cell" : "Word's bullets below the body");
            assertEquals("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", p.signerTitle().value());
            assertEquals("Lường Văn Hải", p.signer().value());
            assertEquals("08/KH-UBND", p.number().value());
            assertEquals("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", p.issuer().value());
            assertEquals("Hòa Bình", p.place().value());
            assertEquals(Confidence.MEDIUM, p.place().confidence());
            assertFalse(p.date().found());
            assertEquals("Cải cách hành chính năm 2026", p.title().value());
            assertEquals(2026, p.year().value());
            assertEquals(List.of("Kèm theo Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND xã Hòa Bình",
                    "Thực hiện Quyết định số 2347/QĐ-UBND ngày 17/12/2025 của UBND tỉnh Thái Nguyên về việc ban hành "
                            + "Chương trình cải cách hành chính nhà nước tỉnh Thái Nguyên giai đoạn 2026 - 2030",
                    "Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về cải cách hành chính năm 2026"),
                    values(p.legalBases()));
        }
    }
}
