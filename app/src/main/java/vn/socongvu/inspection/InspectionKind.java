package vn.socongvu.inspection;

import vn.socongvu.common.Labeled;

/** How an inspection came about: by plan (định kỳ), unannounced (đột xuất), or online (trên môi trường số). */
public enum InspectionKind implements Labeled {
    SCHEDULED("inspection.kind.scheduled"),
    SURPRISE("inspection.kind.surprise"),
    ONLINE("inspection.kind.online");

    private final String labelKey;

    InspectionKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
