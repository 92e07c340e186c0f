package vn.socongvu.plan;

import vn.socongvu.common.Labeled;

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
}
