package vn.socongvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocxText;
import vn.socongvu.document.Nd30Rules;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.document.XlsxReader;
import vn.socongvu.evaluation.EvaluationDocuments;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationSheet;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.YearSheet;
import vn.socongvu.settings.SignAuthority;

/**
 * {@code socongvu evaluation} on a demo commune: the files of a quarter (the table and a phiếu per person, each
 * holding the figures the service computes and within the rules of Nghị định 30), of one unit, of a month, of the year; and every mistake refused in one
 * Vietnamese line with exit code 2, nothing written.
 */
class EvaluationCommandTest extends CliRun {
    @TempDir
    static Path shared;
    static Path data;
    static int year;

    @TempDir
    Path tmp;

    @BeforeAll
    static void demo() {
        data = shared.resolve("data");
        year = LocalDate.now().getYear();
        TestServices.demo(data).close();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String text(Path docx) {
        return String.join("\n", DocxText.read(docx).stream().map(TextParagraph::displayed)
                .map(t -> Normalizer.normalize(t, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ")).toList());
    }

    @Test
    void aQuarterGivesTheTableAndAPhieuPerPersonWithTheServicesFigures() throws Exception {
        EvaluationPeriod q1 = EvaluationPeriod.quarter(year, 1);
        Path usb = tmp.resolve("usb");
        assertEquals(0, run("evaluation", "--period", year + "-Q1", "--out", usb.toString(), "--data-dir",
                data.toString()), err.toString());
        EvaluationSheet sheet;
        String chairman;
        try (Services s = TestServices.empty(data)) {
            sheet = s.evaluation().sheet(q1, null);
            chairman = s.settings().signers().stream().filter(x -> x.authority() == SignAuthority.TM).findFirst()
                    .orElseThrow().fullName();
        }
        assertFalse(sheet.people().isEmpty());
        List<Path> written = files(usb);
        assertEquals(sheet.people().size() + 1, written.size(), written::toString);
        Path table = usb.resolve("bang-danh-gia-quy-i-nam-" + year + ".xlsx");
        assertTrue(written.contains(table), written::toString);
        assertTrue(out.toString().contains(table.toAbsolutePath().toString()), out.toString());
        assertTrue(out.toString().contains("Đã ghi " + written.size() + " tệp đánh giá quý I năm " + year
                + " (toàn cơ quan)"), out.toString());

        List<XlsxReader.ReadRow> rows = XlsxReader.read(table, 5000).getFirst().rows();
        for (PersonScore p : sheet.people()) {
            Path phieu = usb.resolve(EvaluationDocuments.personFileName(q1, p));
            String t = text(phieu);
            // The chairman is assessed above the commune: the assessor's name is left to write by hand.
            boolean above = p.fullName().equals(chairman);
            assertEquals(above, t.endsWith("NGƯỜI ĐÁNH GIÁ CẤP CÓ THẨM QUYỀN"), t);
            assertEquals(above ? List.of("signature") : List.of(), Nd30Rules.check(Files.readAllBytes(phieu)).stream()
                    .map(Nd30Rules.Violation::rule).toList(), phieu.toString());
            assertTrue(t.contains("Họ và tên: " + p.fullName()) && t.contains("quý I năm " + year), t);
            assertTrue(t.contains("NGƯỜI ĐƯỢC ĐÁNH GIÁ") && t.contains("NGƯỜI ĐÁNH GIÁ"), t);
            XlsxReader.ReadRow row = rows.stream().filter(r -> r.cells().contains(p.fullName())).findFirst()
                    .orElseThrow(() -> new AssertionError(p.fullName() + " not in the table"));
            if (p.rated()) {
                assertTrue(t.contains("Xếp loại: " + p.rating().label() + "."), p.fullName() + ": " + t);
                assertTrue(row.cells().contains(p.rating().shortLabel()), row.toString());
            } else {
                assertTrue(t.contains("Chưa xếp loại"), t);
                assertTrue(row.cells().contains("Chưa đánh giá"), row.toString());
            }
        }
        // The ceiling sheet flags exactly the units and groups the service warns of.
        List<String> flagged = XlsxReader.read(table, 5000).get(1).rows().stream()
                .filter(r -> r.cell(6).startsWith("Vượt")).map(r -> r.cell(1) + " / " + r.cell(2)).sorted().toList();
        assertEquals(sheet.warnings().stream().map(w -> w.unitName() + " / " + w.group()).sorted().toList(), flagged);
        // The demo's quarter has people rated with their products listed.
        assertTrue(sheet.people().stream().anyMatch(p -> p.rated() && !p.products().isEmpty()));
    }

    @Test
    void oneUnitAMonthAndTheYear() throws Exception {
        Unit unit;
        YearSheet whole;
        try (Services s = TestServices.empty(data)) {
            EvaluationSheet all = s.evaluation().sheet(EvaluationPeriod.quarter(year, 1), null);
            long unitId = all.people().stream().filter(PersonScore::rated).findFirst().orElseThrow().unitId();
            unit = s.directory().unit(unitId).orElseThrow();
            whole = s.evaluation().year(year, null);
        }
        Path usb = tmp.resolve("usb");
        assertEquals(0, run("evaluation", "--period", year + "-03", "--unit", unit.name().toUpperCase(), "--out",
                usb.toString(), "--data-dir", data.toString()), err.toString());
        List<Path> written = files(usb);
        try (Services s = TestServices.empty(data)) {
            EvaluationSheet march = s.evaluation().sheet(EvaluationPeriod.month(year, 3), unit.id());
            assertEquals(march.people().size() + 1, written.size(), written::toString);
            assertTrue(march.people().stream().allMatch(p -> p.unitId() == unit.id()));
        }
        assertTrue(written.stream().anyMatch(f -> f.getFileName().toString().startsWith("bang-danh-gia-thang-3-nam-"
                + year + "-")), written::toString);
        assertTrue(out.toString().contains("tháng 3 năm " + year + " (" + unit.name() + ")"), out.toString());

        Path yearDir = tmp.resolve("year");
        assertEquals(0, run("evaluation", "--period", Integer.toString(year), "--out", yearDir.toString(),
                "--data-dir", data.toString()), err.toString());
        assertEquals(List.of(yearDir.resolve("tong-hop-danh-gia-nam-" + year + ".docx"),
                yearDir.resolve("tong-hop-danh-gia-nam-" + year + ".xlsx")), files(yearDir));
        String report = text(yearDir.resolve("tong-hop-danh-gia-nam-" + year + ".docx"));
        long rated = whole.people().stream().filter(p -> p.rated()).count();
        assertTrue(report.contains("được đánh giá, xếp loại: " + rated + " người"), report);
        assertTrue(report.contains("TM. ỦY BAN NHÂN DÂN"), report);
        whole.people().forEach(p -> assertTrue(report.contains(p.fullName()), p.fullName()));
    }

    @Test
    void mistakesAreOneVietnameseLineAndWriteNothing() throws Exception {
        Path usb = tmp.resolve("usb");
        assertEquals(2, run("evaluation", "--period", year + "-Q5", "--out", usb.toString(), "--data-dir",
                data.toString()));
        assertTrue(err.toString().startsWith("Lỗi: Kỳ đánh giá \"" + year + "-Q5\" không hợp lệ"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluation", "--period", (year + 1) + "-Q1", "--out", usb.toString(), "--data-dir",
                data.toString()));
        assertTrue(err.toString().startsWith("Lỗi: Kỳ quý I năm " + (year + 1) + " chưa bắt đầu (từ ngày 01/01/"
                + (year + 1) + ")"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluation", "--period", year + "-Q1", "--unit", "Phòng Không Có", "--out",
                usb.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().startsWith("Lỗi: Không có đơn vị \"Phòng Không Có\""), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluation", "--period", year + "-Q1", "--unit", "Phòng", "--out",
                usb.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().startsWith("Lỗi: \"Phòng\" khớp với nhiều đơn vị ("), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluation", "--period", year + "-Q1", "--data-dir", data.toString()));
        assertTrue(err.toString().startsWith("Lỗi: Thiếu tham số bắt buộc: --out"), err.toString());
        assertFalse(Files.exists(usb), "nothing written, not even the folder");

        err.getBuffer().setLength(0);
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertEquals(3, run("evaluation", "--period", year + "-Q1", "--out", file.resolve("usb").toString(),
                "--data-dir", data.toString()));
        assertTrue(err.toString().startsWith("Lỗi: Không tạo được thư mục"), err.toString());

        err.getBuffer().setLength(0);
        Path empty = tmp.resolve("empty");
        TestServices.empty(empty).close();
        assertEquals(2, run("evaluation", "--period", year + "-Q1", "--out", usb.toString(), "--data-dir",
                empty.toString()));
        assertTrue(err.toString().startsWith("Lỗi: Xã chưa được khai báo."), err.toString());
        assertFalse(Files.exists(usb), "nothing written, not even the folder");
    }
}
