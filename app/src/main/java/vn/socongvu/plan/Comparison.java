package vn.socongvu.plan;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** How a target's figure is compared: ≥ 90 %, ≤ 5 %, = 100 %, or reduce by 10 % against last year. */
public enum Comparison implements Labeled {
    AT_LEAST("target.comparison.atLeast"),
    AT_MOST("target.comparison.atMost"),
    EQUAL("target.comparison.equal"),
    REDUCE_BY("target.comparison.reduceBy");

    private final String labelKey;

    Comparison(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether a measured value meets a target of this comparison. For REDUCE_BY the value is the reduction in %. */
    public boolean met(double measured, double target) {
        return switch (this) {
            case AT_LEAST, REDUCE_BY -> measured >= target - 1e-9;
            case AT_MOST -> measured <= target + 1e-9;
            case EQUAL -> Math.abs(measured - target) < 1e-9;
        };
    }

    /** The constant stored as {@code name}; {@link #AT_LEAST} for a name no constant has (see StoredValues). */
    public static Comparison stored(String name) {
        return StoredValues.of(Comparison.class, name, AT_LEAST);
    }
}
