package vn.socongvu.evaluation;

import java.util.List;

/**
 * One civil servant's evaluation for a period.
 *
 * @param assigned the weighted count of products (Σ weight)
 * @param completed the weighted count of those completed
 * @param completedOnTime the weighted count of those completed on time
 * @param qualityMet the weighted count of those completed without a failed quality assessment that counts
 * @param quantityPct quantity a, 0..100 (0 when there are no products)
 * @param qualityPct quality b, 0..100
 * @param progressPct progress c, 0..100
 * @param unitResultPct leaders only (else null): d, 100 when no one else of the unit is "không hoàn thành", else 50
 * @param organisingPct leaders only (else null): e, the unit's own (a+b+c)/3 over the occurrences it leads
 * @param hasProducts whether the person had any product in the period; without one the task-result points are
 *     those of the general criteria scaled (see {@link EvaluationRules})
 * @param taskPoints of 70
 * @param general null: not entered yet
 * @param generalPoints of 30 (0 when not entered)
 * @param rating the rating after the forcing rules; ratingByPoints the rating of the total alone
 * @param forcedBy the Vietnamese reasons the rating was forced to "không hoàn thành"; empty if not
 */
public record PersonScore(long staffId, String fullName, String jobTitle, long unitId, String unitName, boolean leader,
        List<Product> products,
        double assigned, double completed, double completedOnTime, double qualityMet,
        double quantityPct, double qualityPct, double progressPct,
        Double unitResultPct, Double organisingPct,
        boolean hasProducts,
        double taskPoints, List<Deduction> deductions,
        GeneralCriteria general, double generalPoints,
        double total, Rating rating, Rating ratingByPoints,
        List<DisciplineFact> discipline, List<LegalCase> cases,
        List<String> forcedBy) {

    /** Whether the assessor has entered the general criteria. */
    public boolean generalEntered() {
        return general != null;
    }

    /**
     * Whether the person is rated in the period: they had products, or the general criteria are entered, or a fact
     * forces "không hoàn thành". A person not rated shows "chưa đánh giá" and counts in no ceiling nor year.
     */
    public boolean rated() {
        return hasProducts || general != null || !forcedBy.isEmpty();
    }
}
