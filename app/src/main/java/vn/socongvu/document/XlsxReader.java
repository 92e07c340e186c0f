package vn.socongvu.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the cells of an .xlsx as text, sheet by sheet, row by row, as the clerk sees them in Excel (a number as
 * shown, a formula's cached result): data for the caller to check, nothing evaluated. The same guards as a plan's
 * .docx: size, password, damage, parts that inflate too much.
 */
public final class XlsxReader {
    /** An .xlsx of a few thousand people is well under a megabyte. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    static {
        // POI's global settings, the same as for a plan's .docx (DocxText).
        ZipSecureFile.setMaxEntrySize(DocxText.MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(DocxText.MIN_INFLATE_RATIO);
    }

    /** A sheet: its name and its rows that hold something. */
    public record ReadSheet(String name, List<ReadRow> rows) {
    }

    /** A row: its number as Excel shows it (1 for the first) and its cells' text (blank cells as ""). */
    public record ReadRow(int number, List<String> cells) {
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private XlsxReader() {
    }

    /**
     * Every sheet of {@code file}, rows up to {@code maxRows} each (a sheet longer than that is refused).
     * @throws DocumentReadException when the file is missing, too big, not an .xlsx, protected, damaged or too long
     */
    public static List<ReadSheet> read(Path file, int maxRows) {
        DocumentFile.check(file, MAX_FILE_BYTES);
        Path name = DocumentFile.name(file);
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new DocumentReadException("document.read.io", e, name, String.valueOf(e.getMessage()));
        }
        if (magic == FileMagic.OLE2) {
            throw new DocumentReadException("document.xlsx.oldOrProtected", null, name);
        }
        if (magic != FileMagic.OOXML) {
            throw new DocumentReadException("document.xlsx.notExcel", null, name);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            DataFormatter format = new DataFormatter();
            List<ReadSheet> sheets = new ArrayList<>();
            for (Sheet s : wb) {
                List<ReadRow> rows = new ArrayList<>();
                for (Row r : s) {
                    if (r.getRowNum() >= maxRows) {
                        throw new DocumentReadException("document.xlsx.tooManyRows", null, name, s.getSheetName(),
                                maxRows);
                    }
                    List<String> cells = new ArrayList<>();
                    boolean any = false;
                    for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                        Cell cell = r.getCell(c);
                        String v = cell == null ? "" : format.formatCellValue(cell).strip();
                        any |= !v.isEmpty();
                        cells.add(v);
                    }
                    if (any) {
                        rows.add(new ReadRow(r.getRowNum() + 1, List.copyOf(cells)));
                    }
                }
                sheets.add(new ReadSheet(s.getSheetName(), List.copyOf(rows)));
            }
            return List.copyOf(sheets);
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException("document.xlsx.oldOrProtected", e, name);
        } catch (DocumentReadException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (DocxText.inflatedTooMuch(e)) {
                throw new DocumentReadException("document.read.bomb", e, name);
            }
            if (e instanceof InvalidFormatException) {
                throw new DocumentReadException("document.xlsx.notExcel", e, name);
            }
            throw new DocumentReadException("document.read.corrupt", e, name);
        }
    }
}
