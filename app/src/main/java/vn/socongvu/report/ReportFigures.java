package vn.socongvu.report;

import java.util.List;
import java.util.Objects;

import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Target;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;

/**
 * Every figure of a periodic report, as computed from the records for its window (or as frozen when the report
 * was exported or numbered). Plain values only, so that it is stored as JSON and read back unchanged.
 *
 * @param tasks         the task occurrences live in the window, in the four states as of the window's end
 * @param byUnit        the same per lead unit, in the directory's order
 * @param byPlan        the same per plan (tasks from outside a plan grouped by where they came from)
 * @param targets       each target of the year's plans against its value for the window: the plan's tasks counted
 *                      as in Biểu 02, the TTHC figures (Biểu 09), or the clerk's value for the period
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

    /**
     * The figures with other TTHC figures (entered after they were computed): the TTHC targets (satisfaction,
     * online share, files resolved in time) stand again on them.
     */
    public ReportFigures withTthc(Tthc t) {
        Tthc figures = t == null ? Tthc.NONE : t;
        return new ReportFigures(tasks, byUnit, byPlan, targets.stream().map(l -> l.withTthc(figures)).toList(),
                plansIssued, meetings, inspections, violations, measures, remediation, persons, repeatPersons, figures);
    }

    /** How many targets are met ({@code TRUE}), not met ({@code FALSE}) or have no value yet ({@code null}). */
    public int targetsStanding(Boolean met) {
        return (int) targets.stream().filter(x -> Objects.equals(x.met(), met)).count();
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

    /**
     * A target against its value for the report's window.
     *
     * @param planNumber "01/KH-UBND"
     * @param value      the value as printed (percentages to one decimal), null while there is none to judge
     * @param met        whether {@code value} meets the goal; null while there is no value
     * @param basis      where the value comes from: "7/12 nhiệm vụ … (Biểu 02)", "Biểu 09: …", the clerk's figure
     * @param result     the value as printed: "87,5 %" (null in figures frozen before results were kept as text)
     * @param indicator  for a TTHC target, its {@link Target.Indicator} (it stands on the TTHC figures); else null
     * @param entered    the clerk's value for the period, used by a TTHC target while no TTHC figure is entered
     * @param comparison the goal's comparison, and {@code goalValue} and {@code unit} its figure (TTHC targets)
     */
    public record TargetLine(String planNumber, String plan, String target, String goal, Double value, Boolean met,
                             String basis, String result, String indicator, Double entered, String comparison,
                             Double goalValue, String unit) {

        /** The line of a target standing as it was measured. */
        static TargetLine of(String planNumber, String plan, Target.Standing s, Double entered) {
            Target t = s.target();
            Target.Indicator i = t.indicator();
            return new TargetLine(planNumber, plan, t.description(), t.goal(), s.value(), s.value() == null ? null
                    : s.met(), s.basis(), s.value() == null ? null : s.result(), i.tthc() ? i.name() : null, entered,
                    t.comparison().name(), t.value(), t.unit());
        }

        /** The value as printed: "87,5 %"; "" with none. */
        public String shownResult() {
            if (result != null) {
                return result;
            }
            return value == null ? "" : VnFormat.number(value, 2);
        }

        /** A TTHC target stood on these TTHC figures (or on the clerk's value while they lack its figure). */
        TargetLine withTthc(Tthc t) {
            if (indicator == null || goalValue == null) {
                return this;
            }
            Target.Indicator i = Target.Indicator.valueOf(indicator);
            Target spec = new Target(0, 0, 0, target, Comparison.stored(comparison), goalValue, unit, Measure.MANUAL);
            Double figure = switch (i) {
                case TTHC_SATISFACTION -> t.satisfaction();
                case TTHC_ONLINE_SHARE -> t.onlineShare();
                case TTHC_IN_TIME_SHARE -> t.inTimeShare();
                default -> null;
            };
            Target.Standing s;
            if (figure != null) {
                s = spec.standing(figure, switch (i) {
                    case TTHC_ONLINE_SHARE -> Messages.get("report.target.basis.tthcOnline",
                            VnFormat.integer(Tthc.n(t.receivedOnline())), VnFormat.integer(t.received()));
                    case TTHC_IN_TIME_SHARE -> Messages.get("report.target.basis.tthcInTime",
                            VnFormat.integer(Tthc.n(t.resolvedEarly()) + Tthc.n(t.resolvedOnTime())),
                            VnFormat.integer(t.resolved()));
                    default -> Messages.get("report.target.basis.tthcSatisfaction");
                });
            } else if (entered != null) {
                s = spec.standing(entered, Messages.get("report.target.basis.entered"));
            } else {
                s = spec.standing(null, Messages.get("report.target.basis.noTthc"));
            }
            return new TargetLine(planNumber, plan, target, goal, s.value(), s.value() == null ? null : s.met(),
                    s.basis(), s.value() == null ? null : s.result(), indicator, entered, comparison, goalValue, unit);
        }
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
