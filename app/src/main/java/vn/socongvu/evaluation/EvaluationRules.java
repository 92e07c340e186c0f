package vn.socongvu.evaluation;

/** The scoring of Nghị định 335/2025 (filled in below). */
public final class EvaluationRules {
    private EvaluationRules() {
    }

    /** Rounded half up to one decimal, as totals are shown and judged. */
    public static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
