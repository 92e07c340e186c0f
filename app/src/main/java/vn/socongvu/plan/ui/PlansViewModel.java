package vn.socongvu.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.plan.Target;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ProposalReport;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.ui.TaskFormModel;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.Reopening;

/** Kế hoạch: the plans of a year, and the selected plan's text, targets and task tree. */
public final class PlansViewModel {
    private final Services services;
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    final ObservableList<Plan> plans = FXCollections.observableArrayList();
    final ObservableList<Signer> signers = FXCollections.observableArrayList();

    private final FormState<Plan> form = new FormState<>(Plan::id, "title", "year", "legalBases", "purposes",
            "recipients", "signer", "number", "issuedOn", "status", "id");
    final StringProperty planYear = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    final StringProperty legalBases = new SimpleStringProperty("");
    final StringProperty purposes = new SimpleStringProperty("");
    final StringProperty recipients = new SimpleStringProperty("");
    final StringProperty issueNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();

    final ObservableList<Target.Standing> standings = FXCollections.observableArrayList();
    private final FormState<Target> targetForm = new FormState<>(Target::id, "description", "comparison", "value",
            "unit", "measure", "enteredValue", "id");
    final StringProperty targetDescription = new SimpleStringProperty("");
    final ObjectProperty<Comparison> targetComparison = new SimpleObjectProperty<>(Comparison.AT_LEAST);
    final StringProperty targetValue = new SimpleStringProperty("");
    final StringProperty targetUnit = new SimpleStringProperty("%");
    final ObjectProperty<Measure> targetMeasure = new SimpleObjectProperty<>(Measure.MANUAL);
    final StringProperty valuePeriod = new SimpleStringProperty("");
    final StringProperty enteredValue = new SimpleStringProperty("");

    final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final TaskFormModel taskForm;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PlansViewModel(Services services) {
        this.services = services;
        this.taskForm = new TaskFormModel(services);
        int now = services.tasks().today().getYear();
        year.set(now);
        year.addListener((o, a, b) -> reload());
        showArchived.addListener((o, a, b) -> reload());
        valuePeriod.set(Integer.toString(now));
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private final Reopening reopening = new Reopening();

    /** Called by each new view of the screen ({@link Reopening}): a new plan the first time. */
    public void screenOpened() {
        reopening.open(() -> { load(); newPlan(); }, this::refresh);
    }

    public void load() {
        int now = services.tasks().today().getYear();
        List<Integer> ys = new ArrayList<>(services.plans().years());
        for (int y : new int[] {now, now + 1}) {
            if (!ys.contains(y)) {
                ys.add(y);
            }
        }
        ys.sort(Comparator.reverseOrder());
        years.setAll(ys);
        signers.setAll(services.settings().signers().stream().filter(Signer::active).toList());
        taskForm.reloadUnits();
        reload();
    }

    /** The plan import, for Kế hoạch → "Nhập kế hoạch". */
    public PlanImporter importer() {
        return services.planImporter();
    }

    /** After an import: the imported plan's year listed, the plan open, what was saved said; @return the plan */
    public Plan imported(PlanImporter.Saved saved) {
        Plan p = services.plans().plan(saved.planId());
        load();
        year.set(p.year());
        reload();
        edit(p);
        message.set(String.join(" ", ProposalReport.saved(saved, p)));
        return p;
    }

    public void reload() {
        plans.setAll(services.plans().plans(year.get(), showArchived.get()));
    }

    /** On coming back to the screen: fresh lists and figures, the same plan open. */
    public void refresh() {
        Plan open = form.editingProperty().get();
        load();
        if (open != null) {
            try {
                Plan fresh = services.plans().plan(open.id());
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
        edit(null);
    }

    public void edit(Plan p) {
        form.begin(p);
        message.set("");
        LocalDate today = services.tasks().today();
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
        issueNumber.set(Integer.toString(services.plans().proposeNumber(today)));
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
        return form.submit(() -> services.plans().save(new Plan.Draft(form.editingId(), yy, title.get(),
                lines(legalBases.get()), purposes.get(), lines(recipients.get()),
                signer.get() == null ? null : signer.get().id())), this::savedPlan, p -> "common.saved");
    }

    private void savedPlan(Plan p) {
        if (p.year() != year.get()) {
            if (!years.contains(p.year())) {
                years.add(p.year());
            }
            year.set(p.year());
        }
        reload();
        edit(p);
    }

    public Plan issue() {
        Plan p = form.editingProperty().get();
        if (p == null) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(issueNumber.get().strip());
        } catch (RuntimeException e) {
            form.refuse(ValidationException.of("number", "document.error.numberPositive"));
            return null;
        }
        return form.submit(() -> services.plans().issue(p.id(), n, issueDate.get()), this::savedPlan,
                x -> "plan.issued");
    }

    public Plan toggleExpired() {
        Plan p = form.editingProperty().get();
        if (p == null) {
            return null;
        }
        return form.submit(() -> services.plans().setExpired(p.id(), p.status() != PlanStatus.EXPIRED), this::savedPlan,
                x -> "common.saved");
    }

    public boolean hasRecordedWork() {
        Plan p = form.editingProperty().get();
        return p != null && (services.plans().hasRecordedWork(p.id()) || p.status() != PlanStatus.DRAFT);
    }

    /** Deletes a draft without recorded work; archives anything else. */
    public PlanService.Removal remove() {
        Plan p = form.editingProperty().get();
        if (p == null) {
            return null;
        }
        PlanService.Removal r = services.plans().remove(p.id());
        reload();
        edit(null);
        message.set(Messages.get(r == PlanService.Removal.DELETED ? "plan.deleted" : "plan.archived", p.title()));
        return r;
    }

    public void restore() {
        Plan p = form.editingProperty().get();
        if (p != null && p.archived()) {
            services.plans().restore(p.id());
            savedPlan(services.plans().plan(p.id()));
        }
    }

    public OfficialDocument document() {
        Plan p = form.editingProperty().get();
        return p == null ? null : services.plans().document(p.id());
    }

    public String fileName() {
        Plan p = form.editingProperty().get();
        return p == null ? "ke-hoach.docx" : "ke-hoach-" + (p.number() == null ? "du-thao-" + p.id()
                : p.number().replace('/', '-')) + ".docx";
    }

    public List<AuditEntry> history() {
        Long id = form.editingId();
        return id == null ? List.of() : services.plans().history(id);
    }

    // ---- targets ----

    private void refreshTargets() {
        Plan p = form.editingProperty().get();
        standings.setAll(p == null ? List.of()
                : services.plans().standings(p.id(), services.tasks().today(), valuePeriod.get()));
        editTarget(null);
    }

    public void editTarget(Target t) {
        targetForm.begin(t);
        targetDescription.set(t == null ? "" : t.description());
        targetComparison.set(t == null ? Comparison.AT_LEAST : t.comparison());
        targetValue.set(t == null ? "" : VnFormat.number(t.value(), 2));
        targetUnit.set(t == null ? "%" : t.unit() == null ? "" : t.unit());
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
        return targetForm.submit(() -> services.plans().saveTarget(new Target.Draft(targetForm.editingId(), p.id(),
                targetDescription.get(), targetComparison.get(), v, targetUnit.get(), targetMeasure.get())),
                t -> refreshTargets(), t -> "common.saved");
    }

    public void deleteTarget() {
        Long id = targetForm.editingId();
        if (id != null) {
            services.plans().deleteTarget(id);
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
            services.plans().enterValue(t.id(), valuePeriod.get().strip(), v);
            return t;
        }, x -> refreshTargets(), x -> "common.saved") != null;
    }

    // ---- tasks ----

    private void refreshTasks() {
        Plan p = form.editingProperty().get();
        tasks.setAll(p == null ? List.of() : services.tasks().planTasks(p.id()));
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
        Task t = taskForm.save();
        if (t != null) {
            refreshTasks();
        }
        return t;
    }

    public void moveTask(Task t, boolean up) {
        services.tasks().move(t.id(), up);
        refreshTasks();
    }

    public boolean deleteTask(Task t) {
        try {
            services.tasks().delete(t.id());
            refreshTasks();
            taskForm.newTask(TaskSource.PLAN, t.planId(), t.parentId(), false);
            return true;
        } catch (ValidationException e) {
            taskForm.form().refuse(e);
            return false;
        }
    }

    /** The depth of a task in the tree (0 for the top level), for indenting the list. */
    public int depth(Task t) {
        int d = 0;
        Long parent = t.parentId();
        while (parent != null && d < 10) {
            Long p = parent;
            parent = tasks.stream().filter(x -> x.id() == p).findFirst().map(Task::parentId).orElse(null);
            d++;
        }
        return d;
    }

    public String unitName(Long id) {
        return id == null ? "" : services.directory().unit(id).map(Unit::name).orElse("");
    }
}
