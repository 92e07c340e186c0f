package vn.socongvu.meeting;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/**
 * The kinds of UBND meetings and how long each may last, in half-day sessions (buổi): dissemination
 * conferences ≤ ½ day, professional ≤ 1 day, major ones that need discussion ≤ 1.5 days. A regular
 * briefing (giao ban) is held to half a day like a dissemination conference; "other" to one day.
 */
public enum MeetingKind implements Labeled {
    BRIEFING("meeting.kind.briefing", 1),
    DISSEMINATION("meeting.kind.dissemination", 1),
    PROFESSIONAL("meeting.kind.professional", 2),
    MAJOR("meeting.kind.major", 3),
    OTHER("meeting.kind.other", 2);

    private final String labelKey;
    private final int maxSessions;

    MeetingKind(String labelKey, int maxSessions) {
        this.labelKey = labelKey;
        this.maxSessions = maxSessions;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The longest the meeting may run, in half-day sessions (1 = ½ day, 2 = 1 day, 3 = 1.5 days). */
    public int maxSessions() {
        return maxSessions;
    }

    /** The constant stored as {@code name}; {@link #OTHER} for a name no constant has (see StoredValues). */
    public static MeetingKind stored(String name) {
        return StoredValues.of(MeetingKind.class, name, OTHER);
    }
}
