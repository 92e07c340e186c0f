package vn.socongvu.meeting;

import java.util.Map;

/**
 * The meetings of a period: how many of each kind, how many online (or hybrid) and paperless, and the
 * count of the same period a year earlier (the target is 10% fewer conferences a year).
 */
public record MeetingStats(Map<MeetingKind, Integer> byKind, int total, int online, int paperless,
                           int samePeriodLastYear) {

    public MeetingStats {
        byKind = Map.copyOf(byKind);
    }

    /** Online share in percent, or null for an empty period. */
    public Double onlineShare() {
        return total == 0 ? null : 100.0 * online / total;
    }

    public Double paperlessShare() {
        return total == 0 ? null : 100.0 * paperless / total;
    }

    /** Change against the same period last year in percent (−12.5 = 12.5% fewer), or null with nothing to compare. */
    public Double change() {
        return samePeriodLastYear == 0 ? null : 100.0 * (total - samePeriodLastYear) / samePeriodLastYear;
    }

    /** At least 10% fewer than the same period last year. */
    public boolean reductionMet() {
        Double c = change();
        return c != null && c <= -10.0;
    }
}
