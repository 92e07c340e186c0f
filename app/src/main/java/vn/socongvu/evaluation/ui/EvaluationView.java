package vn.socongvu.evaluation.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.evaluation.Deduction;
import vn.socongvu.evaluation.DisciplineFact;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.LegalCase;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.Ui;

/**
 * Đánh giá, xếp loại: the month's or quarter's figures of each civil servant (every figure opens the products
 * behind it), the person chosen with their products and the assessor's actions, the year, the settings.
 */
public final class EvaluationView extends BorderPane {
    private final EvaluationViewModel vm;
    private final TaskOpener openTask;
    private final TableView<PersonScore> people = new TableView<>();
    private final TableView<Product> products = new TableView<>();
    private final TableView<Deduction> deductions = new TableView<>();
    private final TableView<LegalCase> cases = new TableView<>();
    private final TableView<DisciplineFact> discipline = new TableView<>();
    private final GridPane criteria = new GridPane();
    private final TableSelection<PersonScore> selection;

    /**
     * @param models   the section's models (the period, the year, the settings)
     * @param openTask opens a task by its id in Nhiệm vụ
     */
    public EvaluationView(EvaluationModels models, TaskOpener openTask) {
        this.vm = models.period();
        this.openTask = openTask;
        setId("evaluation-view");
        setPadding(new Insets(16));
        Button sheet = Ui.button("evaluation.ui.personSheet", "evaluation-person-sheet", vm::previewSheet);
        sheet.disableProperty().bind(vm.selectedProperty().isNull());
        Button export = Ui.button("evaluation.ui.export", "evaluation-export", vm::export);
        export.disableProperty().bind(vm.loadingProperty());
        HBox head = Ui.bar(Ui.title("evaluation.ui.title"), Ui.spacer(), sheet, export);
        BorderPane.setMargin(head, new Insets(0, 0, 4, 0));
        setTop(head);

        Tab period = new Tab(Messages.get("evaluation.ui.tab.period"), periodPane());
        period.setId("tab-evaluation-period");
        Tab year = new Tab(Messages.get("evaluation.ui.tab.year"),
                new EvaluationYearView(models.year(), (p, staff) -> {
                    getTabs().getSelectionModel().select(0);
                    vm.show(p, staff);
                }));
        year.setId("tab-evaluation-year");
        ScrollPane settingsPane = new ScrollPane(new EvaluationSettingsView(models.settings()));
        settingsPane.setFitToWidth(true);
        Tab settings = new Tab(Messages.get("evaluation.ui.tab.settings"), settingsPane);
        settings.setId("tab-evaluation-settings");
        TabPane tabs = new TabPane(period, year, settings);
        tabs.setId("evaluation-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        year.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                models.year().load();
            }
        });
        setCenter(tabs);

        selection = new TableSelection<>(people, vm::choose);
        Ui.listenList(this, vm.people(), c -> showPeople());
        showPeople();
        Ui.listen(this, vm.selectedProperty(), (o, a, p) -> showPerson(p));
        vm.drill().listen(this, d -> {
            if (getScene() != null) { // a screen the clerk left, not yet let go, opens nothing
                DrillDialog.show(getScene().getWindow(), d, openTask);
            }
        });
        if (vm.sheetProperty().get() == null) {
            vm.load();
        }
    }

    private TabPane getTabs() {
        return (TabPane) getCenter();
    }

    private void showPeople() {
        PersonScore chosen = vm.selectedProperty().get();
        selection.reloading(() -> people.getItems().setAll(vm.people()),
                p -> chosen != null && p.staffId() == chosen.staffId());
    }

    // ---- the period ----

    private Node periodPane() {
        ComboBox<Integer> year = Ui.combo(vm.years(), y -> Messages.get("evaluation.ui.year", Integer.toString(y)));
        year.setId("evaluation-year");
        year.valueProperty().bindBidirectional(vm.year);
        year.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Integer> index = new ComboBox<>();
        index.setId("evaluation-index");
        index.setMinWidth(Region.USE_PREF_SIZE);
        Ui.listen(this, vm.cycle, (o, a, k) -> {
            Integer keep = vm.index.get();
            index.getItems().setAll(EvaluationViewModel.indexes(k == null ? EvaluationPeriod.Kind.QUARTER : k));
            index.setValue(keep);
        });
        index.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : EvaluationViewModel.indexLabel(vm.cycle.get(), i);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        index.valueProperty().bindBidirectional(vm.index);
        ComboBox<EvaluationViewModel.UnitChoice> unit = Ui.combo(List.of(), EvaluationViewModel.UnitChoice::name);
        unit.setItems(vm.units);
        unit.setId("evaluation-unit");
        unit.valueProperty().bindBidirectional(vm.unit);
        unit.setPrefWidth(260);
        unit.setMinWidth(220);
        Label status = new Label();
        status.setId("evaluation-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox choose = Ui.bar(new Label(Messages.get("evaluation.ui.period")), index, year,
                new Label(Messages.get("evaluation.ui.unit")), unit, Ui.busy("evaluation-loading", vm.loadingProperty()),
                status);
        vm.previewReady().listen(this, p -> {
            if (getScene() != null) {
                DocumentPreview.show(getScene().getWindow(), p.document(), p.fileName());
            }
        });
        Label warnings = Ui.warning("evaluation-warnings", vm.warningsProperty());
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink all = new Hyperlink(Messages.get("evaluation.ui.ceiling.all"));
        all.setId("evaluation-warnings-all");
        all.setOnAction(e -> vm.showWarnings());
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.warningCount() > 1, vm.warningsProperty()));
        all.managedProperty().bind(all.visibleProperty());
        HBox warningLine = new HBox(8, warnings, all);
        warningLine.setAlignment(Pos.CENTER_LEFT);
        warningLine.managedProperty().bind(warnings.visibleProperty());
        warningLine.visibleProperty().bind(warnings.visibleProperty());

        peopleTable();
        SplitPane split = new SplitPane(people, detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(6, choose, warningLine, split);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void peopleTable() {
        people.setId("evaluation-table");
        Ui.styleTable(people);
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PersonScore, String> name = Ui.textColumn("evaluation.ui.col.name", 150, PersonScore::fullName);
        TableColumn<PersonScore, String> unitName = Ui.textColumn("evaluation.ui.col.unit", 110, vm::unitLabel);
        TableColumn<PersonScore, ?> products = parent("evaluation.ui.col.products",
                figure("assigned", "evaluation.ui.col.assigned", PersonScore::assigned, EvaluationViewModel.Figure.ASSIGNED),
                figure("completed", "evaluation.ui.col.completed", PersonScore::completed,
                        EvaluationViewModel.Figure.COMPLETED),
                figure("on-time", "evaluation.ui.col.onTime", PersonScore::completedOnTime,
                        EvaluationViewModel.Figure.ON_TIME),
                figure("quality-failed", "evaluation.ui.col.qualityFailed",
                        p -> (double) EvaluationViewModel.count(p, EvaluationViewModel.Figure.QUALITY_FAILED),
                        EvaluationViewModel.Figure.QUALITY_FAILED));
        TableColumn<PersonScore, ?> shares = parent("evaluation.ui.col.shares",
                figure("quantity", "evaluation.ui.col.quantity", PersonScore::quantityPct, null),
                figure("quality", "evaluation.ui.col.quality", PersonScore::qualityPct, null),
                figure("progress", "evaluation.ui.col.progress", PersonScore::progressPct, null));
        TableColumn<PersonScore, Double> task = figure("task-points", "evaluation.ui.col.taskPoints",
                PersonScore::taskPoints, null);
        TableColumn<PersonScore, ?> points = parent("evaluation.ui.col.points", task,
                figure("general-points", "evaluation.ui.col.generalPoints", PersonScore::generalPoints, null),
                figure("total", "evaluation.ui.col.total", PersonScore::total, null));
        TableColumn<PersonScore, String> rating = Ui.textColumn("evaluation.ui.col.rating", 150,
                EvaluationViewModel::ratingText);
        people.getColumns().setAll(List.of(name, unitName, products, shares, points, rating));
        Label none = new Label(Messages.get("evaluation.ui.nobody"));
        none.setWrapText(true);
        people.setPlaceholder(none);
        people.setMinHeight(120);
    }

    /** A column over others, its title wrapping. */
    @SafeVarargs
    private static TableColumn<PersonScore, ?> parent(String key, TableColumn<PersonScore, ?>... children) {
        TableColumn<PersonScore, Object> c = new TableColumn<>();
        c.setGraphic(header(key, c));
        c.getColumns().setAll(children);
        c.setReorderable(false);
        return c;
    }

    /** A title wrapping within its column, which is never narrower than the title's longest word. */
    private static Text header(String key, TableColumn<?, ?> c) {
        String title = Messages.get(key);
        Text t = new Text(title);
        t.setTextAlignment(TextAlignment.CENTER);
        t.getStyleClass().add("report-head");
        t.wrappingWidthProperty().bind(c.widthProperty().subtract(8));
        Text measure = new Text();
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14));
        double word = 0;
        for (String w : title.split("\\s+")) {
            measure.setText(w);
            word = Math.max(word, measure.getLayoutBounds().getWidth());
        }
        c.setMinWidth(Math.max(c.getMinWidth(), Math.ceil(word) + 16));
        c.setPrefWidth(Math.max(c.getPrefWidth(), c.getMinWidth()));
        return t;
    }

    /**
     * A figure of a person's row, its title wrapping: a number; above zero, a link to the products behind it when
     * {@code figure} names them (the task points: the deductions).
     */
    private TableColumn<PersonScore, Double> figure(String id, String key, Function<PersonScore, Double> value,
                                                    EvaluationViewModel.Figure figure) {
        TableColumn<PersonScore, Double> c = new TableColumn<>();
        c.setPrefWidth(52);
        c.setMinWidth(48);
        c.setGraphic(header(key, c));
        c.setId("evaluation-col-" + id);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setReorderable(false);
        boolean deductions = "task-points".equals(id);
        c.setCellFactory(col -> new FigureCell(id, figure, deductions));
        return c;
    }

    /** A number, right-aligned; a link to what is behind it. Named {@code evaluation-ID-ROW}. */
    private final class FigureCell extends TableCell<PersonScore, Double> {
        private final String id;
        private final EvaluationViewModel.Figure figure;
        private final boolean deductions;
        private final Hyperlink link = new Hyperlink();

        FigureCell(String id, EvaluationViewModel.Figure figure, boolean deductions) {
            this.id = id;
            this.figure = figure;
            this.deductions = deductions;
            setAlignment(Pos.CENTER_RIGHT);
            link.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            int row = getIndex();
            if (empty || value == null || row < 0 || row >= getTableView().getItems().size()) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            PersonScore p = getTableView().getItems().get(row);
            String shown = EvaluationViewModel.number(value);
            String cellId = "evaluation-" + id + "-" + row;
            boolean linked = figure != null ? EvaluationViewModel.count(p, figure) > 0
                    : deductions && !p.deductions().isEmpty();
            if (linked) {
                link.setText(shown);
                link.setId(cellId);
                link.setOnAction(e -> {
                    if (figure != null) {
                        vm.open(p, figure);
                    } else {
                        vm.openDeductions(p);
                    }
                });
                setText(null);
                setId(null);
                setGraphic(link);
            } else {
                link.setId(null);
                setId(cellId);
                setText(shown);
                setGraphic(null);
            }
        }
    }

    // ---- the person chosen ----

    private Node detail() {
        Label summary = new Label();
        summary.setId("evaluation-person-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("evaluation.ui.choosePerson") : EvaluationViewModel.summary(vm.selectedProperty().get()),
                vm.selectedProperty()));
        Label details = new Label();
        details.setId("evaluation-person-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        details.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : EvaluationViewModel.details(vm.selectedProperty().get()), vm.selectedProperty()));
        details.managedProperty().bind(details.textProperty().isNotEmpty());
        Label forced = new Label();
        forced.setId("evaluation-person-forced");
        forced.setWrapText(true);
        forced.setMinHeight(Region.USE_PREF_SIZE);
        forced.getStyleClass().add(Styles.DANGER);
        forced.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : EvaluationViewModel.forcedText(vm.selectedProperty().get()), vm.selectedProperty()));
        forced.managedProperty().bind(forced.textProperty().isNotEmpty());

        Tab productsTab = new Tab(Messages.get("evaluation.ui.tab.products"), productsPane());
        productsTab.setId("tab-evaluation-products");
        Tab deductionsTab = new Tab(Messages.get("evaluation.ui.tab.deductions"), deductionsPane());
        deductionsTab.setId("tab-evaluation-deductions");
        Tab generalTab = new Tab(Messages.get("evaluation.ui.tab.general"), generalPane());
        generalTab.setId("tab-evaluation-general");
        Tab casesTab = new Tab(Messages.get("evaluation.ui.tab.cases"), casesPane());
        casesTab.setId("tab-evaluation-cases");
        TabPane tabs = new TabPane(productsTab, deductionsTab, generalTab, casesTab);
        tabs.setId("evaluation-person-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(vm.selectedProperty().isNull());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Button history = Ui.button("audit.history", "evaluation-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        history.disableProperty().bind(vm.selectedProperty().isNull());
        history.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(12, summary, history);
        history.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, top, details, forced, tabs);
        box.setPadding(new Insets(4, 0, 0, 0));
        box.setMinHeight(160);
        return box;
    }

    private void showPerson(PersonScore p) {
        products.getItems().setAll(p == null ? List.of() : p.products());
        deductions.getItems().setAll(p == null ? List.of() : p.deductions());
        cases.getItems().setAll(p == null ? List.of() : p.cases());
        discipline.getItems().setAll(p == null ? List.of() : p.discipline());
        showCriteria(p);
    }

    private Node productsPane() {
        products.setId("evaluation-products");
        DrillDialog.productColumns(products);
        products.setPlaceholder(new Label(Messages.get("evaluation.ui.noProducts")));
        products.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && products.getSelectionModel().getSelectedItem() != null) {
                Product x = products.getSelectionModel().getSelectedItem();
                openTask.open(x.taskId(), x.occurrenceId());
            }
        });
        var chosen = products.getSelectionModel().selectedItemProperty();
        Button weight = Ui.button("evaluation.ui.action.weight", "evaluation-weight",
                () -> AssessmentDialog.show(getScene().getWindow(), vm.weight(chosen.get())));
        Button quality = Ui.button("evaluation.ui.action.quality", "evaluation-quality",
                () -> AssessmentDialog.show(getScene().getWindow(), vm.quality(chosen.get())));
        Button delay = Ui.button("evaluation.ui.action.exemptDelay", "evaluation-exempt-delay",
                () -> AssessmentDialog.show(getScene().getWindow(), vm.exemptDelay(chosen.get())));
        Button qualityExempt = Ui.button("evaluation.ui.action.exemptQuality", "evaluation-exempt-quality",
                () -> AssessmentDialog.show(getScene().getWindow(), vm.exemptQuality(chosen.get())));
        Button open = Ui.button("evaluation.ui.action.openTask", "evaluation-open-task",
                () -> openTask.open(chosen.get().taskId(), chosen.get().occurrenceId()));
        weight.disableProperty().bind(chosen.isNull());
        open.disableProperty().bind(chosen.isNull());
        quality.disableProperty().bind(Bindings.createBooleanBinding(
                () -> chosen.get() == null || !chosen.get().completed(), chosen));
        delay.disableProperty().bind(Bindings.createBooleanBinding(
                () -> chosen.get() == null || !chosen.get().late(), chosen));
        qualityExempt.disableProperty().bind(Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().qualityFailures() == 0, chosen));
        VBox.setVgrow(products, Priority.ALWAYS);
        for (Button b : List.of(weight, quality, delay, qualityExempt, open)) {
            b.getStyleClass().add(Styles.SMALL);
        }
        VBox box = new VBox(4, Ui.buttons(weight, quality, delay, qualityExempt, open), products);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private Node deductionsPane() {
        deductions.setId("evaluation-deductions");
        Ui.styleTable(deductions);
        deductions.getColumns().setAll(List.of(
                Ui.textColumn("evaluation.ui.col.deductionKind", 110, d -> Messages.get(
                        d.kind() == Deduction.Kind.QUALITY ? "evaluation.ui.deduction.quality"
                                : "evaluation.ui.deduction.progress")),
                Ui.longText(Ui.textColumn("evaluation.ui.col.content", 420, Deduction::content)),
                Ui.textColumn("evaluation.ui.col.times", 70, d -> Integer.toString(d.times())),
                Ui.textColumn("evaluation.ui.col.pointsLost", 110, d -> EvaluationViewModel.number(d.points()))));
        deductions.setPlaceholder(new Label(Messages.get("evaluation.ui.noDeductions")));
        deductions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && deductions.getSelectionModel().getSelectedItem() != null) {
                Deduction x = deductions.getSelectionModel().getSelectedItem();
                openTask.open(x.taskId(), x.occurrenceId());
            }
        });
        deductions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && deductions.getSelectionModel().getSelectedItem() != null) {
                Deduction x = deductions.getSelectionModel().getSelectedItem();
                openTask.open(x.taskId(), x.occurrenceId());
            }
        });
        VBox box = new VBox(6, Ui.hint("evaluation.ui.deductions.hint"), deductions);
        VBox.setVgrow(deductions, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /**
     * The general criteria of the person chosen as entered (each criterion, the note, who and when), the button
     * that enters them, and beside them the person's violations and disciplinary measures of the year.
     */
    private Node generalPane() {
        AssessmentForm f = vm.general();
        Label heading = new Label();
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(f.headingProperty());
        criteria.setHgap(10);
        criteria.setVgap(4);
        criteria.setId("evaluation-general-values");
        Label saved = new Label();
        saved.setId("evaluation-general-status");
        saved.setWrapText(true);
        saved.setMinHeight(Region.USE_PREF_SIZE);
        saved.textProperty().bind(f.savedProperty());
        Button enter = Ui.button("evaluation.ui.general.enter", "evaluation-general-enter",
                () -> AssessmentDialog.show(getScene().getWindow(), vm.enterGeneral(), disciplineBeside()));
        enter.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, heading, enter);
        top.setAlignment(Pos.TOP_LEFT);
        VBox left = new VBox(6, top, criteria, saved);
        left.setMinWidth(400);
        left.setPrefWidth(470);

        discipline.setId("evaluation-discipline");
        Ui.styleTable(discipline);
        discipline.getColumns().setAll(List.of(
                Ui.longText(Ui.textColumn("evaluation.ui.col.violation", 240, DisciplineFact::content)),
                Ui.textColumn("evaluation.ui.col.measure", 130, d -> d.decided() == null
                        ? Messages.get("evaluation.ui.measure.none") : d.decided().label()),
                Ui.textColumn("evaluation.ui.col.decision", 150, d -> d.decisionNumber() == null ? ""
                        : d.decisionNumber() + (d.decisionDate() == null ? "" : ", " + VnFormat.date(d.decisionDate()))),
                Ui.textColumn("evaluation.ui.col.forces", 90, d -> Messages.get(d.forcesNotCompleted()
                        ? "evaluation.ui.forces.yes" : "evaluation.ui.forces.no"))));
        discipline.setPlaceholder(new Label(Messages.get("evaluation.ui.noDiscipline")));
        discipline.setMinHeight(90);
        discipline.setPrefHeight(150);
        Label head = new Label(Messages.get("evaluation.ui.discipline.head"));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        VBox right = new VBox(6, head, Ui.hint("evaluation.ui.discipline.hint"), discipline);
        VBox.setVgrow(discipline, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(16, left, right);
        box.setPadding(new Insets(6, 8, 8, 0));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /** The six criteria as entered, two a line. */
    private void showCriteria(PersonScore p) {
        criteria.getChildren().clear();
        List<String> names = AssessmentForm.CRITERIA;
        for (int i = 0; i < names.size(); i++) {
            Label name = new Label(Messages.get(AssessmentDialog.criterionLabel(names.get(i))) + ":");
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(EvaluationViewModel.criterion(p == null ? null : p.general(), names.get(i)));
            value.setId("evaluation-general-" + names.get(i));
            value.getStyleClass().add(Styles.TEXT_BOLD);
            criteria.add(name, (i % 2) * 2, i / 2);
            criteria.add(value, (i % 2) * 2 + 1, i / 2);
        }
        String note = p == null || p.general() == null || p.general().note() == null ? "" : p.general().note();
        if (!note.isBlank()) {
            Label l = new Label(Messages.get("evaluation.ui.general.note", note));
            l.setWrapText(true);
            criteria.add(l, 0, names.size() / 2, 4, 1);
        }
    }

    /** The person's violations of the year, one a line, beside the criteria's dialog. */
    private Node disciplineBeside() {
        Label head = new Label(Messages.get("evaluation.ui.discipline.head"));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(6, head);
        box.setPrefWidth(320);
        PersonScore p = vm.selectedProperty().get();
        if (p == null || p.discipline().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("evaluation.ui.noDiscipline")));
        }
        if (p != null) {
            for (DisciplineFact d : p.discipline()) {
                Label l = new Label(EvaluationViewModel.disciplineText(d));
                l.setWrapText(true);
                if (d.forcesNotCompleted()) {
                    l.getStyleClass().add(Styles.DANGER);
                }
                box.getChildren().add(l);
            }
        }
        return box;
    }

    private Node casesPane() {
        cases.setId("evaluation-cases");
        Ui.styleTable(cases);
        cases.getColumns().setAll(List.of(
                Ui.longText(Ui.textColumn("evaluation.ui.col.caseDescription", 360, LegalCase::description)),
                Ui.textColumn("evaluation.ui.col.caseReference", 200, LegalCase::reference),
                Ui.textColumn("evaluation.ui.col.recordedBy", 140, LegalCase::recordedBy),
                Ui.textColumn("evaluation.ui.col.recordedOn", 110, c -> VnFormat.date(c.recordedOn()))));
        cases.setPlaceholder(new Label(Messages.get("evaluation.ui.noCases")));
        Button add = Ui.button("evaluation.ui.case.add", "evaluation-case-add",
                () -> AssessmentDialog.show(getScene().getWindow(), vm.legalCase()));
        Button remove = Ui.button("evaluation.ui.case.remove", "evaluation-case-remove",
                () -> vm.removeCase(cases.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(cases.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(cases, Priority.ALWAYS);
        VBox box = new VBox(6, Ui.hint("evaluation.ui.cases.hint"), Ui.buttons(add, remove), cases);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }
}
