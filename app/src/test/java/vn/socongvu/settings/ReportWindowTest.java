package vn.socongvu.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class ReportWindowTest {
    final ReportDeadlines d = ReportDeadlines.DEFAULTS;

    @Test
    void quartersRunFromTheFifteenthOfTheMonthBeforeToTheFourteenthOfTheLastMonth() {
        ReportWindow q1 = ReportWindow.of(2026, 1, d);
        assertEquals(LocalDate.of(2025, 12, 15), q1.from());
        assertEquals(LocalDate.of(2026, 3, 14), q1.to());
        ReportWindow q3 = ReportWindow.of(2026, 3, d);
        assertEquals(LocalDate.of(2026, 6, 15), q3.from());
        assertEquals(LocalDate.of(2026, 9, 14), q3.to());
    }

    @Test
    void aDayFallsInItsReportingQuarterAndLateDecemberInNextYearsFirst() {
        assertEquals(3, ReportWindow.quarterOf(LocalDate.of(2026, 7, 1), d).quarter());
        assertEquals(3, ReportWindow.quarterOf(LocalDate.of(2026, 6, 15), d).quarter(), "boundary day: first of Q3");
        assertEquals(2, ReportWindow.quarterOf(LocalDate.of(2026, 6, 14), d).quarter(), "boundary day: last of Q2");
        ReportWindow late = ReportWindow.quarterOf(LocalDate.of(2026, 12, 20), d);
        assertEquals(2027, late.year());
        assertEquals(1, late.quarter());
    }

    @Test
    void theYearRunsFromMidDecemberToMidDecember() {
        ReportWindow y = ReportWindow.yearOf(LocalDate.of(2026, 7, 1), d);
        assertEquals(LocalDate.of(2025, 12, 15), y.from());
        assertEquals(LocalDate.of(2026, 12, 14), y.to());
        assertEquals(2027, ReportWindow.yearOf(LocalDate.of(2026, 12, 15), d).year());
    }

    @Test
    void windowsFollowTheSettings() {
        ReportDeadlines monthEnds = new ReportDeadlines(1, 28, 8, 10, MonthDay.of(12, 8), MonthDay.of(12, 10));
        ReportWindow q2 = ReportWindow.of(2026, 2, monthEnds);
        assertEquals(LocalDate.of(2026, 3, 1), q2.from());
        assertEquals(LocalDate.of(2026, 6, 28), q2.to());
        // Q3 then starts on 1 June: 30 June is already in it.
        assertEquals(3, ReportWindow.quarterOf(LocalDate.of(2026, 6, 30), monthEnds).quarter());
        // Windows that leave a gap (ending on the 10th, starting on the 20th): the calendar quarter is used.
        ReportDeadlines gap = new ReportDeadlines(20, 10, 8, 10, MonthDay.of(12, 8), MonthDay.of(12, 10));
        assertEquals(LocalDate.of(2026, 4, 1), ReportWindow.quarterOf(LocalDate.of(2026, 6, 15), gap).from());
    }
}
