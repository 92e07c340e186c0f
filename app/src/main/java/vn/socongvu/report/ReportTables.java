package vn.socongvu.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.Spreadsheet.Column;
import vn.socongvu.i18n.Messages;
import vn.socongvu.report.ReportFigures.StateCounts;
import vn.socongvu.report.TraceKey.Area;
import vn.socongvu.task.TaskState;

/** The appendix tables (biểu số liệu) of a report, built from its figures. */
public final class ReportTables {
    public static final int UNITS = 0;
    public static final int PLANS = 1;
    public static final int TARGETS = 2;
    public static final int MEETINGS = 3;
    public static final int INSPECTIONS = 4;
    public static final int VIOLATIONS = 5;
    public static final int MEASURES = 6;
    public static final int REMEDIATION = 7;
    public static final int TTHC = 8;

    private static final TaskState[] STATES = {TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.OPEN_ON_TIME,
        TaskState.OPEN_OVERDUE};

    private ReportTables() {
    }

    public static List<ReportTable> of(ReportFigures f) {
        return List.of(tasks(f.byUnit(), Area.TASKS_BY_UNIT, Messages.get("report.table.units.sheet"),
                        Messages.get("report.table.units.title"), "report.col.unit"),
                tasks(f.byPlan(), Area.TASKS_BY_PLAN, Messages.get("report.table.plans.sheet"),
                        Messages.get("report.table.plans.title"), "report.col.plan"),
                targets(f), meetings(f), inspections(f), violations(f), measures(f), remediation(f), tthc(f.tthc()));
    }

    private static Column count(String key) {
        return Column.count(Messages.get(key), 14);
    }

    private static TraceKey[] traces(int n) {
        return new TraceKey[n];
    }

    private static ReportTable tasks(List<ReportFigures.Group> groups, Area area, String sheet, String title,
                                     String nameKey) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get(nameKey), 40), count("report.col.total"),
                count("task.state.doneOnTime"), count("task.state.doneLate"), count("task.state.openOnTime"),
                count("task.state.openOverdue"), Column.share(Messages.get("report.col.onTimeShare"), 12, 3, 2));
        List<ReportTable.Row> rows = new ArrayList<>();
        int n = 1;
        for (ReportFigures.Group g : groups) {
            StateCounts c = g.counts();
            TraceKey[] t = traces(cols.size());
            t[2] = TraceKey.of(area, g.name(), null);
            for (int i = 0; i < STATES.length; i++) {
                t[3 + i] = TraceKey.of(area, g.name(), STATES[i].name());
            }
            rows.add(new ReportTable.Row(Arrays.asList(n++, g.name(), c.total(), c.doneOnTime(), c.doneLate(),
                    c.openOnTime(), c.openOverdue(), c.total() == 0 ? null : (double) c.doneOnTime() / c.total()),
                    Arrays.asList(t)));
        }
        TraceKey[] tt = traces(cols.size());
        tt[2] = TraceKey.of(area, null, null);
        for (int i = 0; i < STATES.length; i++) {
            tt[3 + i] = TraceKey.of(area, null, STATES[i].name());
        }
        return new ReportTable(sheet, title, cols, rows, Messages.get("report.col.sum"), Arrays.asList(tt));
    }

    private static ReportTable targets(ReportFigures f) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.planNumber"), 14),
                Column.text(Messages.get("report.col.plan"), 34), Column.text(Messages.get("report.col.target"), 40),
                Column.text(Messages.get("report.col.goal"), 12), Column.text(Messages.get("report.col.result"), 12),
                Column.text(Messages.get("report.col.basis"), 34),
                Column.text(Messages.get("report.col.assessment"), 16));
        List<ReportTable.Row> rows = new ArrayList<>();
        int n = 1;
        for (ReportFigures.TargetLine t : f.targets()) {
            rows.add(ReportTable.Row.of(n++, t.planNumber(), t.plan(), t.target(), t.goal(), t.shownResult(),
                    t.basis() == null ? "" : t.basis(), assessment(t)));
        }
        return new ReportTable(Messages.get("report.table.targets.sheet"), Messages.get("report.table.targets.title"), cols, rows, null, List.of());
    }

    /** "Đạt", "Chưa đạt", "Chưa có số liệu". */
    public static String assessment(ReportFigures.TargetLine t) {
        return Messages.get(t.met() == null ? "report.target.noValue" : t.met() ? "report.target.met" : "report.target.notMet");
    }

    private static ReportTable meetings(ReportFigures f) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.meetingKind"), 34),
                count("report.col.meetings"), count("report.col.online"),
                Column.share(Messages.get("report.col.onlineShare"), 12, 3, 2), count("report.col.paperless"),
                Column.share(Messages.get("report.col.paperlessShare"), 12, 5, 2), count("report.col.lastYear"));
        List<ReportTable.Row> rows = new ArrayList<>();
        int n = 1;
        String[] columns = {null, ReportData.ONLINE, null, ReportData.PAPERLESS, null, ReportData.LAST_YEAR};
        for (ReportFigures.MeetingLine m : f.meetings()) {
            TraceKey[] t = traces(cols.size());
            for (int i = 0; i < columns.length; i++) {
                if (i != 2 && i != 4) {
                    t[2 + i] = TraceKey.of(Area.MEETINGS, m.kind().name(), columns[i]);
                }
            }
            rows.add(new ReportTable.Row(Arrays.asList(n++, m.kind().label(), m.total(), m.online(),
                    share(m.online(), m.total()), m.paperless(), share(m.paperless(), m.total()), m.lastYear()),
                    Arrays.asList(t)));
        }
        TraceKey[] tt = traces(cols.size());
        for (int i = 0; i < columns.length; i++) {
            if (i != 2 && i != 4) {
                tt[2 + i] = TraceKey.of(Area.MEETINGS, null, columns[i]);
            }
        }
        return new ReportTable(Messages.get("report.table.meetings.sheet"), Messages.get("report.table.meetings.title"), cols, rows,
                Messages.get("report.col.sum"), Arrays.asList(tt));
    }

    private static Double share(int n, int of) {
        return of == 0 ? null : (double) n / of;
    }

    private static ReportTable inspections(ReportFigures f) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.inspectionKind"), 34),
                count("report.col.inspections"), count("report.col.clean"), count("report.col.violations"));
        List<ReportTable.Row> rows = new ArrayList<>();
        int n = 1;
        for (ReportFigures.InspectionLine i : f.inspections()) {
            String k = i.kind().name();
            rows.add(new ReportTable.Row(Arrays.asList(n++, i.kind().label(), i.total(), i.clean(), i.violations()),
                    Arrays.asList(null, null, TraceKey.of(Area.INSPECTIONS, k, null),
                            TraceKey.of(Area.INSPECTIONS, k, ReportData.CLEAN),
                            TraceKey.of(Area.INSPECTIONS, k, ReportData.WITH_VIOLATIONS))));
        }
        return new ReportTable(Messages.get("report.table.inspections.sheet"), Messages.get("report.table.inspections.title"), cols, rows,
                Messages.get("report.col.sum"), Arrays.asList(null, null, TraceKey.of(Area.INSPECTIONS, null, null),
                TraceKey.of(Area.INSPECTIONS, null, ReportData.CLEAN),
                TraceKey.of(Area.INSPECTIONS, null, ReportData.WITH_VIOLATIONS)));
    }

    private static ReportTable violations(ReportFigures f) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.content"), 44),
                count("report.col.violations"), count("inspection.severity.minor"), count("inspection.severity.serious"),
                count("inspection.severity.verySerious"));
        String[] sev = {null, "MINOR", "SERIOUS", "VERY_SERIOUS"};
        List<ReportTable.Row> rows = new ArrayList<>();
        int n = 1;
        for (ReportFigures.ContentLine c : f.violations()) {
            TraceKey[] t = traces(cols.size());
            for (int i = 0; i < sev.length; i++) {
                t[2 + i] = TraceKey.of(Area.VIOLATIONS, c.content(), sev[i]);
            }
            rows.add(new ReportTable.Row(Arrays.asList(n++, c.content(), c.total(), c.minor(), c.serious(),
                    c.verySerious()), Arrays.asList(t)));
        }
        TraceKey[] tt = traces(cols.size());
        for (int i = 0; i < sev.length; i++) {
            tt[2 + i] = TraceKey.of(Area.VIOLATIONS, null, sev[i]);
        }
        return new ReportTable(Messages.get("report.table.violations.sheet"), Messages.get("report.table.violations.title"), cols, rows,
                Messages.get("report.col.sum"), Arrays.asList(tt));
    }

    private static ReportTable measures(ReportFigures f) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.measure"), 40),
                count("report.col.cases"));
        List<ReportTable.Row> rows = new ArrayList<>();
        int n = 1;
        for (ReportFigures.MeasureLine m : f.measures()) {
            String g = m.measure() == null ? ReportData.NONE : m.measure().name();
            rows.add(new ReportTable.Row(Arrays.asList(n++, m.measure() == null ? Messages.get("report.measure.none")
                    : m.measure().label(), m.count()), Arrays.asList(null, null, TraceKey.of(Area.MEASURES, g, null))));
        }
        return new ReportTable(Messages.get("report.table.measures.sheet"), Messages.get("report.table.measures.title"), cols, rows,
                Messages.get("report.col.sum"), Arrays.asList(null, null, TraceKey.of(Area.MEASURES, null, null)));
    }

    private static ReportTable remediation(ReportFigures f) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.remediation"), 40),
                count("report.col.cases"));
        ReportFigures.Remediation r = f.remediation();
        List<ReportTable.Row> rows = List.of(
                new ReportTable.Row(Arrays.asList(1, Messages.get("report.remediation.done"), r.done()),
                        Arrays.asList(null, null, TraceKey.of(Area.REMEDIATION, null, ReportData.DONE))),
                new ReportTable.Row(Arrays.asList(2, Messages.get("report.remediation.open"), r.open()),
                        Arrays.asList(null, null, TraceKey.of(Area.REMEDIATION, null, ReportData.OPEN))),
                new ReportTable.Row(Arrays.asList(3, Messages.get("report.remediation.overdue"), r.overdue()),
                        Arrays.asList(null, null, TraceKey.of(Area.REMEDIATION, null, ReportData.OVERDUE))));
        return new ReportTable(Messages.get("report.table.remediation.sheet"), Messages.get("report.table.remediation.title"), cols, rows,
                Messages.get("report.col.sum"), Arrays.asList(null, null, TraceKey.of(Area.REMEDIATION, null, null)));
    }

    private static ReportTable tthc(Tthc t) {
        List<Column> cols = List.of(Column.ordinal(), Column.text(Messages.get("report.col.indicator"), 50),
                new Column(Messages.get("report.col.figure"), Spreadsheet.Kind.DECIMAL, 14, false));
        Object[][] lines = {
            {"report.tthc.receivedOnline", t.receivedOnline()},
            {"report.tthc.receivedInPerson", t.receivedInPerson()},
            {"report.tthc.resolvedEarly", t.resolvedEarly()},
            {"report.tthc.resolvedOnTime", t.resolvedOnTime()},
            {"report.tthc.resolvedLate", t.resolvedLate()},
            {"report.tthc.pending", t.pending()},
            {"report.tthc.onlineShare", t.onlineShare()},
            {"report.tthc.satisfaction", t.satisfaction()}};
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Object v = lines[i][1] instanceof Double d ? Double.valueOf(Math.round(d * 100) / 100.0) : lines[i][1];
            rows.add(ReportTable.Row.of(i + 1, Messages.get((String) lines[i][0]), v));
        }
        return new ReportTable(Messages.get("report.table.tthc.sheet"), Messages.get("report.table.tthc.title"), cols, rows, null, List.of());
    }
}
