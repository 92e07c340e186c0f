package vn.socongvu.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;

/** The công văn đôn đốc as built for the engine from fixture tasks, and as written to Word. */
class FollowUpLetterTest {
    static final CommuneIdentity ID = new CommuneIdentity("Bình Thành", "Thái Nguyên", "",
            "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH", "Bình Thành");
    static final Signer VICE = new Signer(2, "Hoàng Thị Thu Hà", "Phó Chủ tịch", SignAuthority.KT, 2, true);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static List<FollowUpLetter.Item> items() {
        return List.of(new FollowUpLetter.Item("Rà soát hồ sơ đất đai", "Kế hoạch số 06/KH-UBND ngày 05/01/2026",
                        LocalDate.of(2026, 11, 16), true, 4),
                new FollowUpLetter.Item("Khắc phục vi phạm về đeo thẻ", "Khắc phục sau Kiểm tra công vụ theo Quyết "
                        + "định số 45/QĐ-UBND: …", LocalDate.of(2026, 11, 23), false, 1));
    }

    @Test
    void theLetterGoesToTheUnitWithItsOverdueAndSoonDueTasksAndAsksForAReport() {
        OfficialDocument d = FollowUpLetter.document(ID, VICE, "125/UBND", TODAY, "Phòng Kinh tế", items(), TODAY, 5,
                LocalDate.of(2026, 11, 27));
        assertEquals(DocumentKind.CONG_VAN, d.kind());
        assertEquals("125/UBND", d.numberLine());
        assertEquals("đôn đốc thực hiện nhiệm vụ quá hạn, sắp đến hạn", d.title());
        assertEquals("Kính gửi: Phòng Kinh tế.", ((Block.Centered) d.body().get(0)).text());
        assertEquals("Theo dõi của Ủy ban nhân dân xã đến ngày 20/11/2026, Phòng Kinh tế còn 1 nhiệm vụ đã quá hạn "
                + "nhưng chưa hoàn thành và 1 nhiệm vụ sắp đến hạn (trong 5 ngày làm việc tới), cụ thể như sau:",
                ((Block.Paragraph) d.body().get(1)).text());
        List<Block.Table> tables = d.body().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .toList();
        assertEquals(List.of("1", "Rà soát hồ sơ đất đai", "Kế hoạch số 06/KH-UBND ngày 05/01/2026", "16/11/2026",
                "Quá hạn 4 ngày làm việc"), tables.get(0).rows().get(0));
        assertEquals("Còn 1 ngày làm việc", tables.get(1).rows().get(0).get(4));
        assertTrue(d.body().stream().anyMatch(b -> b instanceof Block.Paragraph p
                && p.text().startsWith("Báo cáo kết quả thực hiện") && p.text().contains("trước ngày 27/11/2026")));
        assertEquals(List.of("Như trên", "Chủ tịch, các Phó Chủ tịch UBND xã", "Lưu: VT"), d.recipients());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), d.signature().authorityLines());
    }

    @Test
    void onlyOverdueTasksNeedNoSubheadingsAndTheAboutSaysSo() {
        OfficialDocument d = FollowUpLetter.document(ID, VICE, null, null, "Phòng Kinh tế", items().subList(0, 1),
                TODAY, 5, LocalDate.of(2026, 11, 27));
        assertEquals("đôn đốc thực hiện nhiệm vụ quá hạn", d.title());
        assertEquals("     /UBND", d.numberLine());
        assertFalse(d.body().stream().anyMatch(b -> b instanceof Block.Heading));
        assertFalse(d.body().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().contains("sắp đến hạn")),
                "nothing said of what there is none of");
    }

    @Test
    void inWordTheVvLineStandsUnderTheNumberAndKinhGuiIsCentred() throws Exception {
        OfficialDocument d = FollowUpLetter.document(ID, VICE, "125/UBND", TODAY, "Phòng Kinh tế", items(), TODAY, 5,
                LocalDate.of(2026, 11, 27));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(d, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var left = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertEquals("Số: 125/UBND", left.get(left.size() - 2));
            assertEquals("V/v đôn đốc thực hiện nhiệm vụ quá hạn, sắp đến hạn", left.get(left.size() - 1));
            XWPFParagraph to = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Kính gửi"))
                    .findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, to.getAlignment());
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().equals("CÔNG VĂN")),
                    "a công văn has no type name");
        }
    }
}
