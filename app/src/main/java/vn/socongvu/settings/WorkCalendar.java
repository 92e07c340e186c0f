package vn.socongvu.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days: Monday–Friday, minus the days off of the holiday table, plus the weekend days
 * worked in exchange. Pure: built from the table, no database access.
 */
public final class WorkCalendar {
    private final Map<LocalDate, HolidayKind> exceptions = new HashMap<>();

    public WorkCalendar(Collection<Holiday> holidays) {
        holidays.forEach(h -> exceptions.put(h.date(), h.kind()));
    }

    public boolean isWorkingDay(LocalDate d) {
        HolidayKind k = exceptions.get(d);
        if (k != null) {
            return k == HolidayKind.WORK;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** {@code d} itself if it is a working day, else the next working day (a deadline on a day off moves). */
    public LocalDate onOrNextWorkingDay(LocalDate d) {
        LocalDate x = d;
        while (!isWorkingDay(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** The first working day after {@code d}. */
    public LocalDate nextWorkingDay(LocalDate d) {
        return onOrNextWorkingDay(d.plusDays(1));
    }

    /** Working days from {@code from} to {@code to}, both included (0 if {@code to} is before {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
            if (isWorkingDay(x)) {
                n++;
            }
        }
        return n;
    }

    /** For a holiday on a weekend: the working day it is made up on (the next working day). */
    public LocalDate makeUpDayFor(LocalDate weekendHoliday) {
        return nextWorkingDay(weekendHoliday);
    }

    public static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
