package vn.socongvu.task;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which task occurrences a list shows: by plan, lead unit, lead person, source, text (diacritics-insensitive),
 * states, and the period their deadline falls in (ongoing tasks: the period they run in). States are judged
 * as of {@code asOf}.
 */
public record TaskFilter(Long planId, Long unitId, Long staffId, TaskSource source, String text, Set<TaskState> states,
                         LocalDate from, LocalDate to, LocalDate asOf) {

    public TaskFilter {
        // unmodifiable: a filter is a value (a key of the lists kept while the data is unchanged)
        states = Collections.unmodifiableSet(states == null || states.isEmpty() ? EnumSet.allOf(TaskState.class)
                : EnumSet.copyOf(states));
    }

    /** Everything due in a year, judged today. */
    public static TaskFilter year(int year, LocalDate asOf) {
        return new TaskFilter(null, null, null, null, null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                asOf);
    }

    public TaskFilter withPlan(Long id) {
        return new TaskFilter(id, unitId, staffId, source, text, states, from, to, asOf);
    }

    public TaskFilter withUnit(Long id) {
        return new TaskFilter(planId, id, staffId, source, text, states, from, to, asOf);
    }

    public TaskFilter withStates(Set<TaskState> s) {
        return new TaskFilter(planId, unitId, staffId, source, text, s, from, to, asOf);
    }

    public TaskFilter withPeriod(LocalDate f, LocalDate t) {
        return new TaskFilter(planId, unitId, staffId, source, text, states, f, t, asOf);
    }

    public TaskFilter withText(String t) {
        return new TaskFilter(planId, unitId, staffId, source, t, states, from, to, asOf);
    }

    public TaskFilter asOf(LocalDate d) {
        return new TaskFilter(planId, unitId, staffId, source, text, states, from, to, d);
    }
}
