package vn.socongvu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook the clerk fills in and the app reads back: a sheet of instructions first, then one sheet per kind of
 * record with its header row (required columns marked), columns kept as text (a phone number keeps its leading
 * 0), and a drop-down list on each column of closed values (from a hidden sheet, so long lists and commas work).
 *
 * @param guide the instructions sheet: its name, its lines, and example rows per data sheet shown there
 */
public record FillInWorkbook(Guide guide, List<DataSheet> sheets) {
    /** How many rows of each data sheet get the drop-down lists and the text format. */
    public static final int FILL_ROWS = 1000;
    private static final String LISTS_SHEET = "DanhSach";

    /** The instructions: a title, lines of text, then each data sheet's example rows under its header. */
    public record Guide(String name, String title, List<String> lines, String exampleTitle) {
    }

    /** A column: its header, whether it must be filled, its width, and its closed values (empty: free text). */
    public record Column(String header, boolean required, int widthChars, List<String> choices) {
    }

    /** A sheet to fill: its name, its columns, and example rows shown in the guide (never in the sheet itself). */
    public record DataSheet(String name, List<Column> columns, List<List<String>> examples) {
    }

    /** Writes the workbook as .xlsx to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Writer(wb).write(this);
            wb.write(out);
        }
    }

    /** The header shown for a column: a required one ends with " *". */
    public static String headerText(Column c) {
        return c.required() ? c.header() + " *" : c.header();
    }

    private static final class Writer {
        private final XSSFWorkbook wb;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle title;
        private final CellStyle wrap;

        Writer(XSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setFontName(DocxWriter.FONT);
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            Font plain = wb.createFont();
            plain.setFontName(DocxWriter.FONT);
            plain.setFontHeightInPoints((short) 12);
            Font big = wb.createFont();
            big.setFontName(DocxWriter.FONT);
            big.setFontHeightInPoints((short) 14);
            big.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderTop(BorderStyle.THIN);
            header.setBorderBottom(BorderStyle.THIN);
            header.setBorderLeft(BorderStyle.THIN);
            header.setBorderRight(BorderStyle.THIN);
            text = wb.createCellStyle();
            text.setFont(plain);
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            title = wb.createCellStyle();
            title.setFont(big);
            wrap = wb.createCellStyle();
            wrap.setFont(plain);
            wrap.setWrapText(false);
        }

        void write(FillInWorkbook w) {
            guide(w);
            Sheet lists = null;
            int listColumn = 0;
            for (DataSheet d : w.sheets()) {
                Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(d.name()));
                Row head = s.createRow(0);
                for (int i = 0; i < d.columns().size(); i++) {
                    Column c = d.columns().get(i);
                    Cell cell = head.createCell(i);
                    cell.setCellValue(headerText(c));
                    cell.setCellStyle(header);
                    s.setColumnWidth(i, Math.min(255, c.widthChars()) * 256);
                    s.setDefaultColumnStyle(i, text);
                    if (!c.choices().isEmpty()) {
                        if (lists == null) {
                            lists = wb.createSheet(LISTS_SHEET);
                        }
                        String range = list(lists, listColumn++, c.choices());
                        dropDown(s, i, range, c);
                    }
                }
                s.createFreezePane(0, 1);
            }
            if (lists != null) {
                wb.setSheetHidden(wb.getSheetIndex(lists), true);
            }
            wb.setActiveSheet(w.sheets().isEmpty() ? 0 : 1);
            wb.setFirstVisibleTab(0);
        }

        private void guide(FillInWorkbook w) {
            Sheet g = wb.createSheet(WorkbookUtil.createSafeSheetName(w.guide().name()));
            g.setColumnWidth(0, 40 * 256);
            int r = 0;
            Cell t = g.createRow(r++).createCell(0);
            t.setCellValue(w.guide().title());
            t.setCellStyle(title);
            for (String line : w.guide().lines()) {
                Cell c = g.createRow(r++).createCell(0);
                c.setCellValue(line);
                c.setCellStyle(wrap);
            }
            for (DataSheet d : w.sheets()) {
                if (d.examples().isEmpty()) {
                    continue;
                }
                r++;
                Cell name = g.createRow(r++).createCell(0);
                name.setCellValue(w.guide().exampleTitle() + " " + d.name());
                name.setCellStyle(title);
                Row head = g.createRow(r++);
                for (int i = 0; i < d.columns().size(); i++) {
                    Cell c = head.createCell(i);
                    c.setCellValue(headerText(d.columns().get(i)));
                    c.setCellStyle(header);
                    g.setColumnWidth(i, Math.max(g.getColumnWidth(i),
                            Math.min(255, d.columns().get(i).widthChars()) * 256));
                }
                for (List<String> example : d.examples()) {
                    Row row = g.createRow(r++);
                    for (int i = 0; i < example.size(); i++) {
                        Cell c = row.createCell(i);
                        c.setCellValue(example.get(i));
                        c.setCellStyle(wrap);
                    }
                }
            }
        }

        /** Writes {@code values} down column {@code col} of the lists sheet; @return a named range over them. */
        private String list(Sheet lists, int col, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                row.createCell(col).setCellValue(values.get(i));
            }
            String letter = CellReference.convertNumToColString(col);
            Name name = wb.createName();
            String rangeName = "DanhSach" + letter;
            name.setNameName(rangeName);
            name.setRefersToFormula(LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + values.size());
            return rangeName;
        }

        private static void dropDown(Sheet s, int col, String range, Column c) {
            DataValidationHelper helper = s.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
            DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, FILL_ROWS, col, col));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(c.header(), String.join(", ", c.choices()));
            v.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
            s.addValidationData(v);
        }
    }
}
