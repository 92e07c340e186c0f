package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;

class XlsxWriterTest {
    @TempDir
    Path tmp;

    /**
     * The workbook written, read back whole. POI's limit on a part's inflated size is the plan import's (DocxText,
     * global in POI); a large table's sheet is over it, so it is lifted while the test reads its own file.
     */
    static XSSFWorkbook written(Spreadsheet s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(s, out);
        long limit = ZipSecureFile.getMaxEntrySize();
        ZipSecureFile.setMaxEntrySize(1L << 31);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } finally {
            ZipSecureFile.setMaxEntrySize(limit);
        }
    }

    private static int rowOf(XSSFSheet sh, String firstCellText) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            XSSFRow row = sh.getRow(r);
            if (row != null) {
                for (int c = 0; c < 3; c++) {
                    XSSFCell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals(firstCellText)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no row " + firstCellText);
    }

    @Test
    void tablesCarryIdentityRealValuesTotalsAndPrintSetup() throws IOException {
        try (Services s = TestServices.demo(tmp); XSSFWorkbook wb = written(
                new SampleDocuments(s.settings(), s.directory(), LocalDate.of(2026, 11, 22)).spreadsheet())) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet sh = wb.getSheetAt(0);
            assertEquals("Biểu 01 - Theo đơn vị", sh.getSheetName());
            assertEquals("UBND TỈNH THÁI NGUYÊN", sh.getRow(0).getCell(0).getStringCellValue());
            assertEquals("ỦY BAN NHÂN DÂN", sh.getRow(1).getCell(0).getStringCellValue());
            assertEquals("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", wb.getProperties().getCoreProperties().getCreator());
            assertTrue(sh.getRow(1).getCell(0).getCellStyle().getFont().getBold());
            int split = sh.getRow(0).getLastCellNum() - 1;
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sh.getRow(0).getCell(split).getStringCellValue());

            int header = rowOf(sh, "STT");
            assertEquals(header + 1, sh.getPaneInformation().getHorizontalSplitPosition(), "frozen under the header");
            assertTrue(sh.getRow(header).getCell(1).getCellStyle().getFont().getBold());
            assertEquals("Times New Roman", sh.getRow(header).getCell(1).getCellStyle().getFont().getFontName());

            XSSFRow first = sh.getRow(header + 1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType(), "numbers are numbers");
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertEquals("0.0%", first.getCell(7).getCellStyle().getDataFormatString());
            assertTrue(first.getCell(7).getNumericCellValue() <= 1.0, "a percentage is stored as a fraction");

            int totals = rowOf(sh, "Tổng cộng");
            XSSFCell total = sh.getRow(totals).getCell(6);
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals("SUM(G" + (header + 2) + ":G" + totals + ")", total.getCellFormula());
            assertEquals(40.0, total.getNumericCellValue(), "cached result for readers that do not recalculate");
            assertTrue(wb.getForceFormulaRecalculation());

            PrintSetup ps = sh.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertTrue(ps.getLandscape(), "a wide table prints landscape");
            assertEquals(1, ps.getFitWidth());
            assertEquals(0, ps.getFitHeight());
            assertEquals(new CellRangeAddress(header, header, -1, -1), sh.getRepeatingRows());

            XSSFSheet list = wb.getSheetAt(1);
            int h2 = rowOf(list, "STT");
            XSSFCell date = list.getRow(h2 + 1).getCell(6);
            assertTrue(DateUtil.isCellDateFormatted(date), "dates are dates");
            assertEquals(LocalDate.of(2026, 11, 22), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(40, list.getLastRowNum() - h2);
        }
    }

    @Test
    void largeTablesStream() throws IOException {
        int n = 60_000;
        List<List<Object>> rows = new AbstractList<>() {
            @Override
            public List<Object> get(int i) {
                return List.of(i + 1, "Nhiệm vụ số " + (i + 1), i % 7);
            }

            @Override
            public int size() {
                return n;
            }
        };
        Spreadsheet s = new Spreadsheet(new OfficialDocument.Issuer("", "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH", "Bình Thành"),
                List.of(new Spreadsheet.Sheet("Nhiệm vụ", "Danh sách nhiệm vụ", null,
                        List.of(Spreadsheet.Column.ordinal(), Spreadsheet.Column.text("Nội dung", 50),
                                Spreadsheet.Column.count("Số", 8)), rows, "Tổng cộng")));
        try (XSSFWorkbook wb = written(s)) {
            XSSFSheet sh = wb.getSheetAt(0);
            int totals = rowOf(sh, "Tổng cộng");
            double expected = 0;
            for (int i = 0; i < n; i++) {
                expected += i % 7;
            }
            assertEquals(expected, sh.getRow(totals).getCell(2).getNumericCellValue());
            assertEquals("Nhiệm vụ số " + n, sh.getRow(totals - 1).getCell(1).getStringCellValue());
            assertNotNull(sh.getPrintSetup());
            assertTrue(!sh.getPrintSetup().getLandscape(), "a narrow table prints portrait");
        }
    }

    private static double widthOf(XSSFSheet sh, CellRangeAddress region) {
        double w = 0;
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
            w += sh.getColumnWidth(c) / 256.0;
        }
        return w;
    }

    private static CellRangeAddress regionAt(XSSFSheet sh, int row, int col) {
        return sh.getMergedRegions().stream().filter(m -> m.isInRange(row, col)).findFirst()
                .orElse(new CellRangeAddress(row, row, col, col));
    }

    @Test
    void aNarrowTableShowsItsIssuerAndNationalTitleWhole() throws IOException {
        Spreadsheet s = new Spreadsheet(new OfficialDocument.Issuer("UBND tỉnh Thái Nguyên",
                "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành"), List.of(new Spreadsheet.Sheet("Biểu 07", "Xử lý vi phạm",
                null, List.of(Spreadsheet.Column.ordinal(), Spreadsheet.Column.text("Hình thức xử lý", 40),
                        Spreadsheet.Column.count("Số trường hợp", 14)), List.of(List.of(1, "Phê bình", 2)), "Tổng cộng")));
        try (XSSFWorkbook wb = written(s)) {
            XSSFSheet sh = wb.getSheetAt(0);
            for (int r = 0; r < 3; r++) {
                CellRangeAddress left = regionAt(sh, r, 0);
                String text = sh.getRow(r).getCell(0).getStringCellValue();
                assertTrue(widthOf(sh, left) >= XlsxWriter.units(text, 12, true),
                        "the issuing body shows whole: " + text + " in " + widthOf(sh, left));
            }
            int split = regionAt(sh, 0, 0).getLastColumn() + 1;
            assertTrue(split < 3, "the national title has columns of its own");
            CellRangeAddress right = regionAt(sh, 0, split);
            assertEquals(2, right.getLastColumn(), "it spans to the table's last column");
            assertTrue(widthOf(sh, right) >= XlsxWriter.units("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true),
                    "the national title shows whole");
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sh.getRow(0).getCell(split).getStringCellValue());
            assertTrue(sh.getColumnWidth(0) / 256 < 10, "the STT column stays narrow");
        }
    }

    @Test
    void wrappedTextGetsTheRowHeightItNeeds() throws IOException {
        String longName = "Nâng cao chất lượng, hiệu quả hoạt động công vụ và tăng cường kỷ luật, kỷ cương hành chính "
                + "trên địa bàn xã năm 2026";
        Spreadsheet s = new Spreadsheet(new OfficialDocument.Issuer("", "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành"),
                List.of(new Spreadsheet.Sheet("Biểu 02", "Nhiệm vụ theo kế hoạch", null,
                        List.of(Spreadsheet.Column.ordinal(), Spreadsheet.Column.text("Kế hoạch, nguồn giao", 40),
                                Spreadsheet.Column.count("Tổng số", 10)),
                        List.of(List.of(1, "Chỉ đạo", 3), List.of(2, longName, 5)), "Tổng cộng")));
        try (XSSFWorkbook wb = written(s)) {
            XSSFSheet sh = wb.getSheetAt(0);
            XSSFRow shortRow = sh.getRow(rowOf(sh, "Chỉ đạo"));
            XSSFRow longRow = sh.getRow(rowOf(sh, longName));
            float normal = sh.getDefaultRowHeightInPoints();
            int lines = XlsxWriter.lines(longName, 40, 12, false);
            assertTrue(lines >= 2, "the name wraps: " + lines);
            assertTrue(longRow.getHeightInPoints() >= lines * 12 * 1.15, "room for every line: "
                    + longRow.getHeightInPoints());
            assertTrue(longRow.getHeightInPoints() > normal);
            assertTrue(shortRow.getHeightInPoints() <= Math.max(normal, 16.5f), "a one-line row keeps its height");
            assertTrue(sh.getRow(rowOf(sh, "STT")).getHeightInPoints() >= 2 * 12, "the header has room for two lines");
        }
        assertEquals(1, XlsxWriter.lines("Phê bình", 40, 12, false));
        assertEquals(2, XlsxWriter.lines("Phê bình\nKiểm điểm", 40, 12, false));
    }

    @Test
    void computedCellsAreFormulasThatEvaluateToTheirValues() throws IOException {
        List<List<Object>> rows = List.of(
                List.of("Tiếp nhận", new Spreadsheet.Sum(List.of(1, 2), 10), ""),
                List.of("Trực tuyến", 6, new Spreadsheet.Ratio(1, 1, 0, 1, 0.6)),
                List.of("Trực tiếp", 4, new Spreadsheet.Ratio(2, 1, 0, 1, 0.4)));
        List<List<Object>> data = new ArrayList<>();
        for (List<Object> r : rows) {
            data.add(new ArrayList<>(r));
        }
        data.get(0).set(2, null);
        Spreadsheet s = new Spreadsheet(new OfficialDocument.Issuer("", "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành"),
                List.of(new Spreadsheet.Sheet("Biểu 09", "Thủ tục hành chính", null,
                        List.of(Spreadsheet.Column.text("Chỉ tiêu", 40),
                                new Spreadsheet.Column("Số hồ sơ", Spreadsheet.Kind.INTEGER, 12, false),
                                new Spreadsheet.Column("Tỷ lệ", Spreadsheet.Kind.PERCENT, 12, false)), data, null)));
        try (XSSFWorkbook wb = written(s)) {
            XSSFSheet sh = wb.getSheetAt(0);
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            XSSFCell sum = sh.getRow(rowOf(sh, "Tiếp nhận")).getCell(1);
            assertEquals(CellType.FORMULA, sum.getCellType());
            assertEquals(10.0, eval.evaluate(sum).getNumberValue());
            assertEquals(10.0, sum.getNumericCellValue(), "cached for readers that do not recalculate");
            XSSFCell share = sh.getRow(rowOf(sh, "Trực tiếp")).getCell(2);
            assertEquals(CellType.FORMULA, share.getCellType());
            assertEquals(0.4, eval.evaluate(share).getNumberValue(), 1e-9);
            assertEquals("0.0%", share.getCellStyle().getDataFormatString());
        }
    }
}
