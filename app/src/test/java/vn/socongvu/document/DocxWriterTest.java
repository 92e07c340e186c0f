package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;

/** Opens what the writer produced and checks it against Nghị định 30/2020 Phụ lục I. */
class DocxWriterTest {
    @TempDir
    static Path tmp;
    static Services services;
    static SampleDocuments samples;

    @BeforeAll
    static void demo() {
        services = TestServices.demo(tmp.resolve("data"));
        samples = new SampleDocuments(services.settings(), services.directory(), LocalDate.of(2026, 1, 5));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static XWPFDocument written(OfficialDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(d, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Every paragraph of the body, of table cells (at any depth) and of the headers. */
    static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> ps = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            collect(e, ps);
        }
        for (XWPFHeader h : doc.getHeaderList()) {
            ps.addAll(h.getParagraphs());
        }
        return ps;
    }

    private static void collect(IBodyElement e, List<XWPFParagraph> ps) {
        if (e instanceof XWPFParagraph p) {
            ps.add(p);
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    c.getBodyElements().forEach(x -> collect(x, ps));
                }
            }
        }
    }

    static String text(XWPFTableCell c) {
        return c.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void pageIsA4PortraitWithTheDecreesMargins() throws IOException {
        try (XWPFDocument doc = written(samples.plan())) {
            CTSectPr s = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, ((BigInteger) s.getPgSz().getW()).intValue());
            assertEquals(16838, ((BigInteger) s.getPgSz().getH()).intValue());
            int mm = 1440 * 10 / 254; // twips per mm, rounded down: 56
            int top = ((BigInteger) s.getPgMar().getTop()).intValue();
            int bottom = ((BigInteger) s.getPgMar().getBottom()).intValue();
            int left = ((BigInteger) s.getPgMar().getLeft()).intValue();
            int right = ((BigInteger) s.getPgMar().getRight()).intValue();
            assertTrue(top >= 20 * mm && top <= 25 * 57, "top " + top);
            assertTrue(bottom >= 20 * mm && bottom <= 25 * 57, "bottom " + bottom);
            assertTrue(left >= 30 * mm && left <= 35 * 57, "left " + left);
            assertTrue(right >= 15 * mm && right <= 20 * 57, "right " + right);
        }
    }

    @Test
    void everyRunIsTimesNewRomanInAllFourRangesAndVietnamese() throws IOException {
        for (OfficialDocument d : samples.all()) {
            try (XWPFDocument doc = written(d)) {
                int runs = 0;
                for (XWPFParagraph p : allParagraphs(doc)) {
                    for (XWPFRun r : p.getRuns()) {
                        runs++;
                        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                            assertEquals("Times New Roman", r.getFontFamily(range),
                                    d.kind() + " run '" + r.text() + "' range " + range);
                        }
                        assertEquals("vi-VN", r.getLang(), "run '" + r.text() + "'");
                    }
                }
                assertTrue(runs > 30, d.kind() + " has " + runs + " runs");
                String defaults = doc.getStyles().getCtStyles().getDocDefaults().xmlText();
                assertTrue(defaults.contains("w:ascii=\"Times New Roman\"") && defaults.contains("w:cs=\"Times New Roman\""),
                        defaults);
            }
        }
    }

    @Test
    void headerHasBothColumnsAsTheDecreeShowsThem() throws IOException {
        try (XWPFDocument doc = written(samples.plan())) {
            XWPFTable header = doc.getTables().get(0);
            String left = text(header.getRow(0).getCell(0));
            String right = text(header.getRow(0).getCell(1));
            assertTrue(left.startsWith("UBND TỈNH THÁI NGUYÊN\nỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH"), left);
            assertTrue(left.endsWith("Số: 06/KH-UBND"), left);
            assertTrue(right.startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"), right);
            assertTrue(right.endsWith("Bình Thành, ngày 05 tháng 01 năm 2026"), right);
            assertEquals("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", doc.getProperties().getCoreProperties().getCreator(),
                    "the file's author in Word is the issuing body, not the library");
            assertEquals(samples.plan().title(), doc.getProperties().getCoreProperties().getTitle());

            XWPFParagraph issuing = header.getRow(0).getCell(0).getParagraphs().get(1);
            assertTrue(issuing.getRuns().stream().allMatch(XWPFRun::isBold), "issuing body is bold");
            XWPFParagraph superior = header.getRow(0).getCell(0).getParagraphs().get(0);
            assertFalse(superior.getRuns().get(0).isBold(), "superior body is regular");
            XWPFParagraph date = header.getRow(0).getCell(1).getParagraphs().stream()
                    .filter(p -> p.getText().contains("ngày")).findFirst().orElseThrow();
            assertTrue(date.getRuns().get(0).isItalic());
            // The short rules: a bordered, indented, empty paragraph under the issuing body and the motto.
            assertTrue(header.getRow(0).getCell(0).getParagraphs().stream()
                    .anyMatch(p -> p.getText().isEmpty() && p.getBorderBottom() != Borders.NONE
                            && p.getIndentationLeft() > 0));
        }
    }

    @Test
    void typeTitleLegalBasesAndBodyFollowTheRules() throws IOException {
        try (XWPFDocument doc = written(samples.plan())) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph type = ps.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, type.getAlignment());
            assertTrue(type.getRuns().get(0).isBold());
            assertEquals(14.0, type.getRuns().get(0).getFontSizeAsDouble());

            List<XWPFParagraph> bases = ps.stream().filter(p -> p.getText().startsWith("Căn cứ")).toList();
            assertEquals(3, bases.size());
            for (int i = 0; i < bases.size(); i++) {
                assertTrue(bases.get(i).getRuns().get(0).isItalic());
                assertTrue(bases.get(i).getText().endsWith(i == bases.size() - 1 ? "." : ";"), bases.get(i).getText());
            }

            XWPFParagraph body = ps.stream().filter(p -> p.getText().startsWith("1.1. Tiếp tục")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.BOTH, body.getAlignment(), "justified");
            assertTrue(body.getFirstLineIndent() >= 567 && body.getFirstLineIndent() <= 720, "indent 1–1.27 cm");
            assertTrue(body.getSpacingAfter() >= 120, "at least 6 pt between paragraphs");
            assertEquals(14.0, body.getRuns().get(0).getFontSizeAsDouble());

            List<String> headings = ps.stream().map(XWPFParagraph::getText)
                    .filter(t -> t.matches("^(I|II|III|IV)\\. .*")).toList();
            assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. CHỈ TIÊU", "III. NỘI DUNG THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
                    headings);
            assertTrue(ps.stream().anyMatch(p -> p.getText().equals("2. Yêu cầu")));
        }
    }

    @Test
    void tablesRepeatTheirHeaderRowAndRowsDoNotSplit() throws IOException {
        try (XWPFDocument doc = written(samples.plan())) {
            XWPFTable t = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            assertTrue(t.getRow(0).isRepeatHeader());
            assertTrue(t.getRow(1).isCantSplitRow());
            assertEquals(5, t.getNumberOfRows());
        }
    }

    @Test
    void pageNumbersAreCentredAtTheTopFromPageTwo() throws IOException {
        try (XWPFDocument doc = written(samples.plan())) {
            CTSectPr s = doc.getDocument().getBody().getSectPr();
            assertTrue(s.isSetTitlePg(), "a different first page");
            XWPFHeader other = doc.getHeaderFooterPolicy().getDefaultHeader();
            XWPFHeader first = doc.getHeaderFooterPolicy().getFirstPageHeader();
            assertNotNull(other);
            assertNotNull(first);
            XWPFParagraph p = other.getParagraphs().get(0);
            assertEquals(ParagraphAlignment.CENTER, p.getAlignment());
            assertTrue(p.getCTP().xmlText().contains("PAGE"), "PAGE field in the header");
            assertFalse(first.getParagraphs().get(0).getCTP().xmlText().contains("PAGE"), "none on page 1");
        }
    }

    @Test
    void recipientsAndSignatureCloseTheDocumentOnOnePage() throws IOException {
        try (XWPFDocument doc = written(samples.plan())) {
            XWPFTable end = doc.getTables().get(doc.getTables().size() - 1);
            assertTrue(end.getRow(0).isCantSplitRow(), "kept together");
            XWPFTableCell left = end.getRow(0).getCell(0);
            XWPFParagraph head = left.getParagraphs().get(0);
            assertEquals("Nơi nhận:", head.getText());
            assertTrue(head.getRuns().get(0).isBold() && head.getRuns().get(0).isItalic());
            assertEquals(12.0, head.getRuns().get(0).getFontSizeAsDouble());
            XWPFParagraph last = left.getParagraphs().get(left.getParagraphs().size() - 1);
            assertEquals("- Lưu: VT, VHXH.", last.getText());
            assertEquals(11.0, last.getRuns().get(0).getFontSizeAsDouble());
            String sign = text(end.getRow(0).getCell(1));
            assertTrue(sign.startsWith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), sign);
            assertTrue(sign.endsWith("Hoàng Thị Thu Hà"), sign);
        }
    }

    @Test
    void minutesAreSignedBySecretaryLeftAndChairRight() throws IOException {
        try (XWPFDocument doc = written(samples.minutes())) {
            assertTrue(text(doc.getTables().get(0).getRow(0).getCell(0)).endsWith("Số: 12/BB-UBND"));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BIÊN BẢN")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Cuộc họp kết thúc vào")
                    && p.getText().endsWith("./.")));
            XWPFTable end = doc.getTables().get(doc.getTables().size() - 1);
            assertTrue(text(end.getRow(0).getCell(0)).startsWith("THƯ KÝ"));
            assertTrue(text(end.getRow(0).getCell(1)).startsWith("CHỦ TRÌ"));
            assertTrue(text(end.getRow(0).getCell(1)).endsWith("Nguyễn Văn Hùng"));
        }
    }

    @Test
    void decomposedInputIsWrittenComposed() throws IOException {
        OfficialDocument d = samples.notice();
        OfficialDocument decomposed = new OfficialDocument(d.kind(), d.issuerCode(), d.number(), d.date(), d.issuer(),
                Normalizer.normalize("Kết luận giao ban", Normalizer.Form.NFD), d.legalBases(),
                d.body(), d.recipients(), d.signature(), null);
        try (XWPFDocument doc = written(decomposed)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Kết luận giao ban")));
        }
    }

    @Test
    void aDraftLeavesNumberAndDateToFillByHand() throws IOException {
        OfficialDocument d = samples.plan();
        OfficialDocument draft = new OfficialDocument(d.kind(), d.issuerCode(), null, null, d.issuer(), d.title(),
                d.legalBases(), d.body(), d.recipients(), d.signature(), null);
        try (XWPFDocument doc = written(draft)) {
            String left = text(doc.getTables().get(0).getRow(0).getCell(0));
            assertTrue(left.endsWith("Số:      /KH-UBND"), left);
            String right = text(doc.getTables().get(0).getRow(0).getCell(1));
            assertTrue(right.contains("Bình Thành, ngày       tháng       năm"), right);
        }
    }

    @Test
    void theBodysLastParagraphsAreKeptWithTheSignature() throws IOException {
        try (XWPFDocument doc = written(samples.minutes())) {
            List<IBodyElement> els = doc.getBodyElements();
            int closing = els.size() - 1;
            while (!(els.get(closing) instanceof XWPFTable)) {
                closing--;
            }
            XWPFParagraph last = (XWPFParagraph) els.get(closing - 1);
            XWPFParagraph before = (XWPFParagraph) els.get(closing - 2);
            assertTrue(last.getText().startsWith("Cuộc họp kết thúc vào"), last.getText());
            assertTrue(last.isKeepNext() && before.isKeepNext(), "the end of the minutes goes with its signatures");
            assertTrue(((XWPFTable) els.get(closing)).getRow(0).isCantSplitRow());
            long kept = doc.getParagraphs().stream().filter(XWPFParagraph::isKeepNext)
                    .filter(p -> !p.getRuns().isEmpty() && !p.getRuns().get(0).isBold()).count();
            assertEquals(2, kept, "only the closing paragraphs (and headings) keep with the next");
        }
    }

    @Test
    void aBodyEndingInATableKeepsItsLastRowWithTheSignature() throws IOException {
        OfficialDocument d = samples.notice();
        List<Block> body = new ArrayList<>(d.body());
        body.add(new Block.Table(List.of(Block.Column.text("Nội dung", 3), Block.Column.number("Số", 1)),
                List.of(List.of("Một", "1"), List.of("Hai", "2")), false));
        OfficialDocument withTable = new OfficialDocument(d.kind(), d.issuerCode(), d.number(), d.date(), d.issuer(),
                d.title(), d.legalBases(), body, d.recipients(), d.signature(), null);
        try (XWPFDocument doc = written(withTable)) {
            XWPFTable table = doc.getTables().get(doc.getTables().size() - 2);
            XWPFTableRow lastRow = table.getRow(table.getNumberOfRows() - 1);
            assertTrue(lastRow.getCell(0).getParagraphs().get(0).isKeepNext());
            assertFalse(table.getRow(1).getCell(0).getParagraphs().get(0).isKeepNext(), "the rows before may part");
        }
    }

    @Test
    void aListWithNoSignatureEndsWithItsBody() throws IOException {
        OfficialDocument d = samples.notice();
        OfficialDocument list = new OfficialDocument(DocumentKind.DANH_SACH, d.issuerCode(), null, d.date(), d.issuer(),
                "Danh sách", List.of(), d.body(), List.of(), null, null);
        try (XWPFDocument doc = written(list)) {
            assertEquals(1, doc.getTables().size(), "no empty closing table after the body");
        }
    }

    @Test
    void aParagraphHoldingALinkIsAlignedLeftNotStretched() throws IOException {
        OfficialDocument d = samples.minutes();
        String link = "https://meet.thainguyen.gov.vn/phong-hop-truc-tuyen/ubnd-xa-binh-thanh?id=8f3a2c91d4";
        List<Block> body = new ArrayList<>(d.body());
        body.add(0, Block.Paragraph.of("Địa điểm: trực tuyến, " + link + "."));
        OfficialDocument withLink = new OfficialDocument(d.kind(), d.issuerCode(), d.number(), d.date(), d.issuer(),
                d.title(), d.legalBases(), body, d.recipients(), d.signature(), d.leftSignature());
        try (XWPFDocument doc = written(withLink)) {
            XWPFParagraph place = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Địa điểm: trực"))
                    .findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.LEFT, place.getAlignment(), "a link cannot break: the line is not justified");
            assertTrue(place.getText().contains(link), "the link is written whole, as it is copied");
            assertTrue(doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Thời gian"))
                    .allMatch(p -> p.getAlignment() == ParagraphAlignment.BOTH), "other paragraphs stay justified");
        }
        assertTrue(DocxWriter.hasLongToken("Xem " + link));
        assertFalse(DocxWriter.hasLongToken("Ủy ban nhân dân xã Bình Thành, tỉnh Thái Nguyên, ngày 05/01/2026."));
    }
}
