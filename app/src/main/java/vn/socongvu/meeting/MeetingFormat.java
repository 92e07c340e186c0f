package vn.socongvu.meeting;

import vn.socongvu.common.Labeled;

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
}
