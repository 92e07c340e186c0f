package vn.socongvu.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingRulesTest {
    static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute);
    }

    @Test
    void sessionsCountHalfDaysWithTheLunchHourInNeither() {
        assertEquals(1, MeetingRules.sessions(at(5, 8, 0), at(5, 11, 30)), "a morning");
        assertEquals(1, MeetingRules.sessions(at(5, 8, 0), at(5, 12, 45)), "running into lunch is still a morning");
        assertEquals(1, MeetingRules.sessions(at(5, 13, 30), at(5, 17, 0)), "an afternoon");
        assertEquals(2, MeetingRules.sessions(at(5, 8, 0), at(5, 13, 15)), "past 13:00 takes the afternoon");
        assertEquals(2, MeetingRules.sessions(at(5, 7, 30), at(5, 17, 0)), "a day");
        assertEquals(3, MeetingRules.sessions(at(5, 8, 0), at(6, 11, 30)), "a day and a morning");
        assertEquals(4, MeetingRules.sessions(at(5, 8, 0), at(6, 16, 0)), "two days");
        assertEquals(2, MeetingRules.sessions(at(5, 14, 0), at(6, 11, 0)), "an afternoon and the next morning");
        assertEquals(0, MeetingRules.sessions(at(5, 10, 0), at(5, 9, 0)), "end before start");
        assertEquals(0, MeetingRules.sessions(null, at(5, 9, 0)));
    }

    @Test
    void eachKindHasItsLimit() {
        // Dissemination ≤ ½ day, professional ≤ 1 day, major ≤ 1.5 days (DOMAIN.md, meeting rules).
        assertFalse(MeetingRules.duration(MeetingKind.DISSEMINATION, at(5, 8, 0), at(5, 11, 30)).tooLong());
        assertTrue(MeetingRules.duration(MeetingKind.DISSEMINATION, at(5, 8, 0), at(5, 16, 0)).tooLong());
        assertTrue(MeetingRules.duration(MeetingKind.BRIEFING, at(5, 8, 0), at(5, 16, 0)).tooLong());
        assertFalse(MeetingRules.duration(MeetingKind.PROFESSIONAL, at(5, 8, 0), at(5, 17, 0)).tooLong());
        assertTrue(MeetingRules.duration(MeetingKind.PROFESSIONAL, at(5, 8, 0), at(6, 11, 0)).tooLong());
        assertFalse(MeetingRules.duration(MeetingKind.MAJOR, at(5, 8, 0), at(6, 11, 0)).tooLong());
        assertTrue(MeetingRules.duration(MeetingKind.MAJOR, at(5, 8, 0), at(6, 16, 0)).tooLong());
        assertEquals("½", MeetingRules.days(1));
        assertEquals("1", MeetingRules.days(2));
        assertEquals("1,5", MeetingRules.days(3));
    }

    @Test
    void attendanceCountsLateAsPresentAndNamesTheAbsent() {
        var a = MeetingRules.attendance(List.of(
                new Meeting.Participant(1L, "Nguyễn Văn Hùng", "Chủ tịch UBND xã", Attendance.PRESENT, null),
                new Meeting.Participant(2L, "Lê Thị Lan", "Công chức Văn phòng", Attendance.LATE, null),
                new Meeting.Participant(null, "Trần Văn Bình", "Phòng Nội vụ tỉnh", Attendance.ABSENT, "Đi công tác"),
                new Meeting.Participant(3L, "Đỗ Minh Anh", null, Attendance.ABSENT, "Ốm")));
        assertEquals(4, a.invited());
        assertEquals(2, a.present());
        assertEquals(1, a.late());
        assertEquals(2, a.absentCount());
        assertEquals(List.of("Trần Văn Bình", "Đỗ Minh Anh"), a.absent().stream().map(Meeting.Participant::fullName).toList());
    }

    @Test
    void aPastMeetingWithoutMinutesIsAnIncompleteFile() {
        var none = List.of(new Meeting.AgendaItem("Giao ban tháng", null), new Meeting.AgendaItem("Khác", "  "));
        var some = List.of(new Meeting.AgendaItem("Giao ban tháng", "Văn phòng báo cáo kết quả tháng."));
        assertFalse(MeetingRules.hasMinutes(none));
        assertTrue(MeetingRules.hasMinutes(some));
        LocalDateTime now = at(10, 9, 0);
        assertTrue(MeetingRules.incompleteFile(at(5, 11, 0), false, now));
        assertFalse(MeetingRules.incompleteFile(at(5, 11, 0), true, now));
        assertFalse(MeetingRules.incompleteFile(at(12, 11, 0), false, now), "not held yet");
    }
}
