package vn.socongvu.meeting;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** Whether an invited participant came: present, late (still present), or absent (with a reason). */
public enum Attendance implements Labeled {
    PRESENT("meeting.attendance.present"),
    LATE("meeting.attendance.late"),
    ABSENT("meeting.attendance.absent");

    private final String labelKey;

    Attendance(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public boolean attended() {
        return this != ABSENT;
    }

    /** The constant stored as {@code name}; {@link #PRESENT} for a name no constant has (see StoredValues). */
    public static Attendance stored(String name) {
        return StoredValues.of(Attendance.class, name, PRESENT);
    }
}
