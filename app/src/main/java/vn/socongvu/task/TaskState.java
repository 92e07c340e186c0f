package vn.socongvu.task;

import vn.socongvu.common.Labeled;

/**
 * The state of a task (of one occurrence of it), always computed from its deadline, its completion date
 * and the day it is judged on; never typed. The first four are the ones reports count.
 */
public enum TaskState implements Labeled {
    DONE_ON_TIME("task.state.doneOnTime"),
    DONE_LATE("task.state.doneLate"),
    OPEN_ON_TIME("task.state.openOnTime"),
    OPEN_OVERDUE("task.state.openOverdue"),
    PAUSED("task.state.paused"),
    CANCELLED("task.state.cancelled");

    private final String labelKey;

    TaskState(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether reports count it in the four states (paused and cancelled tasks are not counted). */
    public boolean counted() {
        return this != PAUSED && this != CANCELLED;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
