package vn.socongvu.report;

/**
 * Which records stand behind one figure of a report, so that the clerk can click a number and see them.
 *
 * @param group  the row of the figure's table (a unit's or plan's name, a kind's or measure's enum name);
 *               null for all rows
 * @param column the column (a task state, ONLINE, PAPERLESS, LAST_YEAR, CLEAN, VIOLATIONS, a severity,
 *               DONE / OPEN / OVERDUE, REPEAT); null for the row's total
 */
public record TraceKey(Area area, String group, String column) {

    public enum Area {
        /** Task occurrences by lead unit. */
        TASKS_BY_UNIT,
        /** Task occurrences by plan (or by source, outside a plan). */
        TASKS_BY_PLAN,
        PLANS_ISSUED,
        MEETINGS,
        INSPECTIONS,
        /** Violations by content. */
        VIOLATIONS,
        /** Violations by decided measure (group NONE: undecided). */
        MEASURES,
        REMEDIATION,
        /** Persons with a violation (column REPEAT: those who repeated one). */
        PERSONS
    }

    public static TraceKey of(Area area, String group, String column) {
        return new TraceKey(area, group, column);
    }
}
