package vn.socongvu.document;

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
 * Test fixtures: a plan written as a commune's clerk writes one in Word — the header in a two-column table,
 * Word's own numbering and bullets (numbering.xml and each paragraph's numPr: the label is not in the text),
 * the recipients and the signer in the signature's table or below the body.
 */
public final class WordPlanFixture implements AutoCloseable {
    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private final BigInteger decimalList;
    private final BigInteger bulletList;
    private BigInteger numbers;

    public WordPlanFixture() {
        CTAbstractNum decimal = CTAbstractNum.Factory.newInstance();
        decimal.setAbstractNumId(BigInteger.ONE);
        level(decimal, 0, STNumberFormat.DECIMAL, "%1.");
        level(decimal, 1, STNumberFormat.DECIMAL, "%1.%2.");
        level(decimal, 2, STNumberFormat.LOWER_LETTER, "%3)");
        decimalList = numbering.addAbstractNum(new XWPFAbstractNum(decimal));
        CTAbstractNum bullet = CTAbstractNum.Factory.newInstance();
        bullet.setAbstractNumId(BigInteger.TWO);
        level(bullet, 0, STNumberFormat.BULLET, "-");
        level(bullet, 1, STNumberFormat.BULLET, "+");
        bulletList = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bullet)));
        numbers = numbering.addNum(decimalList);
    }

    private static void level(CTAbstractNum a, int ilvl, STNumberFormat.Enum fmt, String text) {
        CTLvl l = a.addNewLvl();
        l.setIlvl(BigInteger.valueOf(ilvl));
        l.addNewStart().setVal(BigInteger.ONE);
        l.addNewNumFmt().setVal(fmt);
        l.addNewLvlText().setVal(text);
    }

    /** The header table: the issuer's lines and the number on the left, the motto and the date line on the right. */
    public WordPlanFixture header(List<String> issuer, String number, String dateLine) {
        XWPFTable t = doc.createTable(2, 2);
        cell(t.getRow(0).getCell(0), issuer, true);
        cell(t.getRow(0).getCell(1), List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), true);
        cell(t.getRow(1).getCell(0), List.of(number), false);
        cell(t.getRow(1).getCell(1), dateLine == null ? List.of() : List.of(dateLine), false);
        return this;
    }

    public WordPlanFixture text(String text) {
        run(doc.createParagraph(), text, false);
        return this;
    }

    public WordPlanFixture bold(String text) {
        run(doc.createParagraph(), text, true);
        return this;
    }

    /** A paragraph in Word's decimal list at a level (0: "1.", 1: "1.1.", 2: "a)"). */
    public WordPlanFixture numbered(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numbers);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, level == 0);
        return this;
    }

    /**
     * The decimal list starts again from 1 (a new list, as under another section): a new w:num whose first level's
     * start is overridden, as Word writes it (without the override Word goes on counting the same list).
     */
    public WordPlanFixture restartNumbering() {
        numbers = numbering.addNum(decimalList);
        CTNumLvl override = numbering.getNum(numbers).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return this;
    }

    /** A paragraph with Word's bullet (level 0 "-", 1 "+"): no dash typed. */
    public WordPlanFixture bullet(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(bulletList);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, false);
        return this;
    }

    /** The signature table: "Nơi nhận:" and the recipients (Word bullets in the cell) left, the signer right. */
    public WordPlanFixture signatureTable(List<String> recipients, List<String> signer) {
        XWPFTable t = doc.createTable(1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        run(left.getParagraphs().get(0), "Nơi nhận:", true);
        for (String r : recipients) {
            XWPFParagraph p = left.addParagraph();
            p.setNumID(bulletList);
            p.setNumILvl(BigInteger.ZERO);
            run(p, r, false);
        }
        cell(t.getRow(0).getCell(1), signer, true);
        return this;
    }

    public Path save(Path file) throws Exception {
        try (OutputStream o = Files.newOutputStream(file)) {
            doc.write(o);
        }
        return file;
    }

    @Override
    public void close() throws Exception {
        doc.close();
    }

    private static void cell(XWPFTableCell cell, List<String> lines, boolean bold) {
        for (int i = 0; i < lines.size(); i++) {
            run(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines.get(i), bold);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
    }
}
