package vn.socongvu.staffimport;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills rows into a template the app wrote, as the clerk does in Excel (row 2 on, under the header). */
public final class FilledTemplate {
    private FilledTemplate() {
    }

    public static Path fill(Path template, Path target, List<List<String>> units, List<List<String>> staff)
            throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            put(wb.getSheet("Đơn vị"), units);
            put(wb.getSheet("Cán bộ"), staff);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private static void put(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (rows.get(r).get(c) != null) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
        }
    }
}
