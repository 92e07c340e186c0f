package vn.socongvu.plan;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

public enum PlanStatus implements Labeled {
    DRAFT("plan.status.draft"),
    ISSUED("plan.status.issued"),
    EXPIRED("plan.status.expired");

    private final String labelKey;

    PlanStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #DRAFT} for a name no constant has (see StoredValues). */
    public static PlanStatus stored(String name) {
        return StoredValues.of(PlanStatus.class, name, DRAFT);
    }
}
