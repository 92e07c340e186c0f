package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.XlsxWriter;

/** Biểu 09 as the sheet computes it: counts as integers, totals and shares by formula, the satisfaction a percent. */
class ReportTablesTest {
    private static XSSFWorkbook written(ReportTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(new Spreadsheet(new OfficialDocument.Issuer("UBND tỉnh Thái Nguyên",
                "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành"), List.of(t.sheet("Kèm theo Báo cáo"))), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XSSFRow row(XSSFSheet sh, String label) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            XSSFRow row = sh.getRow(r);
            if (row != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void tthcCountsAreIntegersAndItsTotalsAndSharesAreFormulas() throws IOException {
        ReportTable t = ReportTables.tthc(new Tthc(600, 220, 300, 480, 20, 20, 97.5));
        assertEquals("820", ReportTable.format(t.columns().get(2), t.rows().get(0).values().get(2)));
        assertEquals("73,2\u00a0%", ReportTable.format(t.columns().get(3), t.rows().get(1).values().get(3)));
        try (XSSFWorkbook wb = written(t)) {
            XSSFSheet sh = wb.getSheetAt(0);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            XSSFRow received = row(sh, "Hồ sơ tiếp nhận");
            XSSFCell total = received.getCell(2);
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals(820.0, eval.evaluate(total).getNumberValue());
            assertEquals("#,##0", total.getCellStyle().getDataFormatString(), "a count shows no decimals");
            XSSFRow online = row(sh, "Hồ sơ tiếp nhận trực tuyến");
            assertEquals(CellType.NUMERIC, online.getCell(2).getCellType());
            assertEquals("#,##0", online.getCell(2).getCellStyle().getDataFormatString());
            XSSFCell share = online.getCell(3);
            assertEquals(CellType.FORMULA, share.getCellType());
            assertTrue(share.getCellFormula().contains("C" + (online.getRowNum() + 1) + "/C"
                    + (received.getRowNum() + 1)), share.getCellFormula());
            assertEquals(600.0 / 820, eval.evaluate(share).getNumberValue(), 1e-9);
            assertEquals("0.0%", share.getCellStyle().getDataFormatString());
            XSSFCell resolved = row(sh, "Hồ sơ đã giải quyết").getCell(2);
            assertEquals(800.0, eval.evaluate(resolved).getNumberValue());
            assertEquals(480.0 / 800, eval.evaluate(row(sh, "Giải quyết đúng hạn").getCell(3)).getNumberValue(), 1e-9);
            XSSFCell satisfaction = row(sh, "Mức độ hài lòng của người dân, tổ chức").getCell(3);
            assertEquals(0.975, satisfaction.getNumericCellValue(), 1e-9);
            assertEquals("0.0%", satisfaction.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void tthcNotEnteredLeavesItsCellsBlank() throws IOException {
        ReportTable t = ReportTables.tthc(Tthc.NONE);
        try (XSSFWorkbook wb = written(t)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertEquals(CellType.BLANK, row(sh, "Hồ sơ tiếp nhận").getCell(2).getCellType(), "no 0 for nothing entered");
            assertEquals(CellType.BLANK, row(sh, "Hồ sơ tiếp nhận trực tuyến").getCell(3).getCellType());
        }
        assertEquals("", ReportTable.format(t.columns().get(2), t.rows().get(0).values().get(2)));
        assertNull(((Spreadsheet.Computed) t.rows().get(0).values().get(2)).value());
    }
}
