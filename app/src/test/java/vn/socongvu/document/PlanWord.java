package vn.socongvu.document;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Test fixtures: a commune plan written paragraph by paragraph as Word writes it — the header and the signature
 * in two-column tables (Nghị định 30), Word's automatic numbering (the number in the list's definition, not in
 * the text) and Word bullets beside typed numbering, tables, page breaks. The held-out-style plans of
 * {@code HeldOutPlans} are made with it.
 */
public final class PlanWord {
    /** Word's automatic numbering of a plan's parts: "1." / "1.1." / "a)". */
    public static final int DECIMAL = 0;
    /** "a)" / "-": a lettered list. */
    public static final int LETTERS = 1;
    /** A bulleted list ("-", as the recipients and the items of a task are). */
    public static final int BULLETS = 2;
    /** "I." / "1." / "a)": the sections too. */
    public static final int ROMAN = 3;

    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private final BigInteger[] abstracts = new BigInteger[4];

    public PlanWord() {
        abstracts[DECIMAL] = abstractNum(0, new STNumberFormat.Enum[]{STNumberFormat.DECIMAL, STNumberFormat.DECIMAL,
            STNumberFormat.LOWER_LETTER}, new String[]{"%1.", "%1.%2.", "%3)"});
        abstracts[LETTERS] = abstractNum(1, new STNumberFormat.Enum[]{STNumberFormat.LOWER_LETTER,
            STNumberFormat.BULLET}, new String[]{"%1)", "-"});
        abstracts[BULLETS] = abstractNum(2, new STNumberFormat.Enum[]{STNumberFormat.BULLET, STNumberFormat.BULLET},
                new String[]{"-", "+"});
        abstracts[ROMAN] = abstractNum(3, new STNumberFormat.Enum[]{STNumberFormat.UPPER_ROMAN, STNumberFormat.DECIMAL,
            STNumberFormat.LOWER_LETTER}, new String[]{"%1.", "%2.", "%3)"});
    }

    private BigInteger abstractNum(int id, STNumberFormat.Enum[] formats, String[] texts) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        for (int i = 0; i < formats.length; i++) {
            CTLvl l = a.addNewLvl();
            l.setIlvl(BigInteger.valueOf(i));
            l.addNewStart().setVal(BigInteger.ONE);
            l.addNewNumFmt().setVal(formats[i]);
            l.addNewLvlText().setVal(texts[i]);
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(a));
    }

    /** A new list of the given kind (its counters start again at 1): the id its paragraphs are given. */
    public BigInteger list(int kind) {
        return numbering.addNum(abstracts[kind]);
    }

    /** The header: issuer on the left, the national motto on the right, then the number and the place and date. */
    public PlanWord header(String superior, String issuer, String number, String placeDate) {
        XWPFTable t = doc.createTable(2, 2);
        cell(t.getRow(0).getCell(0), superior == null ? List.of(issuer) : List.of(superior, issuer), true, null);
        cell(t.getRow(0).getCell(1), List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                true, null);
        cell(t.getRow(1).getCell(0), List.of(number), false, null);
        cell(t.getRow(1).getCell(1), List.of(placeDate), false, null);
        return this;
    }

    /** The document's kind and title, centred and bold. */
    public PlanWord title(String... lines) {
        for (String l : lines) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, l, true, false);
        }
        return this;
    }

    /** A body paragraph as typed. */
    public PlanWord p(String text) {
        run(doc.createParagraph(), text, false, false);
        return this;
    }

    /** A bold paragraph (a heading typed with its numbering). */
    public PlanWord b(String text) {
        run(doc.createParagraph(), text, true, false);
        return this;
    }

    /** An italic paragraph (the bases are). */
    public PlanWord i(String text) {
        run(doc.createParagraph(), text, false, true);
        return this;
    }

    /** A paragraph of Word's list {@code list} at {@code level}: its number is Word's, not in the text. */
    public PlanWord n(BigInteger list, int level, String text) {
        return numbered(list, level, text, false);
    }

    /** {@link #n} in bold (a heading). */
    public PlanWord nb(BigInteger list, int level, String text) {
        return numbered(list, level, text, true);
    }

    private PlanWord numbered(BigInteger list, int level, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, bold, false);
        return this;
    }

    /** A table, its first row bold (the header); a cell's lines are its paragraphs. */
    public PlanWord table(List<String[]> rows) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).length);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                cell(t.getRow(r).getCell(c), List.of(rows.get(r)[c].split("\n")), r == 0, null);
            }
        }
        return this;
    }

    /**
     * The closing in a two-column table: "Nơi nhận:" and the recipients on the left (as Word bullets when
     * {@code bullets} is given, else typed "- …;"), the signer's title lines and name on the right.
     */
    public PlanWord signature(List<String> recipients, BigInteger bullets, List<String> signer) {
        XWPFTable t = doc.createTable(1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        run(left.getParagraphs().get(0), "Nơi nhận:", true, true);
        for (String r : recipients) {
            XWPFParagraph p = left.addParagraph();
            if (bullets != null) {
                p.setNumID(bullets);
                p.setNumILvl(BigInteger.ZERO);
                run(p, r, false, false);
            } else {
                run(p, "- " + r, false, false);
            }
        }
        cell(t.getRow(0).getCell(1), signer, true, null);
        return this;
    }

    /** A paragraph starting a new page (an appendix). */
    public PlanWord pageBreak() {
        doc.createParagraph().setPageBreak(true);
        return this;
    }

    public Path write(Path out) throws Exception {
        try (OutputStream o = Files.newOutputStream(out)) {
            doc.write(o);
        }
        doc.close();
        return out;
    }

    private static void cell(XWPFTableCell cell, List<String> lines, boolean bold, BigInteger list) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (list != null) {
                p.setNumID(list);
            }
            run(p, lines.get(i), bold, false);
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
