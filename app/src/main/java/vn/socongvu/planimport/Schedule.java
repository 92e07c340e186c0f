package vn.socongvu.planimport;

import java.time.LocalDate;

import vn.socongvu.task.Recurrence;

/**
 * When a task is due as the plan states it: a deadline ({@link Recurrence#NONE}), or a recurrence (ongoing,
 * monthly …) with no deadline; {@code phrase} is the words it was read from ("Thời gian hoàn thành:
 * 15/12/2021", "định kỳ 6 tháng"), empty when nothing was stated and the plan's year end is proposed.
 */
public record Schedule(Recurrence recurrence, LocalDate deadline, String phrase) {
    public static Schedule due(LocalDate deadline, String phrase) {
        return new Schedule(Recurrence.NONE, deadline, phrase);
    }

    public static Schedule recurring(Recurrence r, String phrase) {
        return new Schedule(r, null, phrase);
    }
}
