package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {
    @TempDir
    Path dir;

    @Test
    void markdownMarksBecomeHeadingsBoldAndCellsAndBrokenLinesJoin() {
        List<TextParagraph> p = PlainText.paragraphs("""
                ## **I. MỤC ĐÍCH, YÊU CẦU**

                1.1. Tiếp tục thực hiện có hiệu quả Quyết định số 1847/QĐ-TTg về việc phê duyệt Đề án

                của đội ngũ cán bộ, công chức đối với thực hiện văn hóa công vụ.
                a) Tổ chức quán triệt sâu sắc
                b) Chấn chỉnh lề lối làm việc
                **3. Trung tâm Dịch vụ tổng hợp xã:** Đăng tải toàn văn Kế hoạch
                ##### ***Nơi nhận:***
                - Sở Nội vụ;
                | TT | Nhiệm vụ | Chủ trì |
                |---|---|---|
                | 1 | Kiểm tra | Văn phòng \\- TK |
                Kinh phí (*nếu có*) theo quy định\\.
                """);
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU",
                "1.1. Tiếp tục thực hiện có hiệu quả Quyết định số 1847/QĐ-TTg về việc phê duyệt Đề án của đội ngũ cán bộ, "
                        + "công chức đối với thực hiện văn hóa công vụ.",
                "a) Tổ chức quán triệt sâu sắc", "b) Chấn chỉnh lề lối làm việc",
                "3. Trung tâm Dịch vụ tổng hợp xã: Đăng tải toàn văn Kế hoạch", "Nơi nhận:", "- Sở Nội vụ;",
                "TT", "Nhiệm vụ", "Chủ trì", "1", "Kiểm tra", "Văn phòng - TK", "Kinh phí (nếu có) theo quy định."),
                p.stream().map(TextParagraph::text).toList());
        assertTrue(p.get(0).heading());
        assertTrue(p.get(0).bold());
        assertFalse(p.get(1).bold());
        assertTrue(p.get(5).heading());
        assertEquals(1, p.get(12).row());
        assertEquals(2, p.get(12).column());
        assertFalse(p.get(13).inTable());
    }

    @Test
    void theSamplePlansReadAsParagraphs() throws Exception {
        Path plan = Path.of(getClass().getResource("/plans/plan-binh-thanh-2026-ky-luat-ky-cuong.txt").toURI());
        List<TextParagraph> p = PlainText.read(plan);
        assertTrue(p.stream().anyMatch(x -> x.text().equals("II. NỘI DUNG THỰC HIỆN") && x.heading()));
        TextParagraph first = p.stream().filter(x -> x.text().startsWith("1.1. Tiếp tục thực hiện")).findFirst().orElseThrow();
        assertTrue(first.text().endsWith("văn hóa công vụ."), "the line broken by the copy is joined: " + first.text());
    }

    @Test
    void notTextIsRefused() throws Exception {
        Path bin = dir.resolve("a.txt");
        Files.write(bin, new byte[] {'K', 0, 'H'});
        assertTrue(assertThrows(DocumentReadException.class, () -> PlainText.read(bin)).userMessage()
                .contains("không phải tệp văn bản"));
        Path latin = dir.resolve("b.txt");
        Files.write(latin, new byte[] {'K', (byte) 0xE9, 'H'});
        assertTrue(assertThrows(DocumentReadException.class, () -> PlainText.read(latin)).userMessage()
                .contains("UTF-8"));
        Path bom = dir.resolve("c.txt");
        Files.write(bom, "\uFEFFKẾ HOẠCH".getBytes(StandardCharsets.UTF_8));
        assertEquals("KẾ HOẠCH", PlainText.read(bom).get(0).text());
    }
}
