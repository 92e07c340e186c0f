package vn.socongvu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.report.Tthc;

/**
 * The periodic reports of a three-year demo, as the office would have sent them: each ended period written in every
 * part, signed, numbered in the register in date order and nothing left for the export to ask about; the TTHC
 * figures adding up; the period still running left to the clerk with the last report's text offered.
 */
class DemoReportsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    @TempDir
    static Path dir;
    static Services s;
    static ReportService reports;

    @BeforeAll
    static void demo() {
        s = TestServices.at(dir.resolve("data"), TODAY);
        s.demo().generate(DemoSize.SMALL, 3, 2026, 11, Progress.NONE);
        reports = s.reports();
    }

    @AfterAll
    static void close() {
        s.close();
    }

    private static List<ReportPeriod> periods(boolean ended) {
        List<ReportPeriod> out = new ArrayList<>();
        for (int y = 2024; y <= 2026; y++) {
            for (ReportPeriod p : ReportPeriod.ofYear(y, s.settings().deadlines())) {
                if (reports.window(p).to().isBefore(TODAY) == ended) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Test
    void everyEndedPeriodHasANumberedSignedReportWithEveryPartWritten() {
        List<ReportPeriod> ended = periods(true);
        assertEquals(3 * 7 - 2, ended.size(), "2026's fourth quarter and year are still running on 3/12");
        for (ReportPeriod p : ended) {
            Report r = reports.open(p);
            assertNotNull(r.id(), p.label());
            assertTrue(r.numbered(), p.label());
            assertNotNull(r.signerId(), p.label());
            assertNotNull(r.frozen(), "numbering froze the figures of " + p.label());
            // Frozen inside the demo's transaction: counted on its thread, the tasks it had written are there.
            assertTrue(r.frozen().tasks().total() > 0, p.label());
            assertTrue(r.frozen().targets().stream().allMatch(t -> s.plans().plans(p.year(), false).stream()
                    .filter(pl -> pl.number() != null && pl.number().equals(t.planNumber()))
                    .allMatch(pl -> !pl.issuedOn().isAfter(r.window().to()))), "no plan of after the window");
            for (ReportPart part : ReportPart.values()) {
                assertFalse(r.narrative().text(part).isBlank(), p.label() + " " + part);
            }
            assertFalse(reports.history(r.id()).isEmpty(), "saved through the service, with its audit rows");
        }
    }

    @Test
    void theRunningPeriodIsNotSavedAndStartsFromTheLastReportsText() {
        for (ReportPeriod p : periods(false)) {
            Report r = reports.open(p);
            assertNull(r.id(), p.label());
            assertEquals(reports.previous(p).orElseThrow().narrative(), r.narrative(), p.label());
            assertFalse(r.narrative().blank());
        }
    }

    @Test
    void noSentenceIsSaidTwiceInAReportAndTheYearIsNotItsQuartersAgain() {
        for (ReportPeriod p : periods(true)) {
            Report r = reports.open(p);
            Set<String> seen = new HashSet<>();
            for (ReportPart part : ReportPart.values()) {
                for (String sentence : r.narrative().text(part).split("(?<=[.:;])\\s+|\\R")) {
                    String t = sentence.replaceFirst("^[-+]\\s*", "").strip();
                    if (t.length() > 12) {
                        assertTrue(seen.add(t), p.label() + ": " + t);
                    }
                }
            }
            if (p.kind() != ReportKind.QUARTER) {
                for (int q = 1; q <= p.lastMonth() / 3; q++) {
                    Report quarter = reports.open(ReportPeriod.quarter(p.year(), q));
                    for (ReportPart part : ReportPart.values()) {
                        assertNotEquals(quarter.narrative().text(part), r.narrative().text(part),
                                p.label() + " / quý " + q + " " + part);
                    }
                }
            }
        }
    }

    @Test
    void theTthcFiguresArePlausibleAndAddUpOverTheWindows() {
        for (ReportPeriod p : periods(true)) {
            Tthc t = reports.open(p).tthc();
            assertTrue(t.entered() && !s.reports().gaps(reports.open(p)).stream()
                    .anyMatch(g -> g.field().equals("tthc")), p.label());
            assertTrue(t.resolved() + t.pending() <= t.received(), p.label());
            assertTrue(t.resolvedOnTime() >= 0 && t.resolvedLate() >= 0 && t.resolvedLate() < t.resolved() / 20 + 5);
            assertTrue(t.onlineShare() >= 79 && t.onlineShare() <= 97, p.label() + " " + t.onlineShare());
            assertTrue(t.satisfaction() >= 95 && t.satisfaction() <= 99, p.label() + " " + t.satisfaction());
            if (p.kind() == ReportKind.QUARTER) {
                assertTrue(t.received() >= 150 && t.received() <= 400, p.label() + " " + t.received());
                continue;
            }
            // The six months, nine months and year windows are those of their quarters put together.
            int last = p.lastMonth() / 3;
            assertEquals(reports.window(ReportPeriod.quarter(p.year(), 1)).from(), reports.window(p).from());
            assertEquals(reports.window(ReportPeriod.quarter(p.year(), last)).to(), reports.window(p).to());
            int received = 0;
            int online = 0;
            int resolved = 0;
            int late = 0;
            for (int q = 1; q <= last; q++) {
                Tthc qt = reports.open(ReportPeriod.quarter(p.year(), q)).tthc();
                received += qt.received();
                online += qt.receivedOnline();
                resolved += qt.resolved();
                late += qt.resolvedLate();
            }
            assertEquals(received, t.received(), p.label());
            assertEquals(online, t.receivedOnline(), p.label());
            assertEquals(resolved, t.resolved(), p.label());
            assertEquals(late, t.resolvedLate(), p.label());
            assertEquals(reports.open(ReportPeriod.quarter(p.year(), last)).tthc().pending(), t.pending(), p.label());
        }
    }

    @Test
    void theReportsAreNumberedInDateOrderOnAWorkingDayAtTheirDeadline() {
        for (int y = 2024; y <= 2026; y++) {
            List<DocumentRegister.Entry> bc = new ArrayList<>(s.register().entries(y, DocumentKind.BAO_CAO));
            assertFalse(bc.isEmpty());
            bc.sort(Comparator.comparingInt(DocumentRegister.Entry::number));
            for (int i = 0; i < bc.size(); i++) {
                assertEquals(i + 1, bc.get(i).number(), "no number skipped in " + y);
                if (i > 0) {
                    assertFalse(bc.get(i).date().isBefore(bc.get(i - 1).date()), bc.get(i).title());
                }
            }
        }
        for (ReportPeriod p : periods(true)) {
            Report r = reports.open(p);
            assertTrue(s.settings().calendar().isWorkingDay(r.issuedOn()), p.label() + " " + r.issuedOn());
            long before = ChronoUnit.DAYS.between(r.issuedOn(), reports.due(p));
            assertTrue(before >= 0 && before <= 6, p.label() + " " + r.issuedOn());
        }
    }

    @Test
    void theExportHasNothingLeftToAskAbout() {
        for (ReportPeriod p : periods(true)) {
            assertEquals(List.of(), reports.gaps(reports.open(p)), p.label());
        }
    }
}
