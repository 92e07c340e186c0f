package vn.socongvu.task;

import vn.socongvu.common.Labeled;

/** Where a task comes from: a plan, a meeting's conclusion, or an ad-hoc instruction (chỉ đạo). */
public enum TaskSource implements Labeled {
    PLAN("task.source.plan"),
    MEETING("task.source.meeting"),
    INSTRUCTION("task.source.instruction");

    private final String labelKey;

    TaskSource(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
