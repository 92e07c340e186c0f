package vn.socongvu.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.socongvu.common.Years;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ReportDeadlines;

/**
 * One periodic report's period: quarter {@code quarter} (1–4) of {@code year}, or its first six or nine
 * months, or the whole year ({@code quarter} 0). Its data window follows Nghị định 09/2019/NĐ-CP with the days
 * from the settings (quarter: the start day of the month before → the end day of its last month; six months,
 * nine months and year: the start day of December of the year before → the end day of June, September,
 * December); its deadlines come from the settings too.
 */
public record ReportPeriod(ReportKind kind, int year, int quarter) {
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};


    /** A data window, both days included. */
    public record Window(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate d) {
            return d != null && !d.isBefore(from) && !d.isAfter(to);
        }
    }

    public ReportPeriod {
        if (kind == ReportKind.QUARTER ? quarter < 1 || quarter > 4 : quarter != 0) {
            throw new IllegalArgumentException(kind + " " + quarter);
        }
        if (!Years.allowed(year)) {
            throw new IllegalArgumentException("year " + year);
        }
    }

    public static ReportPeriod quarter(int year, int q) {
        return new ReportPeriod(ReportKind.QUARTER, year, q);
    }

    public static ReportPeriod of(ReportKind kind, int year) {
        return new ReportPeriod(kind, year, 0);
    }

    /**
     * The period as the command line writes it: "2026-Q3" for a quarter, "2026" for the others.
     * @throws IllegalArgumentException with a Vietnamese message naming the expected form
     */
    public static ReportPeriod parse(ReportKind kind, String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        try {
            if (kind == ReportKind.QUARTER) {
                int dash = t.indexOf("-Q");
                if (dash < 0) {
                    throw new IllegalArgumentException();
                }
                return quarter(Integer.parseInt(t.substring(0, dash)), Integer.parseInt(t.substring(dash + 2)));
            }
            return of(kind, Integer.parseInt(t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Messages.get(kind == ReportKind.QUARTER
                    ? "report.error.periodQuarter" : "report.error.periodYear", text), e);
        }
    }

    /** "2026-Q3", "2026-H1", "2026-N9", "2026": also the period of a target's entered values. */
    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + quarter;
            case HALF -> year + "-H1";
            case NINE_MONTHS -> year + "-N9";
            case YEAR -> Integer.toString(year);
        };
    }

    /** The period as the command line takes it back: "2026-Q3" or "2026". */
    public String cliText() {
        return kind == ReportKind.QUARTER ? code() : Integer.toString(year);
    }

    /** The last month the period covers. */
    public int lastMonth() {
        return switch (kind) {
            case QUARTER -> quarter * 3;
            case HALF -> 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
        };
    }

    public Window window(ReportDeadlines d) {
        YearMonth last = YearMonth.of(year, lastMonth());
        YearMonth first = kind == ReportKind.QUARTER ? last.minusMonths(3) : YearMonth.of(year - 1, 12);
        return new Window(day(first, d.windowStartDay()), day(last, d.windowEndDay()));
    }

    /** The day the report is due at the province (Sở Nội vụ). */
    public LocalDate communeDue(ReportDeadlines d) {
        return kind == ReportKind.YEAR ? d.annualCommuneDue().atYear(year)
                : day(YearMonth.of(year, lastMonth()), d.communeDueDay());
    }

    /** The day the units' reports are due at the commune. */
    public LocalDate unitsDue(ReportDeadlines d) {
        return kind == ReportKind.YEAR ? d.annualUnitDue().atYear(year)
                : day(YearMonth.of(year, lastMonth()), d.unitDueDay());
    }

    /** "quý III năm 2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "năm 2026". */
    public String label() {
        return switch (kind) {
            case QUARTER -> Messages.get("report.period.quarter", ROMAN[quarter], Integer.toString(year));
            case HALF -> Messages.get("report.period.half", Integer.toString(year));
            case NINE_MONTHS -> Messages.get("report.period.nineMonths", Integer.toString(year));
            case YEAR -> Messages.get("report.period.year", Integer.toString(year));
        };
    }

    /** The same period a year earlier. */
    public ReportPeriod yearBefore() {
        return new ReportPeriod(kind, year - 1, quarter);
    }

    /** The periods of a year, in the order their reports fall due (the longer one first on a shared day). */
    public static List<ReportPeriod> ofYear(int year, ReportDeadlines d) {
        List<ReportPeriod> all = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            all.add(quarter(year, q));
        }
        all.add(of(ReportKind.HALF, year));
        all.add(of(ReportKind.NINE_MONTHS, year));
        all.add(of(ReportKind.YEAR, year));
        all.sort(Comparator.comparing((ReportPeriod p) -> p.communeDue(d))
                .thenComparing(p -> -p.kind().ordinal()));
        return all;
    }

    /**
     * The next report due on or after {@code today}. Where a quarter's report falls due on the same day as a
     * longer one (the second quarter and the six months, the fourth quarter and the year), the longer one.
     */
    public static ReportPeriod nextDue(LocalDate today, ReportDeadlines d) {
        for (int y = today.getYear(); ; y++) {
            for (ReportPeriod p : ofYear(y, d)) {
                if (!p.communeDue(d).isBefore(today)) {
                    return p;
                }
            }
        }
    }

    /** The next report of this kind due on or after {@code today} (a quarter's in December: the fourth's). */
    public static ReportPeriod nextDue(LocalDate today, ReportDeadlines d, ReportKind kind) {
        for (int y = today.getYear(); ; y++) {
            for (ReportPeriod p : ofYear(y, d)) {
                if (p.kind() == kind && !p.communeDue(d).isBefore(today)) {
                    return p;
                }
            }
        }
    }

    /** "III" for the third quarter. */
    public static String roman(int quarter) {
        return ROMAN[quarter];
    }

    private static LocalDate day(YearMonth m, int day) {
        return m.atDay(Math.min(day, m.lengthOfMonth()));
    }
}
