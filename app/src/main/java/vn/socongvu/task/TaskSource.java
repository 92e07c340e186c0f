package vn.socongvu.task;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

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

    /** The constant stored as {@code name}; {@link #INSTRUCTION} for a name no constant has (see StoredValues). */
    public static TaskSource stored(String name) {
        return StoredValues.of(TaskSource.class, name, INSTRUCTION);
    }
}
