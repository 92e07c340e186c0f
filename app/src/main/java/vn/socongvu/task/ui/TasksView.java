package vn.socongvu.task.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Plan;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.TextCells;
import vn.socongvu.ui.kit.Ui;

/** Nhiệm vụ: filters on top, the list coloured by state on the left, the task and its follow-up on the right. */
public final class TasksView extends BorderPane {
    private final Consumer<Long> openMeeting;
    private final TasksViewModel vm;
    private final TableView<TaskRow> table = new TableView<>();
    private final Runnable openDirectory;
    private final TableSelection<TaskRow> selection;

    public TasksView(TasksViewModel vm) {
        this(vm, null);
    }

    /** @param openMeeting shows a meeting (the one a task came from) in Cuộc họp; null: named, not linked */
    public TasksView(TasksViewModel vm, Consumer<Long> openMeeting) {
        this(vm, openMeeting, null);
    }

    /** @param openDirectory shows Danh mục, where units are added; null: the way is only said */
    public TasksView(TasksViewModel vm, Consumer<Long> openMeeting, Runnable openDirectory) {
        this.vm = vm;
        this.openMeeting = openMeeting;
        this.openDirectory = openDirectory;
        this.selection = new TableSelection<>(table, vm::select).follow(vm.list());
        setId("tasks-view");
        setTop(filters());
        SplitPane split = new SplitPane(list(), detail());
        split.setDividerPositions(0.62);
        setCenter(split);
        vm.screenOpened();
    }

    private VBox filters() {
        var search = Ui.searchField("tasks.search.prompt", "task-search", vm.text);
        search.setPrefWidth(220);
        ComboBox<Plan> plan = RecordScreen.filter(vm.plans, Plan::title, vm.plan, "tasks.filter.allPlans",
                "task-filter-plan");
        plan.setPrefWidth(220);
        ComboBox<Unit> unit = RecordScreen.filter(vm.units, Unit::name, vm.unit, "staff.filter.allUnits",
                "task-filter-unit");
        unit.setPrefWidth(200);
        ComboBox<Staff> person = RecordScreen.filter(vm.people, p -> p.fullName() + " – " + p.unitName(), vm.person,
                "tasks.filter.allPeople", "task-filter-person");
        person.setPrefWidth(200);
        ComboBox<TaskState> state = RecordScreen.filter(Ui.enumCombo(TaskState.class), vm.state,
                "tasks.filter.allStates", "task-filter-state");
        state.setPrefWidth(200);
        ComboBox<TaskSource> source = RecordScreen.filter(Ui.enumCombo(TaskSource.class), vm.source,
                "tasks.filter.allSources", "task-filter-source");
        ComboBox<PeriodChoice> period = RecordScreen.filter(Ui.enumCombo(PeriodChoice.class), vm.period, null,
                "task-filter-period");
        period.setPrefWidth(140);
        Button clear = RecordScreen.clearFilter("task-filter-clear", vm::clearFilter);
        Button add = RecordScreen.add("tasks.new", "task-new", vm::newInstruction);
        Button excel = Ui.button("tasks.exportExcel", "task-export-excel", vm::exportExcel);
        Button word = Ui.button("tasks.exportWord", "task-export-word", vm::exportWord);
        var row1 = Ui.bar(search, period, state, source, Ui.spacer(), add);
        Button letter = Ui.button("tasks.followUpLetter", "task-follow-up",
                () -> FollowUpLetterDialog.show(getScene().getWindow(), vm::followUp));
        var row2 = Ui.bar(plan, unit, person, clear, Ui.spacer(), letter, excel, word);
        VBox box = new VBox(8, row1, row2);
        box.setPadding(new Insets(12, 12, 8, 12));
        return box;
    }

    private BorderPane list() {
        TableColumn<TaskRow, String> content = Ui.longText(Ui.textColumn("task.field.content", 320,
                r -> (r.label() == null ? "" : r.label() + " ") + r.content()));
        TableColumn<TaskRow, String> lead = Ui.textColumn("task.field.leadUnit", 150, TaskRow::leadUnit);
        TableColumn<TaskRow, String> due = Ui.textColumn("task.field.deadline", 100,
                r -> r.dueOn() == null ? r.recurrence().label() : VnFormat.date(r.dueOn()));
        due.setComparator((a, b) -> {
            LocalDate x = VnFormat.parseDate(a);
            LocalDate y = VnFormat.parseDate(b);
            return x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
        });
        TableColumn<TaskRow, String> pct = Ui.textColumn("tasks.column.percentShort", 62,
                r -> r.lastPercent() == null ? "" : r.lastPercent() + "%");
        TableColumn<TaskRow, String> state = Ui.textColumn("tasks.column.state", 150, r -> r.state().label());
        // Dates and percentages are never cut: their columns keep their width, the text columns share the rest.
        for (TableColumn<TaskRow, String> fixed : List.of(due, pct)) {
            fixed.setMinWidth(fixed.getPrefWidth());
            fixed.setMaxWidth(fixed.getPrefWidth());
        }
        table.getColumns().setAll(List.of(content, lead, due, pct, state));
        table.setId("task-table");
        var sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Ui.styleTable(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RecordScreen.emptyList("task-empty", "tasks.emptyList", vm.nothingYetProperty(),
                vm::showEverything, RecordScreen.add("tasks.new", "task-empty-new", vm::newInstruction)));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(TaskRow r, boolean empty) {
                super.updateItem(r, empty);
                for (TaskState s : TaskState.values()) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(css(s)), !empty && r != null && r.state() == s);
                }
            }
        });
        var busy = Ui.busy("task-loading", vm.loadingProperty());
        Label summary = new Label();
        summary.setId("task-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        BorderPane p = new BorderPane(table);
        HBox foot = new HBox(8, busy, summary);
        foot.setAlignment(Pos.CENTER_LEFT);
        p.setBottom(foot);
        p.setPadding(new Insets(0, 8, 8, 12));
        return p;
    }

    /** The CSS pseudo-class of a state: "state-open-overdue" … */
    static String css(TaskState s) {
        return "state-" + s.name().toLowerCase().replace('_', '-');
    }

    private BorderPane detail() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                vm.taskForm().form().editingProperty().get() == null ? "tasks.form.new" : "tasks.form.edit"),
                vm.taskForm().form().editingProperty()));
        Button save = Ui.primary("common.save", "task-save", vm::saveTask);
        Button history = Ui.button("audit.history", "task-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        history.disableProperty().bind(vm.taskForm().form().editingProperty().isNull());
        Label status = new Label();
        status.setId("task-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.taskForm().form().statusProperty());

        VBox followUp = followUp();
        followUp.visibleProperty().bind(vm.taskForm().form().editingProperty().isNotNull()
                .and(vm.taskForm().group.not()));
        followUp.managedProperty().bind(followUp.visibleProperty());
        // The title and Save stay in sight above the form and the follow-up, which scroll.
        VBox head = new VBox(6, title, Ui.buttons(save, history, status));
        head.setPadding(new Insets(8, 16, 6, 12));
        VBox box = new VBox(8, new TaskForm(vm.taskForm(), openMeeting, openDirectory), followUp);
        box.setPadding(new Insets(4, 16, 16, 12));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        BorderPane pane = new BorderPane(sp);
        pane.setTop(head);
        if (!vm.mayCreate()) {
            // who may not give tasks (a leader, a unit) gets no empty "new task" form: a hint until a task is chosen
            Label pick = new Label(Messages.get("tasks.form.pick"));
            pick.setId("task-pick");
            pick.setWrapText(true);
            pick.getStyleClass().add(Styles.TEXT_MUTED);
            var none = vm.taskForm().form().editingProperty().isNull();
            pick.visibleProperty().bind(none);
            sp.visibleProperty().bind(none.not());
            head.visibleProperty().bind(none.not());
            head.managedProperty().bind(head.visibleProperty());
            StackPane center = new StackPane(sp, pick);
            StackPane.setAlignment(pick, Pos.TOP_LEFT);
            StackPane.setMargin(pick, new Insets(16, 16, 16, 12));
            pane.setCenter(center);
        }
        return pane;
    }

    private VBox followUp() {
        ListView<Task.Occurrence> occurrences = new ListView<>(vm.occurrences);
        occurrences.setId("task-occurrences");
        occurrences.setPrefHeight(110);
        TextCells.show(occurrences, o -> Messages.get("tasks.occurrence", VnFormat.date(o.periodStart()),
                o.dueOn() == null ? Messages.get("task.recurrence.ongoing") : VnFormat.date(o.dueOn()),
                o.completedOn() == null ? Messages.get("tasks.notDone")
                        : Messages.get("tasks.doneOn", VnFormat.date(o.completedOn()))));
        occurrences.getSelectionModel().selectedItemProperty().addListener((o, a, occ) -> {
            if (occ != null) {
                vm.occurrence.set(occ);
            }
        });
        Ui.listen(occurrences, vm.occurrence, (o, a, occ) -> occurrences.getSelectionModel().select(occ));

        var errors = vm.work().errors();
        DatePicker progressDate = Ui.datePicker();
        progressDate.valueProperty().bindBidirectional(vm.progressDate);
        TextField percent = new TextField();
        percent.textProperty().bindBidirectional(vm.progressPercent);
        percent.setPromptText("0–100");
        percent.setMaxWidth(90);
        TextField note = new TextField();
        note.textProperty().bindBidirectional(vm.progressNote);
        FormGrid progressForm = new FormGrid();
        progressForm.add("tasks.progress.date", progressDate, "progress-date", errors.property("reportedOn"));
        progressForm.add("tasks.progress.percent", percent, "progress-percent", errors.property("percent"));
        progressForm.add("tasks.progress.note", note, "progress-note", errors.property("note"));
        Button report = Ui.button("tasks.progress.save", "progress-save", vm::reportProgress);

        DatePicker doneOn = Ui.datePicker();
        doneOn.valueProperty().bindBidirectional(vm.completedOn);
        TextField result = new TextField();
        result.textProperty().bindBidirectional(vm.result);
        FormGrid completeForm = new FormGrid();
        completeForm.add("task.field.completedOn", doneOn, "complete-date", errors.property("completedOn"));
        completeForm.add("task.field.result", result, "complete-result", errors.property("result"));
        Button complete = Ui.button("tasks.complete", "task-complete", vm::complete);
        complete.getStyleClass().add(Styles.SUCCESS);
        Button reopen = Ui.button("tasks.reopen", "task-reopen", vm::reopen);
        reopen.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.occurrence.get() == null || vm.occurrence.get().completedOn() == null, vm.occurrence));

        TextField reason = new TextField();
        reason.textProperty().bindBidirectional(vm.holdReason);
        FormGrid holdForm = new FormGrid();
        holdForm.add("task.field.holdReason", reason, "hold-reason", errors.property("holdReason"));
        Button pause = Ui.button("tasks.pause", "task-pause", () -> vm.hold(Hold.PAUSED));
        Button cancel = Ui.button("tasks.cancel", "task-cancel", () -> vm.hold(Hold.CANCELLED));
        cancel.getStyleClass().add(Styles.DANGER);
        Button resume = Ui.button("tasks.resume", "task-resume", () -> vm.hold(Hold.NONE));

        ListView<Task.ProgressEntry> entries = new ListView<>(vm.progress);
        entries.setId("task-progress");
        entries.setPrefHeight(120);
        TextCells.show(entries, e -> VnFormat.date(e.reportedOn()) + " — " + e.percent() + "%"
                + (e.note() == null ? "" : " — " + e.note()) + (e.reportedBy() == null ? "" : " (" + e.reportedBy() + ")"));
        Label workStatus = new Label();
        workStatus.setId("work-status");
        workStatus.getStyleClass().add(Styles.SUCCESS);
        workStatus.textProperty().bind(vm.work().statusProperty());
        Label other = new Label();
        other.getStyleClass().add(Styles.DANGER);
        other.setWrapText(true);
        other.textProperty().bind(Bindings.concat(errors.property("id"), errors.general()));

        return new VBox(8, new Separator(), Ui.title("tasks.followUp"), new Label(Messages.get("tasks.occurrences")),
                occurrences, progressForm, Ui.buttons(report), completeForm, Ui.buttons(complete, reopen), holdForm,
                Ui.buttons(pause, cancel, resume), workStatus, other, new Label(Messages.get("tasks.progressHistory")),
                entries);
    }
}
