package vn.socongvu.task;

import vn.socongvu.common.Labeled;

/** Where a task comes from: a plan, a meeting's conclusion, an ad-hoc instruction (chỉ đạo), or
 * the remediation an inspection requires. */
public enum TaskSource implements Labeled {
    PLAN("task.source.plan"),
    MEETING("task.source.meeting"),
    INSTRUCTION("task.source.instruction"),
    /** The remediation of a violation found by a public-service inspection. */
    INSPECTION("task.source.inspection");

    private final String labelKey;

    TaskSource(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
