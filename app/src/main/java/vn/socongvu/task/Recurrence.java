package vn.socongvu.task;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** A one-off deadline, or a task that recurs: one occurrence per period, each with its own deadline. */
public enum Recurrence implements Labeled {
    NONE("task.recurrence.none"),
    /** Thường xuyên: ongoing, no deadline. */
    ONGOING("task.recurrence.ongoing"),
    MONTHLY("task.recurrence.monthly"),
    QUARTERLY("task.recurrence.quarterly"),
    HALF_YEARLY("task.recurrence.halfYearly"),
    YEARLY("task.recurrence.yearly");

    private final String labelKey;

    Recurrence(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Months in one period: 1, 3, 6, 12; 0 for NONE and ONGOING. */
    public int months() {
        return switch (this) {
            case NONE, ONGOING -> 0;
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
    }

    /** The constant stored as {@code name}; {@link #NONE} for a name no constant has (see StoredValues). */
    public static Recurrence stored(String name) {
        return StoredValues.of(Recurrence.class, name, NONE);
    }
}
