package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.document.Block;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;

/**
 * The report's outline on the demo commune's records, read off the document built (before any writer): the five
 * sections and the areas of part II in DOMAIN.md's order, the clerk's text and the app's figures under the area
 * they belong to, an area with neither left out, and no heading without anything under it.
 */
class ReportDocumentTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final ReportPeriod YEAR = ReportPeriod.of(ReportKind.YEAR, 2026);
    static final Tthc TTHC = new Tthc(120, 80, 30, 150, 5, 15, 97.5);
    @TempDir
    static Path tmp;
    static Services s;
    static ReportService reports;

    @BeforeAll
    static void demo() {
        s = TestServices.at(tmp.resolve("data"), TODAY);
        s.demo().generate(DemoSize.SMALL, 2, 2026, 2026, Progress.NONE);
        reports = s.reports();
    }

    @AfterAll
    static void close() {
        s.close();
    }

    /** Every part written: "<its name> năm 2026". */
    private static Report.Narrative allParts() {
        Report.Narrative n = Report.Narrative.EMPTY;
        for (ReportPart p : ReportPart.values()) {
            n = n.with(p, p.label() + " năm 2026");
        }
        return n;
    }

    /** The year's report as the clerk typed it (not saved). */
    private static OfficialDocument document(ReportPeriod p, Report.Narrative n, Tthc t) {
        Report r = reports.open(p);
        return reports.document(r.edited(new Report.Draft(p, n, t, r.signerId())));
    }

    private static List<String> headings(OfficialDocument d) {
        List<String> out = new ArrayList<>();
        for (Block b : d.body()) {
            if (b instanceof Block.Heading h) {
                out.add(h.level() + " " + h.text());
            }
        }
        return out;
    }

    /** The paragraphs between the heading {@code text} and the next heading. */
    private static List<String> under(OfficialDocument d, String text) {
        List<Block> body = d.body();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h && h.text().equals(text)) {
                List<String> out = new ArrayList<>();
                for (int j = i + 1; j < body.size() && !(body.get(j) instanceof Block.Heading); j++) {
                    if (body.get(j) instanceof Block.Paragraph p) {
                        out.add(p.text());
                    }
                }
                return out;
            }
        }
        throw new AssertionError("no heading " + text + " in " + headings(d));
    }

    /** Each heading is followed by something of its own: a paragraph, a table, or a heading under it. */
    private static void noEmptyHeading(OfficialDocument d) {
        List<Block> body = d.body();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h) {
                assertTrue(i + 1 < body.size(), "the last block is a heading: " + h.text());
                Block next = body.get(i + 1);
                assertTrue(!(next instanceof Block.Heading n) || n.level() > h.level(),
                        "nothing under " + h.text() + " in " + headings(d));
            }
        }
    }

    private static String m(String key) {
        return Messages.get(key);
    }

    @Test
    void theSectionsAndTheAreasComeInTheOutlinesOrderEachWithItsTextThenItsFigures() {
        OfficialDocument d = document(YEAR, allParts(), TTHC);
        assertEquals(List.of("1 " + m("report.doc.direction"), "1 " + m("report.doc.results"),
                "2 " + m("report.doc.tasks"), "2 " + m("report.doc.targets"),
                "2 Cải cách thể chế", "2 Cải cách thủ tục hành chính", "2 Cải cách tổ chức bộ máy hành chính",
                "2 " + m("report.doc.discipline"), "2 Cải cách tài chính công", "2 Xây dựng, phát triển chính quyền số",
                "1 " + m("report.doc.assessment"), "2 " + m("report.doc.highlights"), "2 " + m("report.doc.shortcomings"),
                "1 " + m("report.doc.nextTasks"), "1 " + m("report.doc.recommendations")), headings(d));
        noEmptyHeading(d);

        // I: plans, meetings (Biểu 04), inspections (Biểu 05), then the communication work as written.
        List<String> direction = under(d, m("report.doc.direction"));
        assertEquals("Công tác tuyên truyền năm 2026.", direction.getLast());
        String meetings = direction.stream().filter(p -> p.startsWith("Tổ chức") && p.contains("cuộc họp"))
                .findFirst().orElseThrow();
        assertTrue(meetings.endsWith("Chi tiết tại Biểu 04 kèm theo."), meetings);
        assertFalse(meetings.contains("trực tuyến"), "online meetings are told under chính quyền số: " + meetings);
        assertTrue(direction.stream().anyMatch(p -> p.contains("kiểm tra công vụ")
                && p.endsWith("Chi tiết tại Biểu 05 kèm theo.")), direction.toString());

        // II: each area its text first, then the figures that belong to it.
        for (String area : List.of("Cải cách thể chế", "Cải cách tổ chức bộ máy hành chính", "Cải cách tài chính công")) {
            assertEquals(1, under(d, area).size(), area + ": the text alone, the app has no figures for it");
        }
        assertEquals(List.of("Cải cách thể chế năm 2026."), under(d, "Cải cách thể chế"));
        List<String> tthc = under(d, "Cải cách thủ tục hành chính");
        assertEquals("Cải cách thủ tục hành chính năm 2026.", tthc.get(0));
        assertTrue(tthc.get(1).startsWith("Tiếp nhận 200 hồ sơ thủ tục hành chính")
                && tthc.get(1).endsWith("Chi tiết tại Biểu 09 kèm theo."), tthc.toString());
        List<String> discipline = under(d, m("report.doc.discipline"));
        assertEquals("Chế độ công vụ, kỷ luật, kỷ cương năm 2026.", discipline.get(0));
        assertTrue(discipline.get(1).startsWith("Qua "), "the inspections' findings: " + discipline);
        ReportFigures f = reports.figures(reports.open(YEAR));
        assertTrue(f.violationsTotal() > 0, "the demo year has violations");
        assertEquals("Chi tiết tại Biểu 06 đến Biểu 08 kèm theo.", discipline.getLast());
        List<String> digital = under(d, "Xây dựng, phát triển chính quyền số");
        assertEquals("Chính quyền số năm 2026.", digital.get(0));
        assertTrue(digital.get(1).startsWith("Trong kỳ, tổ chức ") && digital.get(1).contains("cuộc họp trực tuyến"),
                digital.toString());
        assertTrue(digital.get(2).startsWith("Tiếp nhận 120 hồ sơ thủ tục hành chính trực tuyến, đạt 60"),
                digital.toString());
        assertEquals("Kiến nghị, đề xuất năm 2026.", under(d, m("report.doc.recommendations")).get(0));
    }

    @Test
    void anAreaWithNeitherTextNorFiguresIsLeftOutAndNoHeadingIsEmpty() {
        OfficialDocument d = document(YEAR, Report.Narrative.EMPTY, Tthc.NONE);
        assertEquals(List.of("1 " + m("report.doc.direction"), "1 " + m("report.doc.results"),
                "2 " + m("report.doc.tasks"), "2 " + m("report.doc.targets"), "2 " + m("report.doc.discipline"),
                "2 Xây dựng, phát triển chính quyền số", "1 " + m("report.doc.assessment"),
                "2 " + m("report.doc.highlights"), "2 " + m("report.doc.shortcomings"), "1 " + m("report.doc.nextTasks"),
                "1 " + m("report.doc.recommendations")), headings(d),
                "thể chế, thủ tục hành chính (no figures entered), tổ chức bộ máy, tài chính công: left out");
        noEmptyHeading(d);
        assertTrue(under(d, m("report.doc.discipline")).get(0).startsWith("Qua "), "figures alone");
        assertEquals(1, under(d, "Xây dựng, phát triển chính quyền số").size(), "the meetings; no TTHC share");
        assertEquals(List.of(ReportDocument.BLANK), under(d, m("report.doc.highlights")), "to fill by hand");
        assertEquals(m("report.doc.noRecommendations"), under(d, m("report.doc.recommendations")).get(0));
        List<String> direction = under(d, m("report.doc.direction"));
        assertTrue(direction.getLast().contains("kiểm tra công vụ"), "no communication paragraph: " + direction);

        // Written but without figures: the TTHC area is printed with the text alone.
        OfficialDocument written = document(YEAR, Report.Narrative.EMPTY.with(ReportPart.PROCEDURES,
                "Niêm yết công khai 100% thủ tục hành chính"), Tthc.NONE);
        assertEquals(List.of("Niêm yết công khai 100% thủ tục hành chính."), under(written, "Cải cách thủ tục hành chính"));
        noEmptyHeading(written);

        // A year without records: part II keeps only the tasks and the targets, each saying there are none.
        OfficialDocument empty = document(ReportPeriod.of(ReportKind.YEAR, 2030), Report.Narrative.EMPTY, Tthc.NONE);
        assertEquals(List.of("1 " + m("report.doc.direction"), "1 " + m("report.doc.results"),
                "2 " + m("report.doc.tasks"), "2 " + m("report.doc.targets"), "1 " + m("report.doc.assessment"),
                "2 " + m("report.doc.highlights"), "2 " + m("report.doc.shortcomings"), "1 " + m("report.doc.nextTasks"),
                "1 " + m("report.doc.recommendations")), headings(empty));
        noEmptyHeading(empty);
        assertEquals(1, under(empty, m("report.doc.direction")).stream()
                .filter(p -> p.equals(m("report.doc.noInspections"))).count(), "said once, not again in part II");
    }
}
