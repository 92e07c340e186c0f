package vn.socongvu.evaluation;

import java.util.List;

/**
 * The year of one person from its months or quarters, for the year-end evaluation file: the mean of the parts'
 * totals that count ({@link EvaluationRules#year}), its rating, and the forcing reasons.
 */
public record YearScore(long staffId, String fullName, String jobTitle, long unitId, String unitName, boolean leader,
        List<PeriodTotal> parts, double average, Rating rating, Rating ratingByPoints, List<String> forcedBy) {

    /** Whether any part was rated, or a fact forces "không hoàn thành" for the year. */
    public boolean rated() {
        return parts.stream().anyMatch(PeriodTotal::counted) || !forcedBy.isEmpty();
    }

    /**
     * One month or quarter of the year. {@code counted}: whether it enters the year's mean (it had products or
     * general criteria).
     */
    public record PeriodTotal(EvaluationPeriod period, double total, Rating rating, boolean generalEntered,
            boolean counted) {
    }
}
