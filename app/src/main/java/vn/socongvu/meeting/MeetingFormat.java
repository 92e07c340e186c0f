package vn.socongvu.meeting;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** Where a meeting happens: in the hall, online, or both (some join from a link). */
public enum MeetingFormat implements Labeled {
    IN_PERSON("meeting.format.inPerson"),
    ONLINE("meeting.format.online"),
    HYBRID("meeting.format.hybrid");

    private final String labelKey;

    MeetingFormat(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Online or hybrid: counts towards the online share. */
    public boolean online() {
        return this != IN_PERSON;
    }

    /** The constant stored as {@code name}; {@link #IN_PERSON} for a name no constant has (see StoredValues). */
    public static MeetingFormat stored(String name) {
        return StoredValues.of(MeetingFormat.class, name, IN_PERSON);
    }
}
