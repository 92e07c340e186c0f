package vn.socongvu.meeting;

import java.time.LocalDate;

/** Which meetings a list shows: by kind, format, chair, text (diacritics-insensitive) and the days they start on. */
public record MeetingFilter(MeetingKind kind, MeetingFormat format, Long chairId, String text, LocalDate from,
                            LocalDate to) {

    public static MeetingFilter period(LocalDate from, LocalDate to) {
        return new MeetingFilter(null, null, null, null, from, to);
    }
}
