package vn.socongvu.settings;

import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reporting windows and deadlines (Nghị định 09/2019/NĐ-CP; the province's plan). A period's data
 * window runs from {@code windowStartDay} of the month before the period to {@code windowEndDay} of its
 * last month; units report to the commune by {@code unitDueDay} of the last month, the commune to the
 * province by {@code communeDueDay}; the annual report has its own dates.
 */
public record ReportDeadlines(int windowStartDay, int windowEndDay, int unitDueDay, int communeDueDay,
                              MonthDay annualUnitDue, MonthDay annualCommuneDue) {
    /** The highest day of the month the settings form accepts (every month has it). */
    public static final int LAST_DAY = 28;


    public static final ReportDeadlines DEFAULTS =
            new ReportDeadlines(15, 14, 8, 10, MonthDay.of(12, 8), MonthDay.of(12, 10));

    Map<String, String> asSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("report_window_start_day", Integer.toString(windowStartDay));
        m.put("report_window_end_day", Integer.toString(windowEndDay));
        m.put("report_unit_due_day", Integer.toString(unitDueDay));
        m.put("report_commune_due_day", Integer.toString(communeDueDay));
        m.put("report_annual_unit_due", format(annualUnitDue));
        m.put("report_annual_commune_due", format(annualCommuneDue));
        return m;
    }

    static ReportDeadlines fromSettings(Map<String, String> s) {
        ReportDeadlines d = DEFAULTS;
        return new ReportDeadlines(
                intOr(s.get("report_window_start_day"), d.windowStartDay),
                intOr(s.get("report_window_end_day"), d.windowEndDay),
                intOr(s.get("report_unit_due_day"), d.unitDueDay),
                intOr(s.get("report_commune_due_day"), d.communeDueDay),
                monthDayOr(s.get("report_annual_unit_due"), d.annualUnitDue),
                monthDayOr(s.get("report_annual_commune_due"), d.annualCommuneDue));
    }

    public static String format(MonthDay md) {
        return String.format("%02d/%02d", md.getDayOfMonth(), md.getMonthValue());
    }

    /** "08/12" or "8/12" → 8 December; null if not a day of the year. */
    public static MonthDay parseMonthDay(String s) {
        if (s == null) {
            return null;
        }
        String[] p = s.strip().split("/");
        if (p.length != 2) {
            return null;
        }
        try {
            return MonthDay.of(Integer.parseInt(p[1].strip()), Integer.parseInt(p[0].strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A stored day of the month; {@code fallback} when it is not one the settings form accepts (1–28). */
    private static int intOr(String s, int fallback) {
        try {
            int day = s == null ? fallback : Integer.parseInt(s.strip());
            return day >= 1 && day <= LAST_DAY ? day : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static MonthDay monthDayOr(String s, MonthDay fallback) {
        MonthDay md = parseMonthDay(s);
        return md == null ? fallback : md;
    }
}
