package vn.socongvu.task;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** A task set aside, with a reason: paused (may resume) or cancelled. */
public enum Hold implements Labeled {
    NONE("task.hold.none"),
    PAUSED("task.hold.paused"),
    CANCELLED("task.hold.cancelled");

    private final String labelKey;

    Hold(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #NONE} for a name no constant has (see StoredValues). */
    public static Hold stored(String name) {
        return StoredValues.of(Hold.class, name, NONE);
    }
}
