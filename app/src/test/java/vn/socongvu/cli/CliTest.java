package vn.socongvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.staffimport.FilledTemplate;
import vn.socongvu.storage.DataFolder;

class CliTest extends CliRun {
    @TempDir
    Path tmp;

    @Test
    void helpListsTheSubcommandsInVietnamese() {
        assertEquals(0, run("--help"));
        String text = out.toString();
        assertTrue(text.contains("Cách dùng: socongvu"), text);
        assertTrue(text.contains("demo") && text.contains("screenshots"), text);
        assertTrue(text.contains("--data-dir"), text);
        assertTrue(text.contains("Tạo dữ liệu mẫu"), text);
    }

    @Test
    void screenshotsNeedAFolderForThePicturesUnlessTheyWriteNone() {
        assertEquals(2, run("screenshots", "--data-dir", tmp.toString()));
        assertTrue(err.toString().contains("Thiếu --out") && err.toString().contains("--no-pictures"), err.toString());
    }

    @Test
    void aSubcommandIsBuiltAloneAndAnythingElseGetsThemAll() {
        assertEquals(List.of("report"),
                List.copyOf(RootCommand.commandLineFor("report", "--kind", "year").getSubcommands().keySet()));
        List<String> all = List.of("demo", "backup", "restore", "screenshots", "sample-documents",
                "report", "evaluation", "export-data", "import-data", "aot-cache", "import-plan", "staff-template",
                "import-staff", "copy-to-server");
        assertEquals(all, List.copyOf(RootCommand.commandLineFor("--help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(RootCommand.commandLineFor("--data-dir", "x", "report").getSubcommands()
                .keySet()), "the main command's option first");
        assertEquals(all, List.copyOf(RootCommand.commandLineFor("bao-cao").getSubcommands().keySet()));
        // Alone, a subcommand reads its help and its mistakes as before.
        assertEquals(0, run("report", "--help"));
        assertTrue(out.toString().contains("Cách dùng: socongvu report"), out.toString());
        assertEquals(2, run("bao-cao"));
        assertTrue(err.toString().contains("bao-cao"), err.toString());
    }

    @Test
    void versionNamesTheApp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Sổ Công Vụ "), out.toString());
    }

    @Test
    void demoFillsAnEmptyFolderAndRefusesAFullOne() {
        assertEquals(0, run("demo", "--data-dir", tmp.toString(), "--years", "2"));
        assertTrue(out.toString().contains("Đã tạo dữ liệu mẫu"), out.toString());
        try (Services s = TestServices.empty(tmp)) {
            assertEquals(40, s.directory().staff().size());
        }
        assertEquals(2, run("demo", "--data-dir", tmp.toString()));
        assertTrue(err.toString().contains("còn trống"), err.toString());
    }

    @Test
    void importPlanPrintsWhatItFoundAsTextOrJsonAndSavesUnlessADryRun() throws Exception {
        Path plan = Path.of(CliTest.class.getResource("/plans/plan-dan-tien-2026-chan-chinh-le-loi.txt").toURI());
        Path data = tmp.resolve("data");
        assertEquals(0, run("import-plan", plan.toString(), "--data-dir", data.toString(), "--dry-run", "--json"));
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toString());
        assertEquals("Mông Thị Tuyết Nhung", json.get("signer").get("value").asString());
        assertEquals(3, json.get("targets").size());
        assertEquals("REDUCE_BY", json.get("targets").get(0).get("comparison").asString());
        var centre = json.get("tasks").get(1).get("children").get(2).get("children").get(0);
        assertEquals("Trung tâm Dịch vụ tổng hợp xã", centre.get("lead").get("name").asString(),
                "an empty directory: the unit as written, to be added");
        assertTrue(centre.get("lead").get("new").asBoolean());
        assertEquals("2026-12-31", centre.get("deadline").asString());
        assertEquals("LOW", centre.get("scheduleConfidence").asString());
        try (Services s = TestServices.empty(data)) {
            assertEquals(0, s.plans().plans(null, true).size(), "a dry run saves nothing");
        }

        out.getBuffer().setLength(0);
        assertEquals(0, run("import-plan", plan.toString(), "--data-dir", data.toString()));
        assertTrue(out.toString().contains("Chủ trì: Phòng Văn hóa - Xã hội xã (đơn vị mới)"), out.toString());
        assertTrue(out.toString().contains("Đã lưu kế hoạch"), out.toString());
        try (Services s = TestServices.empty(data)) {
            assertEquals(1, s.plans().plans(null, true).size());
            assertEquals(2, s.directory().units().size(),
                    "the two units the plan names; \"Các cơ quan chuyên môn, đơn vị\" is not one");
        }

        Path notWord = Files.writeString(tmp.resolve("plan.docx"), "không phải Word");
        assertEquals(2, run("import-plan", notWord.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("không phải văn bản Word"), err.toString());
    }

    @Test
    void staffTemplateThenImportStaffAddsThePeopleOrPrintsEveryProblem() throws Exception {
        Path data = tmp.resolve("data");
        try (Services s = TestServices.binhThanh(data, LocalDate.of(2026, 3, 2))) {
            assertTrue(s.settings().isSetUp());
        }
        assertEquals(0, run("staff-template", "--out", tmp.toString(), "--data-dir", data.toString()));
        Path template = tmp.resolve("mau-nhap-can-bo.xlsx");
        assertTrue(out.toString().contains("Đã ghi mẫu nhập đơn vị và cán bộ: " + template), out.toString());
        Path filled = FilledTemplate.fill(template, tmp.resolve("can-bo.xlsx"),
                List.of(List.of("Xóm Bãi", "", "Thôn, xóm", "", "")),
                List.of(List.of("Đỗ Văn Nam", "Xóm Bãi", "Trưởng xóm", "Người lao động", "Có", "", "")));
        assertEquals(0, run("import-staff", "--file", filled.toString(), "--data-dir", data.toString()));
        assertTrue(out.toString().contains("Đã thêm 1 đơn vị và 1 người vào Danh mục."), out.toString());
        try (Services s = Services.open(data)) {
            assertTrue(s.directory().staff().stream().anyMatch(p -> p.fullName().equals("Đỗ Văn Nam")));
        }

        Path bad = FilledTemplate.fill(template, tmp.resolve("loi.xlsx"), List.of(),
                List.of(List.of("Phan Văn Tú", "Xóm Bãi", "", "Hợp đồng", "", "", "")));
        assertEquals(2, run("import-staff", "--file", bad.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("Tệp loi.xlsx chưa được nhập vì có 1 lỗi"), err.toString());
        assertTrue(err.toString().contains("Trang Cán bộ, dòng 2, cột Đối tượng: \"Hợp đồng\" không có trong danh sách"),
                err.toString());
    }

    @Test
    void theWindowStartIsRecognisedWithoutPicocliAndEverythingElseGoesToIt() {
        assertEquals(DataFolder.defaultLocation(), RootCommand.windowDataDir());
        assertEquals(Path.of("/tmp/so thu"), RootCommand.windowDataDir("--data-dir", "/tmp/so thu"));
        assertEquals(Path.of("/tmp/so-thu"), RootCommand.windowDataDir("--data-dir=/tmp/so-thu"));
        // Anything else is picocli's to parse, help and errors included.
        for (String[] args : new String[][] {{"--data-dir"}, {"--data-dir="}, {"--data-dir", " "}, {"--help"},
                {"--version"}, {"demo"}, {"--data-dir", "/tmp/x", "demo"}, {"--datadir", "/tmp/x"}, {"demoo"},
                {"/tmp/a.scvbak", "/tmp/b.scvbak"}, {"--data-dir", "/tmp/x", "--data-dir", "/tmp/y"},
                {"/tmp/a.scvbak", "demo"}, {"/tmp/a.scvbak", "--help"}}) {
            assertEquals(null, RootCommand.windowStart(args), String.join(" ", args));
            assertEquals(null, RootCommand.windowDataDir(args), String.join(" ", args));
        }
    }

    @Test
    void aFileOpenedWithTheAppStartsTheWindowWithIt() throws Exception {
        Path backup = Path.of("/home/van thu/USB/Bản sao lưu.scvbak");
        // Linux's .desktop %f, Windows' file association: the path alone; the data folder before or after it.
        assertEquals(new RootCommand.WindowStart(DataFolder.defaultLocation(), false, backup),
                RootCommand.windowStart(backup.toString()));
        assertEquals(new RootCommand.WindowStart(Path.of("/tmp/so thu"), true, backup),
                RootCommand.windowStart("--data-dir", "/tmp/so thu", backup.toString()));
        assertEquals(new RootCommand.WindowStart(Path.of("/tmp/so-thu"), true, backup),
                RootCommand.windowStart(backup.toString(), "--data-dir=/tmp/so-thu"));
        // a file: URI (a file manager's %u) and a relative path, taken from the current folder
        assertEquals(backup, RootCommand.windowStart(backup.toUri().toString()).file());
        assertEquals(Path.of("Ban sao.scvbak").toAbsolutePath(), RootCommand.windowStart("Ban sao.scvbak").file());
        // any file: the window says what it is (not a backup, missing)
        Path existing = Files.writeString(tmp.resolve("ghi-chu"), "x");
        assertEquals(existing, RootCommand.windowStart(existing.toString()).file());
        assertEquals(Path.of("/tmp/x"), RootCommand.windowStart("/tmp/x").file());
        assertEquals(null, RootCommand.windowDataDir(backup.toString()), "not a start with a folder alone");
        // the plain starts carry no file
        assertEquals(new RootCommand.WindowStart(DataFolder.defaultLocation(), false, null), RootCommand.windowStart());
        assertEquals(new RootCommand.WindowStart(Path.of("/tmp/d"), true, null),
                RootCommand.windowStart("--data-dir", "/tmp/d"));
    }

    @Test
    void dataDirMayComeBeforeTheSubcommand() {
        assertEquals(0, run("--data-dir", tmp.toString(), "demo"));
        assertTrue(out.toString().contains(tmp.toString()), out.toString());
    }

    @Test
    void backupThenRestoreFromTheCommandLine() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, run("demo", "--data-dir", data.toString()));
        assertEquals(0, run("backup", "--data-dir", data.toString(), "--to", tmp.resolve("usb").toString()));
        assertTrue(out.toString().contains("Đã sao lưu và kiểm tra"), out.toString());
        Path file;
        try (var files = Files.list(tmp.resolve("usb"))) {
            file = files.findFirst().orElseThrow();
        }
        Path other = tmp.resolve("other");
        assertEquals(0, run("restore", "--data-dir", other.toString(), "--from", file.toString(), "--yes"));
        assertTrue(out.toString().contains("Bản sao lưu của xã Bình Thành"), out.toString());
        try (Services s = TestServices.empty(other)) {
            assertEquals(40, s.directory().staff().size());
        }
        // A file that is not a backup: a clear message and the storage exit code.
        Path junk = Files.writeString(tmp.resolve("junk.scvbak"), "x");
        assertEquals(3, run("restore", "--data-dir", other.toString(), "--from", junk.toString(), "--yes"));
        assertTrue(err.toString().contains("không phải là bản sao lưu"), err.toString());
    }

    @Test
    void reportWritesTheFilesOfAPeriodAndSaysWhere() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, run("demo", "--data-dir", data.toString(), "--years", "1"));
        int year = LocalDate.now().getYear();
        Path usb = tmp.resolve("usb");
        assertEquals(0, run("report", "--kind", "quarter", "--period", year + "-Q1", "--out", usb.toString(),
                "--data-dir", data.toString()), err.toString());
        Path docx = usb.resolve("bao-cao-quy-i-nam-" + year + ".docx");
        Path xlsx = usb.resolve("bieu-so-lieu-quy-i-nam-" + year + ".xlsx");
        assertTrue(Files.size(docx) > 5000);
        assertTrue(Files.size(xlsx) > 5000);
        assertTrue(out.toString().contains(docx.toAbsolutePath().toString()), out.toString());
        assertTrue(out.toString().contains("tình trạng tính đến"), out.toString());

        assertEquals(0, run("report", "--kind", "nine-months", "--period", Integer.toString(year), "--format", "xlsx",
                "--out", usb.toString(), "--data-dir", data.toString()), err.toString());
        assertTrue(Files.exists(usb.resolve("bieu-so-lieu-9-thang-dau-nam-" + year + ".xlsx")));
        assertFalse(Files.exists(usb.resolve("bao-cao-9-thang-dau-nam-" + year + ".docx")), "only the format asked for");

        assertEquals(2, run("report", "--kind", "quarter", "--period", Integer.toString(year), "--out", usb.toString(),
                "--data-dir", data.toString()));
        assertTrue(err.toString().contains("-Q3"), err.toString());
        assertEquals(2, run("report", "--kind", "month", "--period", Integer.toString(year), "--out", usb.toString(),
                "--data-dir", data.toString()));
        assertTrue(err.toString().contains("nine-months"), err.toString());
        assertEquals(2, run("report", "--kind", "year", "--period", Integer.toString(year), "--format", "pdf",
                "--out", usb.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("pdf"), err.toString());
    }

    @Test
    void reportWarnsOfWhatIsStillEmptyAndWithStrictWritesNothing() throws Exception {
        Path data = tmp.resolve("data");
        TestServices.binhThanh(data, LocalDate.of(2026, 11, 20)).close();
        Path usb = tmp.resolve("usb");
        assertEquals(2, run("report", "--kind", "year", "--period", "2026", "--out", usb.toString(), "--strict",
                "--data-dir", data.toString()));
        String refused = err.toString();
        assertTrue(refused.startsWith("Lỗi: báo cáo còn để trống, không ghi tệp nào (--strict):"), refused);
        assertTrue(refused.contains("\n  - Chưa cấp số") && refused.contains("\n  - I. Công tác tuyên truyền: chưa viết")
                && refused.contains("\n  - Số liệu thủ tục hành chính chưa nhập"), refused);
        assertFalse(Files.exists(usb), "nothing written, not even the folder");
        try (Services s = TestServices.empty(data)) {
            assertEquals(null, s.reports().open(ReportPeriod.of(ReportKind.YEAR, 2026)).id(), "nothing saved");
        }

        err.getBuffer().setLength(0);
        assertEquals(0, run("report", "--kind", "year", "--period", "2026", "--out", usb.toString(),
                "--data-dir", data.toString()));
        String warned = err.toString();
        assertTrue(warned.startsWith("Cảnh báo: báo cáo còn để trống (vẫn xuất; thêm --strict"), warned);
        assertTrue(warned.contains("\n  - III. Kết quả nổi bật, ưu điểm: chưa viết, in dòng chấm để điền tay."), warned);
        assertTrue(Files.exists(usb.resolve("bao-cao-nam-2026.docx")));
        assertFalse(out.toString().contains("Chưa cấp số"), "stdout has the files and the summary alone");
    }

    @Test
    void badArgumentsGetAVietnameseMessageAndUsage() {
        assertEquals(2, run("demo", "--size", "HUGE", "--data-dir", tmp.toString()));
        assertTrue(err.toString().contains("Giá trị không hợp lệ"), err.toString());
        assertTrue(err.toString().contains("Cách dùng:"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("Không hiểu tham số"), err.toString());
    }
}
