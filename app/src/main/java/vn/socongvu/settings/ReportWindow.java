package vn.socongvu.settings;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The data window of a reporting period (Nghị định 09/2019/NĐ-CP): a quarter runs from the start day of
 * the month before it to the end day of its last month (Q1 2026 = 15/12/2025 → 14/3/2026); the year from
 * the start day of December of the year before to the end day of its December. Days come from the settings.
 */
public record ReportWindow(int year, int quarter, LocalDate from, LocalDate to) {

    /** Quarter {@code q} (1–4) of {@code year}; quarter 0 stands for the whole year. */
    public static ReportWindow of(int year, int q, ReportDeadlines s) {
        if (q == 0) {
            return new ReportWindow(year, 0, day(YearMonth.of(year - 1, 12), s.windowStartDay()),
                    day(YearMonth.of(year, 12), s.windowEndDay()));
        }
        YearMonth last = YearMonth.of(year, q * 3);
        return new ReportWindow(year, q, day(last.minusMonths(3), s.windowStartDay()), day(last, s.windowEndDay()));
    }

    /** The quarter window a day falls in (late December belongs to Q1 of the next year). */
    public static ReportWindow quarterOf(LocalDate d, ReportDeadlines s) {
        for (int y = d.getYear(); y <= d.getYear() + 1; y++) {
            for (int q = 1; q <= 4; q++) {
                ReportWindow w = of(y, q, s);
                if (!d.isBefore(w.from) && !d.isAfter(w.to)) {
                    return w;
                }
            }
        }
        // Settings that leave a gap between windows: the calendar quarter.
        int q = (d.getMonthValue() - 1) / 3 + 1;
        LocalDate from = LocalDate.of(d.getYear(), (q - 1) * 3 + 1, 1);
        return new ReportWindow(d.getYear(), q, from, from.plusMonths(3).minusDays(1));
    }

    /** The year window a day falls in. */
    public static ReportWindow yearOf(LocalDate d, ReportDeadlines s) {
        ReportWindow w = of(d.getYear(), 0, s);
        return d.isAfter(w.to) ? of(d.getYear() + 1, 0, s) : w;
    }

    private static LocalDate day(YearMonth m, int day) {
        return m.atDay(Math.min(day, m.lengthOfMonth()));
    }
}
