package vn.socongvu.staffimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentReadException;
import vn.socongvu.exchange.ImportRefusedException;

class DirectoryImportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;

    private Path filled(Services s, List<List<String>> units, List<List<String>> staff) throws Exception {
        Path template = tmp.resolve("mau.xlsx");
        s.directoryImport().writeTemplate(template);
        return FilledTemplate.fill(template, tmp.resolve("da-dien-" + System.nanoTime() + ".xlsx"), units, staff);
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void theTemplateTheAppWritesImportsBackAfterFillingRows() throws Exception {
        try (Services s = TestServices.binhThanh(tmp.resolve("data"), TODAY)) {
            int unitsBefore = s.directory().units().size();
            Path file = filled(s,
                    List.of(row("Xóm Đồng Tâm", "", "Thôn, xóm", "", ""),
                            row("Tổ công nghệ số cộng đồng", "Tổ CNS", "khac", "0208 3123 456", "Thành lập 2025")),
                    List.of(row("Trần Thị Bình", "Xóm Đồng Tâm", "Trưởng xóm", "Người lao động", "Có", "0912 345 678", ""),
                            row("Lê Văn Cường", "PHÒNG KINH TẾ", "Chuyên viên", "công chức", "", "", "cuong@example.vn"),
                            row("Phạm Thu Hà", "to cong nghe so cong dong", null, "Viên chức", "Không", null, null),
                            row("Hoàng Văn Tú", "phong van hoa - xa hoi", "Công chức văn hóa - xã hội", "Công chức",
                                    "", "", "")));
            DirectoryImport.Outcome o = s.directoryImport().importFile(file, Progress.NONE);

            assertEquals(List.of("Xóm Đồng Tâm", "Tổ công nghệ số cộng đồng"), o.unitsAdded());
            assertEquals(4, o.staffAdded());
            assertEquals(unitsBefore + 2, s.directory().units().size());
            Map<String, Staff> byName = s.directory().staff().stream()
                    .collect(Collectors.toMap(Staff::fullName, Function.identity()));
            Staff binh = byName.get("Trần Thị Bình");
            assertEquals("Xóm Đồng Tâm", binh.unitName());
            assertEquals(StaffCategory.NGUOI_LAO_DONG, binh.category());
            assertTrue(binh.leader());
            assertEquals("0912 345 678", binh.phone(), "a phone number keeps its leading 0");
            Staff cuong = byName.get("Lê Văn Cường");
            assertEquals("Phòng Kinh tế", cuong.unitName(), "an existing unit found whatever its case and accents");
            assertEquals(StaffCategory.CONG_CHUC, cuong.category());
            assertFalse(cuong.leader());
            assertEquals("Tổ công nghệ số cộng đồng", byName.get("Phạm Thu Hà").unitName());
            assertEquals("Phòng Văn hóa – Xã hội", byName.get("Hoàng Văn Tú").unitName(),
                    "the hyphen a clerk types is the directory's dash");
            Unit team = s.directory().units().stream().filter(u -> u.name().startsWith("Tổ")).findFirst().orElseThrow();
            assertEquals(UnitKind.OTHER, team.kind());
            assertEquals("Tổ CNS", team.shortName());
            assertFalse(s.directory().history(DirectoryService.STAFF, binh.id()).isEmpty(), "each person audited");
            assertFalse(s.directory().history(DirectoryService.UNIT, team.id()).isEmpty(), "each unit audited");
            assertTrue(o.lines().getFirst().contains("2 đơn vị và 4 người"), o.lines().toString());
        }
    }

    @Test
    void whatAlreadyExistsIsKeptAndTheSameFileTwiceAddsNothing() throws Exception {
        try (Services s = TestServices.binhThanh(tmp.resolve("data"), TODAY)) {
            Path file = filled(s,
                    List.of(row("Phòng Kinh tế", "", "Phòng chuyên môn", "", ""), row("Xóm Bãi", "", "Thôn, xóm", "", "")),
                    List.of(row("Nguyễn Văn Hùng", "Lãnh đạo HĐND và UBND xã", "Chủ tịch UBND xã", "Cán bộ", "Có", "", ""),
                            row("Đỗ Văn Nam", "Xóm Bãi", "Trưởng xóm", "Người lao động", "Có", "", "")));
            DirectoryImport.Outcome first = s.directoryImport().importFile(file, Progress.NONE);
            assertEquals(List.of("Xóm Bãi"), first.unitsAdded());
            assertEquals(List.of("Phòng Kinh tế"), first.unitsKept());
            assertEquals(1, first.staffAdded());
            assertEquals(List.of("Nguyễn Văn Hùng – Lãnh đạo HĐND và UBND xã"), first.staffKept(),
                    "the chairman the setup made is kept, not added twice");
            int units = s.directory().units().size();
            int staff = s.directory().staff().size();

            DirectoryImport.Outcome again = s.directoryImport().importFile(file, Progress.NONE);
            assertEquals(List.of(), again.unitsAdded());
            assertEquals(0, again.staffAdded());
            assertEquals(units, s.directory().units().size());
            assertEquals(staff, s.directory().staff().size());
        }
    }

    @Test
    void everyProblemIsNamedByRowAndColumnAndNothingIsSaved() throws Exception {
        try (Services s = TestServices.binhThanh(tmp.resolve("data"), TODAY)) {
            Unit stopped = s.directory().saveUnit(new Unit.Draft(null, "Xóm Cũ", null, UnitKind.HAMLET, null, null));
            s.directory().deactivateUnit(stopped.id());
            Map<String, String> before = TestServices.recordChecksums(s);
            Path file = filled(s,
                    List.of(row("Xóm Mới", "", "Làng", "", ""),                       // row 2: unknown kind
                            row("", "XM", "Thôn, xóm", "", ""),                        // row 3: no name
                            row("xom moi", "", "Thôn, xóm", "", ""),                   // row 4: same as row 2
                            row("Xóm Cũ", "", "Thôn, xóm", "", ""),                    // row 5: stopped unit
                            row("Xóm Đông", "", "Thôn, xóm", "abc", "")),              // row 6: bad phone
                    List.of(row("Trần Văn A", "Xóm Đông", "Trưởng xóm", "Hợp đồng", "", "", ""),   // 2: category
                            row("Trần Văn B", "Xóm Tây", "", "Cán bộ", "", "", ""),               // 3: unknown unit
                            row("", "Xóm Đông", "", "Cán bộ", "", "", ""),                        // 4: no name
                            row("Trần Văn C", "Xóm Đông", "", "Cán bộ", "Có lẽ", "", ""),         // 5: leader
                            row("Trần Văn D", "Xóm Đông", "", "Cán bộ", "", "", "d@"),            // 6: email
                            row("Trần Văn D", "xom dong", "", "Cán bộ", "", "", ""),              // 7: same person
                            row("Trần Văn E", "Xóm Cũ", "", "Cán bộ", "", "", ""),                // 8: stopped unit
                            row("Trần Văn G", "Xóm Đông", "x".repeat(121), "Cán bộ", "", "", ""))); // 9: too long
            DirectoryImportRefused e = assertThrows(DirectoryImportRefused.class,
                    () -> s.directoryImport().importFile(file, Progress.NONE));
            List<String> p = e.problems();
            assertHas(p, "Trang Đơn vị, dòng 2, cột Loại đơn vị: \"Làng\" không có trong danh sách");
            assertHas(p, "Trang Đơn vị, dòng 3, cột Tên đơn vị: Hãy nhập tên đơn vị.");
            assertHas(p, "Trang Đơn vị, dòng 4, cột Tên đơn vị: đơn vị \"xom moi\" đã có ở dòng 2");
            assertHas(p, "Trang Đơn vị, dòng 5, cột Tên đơn vị: đơn vị \"Xóm Cũ\" đã có trong Danh mục nhưng đang ngừng");
            assertHas(p, "Trang Đơn vị, dòng 6, cột Điện thoại:");
            assertHas(p, "Trang Cán bộ, dòng 2, cột Đối tượng: \"Hợp đồng\" không có trong danh sách");
            assertHas(p, "Trang Cán bộ, dòng 3, cột Đơn vị: không có đơn vị \"Xóm Tây\"");
            assertHas(p, "Trang Cán bộ, dòng 4, cột Họ và tên: Hãy nhập họ và tên.");
            assertHas(p, "Trang Cán bộ, dòng 5, cột Lãnh đạo: \"Có lẽ\" không rõ");
            assertHas(p, "Trang Cán bộ, dòng 6, cột Thư điện tử:");
            assertHas(p, "Trang Cán bộ, dòng 7, cột Họ và tên: Trần Văn D (Xóm Đông) đã có ở dòng 6");
            assertHas(p, "Trang Cán bộ, dòng 8, cột Đơn vị: Đơn vị \"Xóm Cũ\" đang ngừng hoạt động");
            assertHas(p, "Trang Cán bộ, dòng 9, cột Chức vụ:");
            assertEquals(13, p.size(), String.join("\n", p));
            assertTrue(e.userMessage().startsWith("Tệp " + file.getFileName() + " chưa được nhập vì có 13 lỗi"));
            assertEquals(before, TestServices.recordChecksums(s), "nothing saved, not even the good rows");
        }
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)),
                "expected a problem starting «" + start + "» in:\n" + String.join("\n", problems));
    }

    @Test
    void aWorkbookWithoutTheTemplatesSheetsOrColumnsIsRefused() throws Exception {
        try (Services s = TestServices.binhThanh(tmp.resolve("data"), TODAY)) {
            Path other = tmp.resolve("khac.xlsx");
            try (var wb = new XSSFWorkbook(); var out = Files.newOutputStream(other)) {
                wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Họ tên");
                wb.createSheet("Cán bộ").createRow(0).createCell(0).setCellValue("Họ và tên");
                wb.write(out);
            }
            DirectoryImportRefused e = assertThrows(DirectoryImportRefused.class,
                    () -> s.directoryImport().importFile(other, Progress.NONE));
            assertHas(e.problems(), "Trang Cán bộ thiếu cột \"Đơn vị\"");
            assertHas(e.problems(), "Trang Cán bộ thiếu cột \"Đối tượng\"");

            Path text = Files.writeString(tmp.resolve("danh-sach.xlsx"), "Nguyễn Văn A", StandardCharsets.UTF_8);
            DocumentReadException notExcel = assertThrows(DocumentReadException.class,
                    () -> s.directoryImport().importFile(text, Progress.NONE));
            assertTrue(notExcel.userMessage().contains("không phải bảng tính Excel"), notExcel.userMessage());
        }
    }

    @Test
    void theDirectoryOfADataFileIsMergedWithTheSameChecks() throws Exception {
        Path exported;
        try (Services demo = TestServices.demo(tmp.resolve("demo"))) {
            exported = demo.exchange().export(tmp.resolve("du-lieu.json"), Progress.NONE).file();
        }
        try (Services s = TestServices.binhThanh(tmp.resolve("data"), TODAY)) {
            int unitsBefore = s.directory().units().size();
            DirectoryImport.Outcome o = s.directoryImport().importFile(exported, Progress.NONE);
            assertTrue(o.unitsKept().contains("Phòng Kinh tế"), "the typical units both have are kept");
            assertTrue(o.unitsAdded().stream().anyMatch(n -> n.startsWith("Xóm ")), "the hamlets are added");
            assertEquals(unitsBefore + o.unitsAdded().size(), s.directory().units().size());
            assertTrue(o.staffKept().contains("Nguyễn Văn Hùng – Lãnh đạo HĐND và UBND xã"));
            assertTrue(o.staffAdded() > 30, "the demo's people added: " + o.staffAdded());
            assertTrue(s.directory().staff().stream().anyMatch(p -> p.fullName().equals("Hoàng Thị Thu Hà")));
            assertEquals(0, s.directoryImport().importFile(exported, Progress.NONE).staffAdded(), "merged once");
        }
    }

    @Test
    void aBrokenOrForeignDataFileIsRefusedAndNothingSaved() throws Exception {
        try (Services s = TestServices.binhThanh(tmp.resolve("data"), TODAY)) {
            Map<String, String> before = TestServices.recordChecksums(s);
            Path foreign = Files.writeString(tmp.resolve("khac.json"), "{\"tables\": {}}");
            assertThrows(ImportRefusedException.class, () -> s.directoryImport().importFile(foreign, Progress.NONE));
            Path bad = Files.writeString(tmp.resolve("hong.json"), """
                    {"format": "socongvu-data", "formatVersion": 1, "schemaVersion": 9, "tables": {
                    "unit": [
                    {"id": 1, "name": "Xóm A", "short_name": null, "kind": "HAMLET", "active": true},
                    {"id": 2, "name": "Xóm B", "short_name": null, "kind": "NHA_MAY", "active": true}],
                    "staff": [
                    {"id": 1, "full_name": "Lê Văn A", "unit_id": 1, "category": "CAN_BO", "leader": false, "active": true},
                    {"id": 2, "full_name": "Lê Văn B", "unit_id": 7, "category": "CAN_BO", "leader": false, "active": true}]
                    }}
                    """);
            DirectoryImportRefused e = assertThrows(DirectoryImportRefused.class,
                    () -> s.directoryImport().importFile(bad, Progress.NONE));
            assertHas(e.problems(), "Dòng 4 của tệp (đơn vị), cột kind: \"NHA_MAY\" không có trong danh sách");
            assertHas(e.problems(), "Dòng 7 của tệp (cán bộ), cột unit_id: đơn vị id 7 không có trong tệp");
            assertEquals(2, e.problems().size(), e.problems().toString());
            assertEquals(before, TestServices.recordChecksums(s));
        }
    }
}
