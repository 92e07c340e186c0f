package vn.socongvu.task.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
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

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.DialogService.FileType;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.RecordList;
import vn.socongvu.ui.kit.Reopening;
import vn.socongvu.ui.kit.TaskRunner;

/** Nhiệm vụ: the filtered list of task occurrences, the selected task's form, occurrences and progress. */
public final class TasksViewModel {
    private static final String PREF = "tasks.filter.";
    private final TaskService tasks;
    /** Whether no record is kept yet (made when a screen first asks). */
    private ReadOnlyBooleanProperty nothingYet;
    private final PlanService planService;
    private final DirectoryService directory;
    private final TaskExports exports;
    private final Preferences prefs;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final Reopening reopening = new Reopening();

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
    /** The list is read off the FX thread; only the latest filter's answer is shown, the chosen row kept. */
    private final RecordList<TaskRow> list;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private boolean restoring;

    private final TaskFormModel taskForm;
    /** Whether the person may give new tasks (the văn thư); who may not sees a hint until a task is chosen. */
    private BooleanSupplier creates = () -> true;
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
    /** The selected task's audit mark for its work (progress, completion, hold): refused when someone changed it. */
    private final EditGuard<Void> workGuard;
    private final FormState<Task.Occurrence> work = new FormState<>(Task.Occurrence::id, "reportedOn", "percent", "note",
            "completedOn", "result", "holdReason", "id");

    /** @param prefs where the filter is remembered across restarts */
    public TasksViewModel(TaskService tasks, PlanService plans, DirectoryService directory, MeetingService meetings,
                          TaskExports exports, Preferences prefs, DialogService dialogs, TaskRunner runner) {
        this.tasks = tasks;
        this.planService = plans;
        this.directory = directory;
        this.exports = exports;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.runner = runner;
        this.taskForm = new TaskFormModel(directory, tasks, meetings, dialogs);
        this.workGuard = new EditGuard<>(dialogs, null);
        this.list = new RecordList<>(runner, "socongvu-task-list", TaskRow::occurrenceId,
                () -> selectedRow.get() == null ? null : selectedRow.get().occurrenceId());
        restoreFilter();
        for (var p : List.of(plan, unit, person, state, source, period)) {
            p.addListener((o, a, b) -> filterChanged());
        }
        text.addListener((o, a, b) -> filterChanged());
        occurrence.addListener((o, a, b) -> occurrenceChanged());
    }

    /** The công văn đôn đốc, to the unit the list is filtered on (or one to choose). */
    public FollowUpLetterModel followUp(DialogService letterDialogs) {
        return new FollowUpLetterModel(tasks.followUps(), unit.get() == null ? null : unit.get().id(), letterDialogs);
    }

    public TaskFormModel taskForm() {
        return taskForm;
    }

    public FormState<Task.Occurrence> work() {
        return work;
    }

    public ObservableList<TaskRow> rows() {
        return list.rows();
    }

    /** True while the list is empty because no nhiệm vụ is kept yet, not because the filter hides them. */
    public ReadOnlyBooleanProperty nothingYetProperty() {
        if (nothingYet == null) {
            nothingYet = list().nothingYet(tasks::hasAny);
        }
        return nothingYet;
    }

    /** "Xóa bộ lọc": no filter, every period. */
    public void showEverything() {
        clearFilter();
        period.set(PeriodChoice.ALL);
    }

    public RecordList<TaskRow> list() {
        return list;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

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
        plans.setAll(planService.plans(null, false));
        units.setAll(directory.units().stream()
                .sorted(VnText.comparing(Unit::name)).toList());
        plan.set(keepPlan == null ? null : plans.stream().filter(p -> p.id() == keepPlan.id()).findFirst().orElse(null));
        unit.set(keepUnit == null ? null : units.stream().filter(u -> u.id() == keepUnit.id()).findFirst().orElse(null));
        people.setAll(directory.staff().stream().filter(Staff::active)
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
        LocalDate today = tasks.today();
        PeriodChoice pc = period.get() == null ? PeriodChoice.ALL : period.get();
        Long unitId = unit.get() == null ? null : unit.get().id();
        return new TaskFilter(plan.get() == null ? null : plan.get().id(), unitId,
                person.get() == null ? null : person.get().id(), source.get(), text.get(), state.get() == null ? null : Set.of(state.get()), pc.from(today),
                pc.to(today), today);
    }

    /** True while the list is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public void reload() {
        reload(() -> { });
    }

    /** Reads the list for the current filter in the background, shows it, then runs {@code then}. */
    private void reload(Runnable then) {
        TaskFilter f = filter();
        list.load(() -> tasks.list(f), rows -> rows, rows -> {
            summarise();
            then.run();
        }, e -> summary.set(Messages.get("tasks.error.load")));
    }

    private void summarise() {
        List<TaskRow> rows = list.rows();
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
        list.rows().stream().filter(which).findFirst().ifPresent(r -> list.keeping(() -> {
            selectedRow.set(r);
            select(r);
        }));
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
                planService.plans(null, false).stream().filter(x -> x.id() == id).findFirst().ifPresent(plan::set);
            }
            String u = prefs.get(PREF + "unit", null);
            if (u != null) {
                directory.unit(Long.parseLong(u)).ifPresent(unit::set);
            }
            String who = prefs.get(PREF + "person", null);
            if (who != null) {
                directory.staff(Long.parseLong(who)).ifPresent(person::set);
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

    /** Whether the person may give new tasks; set by the window from the account signed in. */
    public void creates(BooleanSupplier may) {
        this.creates = may;
    }

    /** Whether the person may give new tasks: if not, no empty "new task" form is shown, only the tasks chosen. */
    public boolean mayCreate() {
        return creates.getAsBoolean();
    }

    // ---- the selected task ----

    public void select(TaskRow row) {
        selectedRow.set(row);
        if (row == null) {
            return;
        }
        long mark = tasks.mark(row.taskId());
        Task t = tasks.task(row.taskId());
        taskForm.edit(t, mark);
        workGuard.loaded(null, mark);
        refreshWork(t.id(), row.occurrenceId());
    }

    private void refreshWork(long taskId, Long occurrenceId) {
        occurrences.setAll(tasks.occurrences(taskId));
        progress.setAll(tasks.progress(taskId));
        occurrence.set(occurrences.stream().filter(o -> occurrenceId != null && o.id() == occurrenceId).findFirst()
                .orElse(occurrences.isEmpty() ? null : occurrences.get(0)));
        occurrenceChanged();
        Task t = tasks.task(taskId);
        holdReason.set(t.holdReason() == null ? "" : t.holdReason());
    }

    private void occurrenceChanged() {
        Task.Occurrence o = occurrence.get();
        work.begin(o);
        LocalDate today = tasks.today();
        progressDate.set(today);
        progressPercent.set("");
        progressNote.set("");
        completedOn.set(o == null || o.completedOn() == null ? today : o.completedOn());
        result.set(o == null || o.result() == null ? "" : o.result());
    }

    /** An empty form for a new instruction (chỉ đạo). */
    public void newInstruction() {
        list.keeping(() -> {
            selectedRow.set(null);
            taskForm.newTask(TaskSource.INSTRUCTION, null, null, false);
            occurrences.clear();
            progress.clear();
            occurrence.set(null);
        });
    }

    /** Saves the task in the form; its row, once the list is read again, is the one selected. */
    public Task saveTask() {
        return list.keepingResult(() -> {
            Task t = taskForm.save();
            if (t != null) {
                workGuard.loaded(null, taskForm.mark());
                TaskRow before = selectedRow.get();
                Long occ = before != null && before.taskId() == t.id() ? Long.valueOf(before.occurrenceId()) : null;
                refreshWork(t.id(), occ);
                reload(() -> list.rows().stream().filter(r -> r.taskId() == t.id()
                        && (occ == null || r.occurrenceId() == occ)).findFirst()
                        .ifPresent(r -> list.keeping(() -> selectedRow.set(r))));
            }
            return t;
        });
    }

    private void afterWork(long taskId) {
        Long occ = occurrence.get() == null ? null : occurrence.get().id();
        refreshWork(taskId, occ);
        reload();
    }

    public boolean reportProgress() {
        return list.keepingResult(this::reportProgressNow);
    }

    private boolean reportProgressNow() {
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
        return work.submit(() -> guarded(o.taskId(), m -> tasks.report(o.id(), progressDate.get(), pct,
                progressNote.get(), System.getProperty("user.name"), m)), e -> afterWork(o.taskId()),
                e -> "tasks.progressSaved") != null;
    }

    public boolean complete() {
        return list.keepingResult(this::completeNow);
    }

    private boolean completeNow() {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        return work.submit(() -> guarded(o.taskId(), m -> {
            tasks.complete(o.id(), completedOn.get(), result.get(), m);
            return o;
        }), x -> afterWork(o.taskId()), x -> "tasks.completed") != null;
    }

    public boolean reopen() {
        return list.keepingResult(this::reopenNow);
    }

    private boolean reopenNow() {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        return work.submit(() -> guarded(o.taskId(), m -> {
            tasks.reopen(o.id(), m);
            return o;
        }), x -> afterWork(o.taskId()), x -> "tasks.reopened") != null;
    }

    public boolean hold(Hold h) {
        return list.keepingResult(() -> holdNow(h));
    }

    private boolean holdNow(Hold h) {
        Task.Occurrence o = occurrence.get();
        if (o == null) {
            return false;
        }
        return work.submit(() -> guarded(o.taskId(), m -> {
            tasks.hold(o.taskId(), h, holdReason.get(), m);
            return o;
        }), x -> afterWork(o.taskId()), x -> h == Hold.NONE ? "tasks.resumed" : "common.saved") != null;
    }

    /**
     * Runs a write on the selected task's work with its mark: refused because someone else changed the task, the
     * clerk chooses (keep theirs: the task read again; take mine: written after theirs). Done, the task form's mark
     * moves on too when it was the same (the clerk's own write is no conflict for the form).
     */
    private <R> R guarded(long taskId, Function<Long, R> write) {
        Long before = workGuard.mark();
        boolean[] clean = {true};
        R r = workGuard.save(null, (d, m) -> {
            clean[0] = Objects.equals(m, before);
            return write.apply(m);
        }, () -> null, field -> null, () -> reloadTask(taskId));
        if (r != null) {
            long now = tasks.mark(taskId);
            if (clean[0] && Objects.equals(taskForm.mark(), before)) {
                taskForm.advance(now);
            }
            workGuard.advance(now);
        }
        return r;
    }

    /** The selected task read again (after the clerk kept another person's changes), its form and its work. */
    private void reloadTask(long taskId) {
        long mark = tasks.mark(taskId);
        Task t = tasks.task(taskId);
        taskForm.edit(t, mark);
        workGuard.loaded(null, mark);
        Long occ = occurrence.get() == null ? null : occurrence.get().id();
        refreshWork(taskId, occ);
        reload();
        work.say("conflict.keptTheirs");
    }

    public List<AuditEntry> history() {
        Long id = taskForm.form().editingId();
        return id == null ? List.of() : tasks.history(id);
    }

    // ---- export ----

    /** Asks where, then writes the list as an Excel table in the background; offers to open it. */
    public void exportExcel() {
        export("tasks.exportExcel", "danh-sach-nhiem-vu.xlsx", new FileType("tasks.excelFiles", "*.xlsx"),
                exports.excel());
    }

    /** Asks where, then writes the list as a Word document in the background; offers to open it. */
    public void exportWord() {
        export("tasks.exportWord", "phan-cong-nhiem-vu.docx", new FileType("preview.wordFiles", "*.docx"),
                exports.word());
    }

    private void export(String titleKey, String fileName, FileType type, TaskExports.Writer write) {
        dialogs.chooseFileToSave(titleKey, fileName, List.of(type)).ifPresent(target -> exportTo(target, write));
    }

    /** Writes the list in the background; on success offers to open the file or its folder, on failure says why. */
    void exportTo(Path target, TaskExports.Writer write) {
        List<TaskRow> rows = List.copyOf(list.rows());
        String described = describeFilter();
        runner.run("tasks.exporting", p -> write.write(rows, described, target, p),
                written -> dialogs.saved("tasks-exported-dialog", "app.title",
                        Messages.get("preview.saved", written), written, true), dialogs::report);
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
