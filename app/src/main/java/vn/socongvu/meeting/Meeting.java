package vn.socongvu.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting's file (hồ sơ cuộc họp): what kind, how held, when and where, who chaired and took the
 * minutes, who was invited and came, the agenda with what was said, and the conclusions.
 *
 * @param number the minutes' number ("12/BB-UBND") once registered, else null
 */
public record Meeting(long id, MeetingKind kind, MeetingFormat format, boolean paperless, String title,
                      LocalDateTime startsAt, LocalDateTime endsAt, String place, String link, Long chairId,
                      Long secretaryId, Long registerId, String number, List<Participant> participants,
                      List<AgendaItem> agenda, List<Conclusion> conclusions) {

    public Meeting {
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        conclusions = List.copyOf(conclusions);
    }

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    /**
     * An invited participant: a staff member ({@code staffId}) or an outside guest, with the name and body
     * as they were on the day.
     */
    public record Participant(Long staffId, String fullName, String body, Attendance attendance,
                              String absenceReason) {
    }

    /** One item of the agenda and what was said on it. */
    public record AgendaItem(String item, String discussion) {
    }

    /**
     * A conclusion of the chair. {@code taskId} is the task it became or points to; {@code newTask}, only in a
     * draft, asks the save to create that task (source: this meeting) in the same transaction.
     */
    public record Conclusion(Long id, String text, Long taskId, NewTask newTask) {
        public static Conclusion of(String text) {
            return new Conclusion(null, text, null, null);
        }
    }

    /** The task a conclusion is to become: who leads it and by when. */
    public record NewTask(Long leadUnitId, Long leadStaffId, LocalDate deadline, String content) {
    }

    /** What a form (or the demo) supplies; {@code id} null for a new meeting. */
    public record Draft(Long id, MeetingKind kind, MeetingFormat format, boolean paperless, String title,
                        LocalDateTime startsAt, LocalDateTime endsAt, String place, String link, Long chairId,
                        Long secretaryId, List<Participant> participants, List<AgendaItem> agenda,
                        List<Conclusion> conclusions) {
        public Draft {
            participants = participants == null ? List.of() : List.copyOf(participants);
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
            conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
        }
    }
}
