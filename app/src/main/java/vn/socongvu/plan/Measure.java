package vn.socongvu.plan;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/**
 * How a target is measured: computed by the app from the plan's own tasks, or entered by the clerk for
 * each reporting period (satisfaction, TTHC online share … come from the province's systems).
 */
public enum Measure implements Labeled {
    MANUAL("target.measure.manual"),
    /** Share (%) of the plan's task occurrences due by the day judged that were done on time. */
    TASKS_ON_TIME("target.measure.tasksOnTime"),
    /** Share (%) of the plan's task occurrences due by the day judged that were done at all. */
    TASKS_DONE("target.measure.tasksDone");

    private final String labelKey;

    Measure(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #MANUAL} for a name no constant has (see StoredValues). */
    public static Measure stored(String name) {
        return StoredValues.of(Measure.class, name, MANUAL);
    }
}
