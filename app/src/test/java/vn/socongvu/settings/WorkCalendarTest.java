package vn.socongvu.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private final WorkCalendar cal = new WorkCalendar(List.of(
            off("2026-02-16", "Tết"), off("2026-02-17", "Tết"), off("2026-02-18", "Tết"),
            off("2026-02-19", "Tết"), off("2026-02-20", "Tết"),
            off("2026-04-26", "Giỗ Tổ"), off("2026-04-27", "Nghỉ bù Giỗ Tổ"),
            off("2026-04-30", "30/4"), off("2026-05-01", "1/5"),
            new Holiday(0, LocalDate.parse("2025-04-26"), "Làm bù", HolidayKind.WORK)));

    private static Holiday off(String date, String name) {
        return new Holiday(0, LocalDate.parse(date), name, HolidayKind.OFF);
    }

    @Test
    void weekdaysWorkWeekendsRest() {
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 11, 23)));   // Monday
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 11, 22)));  // Sunday
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 11, 21)));  // Saturday
    }

    @Test
    void holidaysAreOffAndSwappedSaturdaysAreWorked() {
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 2, 17)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 4, 27)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 4, 28)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2025, 4, 26)));   // Saturday worked in exchange
    }

    @Test
    void deadlineOnADayOffMovesToTheNextWorkingDay() {
        // Tết 2026: Saturday 14/2 to Sunday 22/2 off; first working day Monday 23/2.
        assertEquals(LocalDate.of(2026, 2, 23), cal.onOrNextWorkingDay(LocalDate.of(2026, 2, 14)));
        // 30/4 and 1/5 (Thu, Fri) then the weekend: Monday 4/5.
        assertEquals(LocalDate.of(2026, 5, 4), cal.onOrNextWorkingDay(LocalDate.of(2026, 4, 30)));
        // A working day stays.
        assertEquals(LocalDate.of(2026, 4, 28), cal.onOrNextWorkingDay(LocalDate.of(2026, 4, 28)));
    }

    @Test
    void holidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
        WorkCalendar plain = new WorkCalendar(List.of(off("2026-04-26", "Giỗ Tổ")));
        assertEquals(LocalDate.of(2026, 4, 27), plain.makeUpDayFor(LocalDate.of(2026, 4, 26)));
    }

    @Test
    void countsWorkingDays() {
        // Week of Tết 2026: Mon 16 – Sun 22 Feb: no working day.
        assertEquals(0, cal.workingDaysBetween(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 22)));
        // Mon 23 – Fri 27 Feb: five.
        assertEquals(5, cal.workingDaysBetween(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 27)));
        assertEquals(0, cal.workingDaysBetween(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 23)));
    }
}
