package vn.socongvu.search;

import vn.socongvu.common.Labeled;

/** What one search across the sections finds, in the order its groups are shown. */
public enum SearchKind implements Labeled {
    TASK("search.kind.task"),
    PLAN("search.kind.plan"),
    MEETING("search.kind.meeting"),
    INSPECTION("search.kind.inspection"),
    VIOLATION("search.kind.violation"),
    STAFF("search.kind.staff"),
    UNIT("search.kind.unit");

    private final String labelKey;

    SearchKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
