package vn.socongvu.plan.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.plan.Target;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ui.PlanImportLauncher;
import vn.socongvu.settings.Signer;
import vn.socongvu.task.Task;
import vn.socongvu.task.ui.TaskForm;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.Ui;

/** Kế hoạch: plans of a year on the left; the selected plan in three tabs on the right. */
public final class PlansView extends SplitPane {
    private final PlansViewModel vm;
    private final TableView<Plan> list = new TableView<>();
    private final TableSelection<Plan> listSelection;
    private final TableView<Task> taskTable = new TableView<>();
    private final TableSelection<Task> taskSelection;
    private final TabPane tabs = new TabPane();

    public PlansView(PlansViewModel vm) {
        this.vm = vm;
        this.listSelection = new TableSelection<>(list, vm::edit).follow(vm.list());
        this.taskSelection = new TableSelection<>(taskTable, vm::editTask).follow(vm.tasks());
        setId("plans-view");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab general = RecordScreen.tab("plans.tab.general", "plan-tab-general", generalTab());
        Tab targets = RecordScreen.tab("plans.tab.targets", "plan-tab-targets", targetsTab());
        Tab tasks = RecordScreen.tab("plans.tab.tasks", "plan-tab-tasks", tasksTab());
        targets.disableProperty().bind(vm.form().editingProperty().isNull());
        tasks.disableProperty().bind(vm.form().editingProperty().isNull());
        tabs.getTabs().addAll(general, targets, tasks);
        getItems().addAll(listPane(), tabs);
        setDividerPositions(0.32);
        // On coming back, the plan still open is the one selected (without being opened afresh).
        vm.screenOpened();
    }

    private BorderPane listPane() {
        ComboBox<Integer> year = Ui.combo(List.of(), y -> Messages.get("plans.year", Integer.toString(y)));
        year.setItems(vm.years);
        year.valueProperty().bindBidirectional(vm.year);
        year.setId("plan-year-filter");
        CheckBox archived = new CheckBox(Messages.get("plans.showArchived"));
        archived.selectedProperty().bindBidirectional(vm.showArchived);
        Button add = RecordScreen.add("plans.new", "plan-new", () -> {
            vm.newPlan();
            tabs.getSelectionModel().select(0);
        });
        MenuItem fromFile = new MenuItem(Messages.get("planImport.fromFile"));
        fromFile.setId("plan-import-file");
        fromFile.setOnAction(e -> PlanImportLauncher.fromFile(getScene().getWindow(), vm.importer(), this::imported));
        MenuItem fromText = new MenuItem(Messages.get("planImport.fromText"));
        fromText.setId("plan-import-text");
        fromText.setOnAction(e -> PlanImportLauncher.fromText(getScene().getWindow(), vm.importer(), this::imported));
        MenuButton importPlan = new MenuButton(Messages.get("planImport.menu"), null, fromFile, fromText);
        importPlan.setId("plan-import");
        importPlan.setMinWidth(Region.USE_PREF_SIZE);
        TableColumn<Plan, String> number = Ui.textColumn("plan.field.number", 105,
                p -> p.number() == null ? Messages.get("plan.status.draft") : p.number());
        TableColumn<Plan, String> title = Ui.longText(Ui.textColumn("plan.field.title", 260, Plan::title));
        TableColumn<Plan, String> status = Ui.textColumn("plan.field.status", 100,
                p -> p.archived() ? Messages.get("plans.archivedState") : p.status().label());
        list.getColumns().setAll(List.of(number, title, status));
        number.setMinWidth(100);
        list.setItems(vm.list().rows());
        list.setId("plan-table");
        Ui.styleTable(list);
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Button importWord = Ui.button("plans.emptyImport", "plan-empty-import",
                () -> PlanImportLauncher.fromFile(getScene().getWindow(), vm.importer(), this::imported));
        list.setPlaceholder(RecordScreen.emptyList("plan-empty", "plans.emptyList", vm.nothingYetProperty(),
                vm::showEverything, RecordScreen.add("plans.new", "plan-empty-new", () -> {
                    vm.newPlan();
                    tabs.getSelectionModel().select(0);
                }), importWord));
        Label message = RecordScreen.message(vm.messageProperty());
        message.setId("plan-message");
        var search = Ui.searchField("plans.search.prompt", "plan-search", vm.search);
        search.setPrefWidth(220);
        HBox.setHgrow(search, Priority.ALWAYS);
        // While searching, every year is searched: the year's choice says nothing then.
        year.disableProperty().bind(vm.search.isNotEmpty());
        return RecordScreen.listPane(list, message, Ui.bar(year, Ui.spacer(), add), Ui.bar(search),
                Ui.bar(archived, Ui.spacer(), importPlan));
    }

    private ScrollPane generalTab() {
        var errors = vm.form().errors();
        TextField year = new TextField();
        year.textProperty().bindBidirectional(vm.planYear);
        year.setMaxWidth(90);
        TextArea title = Ui.textArea(vm.title, 2);
        ComboBox<Signer> signer = Ui.combo(List.of(), s -> s.fullName() + " – " + s.title());
        signer.setItems(vm.signers);
        signer.valueProperty().bindBidirectional(vm.signer);
        TextArea bases = Ui.textArea(vm.legalBases, 4);
        bases.setPromptText(Messages.get("plans.basesPrompt"));
        TextArea purposes = Ui.textArea(vm.purposes, 4);
        TextArea recipients = Ui.textArea(vm.recipients, 4);
        FormGrid f = new FormGrid();
        f.add("plan.field.year", year, "plan-year", errors.property("year"));
        Label repeated = new Label();
        repeated.setId("plan-title-repeated");
        repeated.setWrapText(true);
        repeated.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        repeated.textProperty().bind(vm.titleWarningProperty());
        Hyperlink drop = new Hyperlink(Messages.get("plans.title.dropRepeated"));
        drop.setId("plan-title-drop-repeated");
        drop.setOnAction(e -> vm.dropRepeatedKind());
        VBox warning = new VBox(0, repeated, drop);
        warning.managedProperty().bind(repeated.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        ((VBox) f.add("plan.field.title", title, "plan-title", errors.property("title")).getParent()).getChildren()
                .add(warning);
        f.add("plan.field.signer", signer, "plan-signer", errors.property("signer"));
        f.add("plan.field.legalBases", bases, "plan-bases", errors.property("legalBases"));
        f.add("plan.field.purposes", purposes, "plan-purposes", errors.property("purposes"));
        f.add("plan.field.recipients", recipients, "plan-recipients", errors.property("recipients"));

        Button save = Ui.primary("common.save", "plan-save", vm::save);
        Button preview = Ui.button("plans.preview", "plan-preview", () -> DocumentPreview.show(getScene().getWindow(),
                vm.document(), vm.fileName()));
        Button expire = Ui.button("plans.expire", "plan-expire", vm::toggleExpired);
        expire.textProperty().bind(Bindings.createStringBinding(() -> {
            Plan p = vm.form().editingProperty().get();
            return Messages.get(p != null && p.status() == PlanStatus.EXPIRED ? "plans.unexpire" : "plans.expire");
        }, vm.form().editingProperty()));
        Button remove = Ui.button("plans.remove", "plan-remove", vm::remove);
        remove.getStyleClass().add(Styles.DANGER);
        Button restore = Ui.button("plans.restore", "plan-restore", vm::restore);
        Button history = Ui.button("audit.history", "plan-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        for (Button b : List.of(preview, expire, remove, history)) {
            b.disableProperty().bind(vm.form().editingProperty().isNull());
        }
        expire.disableProperty().unbind();
        expire.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.form().editingProperty().get() == null
                || vm.form().editingProperty().get().status() == PlanStatus.DRAFT, vm.form().editingProperty()));
        restore.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.form().editingProperty().get() != null
                && vm.form().editingProperty().get().archived(), vm.form().editingProperty()));
        restore.managedProperty().bind(restore.visibleProperty());

        TextField number = new TextField();
        number.textProperty().bindBidirectional(vm.issueNumber);
        number.setMaxWidth(80);
        DatePicker date = Ui.datePicker();
        date.valueProperty().bindBidirectional(vm.issueDate);
        date.setMaxWidth(150);
        Button issue = Ui.button("plans.issue", "plan-issue", vm::issue);
        issue.getStyleClass().add(Styles.SUCCESS);
        FormGrid issueForm = new FormGrid();
        issueForm.add("plans.issueNumber", new VBox(4, Ui.bar(number, new Label(Messages.get("plans.issueSymbol"))),
                Ui.warning("plan-number-warning", vm.numberWarning)), "plan-number", errors.property("number"));
        issueForm.add("plan.field.issuedOn", date, "plan-issued-on", errors.property("issuedOn"));
        VBox issueBox = new VBox(4, Ui.title("plans.issueTitle"), issueForm, Ui.buttons(issue));
        issueBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.form().editingProperty().get() != null
                && vm.form().editingProperty().get().status() == PlanStatus.DRAFT, vm.form().editingProperty()));
        issueBox.managedProperty().bind(issueBox.visibleProperty());

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Plan p = vm.form().editingProperty().get();
            // A draft says "Dự thảo" once; an issued plan its number and date, then its status.
            return p == null ? Messages.get("plans.form.new") : p.number() == null ? Messages.get("plans.form.draft")
                    : Messages.get("plans.form.edit", p.number() + ", " + VnFormat.date(p.issuedOn()), p.status().label());
        }, vm.form().editingProperty()));
        Label status = new Label();
        status.setId("plan-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.form().statusProperty());
        Label other = new Label();
        other.getStyleClass().add(Styles.DANGER);
        other.setWrapText(true);
        other.textProperty().bind(Bindings.concat(errors.property("status"), errors.property("id"), errors.general()));
        VBox box = new VBox(8, heading, f, Ui.buttons(save, preview, expire, remove, restore, history), status, other,
                issueBox);
        box.setPadding(new Insets(12, 16, 16, 12));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /** After an import: the new plan opened, what was saved said under the list. */
    private void imported(PlanImporter.Saved saved) {
        vm.imported(saved);
        tabs.getSelectionModel().select(2);
    }

    private ScrollPane targetsTab() {
        TableView<Target.Standing> table = new TableView<>(vm.standings);
        table.setId("target-table");
        table.getColumns().setAll(List.of(
                Ui.textColumn("target.field.description", 260, s -> s.target().description()),
                Ui.textColumn("target.field.goal", 80, s -> s.target().goal()),
                Ui.textColumn("plans.target.current", 90, s -> s.value() == null ? "—" : s.result()),
                Ui.textColumn("plans.target.met", 90, s -> s.value() == null ? Messages.get("plans.target.noData")
                        : Messages.get(s.met() ? "plans.target.yes" : "plans.target.no")),
                Ui.textColumn("plans.target.basis", 200, Target.Standing::basis)));
        Ui.styleTable(table);
        table.setPrefHeight(200);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.editTarget(s.target());
            }
        });
        var errors = vm.targetForm().errors();
        TextArea desc = Ui.textArea(vm.targetDescription, 2);
        ComboBox<Comparison> cmp = Ui.enumCombo(Comparison.class);
        cmp.valueProperty().bindBidirectional(vm.targetComparison);
        TextField value = new TextField();
        value.textProperty().bindBidirectional(vm.targetValue);
        value.setMaxWidth(100);
        TextField unit = new TextField();
        unit.textProperty().bindBidirectional(vm.targetUnit);
        unit.setMaxWidth(120);
        unit.setPromptText(Messages.get("plans.target.unitPrompt"));
        desc.setPromptText(Messages.get("plans.target.descriptionPrompt"));
        value.setPromptText(Messages.get("plans.target.valuePrompt"));
        ComboBox<Measure> measure = Ui.enumCombo(Measure.class);
        measure.valueProperty().bindBidirectional(vm.targetMeasure);
        FormGrid f = new FormGrid();
        f.add("target.field.description", desc, "target-description", errors.property("description"));
        f.add("plans.target.comparison", cmp, "target-comparison", errors.property("comparison"));
        f.add("plans.target.value", value, "target-value", errors.property("value"));
        f.add("plans.target.unit", unit, "target-unit", errors.property("unit"));
        f.add("target.field.measure", measure, "target-measure", errors.property("measure"));
        Button add = Ui.button("plans.target.new", "target-new", () -> {
            table.getSelectionModel().clearSelection();
            vm.editTarget(null);
        });
        Button save = Ui.primary("common.save", "target-save", vm::saveTarget);
        Button delete = Ui.button("common.delete", "target-delete", vm::deleteTarget);
        delete.disableProperty().bind(vm.targetForm().editingProperty().isNull());

        TextField period = new TextField();
        period.textProperty().bindBidirectional(vm.valuePeriod);
        period.setMaxWidth(110);
        TextField entered = new TextField();
        entered.textProperty().bindBidirectional(vm.enteredValue);
        entered.setMaxWidth(110);
        FormGrid valueForm = new FormGrid();
        valueForm.add("plans.target.period", period, "target-period", null);
        valueForm.add("target.field.enteredValue", entered, "target-entered", errors.property("enteredValue"));
        Button enter = Ui.button("plans.target.enter", "target-enter", vm::enterValue);
        VBox manual = new VBox(4, new Label(Messages.get("plans.target.manualHint")), valueForm, Ui.buttons(enter));
        manual.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.targetForm().editingProperty().get() != null
                && vm.targetForm().editingProperty().get().measure() == Measure.MANUAL, vm.targetForm().editingProperty()));
        manual.managedProperty().bind(manual.visibleProperty());
        Label status = new Label();
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.targetForm().statusProperty());
        VBox box = new VBox(8, Ui.bar(Ui.title("plans.tab.targets"), Ui.spacer(), add), table, f,
                Ui.buttons(save, delete), status, manual);
        box.setPadding(new Insets(12, 16, 16, 12));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    private SplitPane tasksTab() {
        TableView<Task> table = taskTable;
        table.setItems(vm.tasks().rows());
        table.setId("plan-task-table");
        TableColumn<Task, Task> content = new TableColumn<>(Messages.get("task.field.content"));
        content.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        content.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Task t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                setText("    ".repeat(vm.depth(t)) + (t.label() == null ? "" : t.label() + " ") + t.content());
                setStyle(t.group() ? "-fx-font-weight: bold;" : "");
            }
        });
        content.setSortable(false);
        content.setPrefWidth(340);
        Ui.longText(content);
        TableColumn<Task, String> lead = Ui.textColumn("task.field.leadUnit", 150, t -> vm.unitName(t.leadUnitId()));
        lead.setSortable(false);
        TableColumn<Task, String> due = Ui.textColumn("task.field.deadline", 100,
                vm::deadlineText);
        due.setSortable(false);
        table.getColumns().setAll(List.of(content, lead, due));
        Ui.styleTable(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(Messages.get("plans.noTasks")));
        Button group = Ui.button("plans.task.newGroup", "plan-task-new-group",
                () -> vm.newTask(table.getSelectionModel().getSelectedItem(), true));
        Button task = Ui.button("plans.task.new", "plan-task-new",
                () -> vm.newTask(table.getSelectionModel().getSelectedItem(), false));
        task.getStyleClass().add(Styles.ACCENT);
        Button up = Ui.button("plans.task.up", "plan-task-up", () -> move(table, true));
        Button down = Ui.button("plans.task.down", "plan-task-down", () -> move(table, false));
        Button delete = Ui.button("common.delete", "plan-task-delete",
                () -> vm.deleteTask(table.getSelectionModel().getSelectedItem()));
        for (Button b : List.of(up, down, delete)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Label hint = new Label(Messages.get("plans.task.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox left = new VBox(8, Ui.buttons(group, task, up, down, delete), hint, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        Button save = Ui.primary("common.save", "plan-task-save", vm::saveTask);
        Label status = new Label();
        status.setId("plan-task-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.taskForm().form().statusProperty());
        // Save stays in sight above the form, however long the form is.
        var actions = Ui.bar(save, status);
        actions.setPadding(new Insets(8, 12, 4, 12));
        VBox form = new VBox(8, new TaskForm(vm.taskForm()));
        form.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane sp = new ScrollPane(form);
        sp.setFitToWidth(true);
        BorderPane right = new BorderPane(sp);
        right.setTop(actions);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        return split;
    }

    private void move(TableView<Task> table, boolean up) {
        Task t = table.getSelectionModel().getSelectedItem();
        if (t != null) {
            vm.moveTask(t, up);
        }
    }

}
