package vn.socongvu.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;

class TaskExportTest {
    @TempDir
    Path tmp;

    @Test
    void theFilteredListGoesToExcelAndWordWithEveryRow() throws Exception {
        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            LocalDate today = s.tasks().today();
            List<TaskRow> rows = s.tasks().list(TaskFilter.year(today.getYear(), today));
            assertTrue(rows.size() > 10, "the demo has tasks this year");

            Path xlsx = TaskExport.excel(s.settings(), rows, "Năm nay", tmp.resolve("usb/nhiem-vu.xlsx"), Progress.NONE);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                XSSFSheet sh = wb.getSheetAt(0);
                int header = 0;
                while (sh.getRow(header) == null || sh.getRow(header).getCell(0) == null
                        || !"STT".equals(sh.getRow(header).getCell(0).getStringCellValue())) {
                    header++;
                }
                assertEquals(rows.size(), sh.getLastRowNum() - header, "one line per task");
                var first = sh.getRow(header + 1);
                assertEquals(rows.get(0).content(), first.getCell(1).getStringCellValue());
                assertEquals(rows.get(0).leadUnit(), first.getCell(3).getStringCellValue());
                assertEquals(rows.get(0).state().label(), first.getCell(8).getStringCellValue());
                TaskRow dated = rows.stream().filter(r -> r.dueOn() != null).findFirst().orElseThrow();
                int i = rows.indexOf(dated);
                assertEquals(CellType.NUMERIC, sh.getRow(header + 1 + i).getCell(5).getCellType(), "dates are dates");
            }

            Path docx = TaskExport.word(s.settings(), s.tasks().today(), rows, "Năm nay", tmp.resolve("usb/phan-cong.docx"), Progress.NONE);
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
                XWPFTable t = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("STT"))
                        .findFirst().orElseThrow();
                assertEquals(rows.size() + 1, t.getNumberOfRows());
                assertTrue(t.getRow(0).isRepeatHeader());
                assertEquals(rows.get(0).content(), t.getRow(1).getCell(1).getText());
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("DANH SÁCH")));
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Phạm vi: Năm nay.")));
            }
        }
    }
}
