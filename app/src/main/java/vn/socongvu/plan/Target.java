package vn.socongvu.plan;

import vn.socongvu.text.VnFormat;

/** A target (chỉ tiêu) of a plan: "≥ 90 % hài lòng", "100 % nhiệm vụ đúng hạn", "giảm 10 % số hội nghị". */
public record Target(long id, long planId, int position, String description, Comparison comparison, double value,
                     String unit, Measure measure) {

    public record Draft(Long id, long planId, String description, Comparison comparison, Double value, String unit,
                        Measure measure) {
    }

    /** "≥ 90 %". */
    public String goal() {
        String v = VnFormat.number(value, 2) + (unit == null ? "" : " " + unit);
        return switch (comparison) {
            case AT_LEAST -> "≥ " + v;
            case AT_MOST -> "≤ " + v;
            case EQUAL -> "= " + v;
            case REDUCE_BY -> "↓ " + v;
        };
    }

    /**
     * The value measured (or entered) for a period, and whether it meets the target;
     * {@code value} null when there is nothing to measure yet.
     */
    public record Standing(Target target, Double value, boolean met, String basis) {
    }
}
