package vn.socongvu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.socongvu.i18n.Messages;

/**
 * Writes an {@link OfficialDocument} as .docx in the layout of Nghị định 30/2020 Phụ lục I: A4 portrait,
 * margins 20/20/30/15 mm, Times New Roman for every character range, the two-column header, the type and
 * title, italic legal bases, justified body with a first-line indent, tables whose header row repeats,
 * page numbers at the top from page 2, and the recipients and signature kept together at the end, on the page
 * of the body's closing paragraphs (never alone on a last page); with a second signature at the left, as minutes
 * have, the recipients under it.
 */
public final class DocxWriter {
    public static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point (twips). */
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int MARGIN_TOP = 1134;      // 20 mm
    static final int MARGIN_BOTTOM = 1134;   // 20 mm
    static final int MARGIN_LEFT = 1701;     // 30 mm
    static final int MARGIN_RIGHT = 851;     // 15 mm
    static final int TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
    static final int FIRST_LINE_INDENT = 720; // 1.27 cm
    private static final int BODY_SIZE = 14;
    /** Narrowest table column: "STT" in bold 13 pt with the cell margins. */
    static final int MIN_COLUMN_W = 760;
    /**
     * A word this long (a link, a file path) cannot be broken, and justifying the lines around it would stretch
     * their spaces: a paragraph holding one is aligned left.
     */
    static final int LONG_TOKEN = 30;
    /** How many of the body's last paragraphs go to the signature's page with it. */
    private static final int KEPT_WITH_SIGNATURE = 2;

    private final XWPFDocument doc = new XWPFDocument();
    /** The body's paragraphs since its last table, in order: the last ones are kept with the signature. */
    private final List<XWPFParagraph> tail = new ArrayList<>();
    /** Whether {@link #tail} is a table's last row (the body ended in a table). */
    private boolean tailIsTable;

    private DocxWriter() {
    }

    public static void write(OfficialDocument d, OutputStream out) throws IOException {
        DocxWriter w = new DocxWriter();
        w.build(d);
        w.doc.write(out);
        w.doc.close();
    }

    private void build(OfficialDocument d) {
        var properties = doc.getProperties().getCoreProperties();
        properties.setCreator(DocumentText.author(d.issuer()));
        properties.setTitle(DocumentText.nfc(d.title()).strip());
        pageSetup();
        header(d);
        if (d.kind().hasTypeHeading()) {
            typeAndTitle(d);
        }
        for (String basis : DocumentText.legalBases(d.legalBases())) {
            XWPFParagraph p = bodyParagraph();
            run(p, basis, BODY_SIZE, false, true);
        }
        body(d.body());
        closing(d);
    }

    // ---- page ----

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);

        // Defaults for anything without its own run properties (paragraph marks, empty cells).
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
        doc.createStyles().setDefaultFonts(fonts);

        // Page number centred at the top, from page 2: the first page has its own, empty header.
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFHeader first = policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        run(first.getParagraphArray(0) != null ? first.getParagraphArray(0) : first.createParagraph(), "", 13,
                false, false);
        XWPFHeader other = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = other.getParagraphArray(0) != null ? other.getParagraphArray(0) : other.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        pageField(p);
    }

    private static void pageField(XWPFParagraph p) {
        XWPFRun begin = run(p, "", 14, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", 14, false, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun sep = run(p, "", 14, false, false);
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", 14, false, false);
        XWPFRun end = run(p, "", 14, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    // ---- header: issuing body left, national title right ----

    private void header(OfficialDocument d) {
        int leftW = 3900;
        XWPFTable t = borderlessTable(1, 2, leftW, TEXT_W - leftW);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);

        XWPFParagraph p = first(left);
        String superior = DocumentText.nfc(d.issuer().superiorBody()).strip();
        if (!superior.isEmpty()) {
            centred(p);
            run(p, superior.toUpperCase(Messages.VI), 13, false, false);
            p = left.addParagraph();
        }
        centred(p);
        List<String> issuing = DocumentText.nfc(d.issuer().issuingBody()).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < issuing.size(); i++) {
            XWPFRun r = run(p, issuing.get(i).toUpperCase(Messages.VI), 13, true, false);
            if (i < issuing.size() - 1) {
                r.addBreak();
            }
        }
        rule(left.addParagraph(), leftW, 1300);
        if (d.kind().numbered()) {
            XWPFParagraph number = left.addParagraph();
            centred(number);
            number.setSpacingBefore(120);
            run(number, Messages.get("document.numberLine", d.numberLine()), 13, false, false);
        }
        if (d.kind() == DocumentKind.CONG_VAN && d.title() != null) {
            XWPFParagraph vv = left.addParagraph();
            centred(vv);
            run(vv, Messages.get("document.congVan.about", DocumentText.nfc(d.title())), 12, false, false);
        }

        XWPFParagraph nation = first(right);
        centred(nation);
        run(nation, Messages.get("document.nationalTitle"), 12, true, false);
        XWPFParagraph motto = right.addParagraph();
        centred(motto);
        run(motto, Messages.get("document.motto"), 13, true, false);
        rule(right.addParagraph(), TEXT_W - leftW, 3300);
        XWPFParagraph date = right.addParagraph();
        centred(date);
        date.setSpacingBefore(120);
        run(date, DocumentText.placeAndDate(d.issuer().placeName(), d.date(), LocalDate.now().getYear()), 14,
                false, true);
    }

    /** A short horizontal rule, centred in a column of {@code columnW}: an empty paragraph with a bottom border. */
    private static void rule(XWPFParagraph p, int columnW, int ruleW) {
        int indent = Math.max(0, (columnW - 216 - ruleW) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        run(p, "", 2, false, false);
    }

    private void typeAndTitle(OfficialDocument d) {
        XWPFParagraph type = doc.createParagraph();
        centred(type);
        type.setSpacingBefore(360);
        type.setKeepNext(true);
        run(type, Messages.get(d.kind().labelKey()), 14, true, false);
        if (d.title() != null && !d.title().isBlank()) {
            XWPFParagraph title = doc.createParagraph();
            centred(title);
            title.setKeepNext(true);
            run(title, DocumentText.nfc(d.title()).strip(), 14, true, false);
        }
        XWPFParagraph rule = doc.createParagraph();
        rule(rule, TEXT_W + 216, 2200);
        rule.setSpacingAfter(240);
    }

    // ---- body ----

    private void body(List<Block> blocks) {
        List<String> labels = DocumentText.headingLabels(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            switch (blocks.get(i)) {
                case Block.Heading h -> {
                    XWPFParagraph p = bodyParagraph();
                    p.setKeepNext(true);
                    String text = DocumentText.nfc(h.text()).strip();
                    run(p, labels.get(i) + " " + (h.level() == 1 ? text.toUpperCase(Messages.VI) : text), BODY_SIZE,
                            true, h.level() == 3);
                    toTail(p);
                }
                case Block.Paragraph para -> {
                    XWPFParagraph p = bodyParagraph();
                    if (para.label() != null && !para.label().isBlank()) {
                        run(p, DocumentText.nfc(para.label()).strip() + " ", BODY_SIZE, false, false);
                    }
                    for (Block.Span s : para.spans()) {
                        run(p, DocumentText.nfc(s.text()), BODY_SIZE, s.bold(), s.italic());
                    }
                    if (hasLongToken(para.text())) {
                        p.setAlignment(ParagraphAlignment.LEFT);
                    }
                    toTail(p);
                }
                case Block.Table table -> {
                    tail.clear();
                    tail.addAll(table(table));
                    tailIsTable = true;
                }
                case Block.Centered c -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingBefore(120); // 6 pt: set apart from what comes before
                    p.setSpacingAfter(120);
                    p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
                    p.setKeepNext(true);
                    for (Block.Span s : c.spans()) {
                        run(p, DocumentText.nfc(s.text()), BODY_SIZE, s.bold(), s.italic());
                    }
                    toTail(p);
                }
            }
        }
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120); // 6 pt
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    private void toTail(XWPFParagraph p) {
        if (tailIsTable) {
            tail.clear();
            tailIsTable = false;
        }
        tail.add(p);
    }

    /** Whether the text holds a word of {@link #LONG_TOKEN} characters or more (a link): justified, it would gape. */
    public static boolean hasLongToken(String text) {
        for (String word : DocumentText.nfc(text).split("\\s+")) {
            if (word.codePointCount(0, word.length()) >= LONG_TOKEN) {
                return true;
            }
        }
        return false;
    }

    /** Writes the table; returns the paragraphs of its last row and the one after it, to keep with what follows. */
    private List<XWPFParagraph> table(Block.Table spec) {
        int[] widths = columnWidths(spec.columns());
        XWPFTable t = doc.createTable(spec.rows().size() + 1, spec.columns().size());
        fixedWidths(t, widths);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setCellMargins(40, 80, 40, 80);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < spec.columns().size(); c++) {
            XWPFParagraph p = first(head.getCell(c));
            centred(p);
            run(p, DocumentText.nfc(spec.columns().get(c).header()), 13, true, false);
        }
        for (int r = 0; r < spec.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean bold = spec.boldLastRow() && r == spec.rows().size() - 1;
            for (int c = 0; c < spec.columns().size(); c++) {
                XWPFParagraph p = first(row.getCell(c));
                p.setAlignment(switch (spec.columns().get(c).align()) {
                    case LEFT -> ParagraphAlignment.LEFT;
                    case CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                });
                run(p, DocumentText.nfc(spec.rows().get(r).get(c)), 13, bold, false);
            }
        }
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        run(after, "", 8, false, false);
        List<XWPFParagraph> end = new ArrayList<>();
        t.getRow(spec.rows().size()).getTableCells().forEach(c -> end.addAll(c.getParagraphs()));
        end.add(after);
        return end;
    }

    /** Widths in proportion to the weights, none narrower than "STT" needs; the widest column gives way. */
    static int[] columnWidths(List<Block.Column> columns) {
        int total = columns.stream().mapToInt(Block.Column::weight).sum();
        int[] widths = columns.stream().mapToInt(c -> TEXT_W * c.weight() / total).toArray();
        int widest = 0;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > widths[widest]) {
                widest = i;
            }
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < MIN_COLUMN_W && i != widest) {
                widths[widest] -= MIN_COLUMN_W - widths[i];
                widths[i] = MIN_COLUMN_W;
            }
        }
        return widths;
    }

    // ---- end: recipients left, signature right, on one page ----

    private void closing(OfficialDocument d) {
        if (d.signature() == null && d.leftSignature() == null && d.recipients().isEmpty()) {
            return; // a list sent with another document: nothing to print at its end
        }
        keepTailWithSignature();
        int leftW = 4300;
        XWPFTable t = borderlessTable(1, 2, leftW, TEXT_W - leftW);
        XWPFTableRow row = t.getRow(0);
        row.setCantSplitRow(true);
        XWPFTableCell left = row.getCell(0);
        if (d.leftSignature() != null) {
            signature(left, d.leftSignature());
        }
        if (!d.recipients().isEmpty()) {
            // With a signature on the left too (minutes, Mẫu 1.9), the recipients come under it, in the same cell.
            XWPFParagraph head = d.leftSignature() == null ? first(left) : left.addParagraph();
            head.setSpacingBefore(d.leftSignature() == null ? 240 : 360);
            run(head, Messages.get("document.recipients"), 12, true, true);
            for (String r : DocumentText.recipients(d.recipients())) {
                XWPFParagraph p = left.addParagraph();
                p.setSpacingAfter(0);
                run(p, r, 11, false, false);
            }
        }
        if (d.signature() != null) {
            signature(row.getCell(1), d.signature());
        }
    }

    /**
     * The body's last paragraphs go to the page of the recipients and signature: each is kept with the next, the
     * last with the closing table (whose one row never splits). Word and LibreOffice both keep a paragraph with a
     * table that follows it. A body ending in a table keeps its last row (Word) and the paragraph after it.
     */
    private void keepTailWithSignature() {
        if (tail.isEmpty()) {
            return;
        }
        List<XWPFParagraph> kept = tailIsTable ? tail
                : tail.subList(Math.max(0, tail.size() - KEPT_WITH_SIGNATURE), tail.size());
        kept.forEach(p -> p.setKeepNext(true));
    }

    private static void signature(XWPFTableCell cell, Signature s) {
        XWPFParagraph p = first(cell);
        centred(p);
        p.setSpacingBefore(240);
        for (String line : s.authorityLines()) {
            run(p, DocumentText.nfc(line).toUpperCase(Messages.VI), 14, true, false).addBreak();
        }
        run(p, DocumentText.nfc(s.title()).toUpperCase(Messages.VI), 14, true, false);
        for (int i = 0; i < 4; i++) { // space to sign and stamp
            XWPFParagraph blank = cell.addParagraph();
            run(blank, "", 14, false, false);
        }
        XWPFParagraph name = cell.addParagraph();
        centred(name);
        run(name, DocumentText.nfc(s.name()), 14, true, false);
    }

    // ---- helpers ----

    private XWPFTable borderlessTable(int rows, int cols, int... widths) {
        XWPFTable t = doc.createTable(rows, cols);
        t.removeBorders();
        fixedWidths(t, widths);
        t.setCellMargins(0, 108, 0, 108);
        return t;
    }

    private static void fixedWidths(XWPFTable t, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        t.setWidth(Integer.toString(total));
        t.setWidthType(TableWidthType.DXA);
        var tblPr = t.getCTTbl().getTblPr();
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setW(BigInteger.valueOf(widths[c]));
                w.setType(STTblWidth.DXA);
            }
        }
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /** A run in Times New Roman for all four character ranges, language vi-VN. */
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) { // ascii, hAnsi, eastAsia, cs
            r.setFontFamily(FONT, range);
        }
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setLang("vi-VN");
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }
}
