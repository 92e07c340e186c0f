package vn.socongvu.planimport.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.controlsfx.control.CheckComboBox;

import vn.socongvu.document.TextParagraph;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Target;
import vn.socongvu.planimport.Confidence;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ProposalReport;
import vn.socongvu.planimport.ProposedTarget;
import vn.socongvu.planimport.Schedule;
import vn.socongvu.planimport.UnitRef;
import vn.socongvu.planimport.Unplaced;
import vn.socongvu.task.Recurrence;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.KeyActions;
import vn.socongvu.ui.kit.Theme;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.Windows;

/**
 * The review of a plan read from Word or pasted text: the proposed task tree (each reading marked with how sure
 * the reader was) beside the original text with the selected task's source highlighted; the clerk edits,
 * merges, drops or accepts, and "Lưu kế hoạch" saves everything in one transaction. Nothing is saved before.
 */
public final class PlanReviewView extends BorderPane {
    private final PlanReviewViewModel vm;
    private final TreeTableView<ReviewItem> tree = new TreeTableView<>();
    private final Map<ReviewItem, TreeItem<ReviewItem>> treeItems = new HashMap<>();
    private final ListView<TextParagraph> original = new ListView<>();
    private final TabPane tabs = new TabPane();
    private final Consumer<PlanImporter.Saved> onSaved;
    /** The paragraph chosen in the list of those not placed, outlined in the original text; -1 for none. */
    private int shownUnplaced = -1;

    public PlanReviewView(PlanReviewViewModel vm, Consumer<PlanImporter.Saved> onSaved) {
        this.vm = vm;
        this.onSaved = onSaved;
        setId("plan-review");
        Label heading = new Label(Messages.get("planImport.review.heading", vm.origin));
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        VBox top = new VBox(4, heading, Ui.hint("planImport.review.hint"));
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab tasks = new Tab(Messages.get("planImport.review.tasksTab"), tasksTab());
        // The plan's fields and its targets are built when their tab is first opened: the window opens on the tasks.
        Tab plan = lazyTab("planImport.review.planTab", this::planTab);
        Tab targets = lazyTab("planImport.review.targetsTab", this::targetsTab);
        tasks.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planImport.review.tasksTab")
                + " (" + vm.taskCount.get() + ")", vm.taskCount));
        targets.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planImport.review.targetsTab")
                + " (" + vm.targets.size() + ")", vm.targets));
        tabs.getTabs().addAll(tasks, plan, targets);
        SplitPane center = new SplitPane(tabs, originalPane());
        center.setDividerPositions(0.6);
        setCenter(center);
        setBottom(bottomBar());
        buildTree();
        vm.fault().listen(this, this::showFault);
        vm.saved().listen(this, s -> {
            getScene().getWindow().hide();
            onSaved.accept(s);
        });
    }

    /** A tab whose content is made when it is first selected. */
    private static Tab lazyTab(String key, Supplier<Node> content) {
        Tab tab = new Tab(Messages.get(key));
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    // ---- the task tree and its editor ----

    private VBox tasksTab() {
        tree.setId("review-tree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getStyleClass().add(Styles.DENSE);
        TreeTableColumn<ReviewItem, Shown> content = column("planImport.review.task", 380, i -> List.of(i.label,
                i.text, i.confidence, i.textError), i -> new Shown(i.display(), i.confidence.get(),
                i.isGroup(), !i.textError.get().isEmpty(), i.textError.get()));
        TreeTableColumn<ReviewItem, Shown> lead = column("task.field.leadUnit", 170, i -> List.of(i.lead,
                i.leadConfidence, i.leadError), i -> i.isGroup() ? null : new Shown(i.lead.get() == null
                ? Messages.get("planImport.text.none") : ProposalReport.unit(i.lead.get()), i.leadConfidence.get(),
                false, !i.leadError.get().isEmpty(), i.leadError.get()));
        TreeTableColumn<ReviewItem, Shown> due = column("task.field.deadline", 110, i -> List.of(i.recurrence,
                i.deadline, i.scheduleConfidence, i.scheduleError), i -> i.isGroup() ? null : new Shown(
                ProposalReport.schedule(new Schedule(i.recurrence.get(), i.deadline.get(), i.phrase)),
                i.scheduleConfidence.get(), false, !i.scheduleError.get().isEmpty(), i.scheduleError.get()));
        // The task and its lead unit are read whole in the form below; the deadline is whole here.
        Ui.longText(content);
        Ui.longText(lead);
        due.setMinWidth(150); // "~ Định kỳ 6 tháng"
        tree.getColumns().setAll(List.of(content, lead, due));
        tree.setPlaceholder(new Label(Messages.get("planImport.error.noTasks")));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            vm.selected.set(n == null ? null : n.getValue());
            showSource(n == null ? null : n.getValue());
        });

        Button next = Ui.button("planImport.review.next", "review-next", () -> select(vm.nextToReview(vm.selected.get())));
        Button accept = Ui.button("planImport.review.accept", "review-accept", () -> {
            vm.accept(vm.selected.get());
            tree.refresh();
            select(vm.nextToReview(vm.selected.get()));
        });
        accept.getStyleClass().add(Styles.SUCCESS);
        Button merge = Ui.button("planImport.review.merge", "review-merge", () -> select(vm.mergeWithPrevious(vm.selected.get())));
        Button drop = Ui.button("planImport.review.drop", "review-drop", this::drop);
        drop.getStyleClass().add(Styles.DANGER);
        Button undo = Ui.button("planImport.review.undo", "review-undo", vm::undo);
        undo.disableProperty().bind(vm.canUndo.not());
        accept.disableProperty().bind(vm.selected.isNull());
        drop.disableProperty().bind(vm.selected.isNull());
        merge.disableProperty().bind(unless(vm::canMerge));
        // Moving an item and a branch's units: menus beside the buttons, the same actions in the tree's context
        // menu, the moves also on the keys Word's outline uses (Alt+Shift+← / →) and Ctrl+M.
        MenuButton move = new MenuButton(Messages.get("planImport.review.move"), null, outdentItem(), indentItem(),
                moveUnderItem());
        move.setId("review-move");
        move.disableProperty().bind(vm.selected.isNull());
        MenuButton units = new MenuButton(Messages.get("planImport.review.branchUnits"), null, branchLeadItem(),
                branchCoopItem());
        units.setId("review-branch-units");
        units.setTooltip(new Tooltip(Messages.get("planImport.review.branchUnitsTip")));
        units.disableProperty().bind(unless(vm::isBranch));
        ContextMenu context = new ContextMenu(acceptItem(), mergeItem(), new SeparatorMenuItem(), outdentItem(),
                indentItem(), moveUnderItem(), new SeparatorMenuItem(), branchLeadItem(), branchCoopItem(),
                new SeparatorMenuItem(), dropItem(), undoItem());
        context.setId("review-context");
        tree.setContextMenu(context);
        for (MenuItem i : context.getItems()) {
            if (i.getAccelerator() != null) {
                // The keys work where the tree has the focus (not while a field below is being typed in).
                tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (i.getAccelerator().match(e) && !i.isDisable()) {
                        e.consume();
                        i.fire();
                    }
                });
            }
        }
        Label toReview = new Label();
        toReview.setId("review-count");
        toReview.getStyleClass().add(Styles.TEXT_MUTED);
        toReview.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planImport.review.toReview",
                vm.reviewCount.get()), vm.reviewCount));
        var actions = Ui.buttons(next, accept, merge, move, units, drop, undo, toReview);

        ScrollPane editor = new ScrollPane(editor());
        editor.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox box = new VBox(8, actions, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** True while no item is selected or {@code can} says no of it; follows the selection and every change. */
    private BooleanBinding unless(Predicate<ReviewItem> can) {
        return Bindings.createBooleanBinding(() -> vm.selected.get() == null || !can.test(vm.selected.get()),
                vm.selected, vm.changes);
    }

    /** A menu item acting on the selected item, disabled when {@code can} says no; with its keys, if any. */
    private MenuItem item(String key, String id, Predicate<ReviewItem> can, KeyCombination keys,
                          Consumer<ReviewItem> action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setId(id);
        i.disableProperty().bind(unless(can));
        if (keys != null) {
            // Shown in the menu; the tree's own key handler does the action where the tree has the focus (and
            // consumes the key, so that the action is done once).
            i.setAccelerator(keys);
        }
        i.setOnAction(e -> {
            ReviewItem selected = vm.selected.get();
            if (selected != null && can.test(selected)) {
                action.accept(selected);
                tree.requestFocus(); // the keys then act on the item again, as after a click in the tree
            }
        });
        return i;
    }

    private MenuItem acceptItem() {
        return item("planImport.review.accept", "review-menu-accept", i -> true, null, i -> {
            vm.accept(i);
            tree.refresh();
            select(vm.nextToReview(i));
        });
    }

    private MenuItem mergeItem() {
        return item("planImport.review.merge", "review-menu-merge", vm::canMerge, null,
                i -> select(vm.mergeWithPrevious(i)));
    }

    private MenuItem dropItem() {
        return item("planImport.review.drop", "review-menu-drop", i -> true, null, i -> drop());
    }

    private MenuItem undoItem() {
        MenuItem i = new MenuItem(Messages.get("planImport.review.undo"));
        i.setId("review-menu-undo");
        i.disableProperty().bind(vm.canUndo.not());
        i.setOnAction(e -> vm.undo());
        return i;
    }

    private MenuItem outdentItem() {
        return item("planImport.review.outdent", "review-outdent", vm::canOutdent,
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                i -> select(vm.outdent(i)));
    }

    private MenuItem indentItem() {
        return item("planImport.review.indent", "review-indent", vm::canIndent,
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                i -> select(vm.indent(i)));
    }

    private MenuItem moveUnderItem() {
        return item("planImport.review.moveUnder", "review-move-under", i -> !vm.moveTargets(i).isEmpty(),
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), this::moveUnder);
    }

    private MenuItem branchLeadItem() {
        return item("planImport.review.branchLead", "review-branch-lead", vm::isBranch, null, this::branchLead);
    }

    private MenuItem branchCoopItem() {
        return item("planImport.review.branchCoop", "review-branch-coop", vm::isBranch, null, this::branchCooperating);
    }

    /** "Chuyển vào mục…": the item's new heading chosen from the tree's items, indented as in the tree. */
    private void moveUnder(ReviewItem item) {
        List<ReviewItem> targets = vm.moveTargets(item);
        Dialog<ReviewItem> d = Dialogs.create(getScene().getWindow(), "planImport.review.moveUnder",
                "review-move-dialog");
        d.setHeaderText(Messages.get("planImport.review.moveUnderHint", shortly(item.display()), vm.tasksIn(item)));
        ListView<ReviewItem> list = new ListView<>(FXCollections.observableArrayList(targets));
        list.setId("review-move-targets");
        list.setPrefSize(640, 380);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewItem i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : "    ".repeat(vm.depth(i)) + shortly(i.display()));
                setStyle(!empty && i != null && i.isGroup() ? "-fx-font-weight: bold;" : "");
            }
        });
        // Proposed: the nearest item above it in the tree (the clerk moves an item to a heading near it).
        List<ReviewItem> all = vm.all();
        int at = all.indexOf(item);
        targets.stream().filter(t -> all.indexOf(t) < at).reduce((a, b) -> b).ifPresent(t -> {
            list.getSelectionModel().select(t);
            list.scrollTo(Math.max(0, targets.indexOf(t) - 4));
        });
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        d.getDialogPane().lookupButton(Dialogs.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        // A double click or Enter on an item chooses it (the list would otherwise keep Enter from the dialog).
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) d.getDialogPane().lookupButton(Dialogs.OK)).fire();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                ((Button) d.getDialogPane().lookupButton(Dialogs.OK)).fire();
            }
        });
        d.setResultConverter(b -> b == Dialogs.OK ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(list::requestFocus);
        d.showAndWait().ifPresent(target -> select(vm.moveUnder(item, target)));
    }

    /** "Đơn vị chủ trì cho cả mục…": one unit for every task under the heading. */
    private void branchLead(ReviewItem branch) {
        Dialog<UnitRef> d = Dialogs.create(getScene().getWindow(), "planImport.review.branchLead",
                "review-branch-lead-dialog");
        d.setHeaderText(Messages.get("planImport.review.branchLeadHint", shortly(branch.display()),
                vm.tasksIn(branch)));
        ComboBox<UnitRef> unit = Ui.combo(List.of(), ProposalReport::unit);
        unit.setItems(vm.units);
        unit.setId("review-branch-lead-unit");
        unit.setPromptText(Messages.get("task.form.leadPrompt"));
        unit.setValue(vm.branchLead(branch));
        TextField other = new TextField();
        other.setId("review-branch-lead-other");
        other.setPromptText(Messages.get("planImport.review.branchOtherPrompt"));
        VBox box = new VBox(8, unit, other);
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        d.getDialogPane().lookupButton(Dialogs.OK).disableProperty().bind(unit.valueProperty().isNull()
                .and(other.textProperty().isEmpty()));
        d.setResultConverter(b -> b != Dialogs.OK ? null
                : other.getText().isBlank() ? unit.getValue() : vm.typedUnit(other.getText()));
        Platform.runLater(unit::requestFocus);
        d.showAndWait().ifPresent(u -> {
            vm.setBranchLead(branch, u);
            tree.refresh();
            select(branch);
        });
    }

    /** "Đơn vị phối hợp cho cả mục…": the same cooperating units for every task under the heading. */
    private void branchCooperating(ReviewItem branch) {
        Dialog<List<UnitRef>> d = Dialogs.create(getScene().getWindow(), "planImport.review.branchCoop",
                "review-branch-coop-dialog");
        d.setHeaderText(Messages.get("planImport.review.branchCoopHint", shortly(branch.display()),
                vm.tasksIn(branch)));
        List<UnitRef> had = vm.branchCooperating(branch);
        Map<UnitRef, BooleanProperty> checked = new LinkedHashMap<>();
        vm.units.forEach(u -> checked.put(u, new SimpleBooleanProperty(had.contains(u))));
        ListView<UnitRef> list = new ListView<>(FXCollections.observableArrayList(vm.units));
        list.setId("review-branch-coop-units");
        list.setPrefSize(520, 320);
        list.setCellFactory(CheckBoxListCell.forListView(checked::get, new StringConverter<>() {
            @Override
            public String toString(UnitRef u) {
                return u == null ? "" : ProposalReport.unit(u);
            }

            @Override
            public UnitRef fromString(String s) {
                return null;
            }
        }));
        // Space ticks the unit under the cursor, as a check box does.
        list.setOnKeyPressed(e -> {
            UnitRef u = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && u != null) {
                checked.get(u).set(!checked.get(u).get());
                e.consume();
            }
        });
        d.getDialogPane().setContent(new VBox(6, Ui.hint("planImport.review.branchCoopNote"), list));
        d.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        d.setResultConverter(b -> b != Dialogs.OK ? null
                : checked.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList());
        Platform.runLater(list::requestFocus);
        d.showAndWait().ifPresent(us -> {
            vm.setBranchCooperating(branch, us);
            tree.refresh();
            select(branch);
        });
    }

    /** A long item's first words, for a dialog's header. */
    private static String shortly(String text) {
        return text.length() > 90 ? text.substring(0, 90).strip() + "…" : text;
    }

    /** What a cell of the tree shows: the text, how sure the reading is, whether the check found a fault. */
    private record Shown(String text, Confidence confidence, boolean group, boolean fault, String why) {
    }

    private TreeTableColumn<ReviewItem, Shown> column(String key, double width,
                                                      Function<ReviewItem, List<ObservableValue<?>>> watched,
                                                      Function<ReviewItem, Shown> shown) {
        TreeTableColumn<ReviewItem, Shown> c = new TreeTableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> {
            ReviewItem i = cd.getValue().getValue();
            List<Observable> deps = new ArrayList<>(watched.apply(i));
            deps.add(i.children);
            return Bindings.createObjectBinding(() -> shown.apply(i), deps.toArray(Observable[]::new));
        });
        c.setCellFactory(col -> new TreeTableCell<>() {
            // One tooltip a cell, its text changed with the row shown (a tooltip is a popup control: not one a row).
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(Shown s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setTooltip(null);
                    setStyle("");
                    return;
                }
                setText(mark(s.confidence()) + s.text());
                String why = s.fault() ? s.why() : explain(s.confidence());
                tip.setText(why.isEmpty() ? s.text() : s.text() + "\n" + why);
                setTooltip(tip);
                setStyle((s.group() ? "-fx-font-weight: bold;" : "") + (s.fault() ? "-fx-text-fill: -color-danger-fg;"
                        : s.confidence() == Confidence.LOW ? "-fx-text-fill: -color-warning-emphasis;" : ""));
            }
        });
        return c;
    }

    /** "? " a guess, "~ " a likely reading; nothing for a sure one. */
    static String mark(Confidence c) {
        return switch (c) {
            case HIGH -> "";
            case MEDIUM -> "~ ";
            case LOW -> "? ";
        };
    }

    private static String explain(Confidence c) {
        return switch (c) {
            case HIGH -> "";
            case MEDIUM -> Messages.get("planImport.review.likely");
            case LOW -> Messages.get("planImport.review.guess");
        };
    }

    private void buildTree() {
        TreeItem<ReviewItem> root = new TreeItem<>();
        root.getChildren().setAll(vm.sections.stream().map(this::node).toList());
        vm.sections.addListener((ListChangeListener<ReviewItem>) c ->
                root.getChildren().setAll(vm.sections.stream().map(this::node).toList()));
        tree.setRoot(root);
    }

    /** The tree item of a review item; made once, its children following the item's. */
    private TreeItem<ReviewItem> node(ReviewItem i) {
        TreeItem<ReviewItem> known = treeItems.get(i);
        if (known != null) {
            return known;
        }
        TreeItem<ReviewItem> n = new TreeItem<>(i);
        n.setExpanded(true);
        treeItems.put(i, n);
        n.getChildren().setAll(i.children.stream().map(this::node).toList());
        i.children.addListener((ListChangeListener<ReviewItem>) c ->
                n.getChildren().setAll(i.children.stream().map(this::node).toList()));
        return n;
    }

    /** Selects {@code item} in the tree and brings it into sight. */
    void select(ReviewItem item) {
        if (item == null) {
            return;
        }
        TreeItem<ReviewItem> n = node(item);
        tree.getSelectionModel().select(n);
        int row = tree.getRow(n);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private void drop() {
        ReviewItem item = vm.selected.get();
        if (item == null) {
            return;
        }
        List<ReviewItem> all = vm.all();
        int at = all.indexOf(item);
        if (!vm.dropAsked(item)) {
            return;
        }
        List<ReviewItem> left = vm.all();
        select(left.isEmpty() ? null : left.get(Math.min(Math.max(0, at), left.size() - 1)));
    }

    private VBox editor() {
        StringProperty textError = new SimpleStringProperty("");
        StringProperty leadError = new SimpleStringProperty("");
        StringProperty scheduleError = new SimpleStringProperty("");
        TextField label = new TextField();
        label.setMaxWidth(110);
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(3);
        TextArea result = new TextArea();
        result.setWrapText(true);
        result.setPrefRowCount(2);
        ComboBox<UnitRef> lead = Ui.combo(List.of(), ProposalReport::unit);
        lead.setItems(vm.units);
        lead.setPromptText(Messages.get("task.form.leadPrompt"));
        Button other = Ui.button("planImport.review.otherUnit", "review-other-unit", () -> {
            TextInputDialog d = new TextInputDialog();
            d.initOwner(getScene().getWindow());
            d.setTitle(Messages.get("planImport.review.otherUnit"));
            d.setHeaderText(Messages.get("planImport.review.otherUnitHint"));
            d.showAndWait().map(vm::typedUnit).ifPresent(u -> vm.selected.get().lead.set(u));
        });
        HBox.setHgrow(lead, Priority.ALWAYS);
        Label leadNote = note();
        CheckComboBox<UnitRef> coop = Ui.cooperatingUnits(vm.units, ProposalReport::unit);
        coop.setId("review-cooperating");
        Label coopNames = note();
        ComboBox<Recurrence> recurrence = Ui.enumCombo(Recurrence.class);
        recurrence.setId("review-recurrence");
        recurrence.setMaxWidth(170);
        DatePicker deadline = Ui.datePicker();
        deadline.setId("review-deadline");
        deadline.setMaxWidth(160);
        deadline.disableProperty().bind(recurrence.valueProperty().isNotEqualTo(Recurrence.NONE));
        Label scheduleNote = note();

        follow(i -> i.label, label.textProperty());
        follow(i -> i.text, text.textProperty());
        follow(i -> i.expectedResult, result.textProperty());
        follow(i -> i.lead, lead.valueProperty());
        follow(i -> i.recurrence, recurrence.valueProperty());
        follow(i -> i.deadline, deadline.valueProperty());
        boolean[] syncing = {false};
        vm.selected.addListener((o, old, now) -> {
            syncing[0] = true;
            coop.getCheckModel().clearChecks();
            if (now != null) {
                now.cooperating.forEach(u -> coop.getCheckModel().check(u));
            }
            syncing[0] = false;
            for (StringProperty e : List.of(textError, leadError, scheduleError)) {
                e.unbind();
                e.set("");
            }
            if (now != null) {
                textError.bind(now.textError);
                leadError.bind(now.leadError);
                scheduleError.bind(now.scheduleError);
            }
        });
        coop.getCheckModel().getCheckedItems().addListener((ListChangeListener<UnitRef>) c -> {
            ReviewItem i = vm.selected.get();
            if (!syncing[0] && i != null) {
                i.cooperating.setAll(coop.getCheckModel().getCheckedItems().stream().filter(u -> u != null).toList());
            }
        });
        // The notes say where each reading came from and how sure it is; they follow the selected item's parts.
        vm.selected.addListener((o, old, now) -> {
            if (now == null) {
                leadNote.textProperty().unbind();
                scheduleNote.textProperty().unbind();
                coopNames.textProperty().unbind();
                leadNote.setText("");
                scheduleNote.setText("");
                coopNames.setText("");
                return;
            }
            leadNote.textProperty().bind(Bindings.createStringBinding(() -> leadNote(now), now.lead,
                    now.leadConfidence));
            scheduleNote.textProperty().bind(Bindings.createStringBinding(() -> scheduleNote(now),
                    now.scheduleConfidence, now.recurrence, now.deadline));
            coopNames.textProperty().bind(Bindings.createStringBinding(() -> String.join("; ",
                    now.cooperating.stream().map(ProposalReport::unit).toList()), now.cooperating));
        });

        FormGrid f = new FormGrid();
        f.add("planImport.review.label", label, "review-label", null);
        f.add("task.field.content", text, "review-text", textError);
        VBox leadRow = new VBox(2, Ui.bar(lead, other), leadNote);
        VBox coopRow = new VBox(2, coop, coopNames);
        VBox scheduleRow = new VBox(2, Ui.bar(recurrence, deadline), scheduleNote);
        // What the task must achieve, when the plan states it as a field ("Yêu cầu: …"): saved as its result.
        f.add("planImport.review.expectedResult", result, "review-expected-result", null);
        f.add("task.field.leadUnit", leadRow, "review-lead", leadError);
        lead.setId("review-lead-unit");
        f.add("task.field.cooperatingUnits", coopRow, "review-coop", null);
        coop.setId("review-cooperating");
        f.add("task.field.deadline", scheduleRow, "review-schedule", scheduleError);
        // A heading has no unit or deadline of its own: its tasks have.
        var isTask = Bindings.createBooleanBinding(() -> vm.selected.get() != null && !vm.selected.get().isGroup(),
                vm.selected, vm.sections);
        for (Node row : List.of(result, leadRow, coopRow, scheduleRow)) {
            f.showRowWhen(row, isTask);
        }
        Label nothing = Ui.hint("planImport.review.nothingSelected");
        nothing.visibleProperty().bind(vm.selected.isNull());
        nothing.managedProperty().bind(nothing.visibleProperty());
        f.disableProperty().bind(vm.selected.isNull());
        VBox box = new VBox(4, nothing, f);
        box.setPadding(new Insets(4, 12, 12, 4));
        return box;
    }

    private static Label note() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private static String leadNote(ReviewItem i) {
        if (i.lead.get() == null) {
            return Messages.get("planImport.review.noLead");
        }
        String how = explain(i.leadConfidence.get());
        String fresh = i.lead.get().isNew() ? Messages.get("planImport.review.newUnit") : "";
        return (how + " " + fresh).strip();
    }

    private static String scheduleNote(ReviewItem i) {
        if (i.scheduleConfidence.get() == Confidence.HIGH && !i.phrase.isEmpty()) {
            return Messages.get("planImport.review.phrase", i.phrase);
        }
        if (i.scheduleConfidence.get() == Confidence.HIGH) {
            return "";
        }
        String from = i.phrase.isEmpty() ? Messages.get("planImport.review.noPhrase")
                : Messages.get("planImport.review.phrase", i.phrase);
        return from + " " + explain(i.scheduleConfidence.get());
    }

    /** Binds {@code editor} both ways to the selected item's part, moving the binding with the selection. */
    private <V> void follow(Function<ReviewItem, Property<V>> part, Property<V> editor) {
        vm.selected.addListener((o, old, now) -> {
            if (old != null) {
                editor.unbindBidirectional(part.apply(old));
            }
            if (now != null) {
                editor.setValue(part.apply(now).getValue());
                editor.bindBidirectional(part.apply(now));
            }
        });
    }

    // ---- the original text ----

    private VBox originalPane() {
        original.setId("review-original");
        original.setItems(vm.paragraphs);
        original.setCellFactory(l -> new ListCell<>() {
            // A paragraph wrapped to the list's width (less its scroll bar and the cell's padding), every line
            // shown: a cell's own wrapped text is cut to the height the list first gave it.
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(l.widthProperty().subtract(40));
                shown.fontProperty().bind(fontProperty());
                shown.fillProperty().bind(textFillProperty());
            }

            @Override
            protected void updateItem(TextParagraph p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("review-source", "review-source-part");
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    setStyle("");
                    return;
                }
                shown.setText(p.displayed());
                setGraphic(shown);
                ReviewItem i = vm.selected.get();
                int index = getIndex();
                if (i != null && index == i.source) {
                    getStyleClass().add("review-source");
                    setStyle("-fx-background-color: -color-warning-muted; -fx-font-weight: bold;");
                } else if (index == shownUnplaced) {
                    // The paragraph chosen among those not placed: outlined, so that it shows beside the task's.
                    setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-emphasis;"
                            + " -fx-border-width: 0 0 0 4;");
                } else if (i != null && (index == i.leadSource || index == i.scheduleSource)) {
                    getStyleClass().add("review-source-part");
                    setStyle("-fx-background-color: -color-accent-subtle;");
                } else {
                    setStyle(p.bold() || p.heading() ? "-fx-font-weight: bold;" : "");
                }
            }
        });
        original.getSelectionModel().selectedIndexProperty().addListener((o, a, index) -> {
            ReviewItem i = vm.itemAt(index.intValue());
            if (i != null && i != vm.selected.get()) {
                select(i);
            }
        });
        Label title = new Label(Messages.get("planImport.review.original"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title, Ui.hint("planImport.review.originalHint"), original, unplacedPane());
        VBox.setVgrow(original, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /**
     * The paragraphs the reader did not place, under the original text: choosing one shows it there; "Thêm làm
     * nhiệm vụ" adds it under the item chosen in the tree. Hidden when there is none.
     */
    private VBox unplacedPane() {
        ListView<Unplaced> list = new ListView<>(vm.unplaced);
        list.setId("review-unplaced");
        list.setPrefHeight(120);
        list.setMinHeight(72);
        list.getStyleClass().add(Styles.DENSE);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // one line each, cut with "…" to the list's width: no sideways scrolling
            }

            @Override
            protected void updateItem(Unplaced u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.text());
                setTooltip(empty || u == null ? null : new Tooltip(Messages.get("planImport.review.unplacedTip",
                        String.valueOf(u.paragraph() + 1), Messages.get(u.reason()), u.text())));
                // What reads like work the plan did not number in the text's colour, the rest (prose, other parts,
                // pointers) muted: the likely tasks stand out.
                setStyle(empty || u == null || u.reason().equals("planImport.unplaced.unnumberedTask") ? ""
                        : "-fx-text-fill: -color-fg-muted;");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> {
            shownUnplaced = u == null ? -1 : u.paragraph();
            if (u != null && u.paragraph() >= 0 && u.paragraph() < vm.paragraphs.size()) {
                original.getSelectionModel().select(u.paragraph());
                original.scrollTo(Math.max(0, u.paragraph() - 2));
            }
            original.refresh();
        });
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planImport.review.unplaced",
                vm.unplaced.size()), vm.unplaced));
        Button add = new Button(Messages.get("planImport.review.addUnplaced"));
        add.setId("review-add-unplaced");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.selected.isNull()));
        add.setOnAction(e -> select(vm.addUnplaced(list.getSelectionModel().getSelectedItem(), vm.selected.get())));
        add.setTooltip(new Tooltip(Messages.get("planImport.review.addUnplacedTip")));
        HBox head = new HBox(8, title, add);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.unplaced));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Highlights where the reader found the item (and its unit and deadline) and scrolls it into sight. */
    private void showSource(ReviewItem i) {
        original.refresh();
        if (i != null && i.source >= 0 && i.source < vm.paragraphs.size()) {
            original.scrollTo(Math.max(0, i.source - 2));
        }
    }

    // ---- the plan's fields and its targets ----

    private ScrollPane planTab() {
        var errors = vm.errors();
        TextArea title = Ui.textArea(vm.title, 3);
        TextField year = Ui.textField(vm.year, 90);
        TextField number = Ui.textField(vm.number, 160);
        DatePicker date = Ui.datePicker();
        date.valueProperty().bindBidirectional(vm.date);
        date.setMaxWidth(160);
        TextArea bases = Ui.textArea(vm.legalBases, 5);
        TextArea recipients = Ui.textArea(vm.recipients, 4);
        FormGrid f = new FormGrid();
        f.add("plan.field.title", title, "review-plan-title", errors.property("title"));
        f.add("plan.field.year", year, "review-plan-year", errors.property("year"));
        f.add("planImport.review.number", number, "review-plan-number", null);
        f.add("plan.field.issuedOn", date, "review-plan-date", null);
        f.add("planImport.review.issuer", readOnly(vm.read().issuer().value()), "review-plan-issuer", null);
        f.add("planImport.review.signer", readOnly(vm.read().signer().found()
                ? vm.read().signer().value() + (vm.read().signerTitle().found() ? " – " + vm.read().signerTitle().value()
                : "") : null), "review-plan-signer", null);
        f.add("plan.field.legalBases", bases, "review-plan-bases", null);
        f.add("plan.field.recipients", recipients, "review-plan-recipients", null);
        return Ui.scroll(new VBox(8, Ui.hint("planImport.review.planHint"), f));
    }

    private static Label readOnly(String value) {
        Label l = new Label(value == null ? Messages.get("planImport.text.none") : value);
        l.setWrapText(true);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private VBox targetsTab() {
        TableView<ProposedTarget> table = new TableView<>(vm.targets);
        table.setId("review-targets");
        table.getColumns().setAll(List.of(
                Ui.textColumn("target.field.description", 320, t -> mark(t.confidence()) + t.description()),
                Ui.textColumn("target.field.goal", 90, t -> new Target(0, 0, 0, t.description(), t.comparison(),
                        t.value(), t.unit(), t.measure()).goal()),
                Ui.textColumn("target.field.measure", 150, t -> t.measure().label())));
        Ui.styleTable(table);
        table.setPlaceholder(new Label(Messages.get("planImport.review.noTargets")));
        Button drop = Ui.button("planImport.review.dropTarget", "review-drop-target",
                () -> vm.targets.remove(table.getSelectionModel().getSelectedItem()));
        drop.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t.source() >= 0) {
                original.getSelectionModel().select(t.source());
                original.scrollTo(Math.max(0, t.source() - 2));
            }
        });
        VBox box = new VBox(8, Ui.hint("planImport.review.targetsHint"), Ui.buttons(drop), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    // ---- saving ----

    private VBox bottomBar() {
        Label summary = new Label();
        summary.setId("review-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planImport.review.summary",
                vm.taskCount.get(), vm.targets.size(), vm.newUnitCount.get()), vm.taskCount, vm.targets,
                vm.newUnitCount));
        // What stops the save, on a line of its own above the buttons, wrapped however long.
        Label message = new Label();
        message.setId("review-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Button cancel = Ui.button("common.cancel", "review-cancel", () -> {
            Window w = getScene().getWindow();
            if (vm.closeAllowed()) {
                w.hide();
            }
        });
        Button save = Ui.primary("planImport.review.save", "review-save", vm::save);
        VBox bar = new VBox(6, message, Ui.bar(summary, Ui.spacer(), cancel, save));
        bar.setPadding(new Insets(8, 16, 12, 16));
        return bar;
    }

    /** Where a save found something to complete: the task at fault, or the plan's own fields. */
    private void showFault(PlanReviewViewModel.Fault f) {
        if (!f.checked()) {
            select(f.item());
        } else if (f.item() != null) {
            tabs.getSelectionModel().select(0);
            select(f.item());
        } else if (vm.errors().any()) {
            tabs.getSelectionModel().select(1);
            return;
        } else {
            return;
        }
        tree.refresh();
    }

    /**
     * Opens the review of what was read in its own window, whose dialogs and progress belong to it; {@code onSaved}
     * runs on the FX thread once the plan is saved.
     * @param origin what was read ("ke-hoach.docx", or that the text was pasted), for the window's title
     */
    public static Stage show(Window owner, PlanImporter importer, PlanImporter.Reading reading, String origin,
                             Consumer<PlanImporter.Saved> onSaved) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        PlanReviewViewModel vm = new PlanReviewViewModel(importer, reading, origin, new FxDialogService(() -> stage),
                new FxTaskRunner(() -> stage));
        stage.setTitle(Messages.get("planImport.review.title", vm.origin));
        PlanReviewView view = new PlanReviewView(vm, onSaved);
        // As large as the screen allows, up to 1280 × 820 (an office PC's screen is often 1366 × 768).
        double[] size = Windows.sceneSize(owner, 1280, 820);
        Scene scene = new Scene(view, size[0], size[1]);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!vm.closeAllowed()) {
                e.consume();
            }
        });
        KeyActions.escapeCloses(stage); // Esc closes it (the review asks first)
        Windows.showCentred(stage, owner);
        view.select(vm.nextToReview(null));
        return stage;
    }
}
