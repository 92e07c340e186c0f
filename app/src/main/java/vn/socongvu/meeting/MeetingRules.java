package vn.socongvu.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import vn.socongvu.text.VnFormat;

/**
 * The meeting rules, pure: how long a meeting runs in half-day sessions against its kind's limit, who
 * came, and whether its file is complete.
 */
public final class MeetingRules {
    /** The morning session runs to noon; the afternoon one starts at 13:00 (the lunch hour is neither). */
    static final LocalTime NOON = LocalTime.NOON;
    static final LocalTime AFTERNOON = LocalTime.of(13, 0);

    private MeetingRules() {
    }

    /**
     * How many half-day sessions (buổi) the meeting occupies: a morning counts when the meeting runs in it
     * before noon, an afternoon when it runs after 13:00. 8:00–11:30 is one; 8:00–12:15 still one; 8:00–16:30
     * two; a meeting from a morning to the next day's noon three.
     */
    public static int sessions(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null || !end.isAfter(start)) {
            return 0;
        }
        int n = 0;
        for (LocalDate d = start.toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            if (overlaps(start, end, d.atStartOfDay(), d.atTime(NOON))) {
                n++;
            }
            if (overlaps(start, end, d.atTime(AFTERNOON), d.plusDays(1).atStartOfDay())) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlaps(LocalDateTime s, LocalDateTime e, LocalDateTime ws, LocalDateTime we) {
        return s.isBefore(we) && e.isAfter(ws);
    }

    /** A meeting's length against its kind's limit. */
    public record Duration(int sessions, int maxSessions) {
        public boolean tooLong() {
            return sessions > maxSessions;
        }
    }

    public static Duration duration(MeetingKind kind, LocalDateTime start, LocalDateTime end) {
        return new Duration(sessions(start, end), kind == null ? Integer.MAX_VALUE : kind.maxSessions());
    }

    /** "½", "1", "1,5", "2" … days for a number of half-day sessions. */
    public static String days(int sessions) {
        return sessions == 1 ? "½" : VnFormat.number(sessions / 2.0, 1);
    }

    /** Who was invited and who came; the late count among those present. */
    public record AttendanceCount(int invited, int present, int late, List<Meeting.Participant> absent) {
        public int absentCount() {
            return absent.size();
        }
    }

    public static AttendanceCount attendance(List<Meeting.Participant> participants) {
        int present = 0;
        int late = 0;
        for (Meeting.Participant p : participants) {
            if (p.attendance().attended()) {
                present++;
            }
            if (p.attendance() == Attendance.LATE) {
                late++;
            }
        }
        return new AttendanceCount(participants.size(), present, late,
                participants.stream().filter(p -> !p.attendance().attended()).toList());
    }

    /** The minutes have content when at least one agenda item records what was said. */
    public static boolean hasMinutes(List<Meeting.AgendaItem> agenda) {
        return agenda.stream().anyMatch(a -> a.discussion() != null && !a.discussion().isBlank());
    }

    /** A meeting that has ended without minutes leaves an incomplete file. */
    public static boolean incompleteFile(LocalDateTime endsAt, boolean hasMinutes, LocalDateTime now) {
        return endsAt != null && endsAt.isBefore(now) && !hasMinutes;
    }
}
