package vn.socongvu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The paragraphs of a .docx in reading order — body paragraphs and table cells; headers, footers and
 * comments are not part of the text. A paragraph's text is every {@code w:t} in it, so text inserted with
 * tracked changes is read and deleted text ({@code w:delText}) is not; tabs and line breaks become spaces.
 * The label of Word's automatic numbering is rendered as Word shows it ("II.", "1.2.", "a)", "-"), counted
 * per list as the document goes.
 */
public final class DocxText {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * The largest .docx read: 32 MB. A plan's text is a few hundred KB of XML at most; what makes a .docx big is
     * its pictures (a scanned signature, a logo: 1–5 MB), which are never read. Word's own plans in the office's
     * samples are 30–200 KB.
     */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /**
     * The largest part of a .docx inflated (the document's XML, its numbering, styles): 4 MB. Word writes 10–25 KB
     * of XML a page, so a 30-page plan's body is under 1 MB and 4 MB is a document of 150 pages or more (past
     * {@code PlanImporter.MAX_PARAGRAPHS} anyway). Parsed, a 4 MB part reads within a 56 MB heap, beside the
     * window's own data in its 144 MB (measured: 6 MB needs 64 MB, 8 MB fails in 72 MB, 16 MB in 144 MB). A
     * bigger one is refused while it is being inflated, never whole in memory.
     */
    public static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024;
    /**
     * A part must be at least 1/100 of its inflated size (POI's default, made explicit): text XML compresses to
     * 5–15%; a part that expands a hundredfold or more is a zip bomb, refused as soon as it shows.
     */
    public static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI checks these while it inflates any part of an OOXML package it opens (ZipSecureFile and the
        // threshold stream it wraps every entry in), from a file as from a stream. They are POI's global settings:
        // the app reads no other OOXML file than a plan (it writes its documents, never reads them back).
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private DocxText() {
    }

    /**
     * The paragraphs of a .docx. @throws DocumentReadException when it is missing, not a file, empty, over
     * {@link #MAX_FILE_BYTES}, not a Word file, protected by a password, damaged, or a part of it inflates past
     * {@link #MAX_ENTRY_BYTES} or more than a hundredfold
     */
    public static List<TextParagraph> read(Path file) {
        DocumentFile.check(file, MAX_FILE_BYTES);
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new DocumentReadException("document.read.io", e, file.getFileName(), String.valueOf(e.getMessage()));
        }
        if (magic == FileMagic.OLE2) {
            // A password-protected .docx is an OLE2 container holding the encrypted package; else an old .doc.
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                boolean encrypted = fs.getRoot().hasEntry("EncryptedPackage");
                throw new DocumentReadException(encrypted ? "document.read.password" : "document.read.oldWord", null,
                        file.getFileName());
            } catch (IOException e) {
                throw new DocumentReadException("document.read.corrupt", e, file.getFileName());
            }
        }
        if (magic != FileMagic.OOXML) {
            throw new DocumentReadException("document.read.notWord", null, file.getFileName());
        }
        // Opened from the file, read-only: the parts are inflated one at a time as they are read, and the
        // pictures never (from a stream, POI would first hold every part in memory).
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XWPFDocument doc = new XWPFDocument(pkg)) {
            return paragraphs(doc);
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException("document.read.password", e, file.getFileName());
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (inflatedTooMuch(e)) {
                throw new DocumentReadException("document.read.bomb", e, file.getFileName());
            }
            throw new DocumentReadException("document.read.corrupt", e, file.getFileName());
        }
    }

    /**
     * Reads a small Word file made for the purpose (a bold heading, a numbered paragraph, a table), so that the
     * classes a read needs (POI, its XML types) are loaded and their first use is over before the clerk's file is
     * read: what the plan import does while the clerk chooses the file. @throws IOException when no temporary
     * file can be written
     */
    public static void warmUp() throws IOException {
        Path tmp = Files.createTempFile("socongvu-warm-up", ".docx");
        try {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(tmp)) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setBold(true);
                heading.setText("I. MỤC ĐÍCH, YÊU CẦU");
                doc.createParagraph().createRun().setText("1. Văn phòng HĐND và UBND xã chủ trì, thực hiện thường xuyên.");
                XWPFTable table = doc.createTable(2, 2);
                table.getRow(0).getCell(0).setText("TT");
                table.getRow(1).getCell(1).setText("Công an xã");
                doc.write(out);
            }
            read(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** True when POI refused a part for its inflated size or its expansion ratio (its messages say so). */
    static boolean inflatedTooMuch(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("ZIP entry size is too large")
                    || m.contains("setMaxEntrySize"))) {
                return true;
            }
        }
        return false;
    }

    static List<TextParagraph> paragraphs(XWPFDocument doc) {
        List<TextParagraph> out = new ArrayList<>();
        Lists lists = new Lists(doc.getNumbering());
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                String text = text(p);
                String label = lists.label(p);
                if (!text.isEmpty()) {
                    out.add(new TextParagraph(out.size(), text, label, label == null ? -1 : level(p), bold(p),
                            heading(p), -1, -1));
                }
            } else if (e instanceof XWPFTable t) {
                List<XWPFTableRow> rows = t.getRows();
                for (int r = 0; r < rows.size(); r++) {
                    List<XWPFTableCell> cells = rows.get(r).getTableCells();
                    for (int c = 0; c < cells.size(); c++) {
                        StringBuilder cell = new StringBuilder();
                        boolean bold = true;
                        for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                            String text = text(p);
                            if (!text.isEmpty()) {
                                String label = lists.label(p);
                                cell.append(cell.isEmpty() ? "" : "\n").append(label == null ? "" : label + " ").append(text);
                                bold &= bold(p);
                            }
                        }
                        if (!cell.isEmpty()) {
                            out.add(new TextParagraph(out.size(), cell.toString(), null, -1, bold, false, r, c));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Every w:t of the paragraph (inserted text included, deleted text is w:delText), tabs and breaks as spaces. */
    static String text(XWPFParagraph p) {
        StringBuilder s = new StringBuilder();
        try (XmlCursor c = p.getCTP().newCursor()) {
            int depth = 0; // the cursor would go on past the paragraph's end: stop there
            while (c.hasNextToken()) {
                XmlCursor.TokenType token = c.toNextToken();
                if (token == XmlCursor.TokenType.END || token == XmlCursor.TokenType.ENDDOC) {
                    if (--depth < 0) {
                        break;
                    }
                    continue;
                }
                if (token != XmlCursor.TokenType.START) {
                    continue;
                }
                depth++;
                if (W.equals(c.getName().getNamespaceURI())) {
                    switch (c.getName().getLocalPart()) {
                        case "t" -> s.append(c.getTextValue());
                        case "tab", "br", "cr" -> s.append(' ');
                        default -> { }
                    }
                }
            }
        }
        return s.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static boolean bold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t != null && !t.isBlank()) {
                if (!r.isBold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean heading(XWPFParagraph p) {
        String style = p.getStyle();
        return style != null && (style.toLowerCase(Locale.ROOT).startsWith("heading")
                || style.equalsIgnoreCase("Title"));
    }

    private static int level(XWPFParagraph p) {
        BigInteger l = p.getNumIlvl();
        return l == null ? 0 : l.intValue();
    }

    /**
     * Word's list counters as the document goes. Lists (w:num) made on the same definition (w:abstractNum) count
     * on from one another, as Word numbers them; a list that restarts ("Restart at 1": a w:lvlOverride with a
     * w:startOverride) counts on its own from the number it gives, and a w:lvlOverride's own w:lvl replaces that
     * level's format.
     */
    private static final class Lists {
        private final XWPFNumbering numbering;
        private final Map<String, int[]> counters = new HashMap<>();
        private final Map<BigInteger, Instance> lists = new HashMap<>();

        /** One list's levels (its overrides applied), its starts, and the counter it counts on. */
        private record Instance(CTLvl[] levels, int[] starts, String counter) {
        }

        Lists(XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numbering == null || numId == null || numId.signum() == 0) {
                return null;
            }
            Instance list = lists.computeIfAbsent(numId, this::instance);
            if (list == null) {
                return null;
            }
            CTLvl[] levels = list.levels();
            int ilvl = Math.min(level(p), levels.length - 1);
            int[] count = counters.computeIfAbsent(list.counter(), k -> new int[levels.length]);
            for (int i = 0; i <= ilvl; i++) {
                if (count[i] == 0) {
                    count[i] = list.starts()[i] - (i == ilvl ? 1 : 0);
                }
            }
            count[ilvl]++;
            for (int i = ilvl + 1; i < count.length; i++) {
                count[i] = 0;
            }
            CTLvl lvl = levels[ilvl];
            String fmt = format(lvl);
            if (fmt.equals("bullet")) {
                return "-";
            }
            if (fmt.equals("none")) {
                return null;
            }
            String pattern = lvl.getLvlText() == null ? "%" + (ilvl + 1) + "." : lvl.getLvlText().getVal();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int k = pattern.charAt(++i) - '1';
                    if (k >= 0 && k < levels.length) {
                        s.append(number(Math.max(count[k], 1), format(levels[k])));
                    }
                } else {
                    s.append(ch);
                }
            }
            return s.toString().strip();
        }

        private Instance instance(BigInteger numId) {
            BigInteger abstractId = numbering.getAbstractNumID(numId);
            XWPFAbstractNum an = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            CTAbstractNum ct = an == null ? null : an.getCTAbstractNum();
            if (ct == null || ct.sizeOfLvlArray() == 0) {
                return null;
            }
            CTLvl[] levels = ct.getLvlArray().clone();
            int[] starts = new int[levels.length];
            for (int i = 0; i < levels.length; i++) {
                starts[i] = start(levels[i]);
            }
            boolean restarts = false;
            XWPFNum num = numbering.getNum(numId);
            CTNum ctNum = num == null ? null : num.getCTNum();
            if (ctNum != null) {
                for (CTNumLvl o : ctNum.getLvlOverrideArray()) {
                    int i = o.getIlvl() == null ? -1 : o.getIlvl().intValue();
                    if (i < 0 || i >= levels.length) {
                        continue;
                    }
                    if (o.isSetLvl()) {
                        levels[i] = o.getLvl();
                        starts[i] = start(levels[i]);
                        restarts = true;
                    }
                    if (o.isSetStartOverride()) {
                        starts[i] = o.getStartOverride().getVal().intValue();
                        restarts = true;
                    }
                }
            }
            return new Instance(levels, starts, restarts ? "num " + numId : "abstract " + abstractId);
        }

        private static int start(CTLvl l) {
            return l.getStart() == null ? 1 : l.getStart().getVal().intValue();
        }

        private static String format(CTLvl l) {
            return l.getNumFmt() == null ? "decimal" : l.getNumFmt().getVal().toString();
        }

        private static String number(int n, String fmt) {
            return switch (fmt) {
                case "upperRoman" -> roman(n);
                case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letter(n).toUpperCase(Locale.ROOT);
                case "lowerLetter" -> letter(n);
                default -> Integer.toString(n);
            };
        }

        private static String letter(int n) {
            String s = "";
            for (int k = n; k > 0; k = (k - 1) / 26) {
                s = (char) ('a' + (k - 1) % 26) + s;
            }
            return s;
        }

        private static String roman(int n) {
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder s = new StringBuilder();
            int k = n;
            for (int i = 0; i < v.length; i++) {
                for (; k >= v[i]; k -= v[i]) {
                    s.append(r[i]);
                }
            }
            return s.toString();
        }
    }
}
