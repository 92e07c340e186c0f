package vn.socongvu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Test fixture: a .docx written as a commune's clerk writes a plan in Word (Nghị định 30) — the header and the
 * signature in two-column tables, Word's own numbering and bullets (list definitions in numbering.xml as
 * w:abstractNum, each level's format and text; lists on them as w:num, a restart as a w:lvlOverride with its
 * w:startOverride; each numbered paragraph pointing at its list and level with w:numPr and no label in its text)
 * beside paragraphs whose numbers are typed, bold headings, tables and page breaks. The only place test code
 * outside this package gets a Word file with real numbering from.
 */
public final class WordPlan implements AutoCloseable {
    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private int abstractIds;

    /**
     * A new list definition and a list on it; each level "format|text", e.g. "upperRoman|%1.", "decimal|%2.",
     * "decimal|%1.%2.", "lowerLetter|%3)", "bullet|-" (Word's bullets are such a list). @return the list (its numId)
     */
    public BigInteger list(String... levels) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(++abstractIds));
        for (int i = 0; i < levels.length; i++) {
            String[] f = levels[i].split("\\|", 2);
            CTLvl l = a.addNewLvl();
            l.setIlvl(BigInteger.valueOf(i));
            l.addNewStart().setVal(BigInteger.ONE);
            l.addNewNumFmt().setVal(STNumberFormat.Enum.forString(f[0]));
            l.addNewLvlText().setVal(f[1]);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(a, numbering)));
    }

    /** Another list on the same definition as {@code list}: it counts on from it, as Word does. */
    public BigInteger continuing(BigInteger list) {
        return numbering.addNum(numbering.getAbstractNumID(list));
    }

    /** Another list on the same definition as {@code list}, restarting {@code level} at {@code start}. */
    public BigInteger restarting(BigInteger list, int level, int start) {
        BigInteger num = continuing(list);
        CTNumLvl o = numbering.getNum(num).getCTNum().addNewLvlOverride();
        o.setIlvl(BigInteger.valueOf(level));
        o.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return num;
    }

    /**
     * The header table: the issuer's lines (a superior first when there is one) and the number on the left, the
     * national motto and the place and date line on the right.
     */
    public WordPlan header(List<String> issuer, String number, String dateLine) {
        XWPFTable t = doc.createTable(2, 2);
        cell(t.getRow(0).getCell(0), issuer, true);
        cell(t.getRow(0).getCell(1), List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                true);
        cell(t.getRow(1).getCell(0), List.of(number), false);
        cell(t.getRow(1).getCell(1), List.of(dateLine), false);
        return this;
    }

    /** The document's kind and title, centred and bold. */
    public WordPlan title(String... lines) {
        for (String l : lines) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, l, true, false);
        }
        return this;
    }

    /** A paragraph as typed (any number in its text). */
    public WordPlan p(String text) {
        run(doc.createParagraph(), text, false, false);
        return this;
    }

    /** A bold paragraph (a heading typed with its numbering). */
    public WordPlan bold(String text) {
        run(doc.createParagraph(), text, true, false);
        return this;
    }

    /** An italic paragraph (the bases are). */
    public WordPlan italic(String text) {
        run(doc.createParagraph(), text, false, true);
        return this;
    }

    /** A paragraph numbered by Word: list {@code list}, level {@code level} (0 the first); its label not typed. */
    public WordPlan item(BigInteger list, int level, String text) {
        return item(list, level, text, false);
    }

    /** {@link #item(BigInteger, int, String)}, bold when {@code bold} (a heading). */
    public WordPlan item(BigInteger list, int level, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        numbered(p, list, level);
        run(p, text, bold, false);
        return this;
    }

    /** A table, one array a row; the first row bold (its header); a cell's lines ("\n") are its paragraphs. */
    public WordPlan table(List<String[]> rows) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).length);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                cell(t.getRow(r).getCell(c), List.of(rows.get(r)[c].split("\n")), r == 0);
            }
        }
        return this;
    }

    /**
     * The closing in a two-column table: "Nơi nhận:" and the recipients on the left (in Word's list
     * {@code bullets} when given, else typed "- …"), the signer's title lines and name on the right.
     */
    public WordPlan signature(List<String> recipients, BigInteger bullets, List<String> signer) {
        XWPFTable t = doc.createTable(1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        run(left.getParagraphs().get(0), "Nơi nhận:", true, true);
        for (String r : recipients) {
            XWPFParagraph p = left.addParagraph();
            if (bullets != null) {
                numbered(p, bullets, 0);
                run(p, r, false, false);
            } else {
                run(p, "- " + r, false, false);
            }
        }
        cell(t.getRow(0).getCell(1), signer, true);
        return this;
    }

    /** A paragraph starting a new page (an appendix). */
    public WordPlan pageBreak() {
        doc.createParagraph().setPageBreak(true);
        return this;
    }

    public Path save(Path file) throws Exception {
        try (OutputStream o = Files.newOutputStream(file)) {
            doc.write(o);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private static void numbered(XWPFParagraph p, BigInteger list, int level) {
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    private static void cell(XWPFTableCell cell, List<String> lines, boolean bold) {
        for (int i = 0; i < lines.size(); i++) {
            run(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines.get(i), bold, false);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily("Times New Roman");
        r.setFontSize(14);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
