package vn.socongvu.overview.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.report.ReportService;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/** Tổng quan: tasks in the four states and per lead unit for the period, and the reminders. */
public final class OverviewViewModel {
    private final TaskService tasks;
    private final SettingsService settings;
    private final MeetingService meetings;
    private final ReportService reports;
    final ObjectProperty<OverviewPeriod> period = new SimpleObjectProperty<>(OverviewPeriod.REPORT_QUARTER);
    final Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    /** Lead unit name → counts per state, in Vietnamese order of the names. */
    final Map<String, Map<TaskState, Integer>> byUnit = new TreeMap<>(VnText.collator());
    final ObservableList<TaskRow> reminders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminderText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meetingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportText = new ReadOnlyStringWrapper("");
    /** "Số liệu của Phòng Văn hóa – Xã hội: …" for a unit's account; empty for the whole commune. */
    private final ReadOnlyStringWrapper scopeText = new ReadOnlyStringWrapper("");
    /** The unit whose figures these are (a unit's account), else null: the whole commune's. */
    private String unitName;
    /** Fired when new figures are in (the screen draws them again). */
    private final Signal<Void> changed = new Signal<>();
    /** True once figures (or the message that they could not be read) have been shown. */
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final LatestRequest figures;

    public OverviewViewModel(TaskService tasks, SettingsService settings, MeetingService meetings,
                             ReportService reports, TaskRunner runner) {
        this.tasks = tasks;
        this.settings = settings;
        this.meetings = meetings;
        this.reports = reports;
        this.figures = runner.latest("socongvu-overview");
        period.addListener((o, a, b) -> load());
    }

    /**
     * Figures of one unit's work (a unit's account, whose tasks alone the core reads): said on the screen, without the
     * commune's meetings and reports. Call before the screen is first shown.
     */
    public void onlyUnit(String name) {
        unitName = name;
        scopeText.set(Messages.get("overview.scope", name));
    }

    /** Fired each time new figures are in (or the message that they could not be read). */
    Signal<Void> changed() {
        return changed;
    }

    /** What the screen shows, computed off the FX thread. */
    private record Figures(Map<TaskState, Integer> counts, Map<String, Map<TaskState, Integer>> byUnit,
                           List<TaskRow> reminders, String periodText, String reminderText, String meetingText,
                           String reportText) {
    }

    private Figures compute(OverviewPeriod pc) {
        LocalDate today = tasks.today();
        LocalDate[] window = pc.window(today, settings.deadlines());
        // The figures Báo cáo gives for the same window, from the same reading (live in the window, not only due).
        List<TaskRow> rows = reports.countedTasks(window[0], window[1]);
        Map<TaskState, Integer> c = new EnumMap<>(TaskState.class);
        Map<String, Map<TaskState, Integer>> u = new TreeMap<>(VnText.collator());
        for (TaskRow r : rows) {
            c.merge(r.state(), 1, Integer::sum);
            u.computeIfAbsent(r.leadUnit(), k -> new EnumMap<>(TaskState.class)).merge(r.state(), 1, Integer::sum);
        }
        int days = settings.reminderDays();
        List<TaskRow> due = tasks.reminders(days).stream()
                .sorted(VnText.<TaskRow>comparing(TaskRow::leadUnit).thenComparing(TaskRow::dueOn)).toList();
        long overdue = due.stream().filter(r -> r.state() == TaskState.OPEN_OVERDUE).count();
        // a unit's account: its tasks only; the minutes still to write and the next report are the office's
        int incomplete = unitName != null ? 0 : meetings.incompleteFiles();
        return new Figures(c, u, due, Messages.get("overview.period", pc.label(), VnFormat.date(window[0]),
                VnFormat.date(window[1]), VnFormat.date(today)),
                Messages.get("overview.reminders", due.size() - overdue, days, overdue),
                incomplete == 0 ? "" : Messages.get("overview.meetingsIncomplete", incomplete),
                unitName != null ? "" : nextReport());
    }

    /** "Báo cáo kỳ tới: báo cáo năm 2026, hạn gửi Sở Nội vụ 10/12/2026 — còn 18 ngày." */
    private String nextReport() {
        var p = reports.nextDue();
        long left = reports.daysLeft(p);
        return Messages.get(left == 0 ? "overview.report.today" : "overview.report.next", p.label(),
                VnFormat.date(reports.due(p)), Long.toString(left));
    }

    /** Recomputes the figures on a background thread; the screen updates when they are ready. */
    public void load() {
        OverviewPeriod pc = period.get();
        // The data was closed under us (window closing) or could not be read: say so, do not crash.
        figures.run(() -> compute(pc), this::apply,
                e -> apply(new Figures(Map.of(), Map.of(), List.of(), Messages.get("overview.error"), "", "", "")));
    }

    private void apply(Figures f) {
        counts.clear();
        counts.putAll(f.counts());
        byUnit.clear();
        byUnit.putAll(f.byUnit());
        reminders.setAll(f.reminders());
        periodText.set(f.periodText());
        reminderText.set(f.reminderText());
        meetingText.set(f.meetingText());
        reportText.set(f.reportText());
        changed.fire(null);
        shown.set(true);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while figures are being computed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return figures.busyProperty();
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "45 (52,3 %)". */
    public String countText(TaskState s) {
        int n = counts.getOrDefault(s, 0);
        int total = total();
        return total == 0 ? "0" : n + " (" + VnFormat.percent(100.0 * n / total) + ")";
    }

    /** One line of the reminders: a lead unit's heading with how many of its tasks follow, or one of them. */
    public sealed interface ReminderLine {
        record Unit(String name, int count) implements ReminderLine {
        }

        record Task(TaskRow row) implements ReminderLine {
        }
    }

    /** The reminders as the screen lists them: each lead unit's heading, then its tasks by deadline. */
    public List<ReminderLine> reminderLines() {
        Map<String, List<TaskRow>> byUnit = new LinkedHashMap<>();
        reminders.forEach(r -> byUnit.computeIfAbsent(r.leadUnit(), k -> new ArrayList<>()).add(r));
        List<ReminderLine> lines = new ArrayList<>(reminders.size() + byUnit.size());
        byUnit.forEach((unit, rows) -> {
            lines.add(new ReminderLine.Unit(unit, rows.size()));
            rows.forEach(r -> lines.add(new ReminderLine.Task(r)));
        });
        return lines;
    }

    /** Whose figures these are, for a unit's account; empty for the whole commune. */
    public ReadOnlyStringProperty scopeTextProperty() {
        return scopeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    /** "3 cuộc họp đã diễn ra chưa có biên bản", or empty when every held meeting has its minutes. */
    public ReadOnlyStringProperty meetingTextProperty() {
        return meetingText.getReadOnlyProperty();
    }

    /** The next periodic report due and how many days are left. */
    public ReadOnlyStringProperty reportTextProperty() {
        return reportText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reminderTextProperty() {
        return reminderText.getReadOnlyProperty();
    }
}
