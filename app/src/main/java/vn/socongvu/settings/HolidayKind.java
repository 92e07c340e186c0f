package vn.socongvu.settings;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** OFF: a day off (holiday, make-up day off); WORK: a weekend day worked in exchange. */
public enum HolidayKind implements Labeled {
    OFF("holiday.kind.off"),
    WORK("holiday.kind.work");

    private final String labelKey;

    HolidayKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #OFF} for a name no constant has (see StoredValues). */
    public static HolidayKind stored(String name) {
        return StoredValues.of(HolidayKind.class, name, OFF);
    }
}
