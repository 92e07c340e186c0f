package vn.socongvu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.Severity;
import vn.socongvu.inspection.ViolationRow;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.Target;
import vn.socongvu.report.ReportFigures.StateCounts;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The records a report's window holds, read once; the figures are counted from them, and every figure can be
 * traced back to them ({@link #trace}) by the same rules, so a number and the list behind it always agree.
 *
 * @param tasks              the task occurrences live in the window (all states: paused and cancelled are
 *                           not counted)
 * @param meetings           the meetings held in the window
 * @param meetingsLastYear   those held in the same window a year earlier
 * @param plansIssued        the plans issued in the window (by their date of issue, whatever their year)
 * @param targets            the targets of the plans in force for the report's year, in the register's order
 * @param unitOrder          the directory's unit names in its order (the per-unit table follows it)
 */
public record ReportData(ReportPeriod period, ReportPeriod.Window window, LocalDate asOf,
                         List<TaskRow> tasks, List<MeetingRow> meetings, List<MeetingRow> meetingsLastYear,
                         List<InspectionRow> inspections, List<ViolationRow> violations, List<Plan> plansIssued,
                         List<PlanTarget> targets, List<String> unitOrder) {

    public static final String ONLINE = "ONLINE";
    public static final String PAPERLESS = "PAPERLESS";
    public static final String LAST_YEAR = "LAST_YEAR";
    public static final String CLEAN = "CLEAN";
    public static final String WITH_VIOLATIONS = "VIOLATIONS";
    public static final String NONE = "NONE";
    public static final String DONE = "DONE";
    public static final String OPEN = "OPEN";
    public static final String OVERDUE = "OVERDUE";
    public static final String REPEAT = "REPEAT";

    /**
     * A target of a plan in force, with the clerk's value for the report's period (null: none entered).
     */
    public record PlanTarget(Plan plan, Target target, Double entered) {
    }

    /** Which group of the per-plan table a task falls in: its plan, or where it came from. */
    static String planGroup(TaskRow r) {
        return r.planId() != null ? r.planTitle() : r.source().label();
    }

    private List<TaskRow> counted() {
        return tasks.stream().filter(r -> r.state().counted()).toList();
    }

    public ReportFigures figures(Tthc tthc) {
        List<TaskRow> counted = counted();
        StateCounts total = StateCounts.ZERO;
        Map<String, StateCounts> units = new HashMap<>();
        Map<String, StateCounts> plans = new HashMap<>();
        Set<String> fromPlans = new HashSet<>();
        for (TaskRow r : counted) {
            total = total.plus(r.state());
            units.merge(r.leadUnit(), StateCounts.ZERO.plus(r.state()), (a, b) -> a.plus(r.state()));
            plans.merge(planGroup(r), StateCounts.ZERO.plus(r.state()), (a, b) -> a.plus(r.state()));
            if (r.planId() != null) {
                fromPlans.add(r.planTitle());
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < unitOrder.size(); i++) {
            position.putIfAbsent(unitOrder.get(i), i);
        }
        List<ReportFigures.Group> byUnit = units.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, StateCounts> e) ->
                        position.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                        .thenComparing(Map.Entry::getKey, VnText.collator()))
                .map(e -> new ReportFigures.Group(e.getKey(), e.getValue())).toList();
        List<ReportFigures.Group> byPlan = plans.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, StateCounts> e) -> !fromPlans.contains(e.getKey()))
                        .thenComparing(Map.Entry::getKey, VnText.collator()))
                .map(e -> new ReportFigures.Group(e.getKey(), e.getValue())).toList();

        List<ReportFigures.IssuedPlan> issued = plansIssued.stream()
                .map(p -> new ReportFigures.IssuedPlan(p.number(), VnFormat.date(p.issuedOn()), p.title())).toList();

        List<ReportFigures.MeetingLine> meetingLines = new ArrayList<>();
        for (MeetingKind k : MeetingKind.values()) {
            List<MeetingRow> of = meetings.stream().filter(m -> m.kind() == k).toList();
            meetingLines.add(new ReportFigures.MeetingLine(k, of.size(), (int) of.stream().filter(ReportData::online).count(),
                    (int) of.stream().filter(MeetingRow::paperless).count(),
                    (int) meetingsLastYear.stream().filter(m -> m.kind() == k).count()));
        }

        List<ReportFigures.InspectionLine> inspectionLines = new ArrayList<>();
        for (InspectionKind k : InspectionKind.values()) {
            List<InspectionRow> of = inspections.stream().filter(i -> i.kind() == k).toList();
            inspectionLines.add(new ReportFigures.InspectionLine(k, of.size(),
                    (int) of.stream().filter(i -> i.violations() == 0).count(),
                    (int) violations.stream().filter(v -> v.kind() == k).count()));
        }

        Map<String, int[]> contents = new TreeMap<>(VnText.collator());
        Map<DisciplineMeasure, Integer> measures = new EnumMap<>(DisciplineMeasure.class);
        int undecided = 0;
        int[] remediation = new int[3];
        Set<Long> persons = new HashSet<>();
        Set<Long> repeaters = new HashSet<>();
        for (ViolationRow v : violations) {
            contents.computeIfAbsent(v.content(), k -> new int[3])[v.severity().ordinal()]++;
            if (v.decided() == null) {
                undecided++;
            } else {
                measures.merge(v.decided(), 1, Integer::sum);
            }
            String r = remediation(v);
            if (r != null) {
                remediation[List.of(DONE, OPEN, OVERDUE).indexOf(r)]++;
            }
            if (v.staffId() != null) {
                persons.add(v.staffId());
                if (v.repeat()) {
                    repeaters.add(v.staffId());
                }
            }
        }
        List<ReportFigures.ContentLine> contentLines = contents.entrySet().stream()
                .map(e -> new ReportFigures.ContentLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        List<ReportFigures.MeasureLine> measureLines = new ArrayList<>();
        measures.forEach((m, n) -> measureLines.add(new ReportFigures.MeasureLine(m, n)));
        if (undecided > 0) {
            measureLines.add(new ReportFigures.MeasureLine(null, undecided));
        }
        return new ReportFigures(total, byUnit, byPlan, targetLines(counted), issued, meetingLines, inspectionLines, contentLines,
                measureLines, new ReportFigures.Remediation(remediation[0], remediation[1], remediation[2]),
                persons.size(), repeaters.size(), Tthc.NONE).withTthc(tthc);
    }

    /**
     * Each target against its value for this window. A target on the plan's tasks counts the plan's task
     * occurrences of the window exactly as Biểu 02 does (the same rows, the same states as of the same day), so
     * "100 % nhiệm vụ đúng hạn" reads the share Biểu 02 gives for that plan; a TTHC target stands on the TTHC
     * figures (see {@link ReportFigures#withTthc}); any other, on the clerk's value for the period.
     */
    private List<ReportFigures.TargetLine> targetLines(List<TaskRow> counted) {
        List<ReportFigures.TargetLine> lines = new ArrayList<>();
        for (PlanTarget pt : targets) {
            Plan p = pt.plan();
            Target t = pt.target();
            StateCounts c = StateCounts.ZERO;
            for (TaskRow r : counted) {
                if (r.planId() != null && r.planId() == p.id()) {
                    c = c.plus(r.state());
                }
            }
            Target.Standing s = switch (t.indicator()) {
                case PLAN_TASKS_ON_TIME -> c.total() == 0 ? t.standing(null, Messages.get("report.target.basis.noTasks"))
                        : t.standing(100.0 * c.doneOnTime() / c.total(), Messages.get("report.target.basis.onTime",
                        VnFormat.integer(c.doneOnTime()), VnFormat.integer(c.total())));
                case PLAN_TASKS_DONE -> c.total() == 0 ? t.standing(null, Messages.get("report.target.basis.noTasks"))
                        : t.standing(100.0 * c.done() / c.total(), Messages.get("report.target.basis.done",
                        VnFormat.integer(c.done()), VnFormat.integer(c.total())));
                default -> t.standing(pt.entered(), Messages.get(pt.entered() == null
                        ? "report.target.basis.notEntered" : "report.target.basis.entered"));
            };
            lines.add(ReportFigures.TargetLine.of(p.number(), p.title(), s, pt.entered()));
        }
        return lines;
    }

    static boolean online(MeetingRow m) {
        return m.format() == MeetingFormat.ONLINE || m.format() == MeetingFormat.HYBRID;
    }

    /** DONE, OPEN (still in time), OVERDUE, or null (no remediation required, or it is paused or cancelled). */
    static String remediation(ViolationRow v) {
        if (v.remediation() == null) {
            return null;
        }
        return switch (v.remediation()) {
            case DONE_ON_TIME, DONE_LATE -> DONE;
            case OPEN_ON_TIME -> OPEN;
            case OPEN_OVERDUE -> OVERDUE;
            default -> null;
        };
    }

    /** The records behind one figure, in the order of their dates. */
    public List<TraceRow> trace(TraceKey key) {
        String g = key.group();
        String c = key.column();
        return switch (key.area()) {
            case TASKS_BY_UNIT, TASKS_BY_PLAN -> {
                Function<TaskRow, String> grouping = key.area() == TraceKey.Area.TASKS_BY_UNIT
                        ? TaskRow::leadUnit : ReportData::planGroup;
                yield counted().stream()
                        .filter(r -> g == null || g.equals(grouping.apply(r)))
                        .filter(r -> c == null || r.state() == TaskState.valueOf(c))
                        .map(r -> new TraceRow(r.dueOn() == null ? r.recurrence().label() : VnFormat.date(r.dueOn()),
                                r.content(), r.leadUnit(), r.state().label() + (r.completedOn() == null ? ""
                                        : " (" + VnFormat.date(r.completedOn()) + ")")))
                        .toList();
            }
            case PLANS_ISSUED -> plansIssued.stream()
                    .map(p -> new TraceRow(VnFormat.date(p.issuedOn()), p.title(), p.number(), p.status().label()))
                    .toList();
            case MEETINGS -> {
                boolean lastYear = LAST_YEAR.equals(c);
                Predicate<MeetingRow> col = m -> c == null || lastYear || (ONLINE.equals(c) ? online(m) : m.paperless());
                yield (lastYear ? meetingsLastYear : meetings).stream()
                        .filter(m -> g == null || m.kind() == MeetingKind.valueOf(g)).filter(col)
                        .map(m -> new TraceRow(VnFormat.dateTime(m.startsAt()), m.title(), m.chair() == null ? "" : m.chair(),
                                m.format().label() + (m.paperless() ? Messages.get("report.trace.paperless") : "")))
                        .toList();
            }
            case INSPECTIONS -> {
                if (WITH_VIOLATIONS.equals(c)) {
                    yield violationRows(v -> g == null || v.kind() == InspectionKind.valueOf(g));
                }
                yield inspections.stream()
                        .filter(i -> g == null || i.kind() == InspectionKind.valueOf(g))
                        .filter(i -> c == null || i.violations() == 0)
                        .map(i -> new TraceRow(VnFormat.date(i.startsOn()), i.title(), i.units(),
                                Messages.get("report.trace.violations", i.violations())))
                        .toList();
            }
            case VIOLATIONS -> violationRows(v -> (g == null || g.equals(v.content()))
                    && (c == null || v.severity() == Severity.valueOf(c)));
            case MEASURES -> violationRows(v -> g == null
                    || (NONE.equals(g) ? v.decided() == null : v.decided() == DisciplineMeasure.valueOf(g)));
            case REMEDIATION -> violationRows(v -> remediation(v) != null && (c == null || c.equals(remediation(v))));
            case PERSONS -> {
                Map<Long, ViolationRow> first = new LinkedHashMap<>();
                violations.stream().filter(v -> v.staffId() != null).forEach(v -> first.putIfAbsent(v.staffId(), v));
                Set<Long> repeaters = new HashSet<>();
                violations.stream().filter(v -> v.staffId() != null && v.repeat()).forEach(v -> repeaters.add(v.staffId()));
                yield violationRows(v -> v.staffId() != null && first.get(v.staffId()) == v
                        && (c == null || repeaters.contains(v.staffId())));
            }
        };
    }

    private List<TraceRow> violationRows(Predicate<ViolationRow> p) {
        return violations.stream().filter(p)
                .map(v -> new TraceRow(VnFormat.date(v.foundOn()), v.content(), v.who(),
                        v.severity().label() + (v.measure() == null ? "" : " · " + v.measure().label())))
                .toList();
    }
}
