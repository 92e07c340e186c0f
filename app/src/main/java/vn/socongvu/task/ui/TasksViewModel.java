package vn.socongvu.task.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Plan;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskExport;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.Reopening;
import vn.socongvu.ui.kit.ScreenHook;

/** Nhiệm vụ: the filtered list of task occurrences, the selected task's form, occurrences and progress. */
public final class TasksViewModel {
    private static final String PREF = "tasks.filter.";
    private final Services services;
    private final Preferences prefs;

    final ObservableList<Plan> plans = FXCollections.observableArrayList();
    final ObservableList<Unit> units = FXCollections.observableArrayList();
    final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObservableList<Staff> people = FXCollections.observableArrayList();
    final ObjectProperty<Staff> person = new SimpleObjectProperty<>();
    final ObjectProperty<TaskState> state = new SimpleObjectProperty<>();
    final ObjectProperty<TaskSource> source = new SimpleObjectProperty<>();
    final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(PeriodChoice.THIS_YEAR);
    final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private boolean restoring;
    /** The list is read off the FX thread; only the latest filter's answer is shown. */
    private final LatestRequest listing = new LatestRequest("socongvu-task-list");
    /** How the rows are replaced: the view wraps it so that a reload never reads as the clerk's choice. */
    private final ScreenHook<Consumer<Runnable>> rowsReplacer =
            new ScreenHook<>(Runnable::run);

    private final TaskFormModel taskForm;
    final ObjectProperty<TaskRow> selectedRow = new SimpleObjectProperty<>();
    final ObservableList<Task.Occurrence> occurrences = FXCollections.observableArrayList();
    final ObservableList<Task.ProgressEntry> progress = FXCollections.observableArrayList();
    final ObjectProperty<Task.Occurrence> occurrence = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> progressDate = new SimpleObjectProperty<>();
    final StringProperty progressPercent = new SimpleStringProperty("");
    final StringProperty progressNote = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty holdReason = new SimpleStringProperty("");
    private final FormState<Task.Occurrence> work = new FormState<>(Task.Occurrence::id, "reportedOn", "percent", "note",
            "completedOn", "result", "holdReason", "id");

    public TasksViewModel(Services services, Path dataDir) {
        this.services = services;
        this.prefs = new Preferences(dataDir);
        this.taskForm = new TaskFormModel(services);
        restoreFilter();
        for (var p : List.of(plan, unit, person, state, source, period)) {
            p.addListener((o, a, b) -> filterChanged());
        }
        text.addListener((o, a, b) -> filterChanged());
        occurrence.addListener((o, a, b) -> occurrenceChanged());
    }

    public TaskFormModel taskForm() {
        return taskForm;
    }

    public FormState<Task.Occurrence> work() {
        return work;
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private final Reopening reopening = new Reopening();

    /** Called by each new view of the screen ({@link Reopening}): a new instruction the first time. */
    public void screenOpened() {
        reopening.open(() -> { load(); newInstruction(); }, this::load);
    }

    /** Reloads the choices and the list (on showing the screen). */
    public void load() {
        restoring = true;
        Plan keepPlan = plan.get();
        Unit keepUnit = unit.get();
        Staff keepPerson = person.get();
        plans.setAll(services.plans().plans(null, false));
        units.setAll(services.directory().units().stream().sorted(VnText.comparing(Unit::name)).toList());
        plan.set(keepPlan == null ? null : plans.stream().filter(p -> p.id() == keepPlan.id()).findFirst().orElse(null));
        unit.set(keepUnit == null ? null : units.stream().filter(u -> u.id() == keepUnit.id()).findFirst().orElse(null));
        people.setAll(services.directory().staff().stream().filter(Staff::active)
                .sorted(VnText.comparing(Staff::fullName)).toList());
        person.set(keepPerson == null ? null
                : people.stream().filter(x -> x.id() == keepPerson.id()).findFirst().orElse(null));
        restoring = false;
        taskForm.reloadUnits();
        reload();
    }

    private void filterChanged() {
        filterChanged(() -> { });
    }

    private void filterChanged(Runnable then) {
        if (!restoring) {
            saveFilter();
            reload(then);
        }
    }

    public TaskFilter filter() {
        LocalDate today = services.tasks().today();
        PeriodChoice pc = period.get() == null ? PeriodChoice.ALL : period.get();
        return new TaskFilter(plan.get() == null ? null : plan.get().id(), unit.get() == null ? null : unit.get().id(),
                person.get() == null ? null : person.get().id(), source.get(), text.get(), state.get() == null ? null : Set.of(state.get()), pc.from(today),
                pc.to(today), today);
    }

    /** True while the list is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return listing.busyProperty();
    }

    /** Lets the view replace the rows its own way (keeping its selection quiet). */
    public void onRowsReplaced(Node screen, Consumer<Runnable> replacer) {
        rowsReplacer.set(screen, replacer);
    }

    public void reload() {
        reload(() -> { });
    }

    /** Reads the list for the current filter in the background, shows it, then runs {@code then}. */
    private void reload(Runnable then) {
        TaskFilter f = filter();
        listing.run(() -> services.tasks().list(f), list -> {
            rowsReplacer.get().accept(() -> rows.setAll(list));
            summarise();
            then.run();
        }, e -> summary.set(Messages.get("tasks.error.load")));
    }

    private void summarise() {
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        rows.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        summary.set(Messages.get("tasks.summary", rows.size(), counts.getOrDefault(TaskState.DONE_ON_TIME, 0),
                counts.getOrDefault(TaskState.DONE_LATE, 0), counts.getOrDefault(TaskState.OPEN_ON_TIME, 0),
                counts.getOrDefault(TaskState.OPEN_OVERDUE, 0)));
    }

    public void clearFilter() {
        restoring = true;
        plan.set(null);
        unit.set(null);
        person.set(null);
        state.set(null);
        source.set(null);
        text.set("");
        period.set(PeriodChoice.THIS_YEAR);
        restoring = false;
        filterChanged();
    }

    /** Shows one unit's open tasks (from the reminders). */
    public void showUnit(long unitId) {
        showUnit(unitId, () -> { });
    }

    private void showUnit(long unitId, Runnable then) {
        restoring = true;
        clearFilterFields();
        unit.set(units.stream().filter(u -> u.id() == unitId).findFirst().orElse(null));
        period.set(PeriodChoice.ALL);
        restoring = false;
        filterChanged(then);
    }

    /** Shows one task's row (from a reminder): its unit, all periods, selected once the list is read. */
    public void showTask(TaskRow row) {
        showUnit(row.leadUnitId(), () -> selectFirst(r -> r.occurrenceId() == row.occurrenceId()));
    }

    /** Shows one task (from a meeting's conclusion): its unit, all periods, its first row selected. */
    public void showTask(long taskId, long leadUnitId) {
        showUnit(leadUnitId, () -> selectFirst(r -> r.taskId() == taskId));
    }

    private void selectFirst(Predicate<TaskRow> which) {
        rows.stream().filter(which).findFirst().ifPresent(r -> {
            selectedRow.set(r);
            select(r);
        });
    }

    private void clearFilterFields() {
        person.set(null);
        plan.set(null);
        state.set(null);
        source.set(null);
        text.set("");
    }

    private void saveFilter() {
        prefs.put(PREF + "plan", plan.get() == null ? null : Long.toString(plan.get().id()));
        prefs.put(PREF + "unit", unit.get() == null ? null : Long.toString(unit.get().id()));
        prefs.put(PREF + "person", person.get() == null ? null : Long.toString(person.get().id()));
        prefs.put(PREF + "state", state.get() == null ? null : state.get().name());
        prefs.put(PREF + "source", source.get() == null ? null : source.get().name());
        prefs.put(PREF + "period", period.get() == null ? null : period.get().name());
        prefs.put(PREF + "text", text.get() == null || text.get().isBlank() ? null : text.get());
    }

    private void restoreFilter() {
        restoring = true;
        try {
            String p = prefs.get(PREF + "plan", null);
            if (p != null) {
                long id = Long.parseLong(p);
                services.plans().plans(null, false).stream().filter(x -> x.id() == id).findFirst().ifPresent(plan::set);
            }
            String u = prefs.get(PREF + "unit", null);
            if (u != null) {
                services.directory().unit(Long.parseLong(u)).ifPresent(unit::set);
            }
            String who = prefs.get(PREF + "person", null);
            if (who != null) {
                services.directory().staff(Long.parseLong(who)).ifPresent(person::set);
            }
            String st = prefs.get(PREF + "state", null);
            state.set(st == null ? null : TaskState.valueOf(st));
            String so = prefs.get(PREF + "source", null);
            source.set(so == null ? null : TaskSource.valueOf(so));
            period.set(PeriodChoice.valueOf(prefs.get(PREF + "period", PeriodChoice.THIS_YEAR.name())));
            text.set(prefs.get(PREF + "text", ""));
        } catch (IllegalArgumentException e) {
            period.set(PeriodChoice.THIS_YEAR); // a stale preference: start from the default filter
        } finally {
            restoring = false;
        }
    }

    // ---- the selected task ----

    public void select(TaskRow row) {
        selectedRow.set(row);
        if (row == null) {
            return;
        }
        Task t = services.tasks().task(row.taskId());
        taskForm.edit(t);
        refreshWork(t.id(), row.occurrenceId());
    }

    private void refreshWork(long taskId, Long occurrenceId) {
        occurrences.setAll(services.tasks().occurrences(taskId));
        progress.setAll(services.tasks().progress(taskId));
        occurrence.set(occurrences.stream().filter(o -> occurrenceId != null && o.id() == occurrenceId).findFirst()
                .orElse(occurrences.isEmpty() ? null : occurrences.get(0)));
        occurrenceChanged();
        Task t = services.tasks().task(taskId);
        holdReason.set(t.holdReason() == null ? "" : t.holdReason());
    }

    private void occurrenceChanged() {
        Task.Occurrence o = occurrence.get();
        work.begin(o);
        LocalDate today = services.tasks().today();
        progressDate.set(today);
        progressPercent.set("");
        progressNote.set("");
        completedOn.set(o == null || o.completedOn() == null ? today : o.completedOn());
        result.set(o == null || o.result() == null ? "" : o.result());
    }

    /** An empty form for a new instruction (chỉ đạo). */
    public void newInstruction() {
        selectedRow.set(null);
        taskForm.newTask(TaskSource.INSTRUCTION, null, null, false);
        occurrences.clear();
        progress.clear();
        occurrence.set(null);
    }

    public Task saveTask() {
        Task t = taskForm.save();
        if (t != null) {
            TaskRow before = selectedRow.get();
            Long occ = before != null && before.taskId() == t.id() ? Long.valueOf(before.occurrenceId()) : null;
            refreshWork(t.id(), occ);
            reload(() -> rows.stream().filter(r -> r.taskId() == t.id() && (occ == null || r.occurrenceId() == occ))
                    .findFirst().ifPresent(selectedRow::set));
        }
        return t;
    }

    private void afterWork(long taskId) {
        Long occ = occurrence.get() == null ? null : occurrence.get().id();
        refreshWork(taskId, occ);
        reload();
    }

    public boolean reportProgress() {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        Integer pct;
        try {
            pct = progressPercent.get() == null || progressPercent.get().isBlank() ? null
                    : Integer.valueOf(progressPercent.get().strip().replace("%", ""));
        } catch (NumberFormatException e) {
            work.refuse(ValidationException.of("percent", "task.error.percentRange"));
            return false;
        }
        return work.submit(() -> services.tasks().report(o.id(), progressDate.get(), pct, progressNote.get(),
                System.getProperty("user.name")), e -> afterWork(o.taskId()), e -> "tasks.progressSaved") != null;
    }

    public boolean complete() {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        return work.submit(() -> {
            services.tasks().complete(o.id(), completedOn.get(), result.get());
            return o;
        }, x -> afterWork(o.taskId()), x -> "tasks.completed") != null;
    }

    public boolean reopen() {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        return work.submit(() -> {
            services.tasks().reopen(o.id());
            return o;
        }, x -> afterWork(o.taskId()), x -> "tasks.reopened") != null;
    }

    public boolean hold(Hold h) {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        return work.submit(() -> {
            services.tasks().hold(o.taskId(), h, holdReason.get());
            return o;
        }, x -> afterWork(o.taskId()), x -> h == Hold.NONE ? "tasks.resumed" : "common.saved") != null;
    }

    public List<AuditEntry> history() {
        Long id = taskForm.form().editingId();
        return id == null ? List.of() : services.tasks().history(id);
    }

    // ---- export ----

    public Path exportExcel(Path target, Progress p) {
        return TaskExport.excel(services.settings(), List.copyOf(rows), describeFilter(), target, p);
    }

    public Path exportWord(Path target, Progress p) {
        return TaskExport.word(services.settings(), services.tasks().today(), List.copyOf(rows), describeFilter(), target, p);
    }

    /** "Năm nay; Phòng Văn hóa – Xã hội; Chưa hoàn thành, quá hạn" for the export's subtitle. */
    String describeFilter() {
        StringBuilder b = new StringBuilder(period.get() == null ? "" : period.get().label());
        if (plan.get() != null) {
            b.append("; ").append(plan.get().title());
        }
        if (unit.get() != null) {
            b.append("; ").append(unit.get().name());
        }
        if (person.get() != null) {
            b.append("; ").append(person.get().fullName());
        }
        if (state.get() != null) {
            b.append("; ").append(state.get().label());
        }
        if (source.get() != null) {
            b.append("; ").append(source.get().label());
        }
        if (text.get() != null && !text.get().isBlank()) {
            b.append("; \"").append(text.get().strip()).append('"');
        }
        return b.toString();
    }
}
