package vn.socongvu.report;

import java.util.List;

import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.task.TaskState;

/**
 * Every figure of a periodic report, as computed from the records for its window (or as frozen when the report
 * was exported or numbered). Plain values only, so that it is stored as JSON and read back unchanged.
 *
 * @param tasks         the task occurrences live in the window, in the four states as of the window's end
 * @param byUnit        the same per lead unit, in the directory's order
 * @param byPlan        the same per plan (tasks from outside a plan grouped by where they came from)
 * @param targets       each target of the year's plans against its measured or entered value
 * @param plansIssued   the plans issued in the window
 * @param meetings      meetings held in the window per kind, with the same window a year earlier
 * @param inspections   inspections started in the window per kind
 * @param violations    their violations per content and severity
 * @param measures      the violations per decided measure (measure null: nothing decided yet)
 * @param remediation   where the remediations stand at the window's end
 * @param persons       persons with a violation in the window; {@code repeatPersons} those of them who repeated one
 * @param tthc          the TTHC figures the clerk entered (all null: not entered)
 */
public record ReportFigures(StateCounts tasks, List<Group> byUnit, List<Group> byPlan, List<TargetLine> targets,
                            List<IssuedPlan> plansIssued, List<MeetingLine> meetings, List<InspectionLine> inspections,
                            List<ContentLine> violations, List<MeasureLine> measures, Remediation remediation,
                            int persons, int repeatPersons, Tthc tthc) {
    public ReportFigures {
        byUnit = List.copyOf(byUnit);
        byPlan = List.copyOf(byPlan);
        targets = List.copyOf(targets);
        plansIssued = List.copyOf(plansIssued);
        meetings = List.copyOf(meetings);
        inspections = List.copyOf(inspections);
        violations = List.copyOf(violations);
        measures = List.copyOf(measures);
        tthc = tthc == null ? Tthc.NONE : tthc;
    }

    /** Whether {@code json} reads as a report's frozen figures (a data import refuses a report whose do not). */
    public static boolean readable(String json) {
        return FiguresJson.readable(json);
    }

    /** The figures with other TTHC figures (entered after they were computed). */
    public ReportFigures withTthc(Tthc t) {
        return new ReportFigures(tasks, byUnit, byPlan, targets, plansIssued, meetings, inspections, violations,
                measures, remediation, persons, repeatPersons, t);
    }

    /** Task occurrences in the four states a report counts. */
    public record StateCounts(int doneOnTime, int doneLate, int openOnTime, int openOverdue) {
        public static final StateCounts ZERO = new StateCounts(0, 0, 0, 0);

        public int total() {
            return doneOnTime + doneLate + openOnTime + openOverdue;
        }

        public int done() {
            return doneOnTime + doneLate;
        }

        public int count(TaskState s) {
            return switch (s) {
                case DONE_ON_TIME -> doneOnTime;
                case DONE_LATE -> doneLate;
                case OPEN_ON_TIME -> openOnTime;
                case OPEN_OVERDUE -> openOverdue;
                default -> 0;
            };
        }

        /** Share of the total in percent, null for none at all. */
        public Double share(int n) {
            return total() == 0 ? null : 100.0 * n / total();
        }

        StateCounts plus(TaskState s) {
            return new StateCounts(doneOnTime + (s == TaskState.DONE_ON_TIME ? 1 : 0),
                    doneLate + (s == TaskState.DONE_LATE ? 1 : 0), openOnTime + (s == TaskState.OPEN_ON_TIME ? 1 : 0),
                    openOverdue + (s == TaskState.OPEN_OVERDUE ? 1 : 0));
        }
    }

    /** A unit's or a plan's task counts. */
    public record Group(String name, StateCounts counts) {
    }

    /** @param planNumber "01/KH-UBND"; @param met null while there is no value to judge */
    public record TargetLine(String planNumber, String plan, String target, String goal, Double value, Boolean met, String basis) {
    }

    /** @param date "dd/MM/yyyy" */
    public record IssuedPlan(String number, String date, String title) {
    }

    public record MeetingLine(MeetingKind kind, int total, int online, int paperless, int lastYear) {
    }

    public record InspectionLine(InspectionKind kind, int total, int clean, int violations) {
    }

    public record ContentLine(String content, int minor, int serious, int verySerious) {
        public int total() {
            return minor + serious + verySerious;
        }
    }

    /** @param measure null for the violations with no measure decided yet */
    public record MeasureLine(DisciplineMeasure measure, int count) {
    }

    public record Remediation(int done, int open, int overdue) {
        public int total() {
            return done + open + overdue;
        }
    }

    public int meetingsTotal() {
        return meetings.stream().mapToInt(MeetingLine::total).sum();
    }

    public int meetingsLastYear() {
        return meetings.stream().mapToInt(MeetingLine::lastYear).sum();
    }

    public int meetingsOnline() {
        return meetings.stream().mapToInt(MeetingLine::online).sum();
    }

    public int meetingsPaperless() {
        return meetings.stream().mapToInt(MeetingLine::paperless).sum();
    }

    public int inspectionsTotal() {
        return inspections.stream().mapToInt(InspectionLine::total).sum();
    }

    public int violationsTotal() {
        return violations.stream().mapToInt(ContentLine::total).sum();
    }
}
