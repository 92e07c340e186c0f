package vn.socongvu.evaluation;

import vn.socongvu.common.Labeled;
import vn.socongvu.i18n.Messages;

/**
 * The four levels of Nghị định 335/2025: hoàn thành xuất sắc nhiệm vụ (from 90 points), hoàn thành tốt (70 to
 * under 90), hoàn thành (50 to under 70), không hoàn thành (under 50). Best first.
 */
public enum Rating implements Labeled {
    EXCELLENT("evaluation.rating.excellent", "evaluation.rating.excellent.short", 90),
    GOOD("evaluation.rating.good", "evaluation.rating.good.short", 70),
    COMPLETED("evaluation.rating.completed", "evaluation.rating.completed.short", 50),
    NOT_COMPLETED("evaluation.rating.notCompleted", "evaluation.rating.notCompleted.short", 0);

    private final String labelKey;
    private final String shortKey;
    private final double from;

    Rating(String labelKey, String shortKey, double from) {
        this.labelKey = labelKey;
        this.shortKey = shortKey;
        this.from = from;
    }

    /** The level of a total: ≥ 90, ≥ 70, ≥ 50, else không hoàn thành. The total is judged at one decimal. */
    public static Rating of(double points) {
        double p = EvaluationRules.round1(points);
        for (Rating r : values()) {
            if (p >= r.from) {
                return r;
            }
        }
        return NOT_COMPLETED;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** "Xuất sắc", "Tốt", "Hoàn thành", "Không hoàn thành". */
    public String shortLabel() {
        return Messages.get(shortKey);
    }

    /** The lowest total of this level. */
    public double from() {
        return from;
    }

    /** Hoàn thành or better. */
    public boolean atLeastCompleted() {
        return this != NOT_COMPLETED;
    }
}
