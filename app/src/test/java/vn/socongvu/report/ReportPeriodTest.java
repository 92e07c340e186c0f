package vn.socongvu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import vn.socongvu.settings.ReportDeadlines;

class ReportPeriodTest {
    static final ReportDeadlines D = ReportDeadlines.DEFAULTS;

    private static ReportPeriod.Window w(LocalDate from, LocalDate to) {
        return new ReportPeriod.Window(from, to);
    }

    @Test
    void everyQuarterRunsFromTheFifteenthOfTheMonthBeforeToTheFourteenthOfItsLastMonth() {
        assertEquals(w(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)), ReportPeriod.quarter(2026, 1).window(D),
                "Q1 starts in December of the year before");
        assertEquals(w(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14)), ReportPeriod.quarter(2026, 2).window(D));
        assertEquals(w(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 14)), ReportPeriod.quarter(2026, 3).window(D));
        assertEquals(w(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 14)), ReportPeriod.quarter(2026, 4).window(D));
    }

    @Test
    void sixNineMonthsAndTheYearAllStartOnTheFifteenthOfDecemberBefore() {
        LocalDate start = LocalDate.of(2025, 12, 15);
        assertEquals(w(start, LocalDate.of(2026, 6, 14)), ReportPeriod.of(ReportKind.HALF, 2026).window(D));
        assertEquals(w(start, LocalDate.of(2026, 9, 14)), ReportPeriod.of(ReportKind.NINE_MONTHS, 2026).window(D));
        assertEquals(w(start, LocalDate.of(2026, 12, 14)), ReportPeriod.of(ReportKind.YEAR, 2026).window(D));
    }

    @Test
    void windowsAndDeadlinesFollowTheSettings() {
        ReportDeadlines custom = new ReportDeadlines(1, 31, 5, 7, MonthDay.of(12, 3), MonthDay.of(12, 5));
        assertEquals(w(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)), ReportPeriod.quarter(2026, 2).window(custom),
                "from the month before the quarter; day 31 cut to June's length");
        assertEquals(w(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 31)),
                ReportPeriod.of(ReportKind.YEAR, 2026).window(custom));
        assertEquals(LocalDate.of(2026, 6, 7), ReportPeriod.quarter(2026, 2).communeDue(custom));
        assertEquals(LocalDate.of(2026, 6, 5), ReportPeriod.quarter(2026, 2).unitsDue(custom));
        assertEquals(LocalDate.of(2026, 12, 5), ReportPeriod.of(ReportKind.YEAR, 2026).communeDue(custom));
        assertEquals(LocalDate.of(2026, 12, 3), ReportPeriod.of(ReportKind.YEAR, 2026).unitsDue(custom));
    }

    @Test
    void deadlinesByDefaultAreTheTenthAndForUnitsTheEighthOfTheLastMonth() {
        assertEquals(LocalDate.of(2026, 3, 10), ReportPeriod.quarter(2026, 1).communeDue(D));
        assertEquals(LocalDate.of(2026, 3, 8), ReportPeriod.quarter(2026, 1).unitsDue(D));
        assertEquals(LocalDate.of(2026, 6, 10), ReportPeriod.of(ReportKind.HALF, 2026).communeDue(D));
        assertEquals(LocalDate.of(2026, 9, 10), ReportPeriod.of(ReportKind.NINE_MONTHS, 2026).communeDue(D));
        assertEquals(LocalDate.of(2026, 12, 10), ReportPeriod.of(ReportKind.YEAR, 2026).communeDue(D));
        assertEquals(LocalDate.of(2026, 12, 8), ReportPeriod.of(ReportKind.YEAR, 2026).unitsDue(D));
    }

    @Test
    void theNextReportDueIsTheLongerOneWhenTwoFallOnTheSameDay() {
        assertEquals(ReportPeriod.quarter(2026, 1), ReportPeriod.nextDue(LocalDate.of(2026, 1, 5), D));
        assertEquals(ReportPeriod.quarter(2026, 1), ReportPeriod.nextDue(LocalDate.of(2026, 3, 10), D), "due today");
        assertEquals(ReportPeriod.of(ReportKind.HALF, 2026), ReportPeriod.nextDue(LocalDate.of(2026, 3, 11), D),
                "Q2 and the six months are both due 10/6");
        assertEquals(ReportPeriod.of(ReportKind.NINE_MONTHS, 2026), ReportPeriod.nextDue(LocalDate.of(2026, 7, 1), D));
        assertEquals(ReportPeriod.of(ReportKind.YEAR, 2026), ReportPeriod.nextDue(LocalDate.of(2026, 11, 22), D));
        assertEquals(ReportPeriod.quarter(2027, 1), ReportPeriod.nextDue(LocalDate.of(2026, 12, 11), D),
                "after 10/12 the next is Q1 of the next year");
    }

    @Test
    void periodsAreWrittenAndReadAsTheCommandLineTakesThem() {
        assertEquals(ReportPeriod.quarter(2026, 3), ReportPeriod.parse(ReportKind.QUARTER, "2026-Q3"));
        assertEquals(ReportPeriod.quarter(2026, 3), ReportPeriod.parse(ReportKind.QUARTER, " 2026-q3 "));
        assertEquals(ReportPeriod.of(ReportKind.NINE_MONTHS, 2026), ReportPeriod.parse(ReportKind.NINE_MONTHS, "2026"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.parse(ReportKind.QUARTER, "2026"));
        assertTrue(e.getMessage().contains("2026-Q3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(ReportKind.QUARTER, "2026-Q5"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(ReportKind.YEAR, "hai nghìn"));
        assertEquals("2026-Q3", ReportPeriod.quarter(2026, 3).code());
        assertEquals("2026-H1", ReportPeriod.of(ReportKind.HALF, 2026).code());
        assertEquals("2026-N9", ReportPeriod.of(ReportKind.NINE_MONTHS, 2026).code());
        assertEquals("2026", ReportPeriod.of(ReportKind.YEAR, 2026).code());
        assertEquals("quý III năm 2026", ReportPeriod.quarter(2026, 3).label());
        assertEquals("6 tháng đầu năm 2026", ReportPeriod.of(ReportKind.HALF, 2026).label());
    }
}
