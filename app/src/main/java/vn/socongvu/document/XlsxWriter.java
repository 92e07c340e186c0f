package vn.socongvu.document;

import java.io.IOException;
import java.io.OutputStream;
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
        int lastCol = Math.max(cols - 1, 1);
        int split = Math.max(1, cols / 2);

        // Identity: issuing body on the left, national title and motto on the right.
        List<String> left = new ArrayList<>();
        String superior = DocumentText.nfc(issuer.superiorBody()).strip();
        if (!superior.isEmpty()) {
            left.add(superior.toUpperCase(Messages.VI));
        }
        DocumentText.nfc(issuer.issuingBody()).lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> left.add(l.toUpperCase(Messages.VI)));
        List<String> right = List.of(Messages.get("document.nationalTitle"), Messages.get("document.motto"));
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
        Row titleRow = sh.createRow(r);
        text(titleRow, 0, DocumentText.nfc(spec.title()).toUpperCase(Messages.VI), title);
        titleRow.setHeightInPoints(spec.title().length() > 90 ? 40 : 22);
        merge(sh, r, 0, lastCol);
        r++;
        if (spec.subtitle() != null && !spec.subtitle().isBlank()) {
            text(sh.createRow(r), 0, DocumentText.nfc(spec.subtitle()), subtitle);
            merge(sh, r, 0, lastCol);
            r++;
        }
        r++;

        int headerRow = r;
        Row head = sh.createRow(r++);
        head.setHeightInPoints(32);
        for (int c = 0; c < cols; c++) {
            text(head, c, DocumentText.nfc(spec.columns().get(c).header()), header);
            sh.setColumnWidth(c, Math.min(255, spec.columns().get(c).widthChars()) * 256);
        }
        int firstData = r;
        double[] sums = new double[cols]; // cached results of the totals' formulas
        for (List<Object> values : spec.rows()) {
            Row row = sh.createRow(r++);
            for (int c = 0; c < cols; c++) {
                Object v = values.get(c);
                Spreadsheet.Column col = spec.columns().get(c);
                value(row.createCell(c), v, body.get(col.kind()));
                if (col.isShare()) {
                    share(row, c, col, v);
                } else if (v instanceof Number n) {
                    sums[c] += n.doubleValue();
                }
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
        int width = spec.columns().stream().mapToInt(Spreadsheet.Column::widthChars).sum();
        ps.setLandscape(width > WIDE_CHARS);
        sh.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setMargin(PageMargin.LEFT, 0.79);   // 20 mm
        sh.setMargin(PageMargin.RIGHT, 0.59);  // 15 mm
        sh.setMargin(PageMargin.TOP, 0.79);
        sh.setMargin(PageMargin.BOTTOM, 0.79);
        sh.setHorizontallyCenter(true);
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
