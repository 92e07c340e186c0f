package vn.socongvu.overview.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/** Tổng quan: tasks in the four states and per lead unit for the period, and the reminders. */
public final class OverviewViewModel {
    private final Services services;
    final ObjectProperty<OverviewPeriod> period = new SimpleObjectProperty<>(OverviewPeriod.REPORT_QUARTER);
    final Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    /** Lead unit name → counts per state, in Vietnamese order of the names. */
    final Map<String, Map<TaskState, Integer>> byUnit = new TreeMap<>(VnText.collator());
    final ObservableList<TaskRow> reminders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminderText = new ReadOnlyStringWrapper("");
    private Runnable onChange = () -> { };

    public OverviewViewModel(Services services) {
        this.services = services;
        period.addListener((o, a, b) -> load());
    }

    void onChange(Runnable r) {
        onChange = r;
    }

    public void load() {
        LocalDate today = services.tasks().today();
        OverviewPeriod pc = period.get();
        LocalDate[] window = pc.window(today, services.settings().deadlines());
        List<TaskRow> rows = services.tasks().list(vn.socongvu.task.TaskFilter.year(today.getYear(), today)
                .withPeriod(window[0], window[1]));
        counts.clear();
        byUnit.clear();
        for (TaskRow r : rows) {
            if (!r.state().counted()) {
                continue;
            }
            counts.merge(r.state(), 1, Integer::sum);
            byUnit.computeIfAbsent(r.leadUnit(), k -> new EnumMap<>(TaskState.class)).merge(r.state(), 1, Integer::sum);
        }
        periodText.set(Messages.get("overview.period", pc.label(), VnFormat.date(window[0]),
                VnFormat.date(window[1]), VnFormat.date(today)));
        int days = services.settings().reminderDays();
        List<TaskRow> due = services.tasks().reminders(days).stream()
                .sorted(VnText.<TaskRow>comparing(TaskRow::leadUnit).thenComparing(TaskRow::dueOn)).toList();
        reminders.setAll(due);
        long overdue = due.stream().filter(r -> r.state() == TaskState.OPEN_OVERDUE).count();
        reminderText.set(Messages.get("overview.reminders", due.size() - overdue, days, overdue));
        onChange.run();
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "45 (52,3 %)". */
    public String countText(TaskState s) {
        int n = counts.getOrDefault(s, 0);
        int total = total();
        return total == 0 ? "0" : n + " (" + VnFormat.number(100.0 * n / total, 1) + " %)";
    }

    /** Reminders grouped by lead unit, in order. */
    public Map<String, List<TaskRow>> remindersByUnit() {
        Map<String, List<TaskRow>> m = new LinkedHashMap<>();
        reminders.forEach(r -> m.computeIfAbsent(r.leadUnit(), k -> new java.util.ArrayList<>()).add(r));
        return m;
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reminderTextProperty() {
        return reminderText.getReadOnlyProperty();
    }
}
