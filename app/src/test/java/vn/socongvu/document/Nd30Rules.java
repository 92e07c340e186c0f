package vn.socongvu.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The layout rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, checked on a .docx as a reader of the file sees it, not as
 * the writer meant it: page and margins, the one font, the two-column header, type name and title, căn cứ lines, the
 * body's paragraphs, page numbers, recipients and signature, and nothing empty printed. Each broken rule is one
 * {@link Violation} named by its rule, so that a test can name exactly what it lets pass.
 */
public final class Nd30Rules {
    /** A4 in twips, with a little slack for rounding. */
    private static final int A4_W = 11906;
    private static final int A4_H = 16838;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String FONT = "Times New Roman";
    /** "Số: 06/KH-UBND", "Số: 125/UBND": a number (below 10 with a leading zero), the type code, the issuer's code. */
    private static final Pattern NUMBER = Pattern.compile(
            "Số:\\s*(\\d{2,})/(?:([A-ZĐ]{2,3})-)?([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)");
    private static final Pattern UNNUMBERED = Pattern.compile("Số:\\s*/.*");
    /** "Bình Thành, ngày 05 tháng 01 năm 2026": day below 10 and months 1–2 with a leading zero, 3–12 without. */
    private static final Pattern DATE = Pattern.compile(
            "\\S.*, ngày (0[1-9]|[12]\\d|3[01]) tháng (01|02|[3-9]|1[0-2]) năm \\d{4}");
    private static final Pattern HEADING = Pattern.compile("([IVXLC]+\\.|\\d+\\.|[a-zđ]\\))\\s+\\S.*");
    private static final Pattern DOTS = Pattern.compile("(\\.{5,}|…{2,}|(… ?){3,})");
    /** The last of the bases after the "Căn cứ" lines: "Theo đề nghị của …", "Xét đề nghị của …". */
    private static final Pattern PROPOSAL = Pattern.compile("(Theo|Xét) đề nghị");
    private static final Pattern FONT_ATTR = Pattern.compile("w:(ascii|hAnsi|cs|eastAsia)(Theme)?=\"([^\"]*)\"");

    private final List<Violation> out = new ArrayList<>();
    private boolean draft;
    /**
     * A DANH SÁCH or a PHIẾU (its type name says so): a list sent with another paper or a form filled, unnumbered by
     * design (a list unsigned too).
     */
    private boolean list;

    /** A rule broken: its name ("margins", "header.number", …) and where, in words. */
    public record Violation(String rule, String detail) {
        @Override
        public String toString() {
            return rule + ": " + detail;
        }
    }

    private Nd30Rules() {
    }

    /** Every rule the document breaks; empty when it would be accepted. */
    public static List<Violation> check(byte[] docx) throws IOException {
        Nd30Rules r = new Nd30Rules();
        r.fonts(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            r.all(doc);
        }
        return r.out;
    }

    private void fail(String rule, String detail) {
        out.add(new Violation(rule, detail));
    }

    private void all(XWPFDocument doc) {
        page(doc);
        pageNumbers(doc);
        List<IBodyElement> els = doc.getBodyElements();
        if (els.isEmpty() || !(els.getFirst() instanceof XWPFTable header)) {
            fail("header", "the document does not open with the two-column header");
            return;
        }
        list = isList(els);
        boolean congVan = header(header);
        int closingAt = closingTable(els);
        int i = typeAndTitle(els, 1, congVan);
        body(els, i, closingAt < 0 ? els.size() : closingAt);
        if (closingAt < 0) {
            if (!draft) {
                fail("signature", "no recipients and signature block at the end");
            }
        } else {
            closing((XWPFTable) els.get(closingAt));
        }
    }

    // ---- page ----

    private void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) {
            fail("page", "no page size or margins set");
            return;
        }
        CTPageSz size = sect.getPgSz();
        long w = twips(size.getW());
        long h = twips(size.getH());
        if (Math.abs(w - A4_W) > 20 || Math.abs(h - A4_H) > 20
                || size.isSetOrient() && size.getOrient() == STPageOrientation.LANDSCAPE) {
            fail("page", "not A4 portrait: " + w + "×" + h + " twips");
        }
        CTPageMar m = sect.getPgMar();
        margin("top", twips(m.getTop()), 20, 25);
        margin("bottom", twips(m.getBottom()), 20, 25);
        margin("left", twips(m.getLeft()), 30, 35);
        margin("right", twips(m.getRight()), 15, 20);
    }

    private static long twips(Object v) {
        return v == null ? 0 : Long.parseLong(v.toString());
    }

    private void margin(String side, long twips, int minMm, int maxMm) {
        double mm = twips / TWIPS_PER_MM;
        if (mm < minMm - 0.1 || mm > maxMm + 0.1) {
            fail("margins", side + " margin " + Math.round(mm) + " mm, not " + minMm + "–" + maxMm + " mm");
        }
    }

    private void pageNumbers(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        if (sect == null || !sect.isSetTitlePg() || policy == null) {
            fail("pageNumbers", "page 1 is not set apart (no first-page header)");
            return;
        }
        XWPFHeader first = policy.getFirstPageHeader();
        if (first != null && (!first.getText().isBlank() || first._getHdrFtr().xmlText().contains("PAGE"))) {
            fail("pageNumbers", "page 1 carries a header or page number");
        }
        XWPFHeader other = policy.getDefaultHeader();
        if (other == null || !other._getHdrFtr().xmlText().contains(" PAGE ")) {
            fail("pageNumbers", "no page number in the header from page 2");
            return;
        }
        for (XWPFParagraph p : other.getParagraphs()) {
            if (p.getCTP().xmlText().contains(" PAGE ")) {
                if (p.getAlignment() != ParagraphAlignment.CENTER) {
                    fail("pageNumbers", "the page number is not centred");
                }
                sizes(p, 13, 14, "pageNumbers", "the page number");
            }
        }
    }

    /** Every font named in the document, its headers and styles is Times New Roman; no theme fonts. */
    private void fonts(byte[] docx) throws IOException {
        try (InputStream in = new ByteArrayInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!name.startsWith("word/") || !name.endsWith(".xml") || name.contains("theme")
                        || name.endsWith("fontTable.xml")) {
                    continue;
                }
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                int from = 0;
                while ((from = xml.indexOf("<w:rFonts", from)) >= 0) {
                    int end = xml.indexOf('>', from);
                    Matcher m = FONT_ATTR.matcher(xml.substring(from, end));
                    while (m.find()) {
                        if (m.group(2) != null || !m.group(3).equals(FONT)) {
                            fail("font", name + ": " + m.group() + " (only " + FONT + ")");
                        }
                    }
                    from = end;
                }
            }
        }
    }

    // ---- header ----

    /** Checks the two-column header; returns whether the document is a công văn (a number with no type code). */
    private boolean header(XWPFTable t) {
        if (t.getRows().isEmpty() || t.getRow(0).getTableCells().size() != 2) {
            fail("header", "the header is not two columns");
            return false;
        }
        List<XWPFParagraph> left = t.getRow(0).getCell(0).getParagraphs();
        int i = 0;
        int bodies = 0;
        for (; i < left.size() && !isRule(left.get(i)); i++) {
            XWPFParagraph p = left.get(i);
            String text = text(p);
            if (text.isEmpty()) {
                continue;
            }
            boolean bold = allBold(p);
            if (!bold && bodies > 0) {
                fail("header.issuer", "a regular line under the issuing body: " + text);
            }
            caps(text, bold ? "header.issuer" : "header.superior");
            sizes(p, 12, 13, bold ? "header.issuer" : "header.superior", text);
            if (bold) {
                bodies++;
            }
        }
        if (bodies == 0) {
            fail("header.issuer", "no issuing body in bold capitals");
        }
        if (i == left.size()) {
            fail("header.issuer", "no short rule under the issuing body");
        }
        boolean congVan = false;
        XWPFParagraph number = next(left, i + 1);
        if (number == null || !text(number).startsWith("Số:")) {
            if (!list) {
                fail("header.number", "no \"Số: …\" line under the issuing body");
            }
            draft = true;
        } else {
            String n = text(number).replaceAll("\\s+", " ");
            Matcher m = NUMBER.matcher(n);
            if (m.matches()) {
                congVan = m.group(2) == null;
            } else if (UNNUMBERED.matcher(n).matches()) {
                draft = true;
                fail("header.numbered", "not numbered: " + n);
            } else {
                fail("header.number", "not a number like 06/KH-UBND or 125/UBND: " + n);
            }
            sizes(number, 13, 13, "header.number", n);
            if (congVan) {
                XWPFParagraph about = next(left, left.indexOf(number) + 1);
                if (about == null || !text(about).startsWith("V/v ")) {
                    fail("header.about", "a công văn without \"V/v …\" under its number");
                }
            }
        }

        List<XWPFParagraph> right = t.getRow(0).getCell(1).getParagraphs();
        XWPFParagraph nation = next(right, 0);
        if (nation == null || !text(nation).equals(NATION)) {
            fail("header.nation", "the national title is not " + NATION);
        } else {
            bold(nation, "header.nation");
            sizes(nation, 12, 13, "header.nation", NATION);
        }
        XWPFParagraph motto = nation == null ? null : next(right, right.indexOf(nation) + 1);
        if (motto == null || !text(motto).equals(MOTTO)) {
            fail("header.motto", "the motto is not \"" + MOTTO + "\"");
            return congVan;
        }
        bold(motto, "header.motto");
        sizes(motto, 13, 14, "header.motto", MOTTO);
        int after = right.indexOf(motto) + 1;
        if (after >= right.size() || !isRule(right.get(after))) {
            fail("header.motto", "no rule under the motto");
        }
        XWPFParagraph date = next(right, after + 1);
        String d = date == null ? "" : text(date).replaceAll("\\s+", " ");
        if (!DATE.matcher(d).matches()) {
            fail(d.matches(".*ngày\\s+tháng\\s+năm.*") ? "header.dated" : "header.date",
                    "not a place and date like \"Bình Thành, ngày 05 tháng 01 năm 2026\": " + d);
        }
        if (date != null) {
            italic(date, "header.date");
            sizes(date, 13, 14, "header.date", d);
        }
        return congVan;
    }

    // ---- type and title ----

    /**
     * Whether the type name under the header (centred, bold capitals) is "DANH SÁCH" or a form's "PHIẾU …" (the
     * evaluation sheet): papers the register does not number.
     */
    private static boolean isList(List<IBodyElement> els) {
        for (int i = 1; i < els.size(); i++) {
            if (els.get(i) instanceof XWPFParagraph p && !text(p).isEmpty()) {
                String type = text(p).replaceAll("\\s+", " ");
                return p.getAlignment() == ParagraphAlignment.CENTER && allBold(p)
                        && (type.equals("DANH SÁCH") || type.startsWith("PHIẾU "));
            }
        }
        return false;
    }

    private int typeAndTitle(List<IBodyElement> els, int from, boolean congVan) {
        int i = from;
        XWPFParagraph first = null;
        for (; i < els.size(); i++) {
            if (els.get(i) instanceof XWPFParagraph p && !text(p).isEmpty()) {
                first = p;
                break;
            }
        }
        if (first == null) {
            return i;
        }
        boolean typeLike = first.getAlignment() == ParagraphAlignment.CENTER && allBold(first)
                && text(first).equals(text(first).toUpperCase(Locale.ROOT));
        if (congVan) {
            if (typeLike) {
                fail("type", "a công văn has no type name: " + text(first));
            }
            return i;
        }
        if (!typeLike) {
            fail("type", "no type name centred in bold capitals: " + text(first));
            return i;
        }
        sizes(first, 13, 14, "type", text(first));
        i++;
        for (; i < els.size() && els.get(i) instanceof XWPFParagraph p && !isRule(p); i++) {
            if (text(p).isEmpty()) {
                continue;
            }
            if (p.getAlignment() != ParagraphAlignment.CENTER) {
                break; // no rule under the title: the body starts here
            }
            bold(p, "title");
        }
        return i < els.size() && els.get(i) instanceof XWPFParagraph p && isRule(p) ? i + 1 : i;
    }

    // ---- body ----

    private void body(List<IBodyElement> els, int from, int to) {
        List<String> bases = new ArrayList<>();
        int lastHeading = 0; // level of a heading not yet followed by content, 0 for none
        String lastHeadingText = null;
        for (int i = from; i < to; i++) {
            if (els.get(i) instanceof XWPFTable) {
                lastHeading = 0;
                continue;
            }
            if (!(els.get(i) instanceof XWPFParagraph p) || text(p).isEmpty()) {
                continue;
            }
            String text = text(p);
            String where = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            if (text.startsWith("Căn cứ") || !bases.isEmpty() && PROPOSAL.matcher(text).lookingAt()) {
                bases.add(text);
                italic(p, "bases");
            } else {
                basesEnd(bases);
                bases.clear();
            }
            sizes(p, 13, 14, "body.size", where);
            if (standsApart(p)) {
                lastHeading = 0;
                continue;
            }
            ParagraphAlignment a = p.getAlignment();
            if (a != ParagraphAlignment.BOTH && !(a == ParagraphAlignment.LEFT && longToken(text))) {
                fail("body.justified", "aligned " + a + ": " + where);
            }
            int indent = p.getIndentationFirstLine();
            if (indent < 567 - 10 || indent > 720 + 10) {
                fail("body.indent", "first-line indent " + indent + " twips, not 1–1.27 cm: " + where);
            }
            if (Math.max(p.getSpacingBefore(), p.getSpacingAfter()) < 120) {
                fail("body.spacing", "less than 6 pt between paragraphs: " + where);
            }
            double between = p.getSpacingBetween();
            LineSpacingRule rule = p.getSpacingLineRule();
            if (between > 0 && (rule == null || rule == LineSpacingRule.AUTO) && (between < 1.0 || between > 1.5)) {
                fail("body.lineSpacing", "line spacing " + between + ": " + where);
            } else if (between > 0 && rule != null && rule != LineSpacingRule.AUTO) {
                fail("body.lineSpacing", "line spacing fixed (" + rule + "): " + where);
            }
            if (!draft && DOTS.matcher(text).find()) {
                fail("placeholder", "dotted placeholder printed: " + where);
            }
            int level = headingLevel(p);
            if (level > 0) {
                if (lastHeading > 0 && level <= lastHeading) {
                    fail("emptySection", "nothing under \"" + lastHeadingText + "\"");
                }
                lastHeading = level;
                lastHeadingText = text;
            } else {
                lastHeading = 0;
            }
        }
        basesEnd(bases);
        if (lastHeading > 0) {
            fail("emptySection", "nothing under \"" + lastHeadingText + "\" at the end");
        }
    }

    private void basesEnd(List<String> bases) {
        for (int i = 0; i < bases.size(); i++) {
            String end = i == bases.size() - 1 ? "." : ";";
            if (!bases.get(i).endsWith(end)) {
                fail("bases", "a căn cứ line should end \"" + end + "\": " + bases.get(i));
            }
        }
    }

    /**
     * A line the decree sets apart from the body's paragraphs: a centred line in bold capitals (a decision's
     * "QUYẾT ĐỊNH:", the authority that issues it) or a công văn's "Kính gửi: …". Neither is justified nor indented.
     */
    private static boolean standsApart(XWPFParagraph p) {
        String t = text(p);
        return t.startsWith("Kính gửi") || p.getAlignment() == ParagraphAlignment.CENTER && allBold(p)
                && t.equals(t.toUpperCase(Locale.ROOT));
    }

    /** 1 for "I. …", 2 for "1. …", 3 for "a) …" written all in bold; 0 for a paragraph that is no heading. */
    private static int headingLevel(XWPFParagraph p) {
        String t = text(p);
        if (!allBold(p) || !HEADING.matcher(t).matches()) {
            return 0;
        }
        char c = t.charAt(0);
        return Character.isDigit(c) ? 2 : Character.isLowerCase(c) || c == 'đ' ? 3 : 1;
    }

    private static boolean longToken(String text) {
        for (String w : text.split("\\s+")) {
            if (w.length() >= 25) {
                return true;
            }
        }
        return false;
    }

    // ---- closing ----

    /** The recipients-and-signature table: the last table, one row of two cells, nothing printed after it. */
    private static int closingTable(List<IBodyElement> els) {
        for (int i = els.size() - 1; i > 0; i--) {
            IBodyElement e = els.get(i);
            if (e instanceof XWPFParagraph p) {
                if (!text(p).isEmpty()) {
                    return -1;
                }
            } else if (e instanceof XWPFTable t) {
                return t.getRows().size() == 1 && t.getRow(0).getTableCells().size() == 2 ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The closing table: left, the Nơi nhận, or a second signature (a record's or minutes', Mẫu 1.9) with the Nơi
     * nhận under it; right, the signature.
     */
    private void closing(XWPFTable t) {
        XWPFTableCell left = t.getRow(0).getCell(0);
        List<XWPFParagraph> lines = left.getParagraphs().stream().filter(p -> !text(p).isEmpty()).toList();
        int at = 0;
        while (at < lines.size() && !text(lines.get(at)).equals("Nơi nhận:")) {
            at++;
        }
        if (at > 0) {
            signature(lines.subList(0, at), "signature.left");
        }
        if (at < lines.size()) {
            recipients(lines.subList(at, lines.size()));
        }
        signature(t.getRow(0).getCell(1).getParagraphs().stream().filter(p -> !text(p).isEmpty()).toList(),
                "signature");
    }

    private void recipients(List<XWPFParagraph> lines) {
        XWPFParagraph head = lines.getFirst();
        bold(head, "recipients");
        italic(head, "recipients");
        sizes(head, 12, 12, "recipients", "Nơi nhận:");
        List<XWPFParagraph> rs = lines.subList(1, lines.size());
        if (rs.isEmpty()) {
            fail("recipients", "\"Nơi nhận:\" with no recipient");
        }
        for (int i = 0; i < rs.size(); i++) {
            String r = text(rs.get(i));
            sizes(rs.get(i), 11, 11, "recipients", r);
            boolean last = i == rs.size() - 1;
            if (!r.startsWith("- ") || !r.endsWith(last ? "." : ";")) {
                fail("recipients", "each recipient \"- …;\", the last \"- Lưu: VT, ….\": " + r);
            }
            if (last && !r.startsWith("- Lưu: VT")) {
                fail("recipients", "the last recipient is not \"- Lưu: VT, ….\": " + r);
            }
        }
    }

    private void signature(List<XWPFParagraph> lines, String rule) {
        if (lines.size() < 2) {
            fail(rule, "no signature block with its authority and the signer's name");
            return;
        }
        for (XWPFParagraph p : lines.subList(0, lines.size() - 1)) {
            caps(text(p), rule);
            bold(p, rule);
        }
        XWPFParagraph name = lines.getLast();
        bold(name, rule + ".name");
        String n = text(name);
        if (n.equals(n.toUpperCase(Locale.ROOT)) || !Character.isUpperCase(n.charAt(0))) {
            fail(rule + ".name", "the signer's name is not written as a name: " + n);
        }
    }

    // ---- helpers ----

    private static String text(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            b.append(r.text());
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC).replace('\u00a0', ' ').strip();
    }

    private static XWPFParagraph next(List<XWPFParagraph> ps, int from) {
        for (int i = from; i < ps.size(); i++) {
            if (!text(ps.get(i)).isEmpty()) {
                return ps.get(i);
            }
        }
        return null;
    }

    private static boolean isRule(XWPFParagraph p) {
        return text(p).isEmpty() && p.getBorderBottom() != Borders.NONE && p.getBorderBottom() != Borders.NIL;
    }

    private static List<XWPFRun> printed(XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> !r.text().isBlank()).toList();
    }

    private static boolean allBold(XWPFParagraph p) {
        List<XWPFRun> runs = printed(p);
        return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
    }

    private void bold(XWPFParagraph p, String rule) {
        if (!allBold(p)) {
            fail(rule, "not bold: " + text(p));
        }
    }

    private void italic(XWPFParagraph p, String rule) {
        if (!printed(p).stream().allMatch(XWPFRun::isItalic)) {
            fail(rule, "not italic: " + text(p));
        }
    }

    private void caps(String text, String rule) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            fail(rule, "not in capitals: " + text);
        }
    }

    private void sizes(XWPFParagraph p, double min, double max, String rule, String where) {
        for (XWPFRun r : printed(p)) {
            Double size = r.getFontSizeAsDouble();
            if (size == null || size < min || size > max) {
                fail(rule, "size " + size + " pt, not " + (min == max ? min : min + "–" + max) + ": " + where);
                return;
            }
        }
    }
}
