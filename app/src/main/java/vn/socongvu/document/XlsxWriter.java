package vn.socongvu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.socongvu.i18n.Messages;

/**
 * Writes a {@link Spreadsheet} as .xlsx with POI's streaming workbook (a window of rows in memory),
 * so that ten years of records do not exhaust memory. Real numbers, dates and percentages, totals as
 * formulas, frozen header row, A4 printing (landscape when wide) fitted to the page width with the
 * header row repeated on every page.
 */
public final class XlsxWriter {
    private static final String FONT = DocxWriter.FONT;
    private static final int WIDE_CHARS = 110;
    /** Advance widths of Times New Roman's letters, in ems (its published metrics, Liberation Serif's too). */
    private static final double[] LOWER = {0.444, 0.5, 0.444, 0.5, 0.444, 0.333, 0.5, 0.5, 0.278, 0.278, 0.5, 0.278,
        0.778, 0.5, 0.5, 0.5, 0.5, 0.333, 0.389, 0.278, 0.5, 0.5, 0.722, 0.5, 0.5, 0.444};
    private static final double[] UPPER = {0.722, 0.667, 0.667, 0.722, 0.611, 0.556, 0.722, 0.722, 0.333, 0.389,
        0.722, 0.611, 0.889, 0.722, 0.722, 0.556, 0.722, 0.667, 0.556, 0.611, 0.722, 0.722, 0.944, 0.722, 0.722, 0.611};

    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final CellStyle plain;
    private final CellStyle bold;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final Map<Spreadsheet.Kind, CellStyle> body = new EnumMap<>(Spreadsheet.Kind.class);
    private final Map<Spreadsheet.Kind, CellStyle> totals = new EnumMap<>(Spreadsheet.Kind.class);

    private XlsxWriter() {
        wb.setCompressTempFiles(true);
        plain = style(font(12, false, false), HorizontalAlignment.CENTER, false, false);
        bold = style(font(12, true, false), HorizontalAlignment.CENTER, false, false);
        title = style(font(14, true, false), HorizontalAlignment.CENTER, false, false);
        title.setWrapText(true);
        subtitle = style(font(12, false, true), HorizontalAlignment.CENTER, false, false);
        header = style(font(12, true, false), HorizontalAlignment.CENTER, true, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font regular = font(12, false, false);
        Font strong = font(12, true, false);
        for (Spreadsheet.Kind k : Spreadsheet.Kind.values()) {
            body.put(k, cellStyle(k, regular));
            totals.put(k, cellStyle(k, strong));
        }
    }

    public static void write(Spreadsheet s, OutputStream out) throws IOException {
        XlsxWriter w = new XlsxWriter();
        try {
            w.wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(DocumentText.author(s.issuer()));
            for (Spreadsheet.Sheet sheet : s.sheets()) {
                w.sheet(s.issuer(), sheet);
            }
            w.wb.setForceFormulaRecalculation(true);
            w.wb.write(out);
        } finally {
            w.wb.close(); // also deletes the temporary files of the streamed rows
        }
    }

    private void sheet(OfficialDocument.Issuer issuer, Spreadsheet.Sheet spec) {
        SXSSFSheet sh = wb.createSheet(WorkbookUtil.createSafeSheetName(spec.name()));
        int cols = spec.columns().size();

        // Identity: issuing body on the left, national title and motto on the right.
        List<String> left = new ArrayList<>();
        String superior = DocumentText.nfc(issuer.superiorBody()).strip();
        if (!superior.isEmpty()) {
            left.add(superior.toUpperCase(Messages.VI));
        }
        DocumentText.nfc(issuer.issuingBody()).lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> left.add(l.toUpperCase(Messages.VI)));
        List<String> right = List.of(Messages.get("document.nationalTitle"), Messages.get("document.motto"));
        double[] widths = new double[Math.max(cols, 2)];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c < cols ? Math.min(255, spec.columns().get(c).widthChars()) : 10;
        }
        int split = fitHeader(widths, width(left, true), width(right, true));
        int lastCol = widths.length - 1;
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }
        int r = 0;
        for (; r < Math.max(left.size(), right.size()); r++) {
            Row row = sh.createRow(r);
            if (r < left.size()) {
                text(row, 0, left.get(r), r == 0 && !superior.isEmpty() ? plain : bold);
                merge(sh, r, 0, split - 1);
            }
            if (r < right.size()) {
                text(row, split, right.get(r), bold);
                merge(sh, r, split, lastCol);
            }
        }
        r++;
        double all = 0;
        for (double w : widths) {
            all += w;
        }
        Row titleRow = sh.createRow(r);
        String titleText = DocumentText.nfc(spec.title()).toUpperCase(Messages.VI);
        text(titleRow, 0, titleText, title);
        titleRow.setHeightInPoints(height(lines(titleText, all, 14, true), 14));
        merge(sh, r, 0, lastCol);
        r++;
        if (spec.subtitle() != null && !spec.subtitle().isBlank()) {
            Row sub = sh.createRow(r);
            text(sub, 0, DocumentText.nfc(spec.subtitle()), subtitle);
            sub.setHeightInPoints(height(lines(spec.subtitle(), all, 12, false), 12));
            merge(sh, r, 0, lastCol);
            r++;
        }
        r++;

        int headerRow = r;
        Row head = sh.createRow(r++);
        int headLines = 1;
        for (int c = 0; c < cols; c++) {
            String h = DocumentText.nfc(spec.columns().get(c).header());
            text(head, c, h, header);
            headLines = Math.max(headLines, lines(h, widths[c], 12, true));
        }
        head.setHeightInPoints(height(Math.max(2, headLines), 12));
        int firstData = r;
        double[] sums = new double[cols]; // cached results of the totals' formulas
        for (List<Object> values : spec.rows()) {
            Row row = sh.createRow(r++);
            int rowLines = 1;
            for (int c = 0; c < cols; c++) {
                Object v = values.get(c);
                Spreadsheet.Column col = spec.columns().get(c);
                if (v instanceof Spreadsheet.Computed computed) {
                    computed(row.createCell(c), computed, c, firstData, body.get(col.kind()));
                    continue;
                }
                value(row.createCell(c), v, body.get(col.kind()));
                if (col.isShare()) {
                    share(row, c, col, v);
                } else if (v instanceof Number n) {
                    sums[c] += n.doubleValue();
                }
                if (col.kind() == Spreadsheet.Kind.TEXT && v != null) {
                    rowLines = Math.max(rowLines, lines(DocumentText.nfc(v.toString()), widths[c], 12, false));
                }
            }
            if (rowLines > 1) {
                row.setHeightInPoints(height(rowLines, 12));
            }
        }
        int lastData = r - 1;
        if (spec.totalsLabel() != null) {
            Row tot = sh.createRow(r);
            int labelCol = firstTextColumn(spec);
            for (int c = 0; c < cols; c++) {
                Spreadsheet.Column col = spec.columns().get(c);
                Cell cell = tot.createCell(c);
                cell.setCellStyle(totals.get(col.kind()));
                if (c == labelCol) {
                    cell.setCellValue(DocumentText.nfc(spec.totalsLabel()));
                    cell.setCellStyle(totals.get(Spreadsheet.Kind.TEXT));
                } else if (col.isShare()) {
                    double den = sums[col.denominator()];
                    share(tot, c, col, den == 0 ? null : sums[col.numerator()] / den);
                } else if (col.total()) {
                    if (lastData >= firstData) {
                        String letter = CellReference.convertNumToColString(c);
                        cell.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + (lastData + 1) + ")");
                        cell.setCellValue(sums[c]); // kept as the formula's cached result
                    } else {
                        cell.setCellValue(0);
                    }
                }
            }
        }

        sh.createFreezePane(0, headerRow + 1);
        sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(all > WIDE_CHARS);
        sh.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setMargin(PageMargin.LEFT, 0.79);   // 20 mm
        sh.setMargin(PageMargin.RIGHT, 0.59);  // 15 mm
        sh.setMargin(PageMargin.TOP, 0.79);
        sh.setMargin(PageMargin.BOTTOM, 0.79);
        sh.setHorizontallyCenter(true);
    }

    /** A computed cell: its formula over the table's cells and, as the cached result, its value; blank without one. */
    private static void computed(Cell cell, Spreadsheet.Computed v, int column, int firstData, CellStyle style) {
        cell.setCellStyle(style);
        if (v.value() == null) {
            cell.setBlank();
            return;
        }
        switch (v) {
            case Spreadsheet.Sum sum -> {
                String letter = CellReference.convertNumToColString(column);
                StringBuilder f = new StringBuilder("SUM(");
                for (int i = 0; i < sum.rows().size(); i++) {
                    f.append(i == 0 ? "" : ",").append(letter).append(firstData + sum.rows().get(i) + 1);
                }
                cell.setCellFormula(f.append(')').toString());
            }
            case Spreadsheet.Ratio ratio -> {
                String num = CellReference.convertNumToColString(ratio.numeratorColumn())
                        + (firstData + ratio.numeratorRow() + 1);
                String den = CellReference.convertNumToColString(ratio.denominatorColumn())
                        + (firstData + ratio.denominatorRow() + 1);
                cell.setCellFormula("IF(" + den + "=0,\"\"," + num + "/" + den + ")");
            }
        }
        cell.setCellValue(v.value().doubleValue());
    }

    /**
     * Places the boundary between the issuing body (left) and the national title (right) at a column edge where both
     * show whole, widening the columns where a narrow table leaves too little room; returns the first right column.
     */
    static int fitHeader(double[] widths, double leftNeed, double rightNeed) {
        int best = 1;
        double bestShort = Double.MAX_VALUE;
        for (int k = 1; k < widths.length; k++) {
            double l = 0;
            double rr = 0;
            for (int c = 0; c < widths.length; c++) {
                if (c < k) {
                    l += widths[c];
                } else {
                    rr += widths[c];
                }
            }
            // Widening a narrow column (the "STT") to hold the issuing body would look odd: the other side first.
            double shortfall = Math.max(0, leftNeed - l) * (widths[k - 1] < 10 ? 3 : 1) + Math.max(0, rightNeed - rr);
            if (shortfall < bestShort - 1e-9) {
                best = k;
                bestShort = shortfall;
            }
        }
        double l = 0;
        double rr = 0;
        for (int c = 0; c < widths.length; c++) {
            if (c < best) {
                l += widths[c];
            } else {
                rr += widths[c];
            }
        }
        if (leftNeed > l) {
            widths[best - 1] += leftNeed - l;
        }
        if (rightNeed > rr) {
            double add = (rightNeed - rr) / (widths.length - best);
            for (int c = best; c < widths.length; c++) {
                widths[c] += add;
            }
        }
        return best;
    }

    /** The widest of the lines in Times New Roman 12, in column-width units. */
    private static double width(List<String> lines, boolean isBold) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, units(l, 12, isBold));
        }
        return w + 2; // the cell's padding
    }

    /**
     * The width of a text in Times New Roman, in the units of a column's width (the digit width of the workbook's
     * default font, 7 px): an estimate per letter, as neither Excel nor LibreOffice sizes a row that POI wrote.
     */
    static double units(String text, int points, boolean isBold) {
        double em = 0;
        String base = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        for (int i = 0; i < base.length(); i++) {
            char ch = base.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue; // a Vietnamese diacritic sits on its letter
            }
            double w;
            if (ch >= 'a' && ch <= 'z') {
                w = LOWER[ch - 'a'];
            } else if (ch >= 'A' && ch <= 'Z') {
                w = UPPER[ch - 'A'];
            } else if (Character.isDigit(ch)) {
                w = 0.5;
            } else if (ch == ' ' || ch == ',' || ch == '.' || ch == ';' || ch == ':') {
                w = 0.25;
            } else if (ch == '%') {
                w = 0.833;
            } else {
                w = 0.4;
            }
            em += isBold ? w * 1.06 : w;
        }
        return em * points * 96 / 72 / 7;
    }

    /** How many lines a wrapped text takes in a column {@code width} units wide, word by word. */
    static int lines(String text, double width, int points, boolean isBold) {
        double room = Math.max(1, width - 1); // the cell's padding
        double space = units(" ", points, isBold);
        int n = 0;
        for (String para : text.split("\\R", -1)) {
            n++;
            double used = 0;
            for (String word : para.strip().split("\\s+")) {
                double w = units(word, points, isBold);
                if (used > 0 && used + space + w > room) {
                    n++;
                    used = 0;
                }
                if (used == 0 && w > room) {
                    n += (int) Math.ceil(w / room) - 1; // a word longer than the column breaks inside
                    used = w % room;
                } else {
                    used += (used > 0 ? space : 0) + w;
                }
            }
        }
        return n;
    }

    /** A row's height for {@code lines} lines of a font of {@code points}, with a little room above and below. */
    private static float height(int lines, int points) {
        return (float) (lines * points * 1.32 + 3);
    }

    /** A share cell: numerator / denominator of its row by formula, empty when the denominator is 0. */
    private static void share(Row row, int c, Spreadsheet.Column col, Object cached) {
        Cell cell = row.getCell(c);
        String ref = Integer.toString(row.getRowNum() + 1);
        String num = CellReference.convertNumToColString(col.numerator()) + ref;
        String den = CellReference.convertNumToColString(col.denominator()) + ref;
        cell.setCellFormula("IF(" + den + "=0,\"\"," + num + "/" + den + ")");
        if (cached instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue("");
        }
    }

    private static int firstTextColumn(Spreadsheet.Sheet spec) {
        for (int c = 0; c < spec.columns().size(); c++) {
            if (spec.columns().get(c).kind() == Spreadsheet.Kind.TEXT) {
                return c;
            }
        }
        return 0;
    }

    private static void merge(SXSSFSheet sh, int row, int from, int to) {
        if (to > from) {
            sh.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void value(Cell cell, Object v, CellStyle style) {
        cell.setCellStyle(style);
        switch (v) {
            case null -> cell.setBlank();
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> cell.setCellValue(d);
            case LocalDateTime t -> cell.setCellValue(t);
            case Boolean b -> cell.setCellValue(b ? "✓" : "");
            default -> cell.setCellValue(DocumentText.nfc(v.toString()));
        }
    }

    private Font font(int size, boolean isBold, boolean italic) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) size);
        f.setBold(isBold);
        f.setItalic(italic);
        return f;
    }

    private CellStyle style(Font f, HorizontalAlignment align, boolean border, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private CellStyle cellStyle(Spreadsheet.Kind kind, Font f) {
        HorizontalAlignment align = switch (kind) {
            case TEXT -> HorizontalAlignment.LEFT;
            case ORDINAL, DATE -> HorizontalAlignment.CENTER;
            default -> HorizontalAlignment.RIGHT;
        };
        CellStyle s = style(f, align, true, kind == Spreadsheet.Kind.TEXT);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        String format = switch (kind) {
            case TEXT -> null;
            case ORDINAL -> "0";
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0.0";
            case PERCENT -> "0.0%";
            case DATE -> "dd/mm/yyyy";
        };
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return s;
    }
}
