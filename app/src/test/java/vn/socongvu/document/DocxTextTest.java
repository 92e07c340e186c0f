package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

class DocxTextTest {
    @TempDir
    Path dir;

    private Path save(XWPFDocument doc, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(file)) {
            doc.write(o);
        }
        doc.close();
        return file;
    }

    private static XWPFParagraph para(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        return p;
    }

    @Test
    void paragraphsTablesAndBreaksInReadingOrderWithoutHeadersOrFooters() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Trang đầu trang");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Chân trang 1/3");
        para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", true);
        XWPFParagraph broken = doc.createParagraph();
        XWPFRun r = broken.createRun();
        r.setText("1. Rà soát quy chế làm việc. Thời gian");
        r.addBreak();
        r.setText("hoàn thành:\t15/12/2026");
        doc.createParagraph(); // an empty paragraph is not a line
        XWPFTable t = doc.createTable(2, 3);
        t.getRow(0).getCell(0).setText("TT");
        t.getRow(0).getCell(1).setText("Nội dung");
        t.getRow(0).getCell(2).setText("Đơn vị chủ trì");
        t.getRow(1).getCell(0).setText("1");
        t.getRow(1).getCell(1).setText("Kiểm tra công vụ");
        t.getRow(1).getCell(2).setText("Văn phòng HĐND-UBND");
        para(doc, "Nơi nhận:", false);

        List<TextParagraph> lines = DocxText.read(save(doc, "plan.docx"));
        assertEquals(List.of("II. NHIỆM VỤ, GIẢI PHÁP", "1. Rà soát quy chế làm việc. Thời gian hoàn thành: 15/12/2026",
                "TT", "Nội dung", "Đơn vị chủ trì", "1", "Kiểm tra công vụ", "Văn phòng HĐND-UBND", "Nơi nhận:"),
                lines.stream().map(TextParagraph::text).toList());
        assertTrue(lines.get(0).bold());
        assertFalse(lines.get(1).bold());
        TextParagraph cell = lines.get(7);
        assertEquals(1, cell.row());
        assertEquals(2, cell.column());
        assertEquals(7, cell.index());
        assertFalse(lines.get(8).inTable());
    }

    @Test
    void wordsAutomaticNumberingIsRenderedAsWordShowsIt() throws Exception {
        try (WordPlan w = new WordPlan()) {
            BigInteger list = w.list("upperRoman|%1.", "decimal|%2.", "decimal|%2.%3.", "lowerLetter|%4)", "bullet|•");
            int[] levels = {0, 1, 2, 2, 3, 3, 4, 1, 0, 1};
            for (int i = 0; i < levels.length; i++) {
                w.item(list, levels[i], "Mục " + i);
            }
            w.p("Không đánh số");

            List<TextParagraph> lines = DocxText.read(w.save(dir.resolve("numbered.docx")));
            assertEquals(Arrays.asList("I.", "1.", "1.1.", "1.2.", "a)", "b)", "-", "2.", "II.", "1.", null),
                    lines.stream().map(TextParagraph::listLabel).toList());
            assertEquals(2, lines.get(3).listLevel());
            assertEquals("1.2. Mục 3", lines.get(3).displayed());
            assertEquals(-1, lines.get(10).listLevel());
        }
    }

    /**
     * Lists on one definition count on from one another, as Word numbers them; a list that restarts (a
     * w:lvlOverride with a w:startOverride: "Restart at 1", or a list made to start at 5) counts on its own.
     */
    @Test
    void listsOnOneDefinitionCountOnAndARestartedListStartsAgain() throws Exception {
        try (WordPlan w = new WordPlan()) {
            BigInteger first = w.list("decimal|%1.", "lowerLetter|%2)", "bullet|•");
            BigInteger on = w.continuing(first);
            BigInteger again = w.restarting(first, 0, 1);
            BigInteger fifth = w.restarting(first, 0, 5);
            BigInteger outline = w.list("upperRoman|%1.", "decimal|%2.", "decimal|%2.%3.");
            w.item(first, 0, "Một").item(first, 1, "a").item(first, 1, "b").item(first, 2, "chấm")
                    .item(first, 0, "Hai").p("Không đánh số")
                    .item(on, 0, "Ba").item(on, 1, "a lại")
                    .item(again, 0, "Một lại").item(again, 0, "Hai lại")
                    .item(fifth, 0, "Năm")
                    .item(outline, 0, "La Mã").item(outline, 1, "Một").item(outline, 2, "Một chấm một")
                    .item(outline, 2, "Một chấm hai").item(outline, 1, "Hai").item(outline, 2, "Hai chấm một");
            List<TextParagraph> lines = DocxText.read(w.save(dir.resolve("restarts.docx")));
            assertEquals(Arrays.asList("1.", "a)", "b)", "-", "2.", null, "3.", "a)", "1.", "2.", "5.",
                    "I.", "1.", "1.1.", "1.2.", "2.", "2.1."), lines.stream().map(TextParagraph::listLabel).toList());
            assertEquals(List.of(0, 1, 1, 2, 0, -1, 0, 1, 0, 0, 0, 0, 1, 2, 2, 1, 2),
                    lines.stream().map(TextParagraph::listLevel).toList());
        }
    }

    @Test
    void trackedChangesReadAsAccepted() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = para(doc, "Thời gian hoàn thành: ", false);
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setId(BigInteger.ONE);
        del.setAuthor("Văn thư");
        del.addNewR().addNewDelText().setStringValue("30/11/2026");
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.TWO);
        ins.setAuthor("Văn thư");
        CTR run = ins.addNewR();
        run.addNewT().setStringValue("15/12/2026");

        List<TextParagraph> lines = DocxText.read(save(doc, "tracked.docx"));
        assertEquals("Thời gian hoàn thành: 15/12/2026", lines.get(0).text());
    }

    @Test
    void anEmptyDocumentHasNoParagraphs() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph();
        assertEquals(List.of(), DocxText.read(save(doc, "empty.docx")));
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndWhatToDo() throws Exception {
        Path png = dir.resolve("anh.docx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertMessage(png, "không phải văn bản Word (.docx)");

        XWPFDocument doc = new XWPFDocument();
        para(doc, "Kế hoạch", false);
        Path good = save(doc, "good.docx");
        Path cut = dir.resolve("cut.docx");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertMessage(cut, "bị hỏng hoặc không đầy đủ");

        Path locked = dir.resolve("locked.docx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("matkhau");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Path copy = Files.copy(good, dir.resolve("copy.docx"));
            OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
            try (OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } finally {
                opc.revert();
            }
            try (OutputStream o = Files.newOutputStream(locked)) {
                fs.writeFilesystem(o);
            }
        }
        assertMessage(locked, "có mật khẩu");

        Path oldWord = dir.resolve("cu.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(oldWord)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(o);
        }
        assertMessage(oldWord, "Word 97–2003 (.doc)");
    }

    private static void assertMessage(Path file, String part) {
        DocumentReadException e = assertThrows(DocumentReadException.class, () -> DocxText.read(file));
        assertTrue(e.userMessage().contains(part), e.userMessage());
        assertTrue(e.userMessage().contains(file.getFileName().toString()), e.userMessage());
    }

    @Test
    void aParagraphWithoutNumberingHasNoLabel() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        para(doc, "a) Tổ chức quán triệt", false);
        TextParagraph p = DocxText.read(save(doc, "typed.docx")).get(0);
        assertNull(p.listLabel(), "numbering typed in the text stays in the text");
        assertEquals("a) Tổ chức quán triệt", p.displayed());
    }
}
