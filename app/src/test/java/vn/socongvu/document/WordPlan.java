package vn.socongvu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * Test fixture: a .docx written as Word writes a plan whose numbering is Word's own — list definitions in
 * numbering.xml (w:abstractNum, each level's format and text), lists on them (w:num, a restart as a w:lvlOverride
 * with its w:startOverride), each numbered paragraph pointing at its list and level (w:numPr) with no number in
 * its text — beside paragraphs whose numbers are typed, bold headings and tables.
 */
public final class WordPlan implements AutoCloseable {
    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private int abstractIds;

    /**
     * A new list definition and a list on it; each level "format|text", e.g. "upperRoman|%1.", "decimal|%2.",
     * "decimal|%1.%2.", "lowerLetter|%3.", "bullet|-". @return the list (its numId)
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
        BigInteger num = numbering.addNum(numbering.getAbstractNumID(list));
        CTNumLvl o = numbering.getNum(num).getCTNum().addNewLvlOverride();
        o.setIlvl(BigInteger.valueOf(level));
        o.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return num;
    }

    /** A paragraph as typed (any number in its text). */
    public WordPlan p(String text) {
        run(doc.createParagraph(), text, false);
        return this;
    }

    /** A bold paragraph (a heading as plans write it). */
    public WordPlan bold(String text) {
        run(doc.createParagraph(), text, true);
        return this;
    }

    /** A paragraph numbered by Word: list {@code list}, level {@code level} (0 the first). */
    public WordPlan item(BigInteger list, int level, String text) {
        return item(list, level, text, false);
    }

    public WordPlan item(BigInteger list, int level, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, bold);
        return this;
    }

    /** A table, one array a row; the first row bold (its header). */
    public WordPlan table(List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                run(cell.getParagraphs().get(0), rows.get(r)[c], r == 0);
            }
        }
        return this;
    }

    public Path save(Path file) throws Exception {
        try (OutputStream o = Files.newOutputStream(file)) {
            doc.write(o);
        }
        return file;
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
