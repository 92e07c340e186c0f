package vn.socongvu.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.socongvu.i18n.Messages;

/**
 * A month, a quarter or a year of evaluation (Nghị định 335/2025: civil servants are monitored every month or
 * quarter, and rated for the year from those). {@code index}: the month 1–12, the quarter 1–4, 0 for a year.
 * {@link #code()}: "2026-07", "2026-Q3", "2026".
 */
public record EvaluationPeriod(Kind kind, int year, int index) implements Comparable<EvaluationPeriod> {
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** The length of a period. */
    public enum Kind { MONTH, QUARTER, YEAR }

    public EvaluationPeriod {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        boolean ok = switch (kind) {
            case MONTH -> index >= 1 && index <= 12;
            case QUARTER -> index >= 1 && index <= 4;
            case YEAR -> index == 0;
        };
        if (!ok || year < 1900 || year > 9999) {
            throw new IllegalArgumentException(kind + " " + year + " " + index);
        }
    }

    public static EvaluationPeriod month(int year, int month) {
        return new EvaluationPeriod(Kind.MONTH, year, month);
    }

    public static EvaluationPeriod quarter(int year, int q) {
        return new EvaluationPeriod(Kind.QUARTER, year, q);
    }

    public static EvaluationPeriod year(int year) {
        return new EvaluationPeriod(Kind.YEAR, year, 0);
    }

    /**
     * "2026-07" (a month), "2026-Q3" (a quarter) or "2026" (a year).
     * @throws IllegalArgumentException with a Vietnamese message naming the expected forms
     */
    public static EvaluationPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        try {
            int q = t.indexOf("-Q");
            if (q > 0) {
                return quarter(Integer.parseInt(t.substring(0, q)), Integer.parseInt(t.substring(q + 2)));
            }
            int dash = t.indexOf('-');
            if (dash > 0) {
                return month(Integer.parseInt(t.substring(0, dash)), Integer.parseInt(t.substring(dash + 1)));
            }
            if (t.length() != 4) {
                throw new IllegalArgumentException(t);
            }
            return year(Integer.parseInt(t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Messages.get("evaluation.error.period", text), e);
        }
    }

    /** The period of this kind that contains {@code day}. */
    public static EvaluationPeriod containing(LocalDate day, Kind kind) {
        return switch (kind) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
        };
    }

    public String code() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> Integer.toString(year);
        };
    }

    /** The first day, included. */
    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day, included. */
    public LocalDate end() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** "tháng 7 năm 2026", "quý III năm 2026", "năm 2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> Messages.get("evaluation.period.month", Integer.toString(index), Integer.toString(year));
            case QUARTER -> Messages.get("evaluation.period.quarter", ROMAN[index], Integer.toString(year));
            case YEAR -> Messages.get("evaluation.period.year", Integer.toString(year));
        };
    }

    /**
     * The periods of kind {@code cycle} this one is made of: a year's months or quarters, a quarter's months, a
     * month itself. A cycle longer than this period: this period alone.
     */
    public List<EvaluationPeriod> parts(Kind cycle) {
        if (cycle.ordinal() >= kind.ordinal()) {
            return List.of(this);
        }
        List<EvaluationPeriod> all = new ArrayList<>();
        if (cycle == Kind.QUARTER) {
            for (int q = 1; q <= 4; q++) {
                all.add(quarter(year, q));
            }
            return List.copyOf(all);
        }
        int first = start().getMonthValue();
        int last = end().getMonthValue();
        for (int m = first; m <= last; m++) {
            all.add(month(year, m));
        }
        return List.copyOf(all);
    }

    /** The period of the same kind before this one. */
    public EvaluationPeriod previous() {
        return containing(start().minusDays(1), kind);
    }

    /** The period of the same kind after this one. */
    public EvaluationPeriod next() {
        return containing(end().plusDays(1), kind);
    }

    /** By start, then the shorter first. */
    @Override
    public int compareTo(EvaluationPeriod o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }

    @Override
    public String toString() {
        return code();
    }
}
