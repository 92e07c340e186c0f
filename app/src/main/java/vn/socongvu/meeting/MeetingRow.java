package vn.socongvu.meeting;

import java.time.LocalDateTime;

/** A meeting as the list shows it: when, what, who chaired, how many came, and whether its file is complete. */
public record MeetingRow(long id, MeetingKind kind, MeetingFormat format, boolean paperless, String title,
                         LocalDateTime startsAt, LocalDateTime endsAt, String place, Long chairId, String chair,
                         String number, int invited, int present, boolean hasMinutes, boolean incompleteFile,
                         boolean tooLong) {
}
