package vn.socongvu.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanDocument;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.plan.Target;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ProposalReport;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.ui.TaskFormModel;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.ListForm;
import vn.socongvu.ui.kit.RecordList;
import vn.socongvu.ui.kit.TaskRunner;

/** Kế hoạch: the plans of a year, and the selected plan's text, targets and task tree. */
public final class PlansViewModel {
    private final PlanService plans;
    /** Whether no record is kept yet (made when a screen first asks). */
    private ReadOnlyBooleanProperty nothingYet;
    private final TaskService taskService;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final PlanImporter importer;
    private final DialogService dialogs;
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    /** The search box: by number, trích yếu, year, status; while it has text, every year's plans are searched. */
    final StringProperty search = new SimpleStringProperty("");
    final ObservableList<Signer> signers = FXCollections.observableArrayList();

    private final FormState<Plan> form = new FormState<>(Plan::id, "title", "year", "legalBases", "purposes",
            "recipients", "signer", "number", "issuedOn", "status", "id");
    final StringProperty planYear = new SimpleStringProperty("");
    /** Said under the trích yếu while it starts with "Kế hoạch" (printed after KẾ HOẠCH, it would say it twice). */
    private final ReadOnlyStringWrapper titleWarning = new ReadOnlyStringWrapper("");
    /** The days off, read with the plan's tasks: a deadline on one is shown as the next working day. */
    private WorkCalendar calendar;
    /** The audit mark taken before the plan's tasks were last read: a delete from the list is checked at it. */
    private long tasksMark;
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    final StringProperty legalBases = new SimpleStringProperty("");
    final StringProperty purposes = new SimpleStringProperty("");
    final StringProperty recipients = new SimpleStringProperty("");
    final StringProperty issueNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();
    /** Said under the number while the one typed is already given this year (the next free one named). */
    final StringProperty numberWarning = new SimpleStringProperty("");

    final ObservableList<Target.Standing> standings = FXCollections.observableArrayList();
    private final FormState<Target> targetForm = new FormState<>(Target::id, "description", "comparison", "value",
            "unit", "measure", "enteredValue", "id");
    final StringProperty targetDescription = new SimpleStringProperty("");
    final ObjectProperty<Comparison> targetComparison = new SimpleObjectProperty<>(Comparison.AT_LEAST);
    final StringProperty targetValue = new SimpleStringProperty("");
    final StringProperty targetUnit = new SimpleStringProperty("");
    final ObjectProperty<Measure> targetMeasure = new SimpleObjectProperty<>(Measure.MANUAL);
    final StringProperty valuePeriod = new SimpleStringProperty("");
    final StringProperty enteredValue = new SimpleStringProperty("");

    private final ListForm<Plan, Plan> screen;
    /** The plan's tasks, the one in the task form kept selected. */
    private final RecordList<Task> tasks;
    private final TaskFormModel taskForm;
    /** The plan as loaded and its audit mark: a save refused because someone else changed it asks the clerk. */
    private final EditGuard<Plan.Draft> guard;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PlansViewModel(PlanService plans, TaskService tasks, DirectoryService directory, MeetingService meetings,
                          SettingsService settings, PlanImporter importer, DialogService dialogs, TaskRunner runner) {
        this.plans = plans;
        this.taskService = tasks;
        this.directory = directory;
        this.settings = settings;
        title.addListener((o, a, t) -> titleWarning.set(PlanDocument.repeatsKindWord(t)
                ? Messages.get("plans.title.repeated", PlanDocument.withoutKindWord(t)) : ""));
        this.importer = importer;
        this.dialogs = dialogs;
        this.taskForm = new TaskFormModel(directory, tasks, meetings, dialogs);
        this.guard = new EditGuard<>(dialogs, PlanService.MERGE::merge);
        this.screen = new ListForm<>(runner, dialogs, "socongvu-plan-list", Plan::id, form, this::reload,
                () -> edit(null), this::edit);
        this.tasks = new RecordList<>(runner, "socongvu-plan-tasks", Task::id, taskForm.form()::editingId);
        int now = tasks.today().getYear();
        year.set(now);
        year.addListener((o, a, b) -> reload());
        showArchived.addListener((o, a, b) -> reload());
        search.addListener((o, a, b) -> reload());
        valuePeriod.set(Integer.toString(now));
        issueNumber.addListener((o, was, value) -> checkNumber());
        issueDate.addListener((o, was, value) -> checkNumber());
    }

    public FormState<Plan> form() {
        return form;
    }

    public FormState<Target> targetForm() {
        return targetForm;
    }

    public TaskFormModel taskForm() {
        return taskForm;
    }

    /** True while the list is empty because no kế hoạch is kept yet, not because the filter hides them. */
    public ReadOnlyBooleanProperty nothingYetProperty() {
        if (nothingYet == null) {
            nothingYet = list().nothingYet(plans::hasAny);
        }
        return nothingYet;
    }

    /** "Xóa bộ lọc": every plan of the newest year that has any, the archived too. */
    public void showEverything() {
        showArchived.set(true);
        List<Integer> kept = plans.years();
        if (!kept.isEmpty() && !kept.contains(year.get())) {
            year.set(kept.stream().max(Integer::compare).orElseThrow());
        }
    }

    public RecordList<Plan> list() {
        return screen.list();
    }

    public RecordList<Task> tasks() {
        return tasks;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Called by each new view of the screen: the lists read again, the same plan open; a new plan the first time. */
    public void screenOpened() {
        screen.screenOpened(this::refresh);
    }

    public void load() {
        int now = taskService.today().getYear();
        List<Integer> ys = new ArrayList<>(plans.years());
        for (int y : new int[] {now, now + 1}) {
            if (!ys.contains(y)) {
                ys.add(y);
            }
        }
        ys.sort(Comparator.reverseOrder());
        years.setAll(ys);
        signers.setAll(settings.signers().stream().filter(Signer::active).toList());
        taskForm.reloadUnits();
        reload();
    }

    /** The plan import, for Kế hoạch → "Nhập kế hoạch". */
    public PlanImporter importer() {
        return importer;
    }

    /** After an import: the imported plan's year listed, the plan open, what was saved said; @return the plan */
    public Plan imported(PlanImporter.Saved saved) {
        Plan p = plans.plan(saved.planId());
        screen.list().keeping(() -> {
            load();
            year.set(p.year());
            reload();
            edit(p);
            message.set(String.join(" ", ProposalReport.saved(saved, p)));
        });
        return p;
    }

    public void reload() {
        String q = search.get();
        if (q == null || q.isBlank()) {
            screen.list().replace(plans.plans(year.get(), showArchived.get()));
            return;
        }
        // A year's ~30 plans, ten years' few hundred: folded here, as Danh mục's lists are.
        screen.list().replace(plans.plans(null, showArchived.get()).stream()
                .filter(p -> VnText.matches(String.join(" ", p.number() == null ? Messages.get("plan.status.draft")
                        : p.number(), p.title(), Integer.toString(p.year()), p.archived()
                        ? Messages.get("plans.archivedState") : p.status().label()), q))
                .toList());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /**
     * Opens one plan by id (the header's search): its year listed (the archived too if it is), the search box
     * cleared, the plan selected and open.
     */
    public void open(long planId) {
        Plan p = plans.plan(planId);
        screen.list().keeping(() -> {
            search.set("");
            showArchived.set(showArchived.get() || p.archived());
            year.set(p.year());
            reload();
            edit(p);
        });
    }

    /** On coming back to the screen: fresh lists and figures, the same plan open. */
    public void refresh() {
        Plan open = form.editingProperty().get();
        load();
        if (open != null) {
            try {
                Plan fresh = plans.plan(open.id());
                form.begin(fresh);
                refreshTargets();
                refreshTasks();
            } catch (ValidationException gone) {
                edit(null);
            }
        }
    }

    // ---- the plan's text ----

    public void newPlan() {
        screen.open(null);
    }

    /**
     * Shows a plan in the form: its audit mark taken first, then the plan read again, so that what the form shows is
     * what the mark covers (a row of the list may be older than a change made since on another PC).
     */
    public void edit(Plan shown) {
        Long mark = shown == null ? null : plans.mark(shown.id());
        Plan p = shown == null ? null : plans.plan(shown.id());
        form.begin(p);
        guard.loaded(p == null ? null : PlanService.draft(p), mark);
        message.set("");
        LocalDate today = taskService.today();
        planYear.set(Integer.toString(p == null ? (year.get() == null ? today.getYear() : year.get()) : p.year()));
        title.set(p == null ? "" : p.title());
        signer.set(p == null || p.signerId() == null
                ? signers.stream().filter(s -> s.authority() == SignAuthority.KT).findFirst()
                .orElse(signers.isEmpty() ? null : signers.get(0))
                : signers.stream().filter(s -> s.id() == p.signerId()).findFirst().orElse(null));
        legalBases.set(p == null ? "" : String.join("\n", p.legalBases()));
        purposes.set(p == null || p.purposes() == null ? "" : p.purposes());
        recipients.set(p == null ? Messages.get("plan.defaultRecipients") : String.join("\n", p.recipients()));
        issueDate.set(today);
        issueNumber.set(Integer.toString(plans.proposeNumber(today)));
        refreshTargets();
        refreshTasks();
        taskForm.newTask(TaskSource.PLAN, p == null ? null : p.id(), null, false);
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public Plan save() {
        Integer y;
        try {
            y = Integer.valueOf(planYear.get().strip());
        } catch (RuntimeException e) {
            y = null;
        }
        Integer yy = y;
        Long id = form.editingId();
        Plan.Draft mine = new Plan.Draft(id, yy, title.get(), lines(legalBases.get()), purposes.get(),
                lines(recipients.get()), signer.get() == null ? null : signer.get().id());
        return screen.write(() -> {
            Plan saved = guard.save(mine, plans::save, () -> PlanService.draft(plans.plan(id)), field -> switch (field) {
                case "plan.field.year" -> planYear.get();
                case "plan.field.title" -> mine.title();
                case "plan.field.legalBases" -> String.join("\n", mine.legalBases());
                case "plan.field.purposes" -> mine.purposes();
                case "plan.field.recipients" -> String.join("\n", mine.recipients());
                case "plan.field.signer" -> signer.get() == null ? null : signer.get().fullName();
                default -> null;
            }, () -> {
                screen.open(plans.plan(id));
                form.say("conflict.keptTheirs");
            });
            return saved == null ? null : listed(saved);
        }, "common.saved");
    }

    /** A plan written: its year becomes the one listed. */
    private Plan listed(Plan p) {
        if (p.year() != year.get()) {
            if (!years.contains(p.year())) {
                years.add(p.year());
            }
            year.set(p.year());
        }
        return p;
    }

    /** The warning under the number: the one typed is already given in the year of the issue date. */
    private void checkNumber() {
        numberWarning.set(plans.numberWarning(issueDate.get(), issueNumber.get()).orElse(""));
    }

    public Plan issue() {
        Long id = form.editingId();
        Plan p = form.editingProperty().get();
        LocalDate on = issueDate.get();
        return screen.number("number", issueNumber.get(), "plans.issueTitle", n -> Messages.get("plans.confirmIssue",
                p == null ? "" : p.title(), DocumentKind.KE_HOACH.formatNumber(n, DocumentRegister.ISSUER_CODE),
                on == null ? "" : VnFormat.date(on), on == null ? "" : Integer.toString(on.getYear())),
                n -> listed(plans.issue(id, n, on)), "plan.issued");
    }

    public Plan toggleExpired() {
        Plan p = form.editingProperty().get();
        if (p == null) {
            return null;
        }
        return screen.write(() -> listed(plans.setExpired(p.id(), p.status() != PlanStatus.EXPIRED)), "common.saved");
    }

    public boolean hasRecordedWork() {
        Plan p = form.editingProperty().get();
        return p != null && (plans.hasRecordedWork(p.id()) || p.status() != PlanStatus.DRAFT);
    }

    /** Asks, then deletes a draft without recorded work, or archives anything else; @return whether it was done */
    public boolean remove() {
        Plan p = form.editingProperty().get();
        if (p == null) {
            return false;
        }
        PlanService.Removal[] removal = new PlanService.Removal[1];
        return screen.delete("plans.remove", Messages.get(hasRecordedWork() ? "plans.confirmArchive"
                : "plans.confirmDelete", p.title()), id -> {
                    // changed on another PC since the form read it: their changes shown, asked again
                    if (!EditGuard.deleteAsking(dialogs, "plans.remove", guard.mark(),
                            m -> removal[0] = plans.remove(id, m))) {
                        screen.open(plans.plan(id));
                        throw ValidationException.of("id", "conflict.notDeleted");
                    }
                }, () -> message.set(Messages.get(
                removal[0] == PlanService.Removal.DELETED ? "plan.deleted" : "plan.archived", p.title())));
    }

    public void restore() {
        Plan p = form.editingProperty().get();
        if (p != null && p.archived()) {
            screen.list().keeping(() -> {
                plans.restore(p.id());
                Plan restored = listed(plans.plan(p.id()));
                reload();
                edit(restored);
            });
        }
    }

    public OfficialDocument document() {
        Plan p = form.editingProperty().get();
        return p == null ? null : plans.document(p.id());
    }

    public String fileName() {
        Plan p = form.editingProperty().get();
        return p == null ? "ke-hoach.docx" : "ke-hoach-" + (p.number() == null ? "du-thao-" + p.id()
                : p.number().replace('/', '-')) + ".docx";
    }

    public List<AuditEntry> history() {
        return screen.history(plans::history);
    }

    // ---- targets ----

    private void refreshTargets() {
        Plan p = form.editingProperty().get();
        standings.setAll(p == null ? List.of()
                : plans.standings(p.id(), taskService.today(), valuePeriod.get()));
        editTarget(null);
    }

    public void editTarget(Target t) {
        targetForm.begin(t);
        targetDescription.set(t == null ? "" : t.description());
        targetComparison.set(t == null ? Comparison.AT_LEAST : t.comparison());
        targetValue.set(t == null ? "" : VnFormat.number(t.value(), 2));
        targetUnit.set(t == null || t.unit() == null ? "" : t.unit());
        targetMeasure.set(t == null ? Measure.MANUAL : t.measure());
        enteredValue.set("");
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace("%", "").replace(".", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public Target saveTarget() {
        Plan p = form.editingProperty().get();
        if (p == null) {
            return null;
        }
        Double v = number(targetValue.get());
        if (v != null && v.isNaN()) {
            targetForm.refuse(ValidationException.of("value", "target.error.valueRequired"));
            return null;
        }
        return targetForm.submit(() -> plans.saveTarget(new Target.Draft(targetForm.editingId(), p.id(),
                targetDescription.get(), targetComparison.get(), v, targetUnit.get(), targetMeasure.get())),
                t -> refreshTargets(), t -> "common.saved");
    }

    public void deleteTarget() {
        Long id = targetForm.editingId();
        if (id != null) {
            plans.deleteTarget(id);
            refreshTargets();
        }
    }

    public boolean enterValue() {
        Target t = targetForm.editingProperty().get();
        if (t == null) {
            return false;
        }
        Double v = number(enteredValue.get());
        if (v != null && v.isNaN()) {
            targetForm.refuse(ValidationException.of("enteredValue", "target.error.valueRequired"));
            return false;
        }
        return targetForm.submit(() -> {
            plans.enterValue(t.id(), valuePeriod.get().strip(), v);
            return t;
        }, x -> refreshTargets(), x -> "common.saved") != null;
    }

    // ---- tasks ----

    private void refreshTasks() {
        calendar = settings.calendar();
        Plan p = form.editingProperty().get();
        tasksMark = taskService.listMark(); // before the read: a change made meanwhile is asked about at a delete
        tasks.replace(p == null ? List.of() : taskService.planTasks(p.id()));
    }

    public ReadOnlyStringProperty titleWarningProperty() {
        return titleWarning.getReadOnlyProperty();
    }

    /** "Kế hoạch kiểm tra công vụ năm 2026" becomes "Kiểm tra công vụ năm 2026" (the document's heading says KẾ HOẠCH). */
    public void dropRepeatedKind() {
        title.set(PlanDocument.withoutKindWord(title.get()));
    }

    /** A task's deadline as the plan shows and prints it: a day off written is held to the next working day. */
    String deadlineText(Task t) {
        if (calendar == null) {
            calendar = settings.calendar();
        }
        return t.group() ? "" : PlanDocument.deadline(t, calendar);
    }

    /** A new item under {@code parent} (a group) or at the top level. */
    public void newTask(Task parent, boolean group) {
        Plan p = form.editingProperty().get();
        Long parentId = parent == null ? null : parent.group() ? Long.valueOf(parent.id()) : parent.parentId();
        taskForm.newTask(TaskSource.PLAN, p == null ? null : p.id(), parentId, group);
    }

    public void editTask(Task t) {
        taskForm.edit(t);
    }

    public Task saveTask() {
        return tasks.keepingResult(() -> {
            Task t = taskForm.save();
            if (t != null) {
                refreshTasks();
            }
            return t;
        });
    }

    public void moveTask(Task t, boolean up) {
        tasks.keeping(() -> {
            try {
                taskService.move(t.id(), up);
            } catch (ValidationException e) { // deleted on another PC meanwhile: the list read again says so
                taskForm.form().refuse(e);
            }
            refreshTasks();
        });
    }

    /** Asks, then deletes a task of the plan; @return whether it was deleted */
    public boolean deleteTask(Task t) {
        if (t == null || !dialogs.confirm("common.delete", Messages.get("plans.task.confirmDelete", t.content()))) {
            return false;
        }
        return tasks.keepingResult(() -> {
            try {
                if (!EditGuard.deleteAsking(dialogs, "common.delete", tasksMark, m -> taskService.delete(t.id(), m))) {
                    refreshTasks();
                    taskForm.form().refuse(ValidationException.of("id", "conflict.notDeleted"));
                    return false;
                }
                refreshTasks();
                taskForm.newTask(TaskSource.PLAN, t.planId(), t.parentId(), false);
                return true;
            } catch (ValidationException e) {
                taskForm.form().refuse(e);
                return false;
            }
        });
    }

    /** The depth of a task in the tree (0 for the top level), for indenting the list. */
    public int depth(Task t) {
        int d = 0;
        Long parent = t.parentId();
        while (parent != null && d < 10) {
            Long p = parent;
            parent = tasks.rows().stream().filter(x -> x.id() == p).findFirst().map(Task::parentId).orElse(null);
            d++;
        }
        return d;
    }

    public String unitName(Long id) {
        return id == null ? "" : directory.unit(id).map(Unit::name).orElse("");
    }
}
