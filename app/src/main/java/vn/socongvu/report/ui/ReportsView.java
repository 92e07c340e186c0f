package vn.socongvu.report.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportTable;
import vn.socongvu.report.TraceKey;
import vn.socongvu.report.TraceRow;
import vn.socongvu.settings.Signer;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Báo cáo: choose the period, read its figures (each number opens its records), write, number, export. */
public final class ReportsView extends BorderPane {
    private final ReportsViewModel vm;
    /** Số liệu: the report's figure tables (biểu), one at a time, chosen as the workbook's sheets are. */
    private final VBox figures = new VBox(8);
    private final ComboBox<ReportTable> figureChoice = Ui.combo(List.of(), ReportTable::title);

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        setId("reports-view");
        setPadding(new Insets(16));

        ComboBox<ReportKind> kind = Ui.enumCombo(ReportKind.class);
        kind.setId("report-kind");
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setMaxWidth(180);
        ComboBox<Integer> year = Ui.combo(vm.years(), y -> Messages.get("reports.year", Integer.toString(y)));
        year.setId("report-year");
        year.valueProperty().bindBidirectional(vm.year);
        year.setMaxWidth(140);
        ComboBox<Integer> quarter = Ui.combo(List.of(1, 2, 3, 4), q -> Messages.get("reports.quarter", ReportPeriod.roman(q)));
        quarter.setId("report-quarter");
        quarter.valueProperty().bindBidirectional(vm.quarter);
        quarter.setMinWidth(Region.USE_PREF_SIZE); // "Quý IV" whole, never "Q…"
        quarter.visibleProperty().bind(vm.kind.isEqualTo(ReportKind.QUARTER));
        quarter.managedProperty().bind(quarter.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.loadingProperty());

        Button save = Ui.primary("common.save", "report-save", vm::save);
        Button recompute = Ui.button("reports.recompute", "report-recompute", vm::askRecompute);
        recompute.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.reportProperty().get() == null || vm.reportProperty().get().numbered(), vm.reportProperty()));
        Button preview = Ui.button("reports.preview", "report-preview", vm::preview);
        Button export = Ui.button("reports.export", "report-export", vm::export);
        Button history = Ui.button("audit.history", "report-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        save.disableProperty().bind(vm.loadingProperty());
        preview.disableProperty().bind(vm.loadingProperty());
        export.disableProperty().bind(vm.loadingProperty());

        // The actions beside the title, the period on its own line: both whole on a 1280 px screen.
        HBox head = Ui.bar(Ui.title("reports.title"), Ui.spacer(), save, recompute, preview, export, history);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        year.setMinWidth(Region.USE_PREF_SIZE);
        HBox choose = Ui.bar(new Label(Messages.get("reports.kind")), kind, year, quarter, busy);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label window = info(vm.windowTextProperty(), "report-window");
        Label due = info(vm.dueTextProperty(), "report-due");
        due.getStyleClass().add(Styles.TEXT_BOLD);
        Label status = info(vm.statusTextProperty(), "report-status");
        status.getStyleClass().add(Styles.ACCENT);
        Label figuresError = FormGrid.errorLabel(vm.errors.property("figures"), "report-figures-error");
        VBox top = new VBox(6, head, choose, window, due, status, figuresError);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        TabPane tabs = new TabPane(tab("reports.tab.figures", figuresPane()),
                tab("reports.tab.tthc", Ui.scroll(tthcForm())), tab("reports.tab.text", textForm()),
                tab("reports.tab.issue", Ui.scroll(issueForm())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        Ui.listen(this, vm.tablesProperty(), (o, a, b) -> {
            if (b != null) {
                showFigures(b);
            }
        });
        vm.previewReady().listen(this, p -> DocumentPreview.show(getScene().getWindow(), p.document(), p.fileName()));
        vm.load();
    }

    private static Label info(ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(key.replace('.', '-'));
        return t;
    }

    // ---- figures ----

    private Node figuresPane() {
        figureChoice.setId("report-table-choice");
        figureChoice.setVisibleRowCount(12);
        figureChoice.setPrefWidth(640);
        figureChoice.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showTable(b.intValue()));
        Label label = new Label(Messages.get("reports.figures.table"));
        HBox choose = Ui.bar(label, figureChoice);
        choose.setAlignment(Pos.CENTER_LEFT);
        figures.getChildren().addAll(Ui.hint("reports.figures.hint"), choose);
        figures.setPadding(new Insets(8, 16, 16, 12));
        return figures;
    }

    /** New figures (another period, recounted): the same biểu stays chosen. */
    private void showFigures(List<ReportTable> tables) {
        int chosen = Math.max(0, figureChoice.getSelectionModel().getSelectedIndex());
        figureChoice.getItems().setAll(tables);
        figureChoice.getSelectionModel().clearSelection();
        if (!tables.isEmpty()) {
            figureChoice.getSelectionModel().select(Math.min(chosen, tables.size() - 1));
        }
    }

    /** The chosen biểu in a table of its own; the one shown before is dropped. */
    private void showTable(int index) {
        if (figures.getChildren().size() > 2) {
            figures.getChildren().remove(2);
        }
        if (index >= 0 && index < figureChoice.getItems().size()) {
            ReportTable t = figureChoice.getItems().get(index);
            FigureTable table = new FigureTable(index, t, (key, count) -> showTrace(t, key, count));
            VBox.setVgrow(table, Priority.ALWAYS);
            figures.getChildren().add(table);
        }
    }

    /** The records behind one number, in a list. */
    void showTrace(ReportTable t, TraceKey key, String count) {
        List<TraceRow> rows = vm.trace(key);
        TableView<TraceRow> table = new TableView<>();
        table.setId("report-trace-table");
        Ui.styleTable(table);
        table.getColumns().add(Ui.textColumn("reports.trace.date", 120, TraceRow::date));
        table.getColumns().add(Ui.longText(Ui.textColumn("reports.trace.what", 420, TraceRow::text)));
        table.getColumns().add(Ui.textColumn("reports.trace.who", 200, TraceRow::who));
        table.getColumns().add(Ui.textColumn("reports.trace.status", 220, TraceRow::status));
        table.getItems().setAll(rows);
        table.setPrefSize(980, 460);
        Label head = new Label(Messages.get("reports.trace.head", t.title(), count, rows.size()));
        head.setWrapText(true);
        VBox box = new VBox(8, head, table);
        if (vm.frozen()) {
            box.getChildren().add(1, Ui.hint("reports.trace.frozen"));
        }
        Dialog<Void> d = Dialogs.create(getScene().getWindow(), "reports.trace.title", "report-trace-dialog");
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(Dialogs.CLOSE);
        d.setResizable(true);
        d.show();
    }

    // ---- forms ----

    private Node tthcForm() {
        FormGrid g = new FormGrid();
        g.addFull(Ui.hint("reports.tthc.hint"));
        // Each field's label and node id, in the order of the model's TTHC_FIELDS.
        String[][] rows = {
            {"report.tthc.receivedOnline", "report-tthc-online"},
            {"report.tthc.receivedInPerson", "report-tthc-in-person"},
            {"report.tthc.resolvedEarly", "report-tthc-early"},
            {"report.tthc.resolvedOnTime", "report-tthc-on-time"},
            {"report.tthc.resolvedLate", "report-tthc-late"},
            {"report.tthc.pending", "report-tthc-pending"},
            {"report.tthc.satisfaction", "report-tthc-satisfaction"}};
        for (int i = 0; i < rows.length; i++) {
            String field = ReportsViewModel.TTHC_FIELDS.get(i);
            g.add(rows[i][0], Ui.textField(vm.tthcText(field), 160), rows[i][1], vm.errors.property(field));
        }
        Label summary = info(vm.tthcSummaryProperty(), "report-tthc-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        g.addFull(summary);
        g.setMaxWidth(720);
        return g;
    }

    /**
     * Nội dung: the parts of the report in the order they print (I. tuyên truyền, the six areas of II, III, IV, V),
     * each with what it holds (written, or what prints in its place); the chosen part's text beside the list.
     */
    private Node textForm() {
        Button previous = Ui.button("reports.text.previous", "report-take-previous", vm::takePreviousText);
        Label hint = Ui.hint("reports.text.hint");
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(12, hint, previous);
        head.setAlignment(Pos.CENTER_LEFT);
        previous.setMinWidth(Region.USE_PREF_SIZE);

        ListView<ReportPart> parts = new ListView<>();
        parts.setId("report-parts");
        parts.getItems().setAll(ReportPart.values());
        parts.setCellFactory(l -> new PartCell());
        parts.setPrefWidth(310);
        parts.setMinWidth(260);
        parts.getSelectionModel().select(vm.part.get());
        parts.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.part.set(b);
            }
        });
        Ui.listen(this, vm.part, (o, a, b) -> parts.getSelectionModel().select(b));

        Label title = new Label();
        title.setId("report-part-title");
        title.setWrapText(true);
        title.getStyleClass().addAll(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> itemText(vm.part.get()), vm.part));
        Label partHint = new Label();
        partHint.setId("report-part-hint");
        partHint.setWrapText(true);
        partHint.setMinHeight(Region.USE_PREF_SIZE);
        partHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        partHint.textProperty().bind(Bindings.createStringBinding(() -> vm.part.get().hint(), vm.part));
        TextArea text = new TextArea();
        text.setId("report-part-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        VBox.setVgrow(text, Priority.ALWAYS);
        Ui.listen(this, vm.part, (o, was, now) -> { // called at once with the part shown first
            if (was != null) {
                text.textProperty().unbindBidirectional(vm.text(was));
            }
            text.textProperty().bindBidirectional(vm.text(now));
        });
        List<Observable> errorsOn = new ArrayList<>(List.of(vm.part));
        for (ReportPart p : ReportPart.values()) {
            errorsOn.add(vm.errors.property(p.field()));
        }
        StringBinding error = Bindings.createStringBinding(() -> vm.errors.get(vm.part.get().field()),
                errorsOn.toArray(Observable[]::new));
        Label errorLabel = FormGrid.errorLabel(error, "report-part-text-error");
        VBox editor = new VBox(6, title, partHint, text, errorLabel);
        HBox.setHgrow(editor, Priority.ALWAYS);

        HBox body = new HBox(12, parts, editor);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(10, head, body);
        box.setPadding(new Insets(8, 16, 16, 12));
        return box;
    }

    /** "II. Cải cách thể chế". */
    private static String itemText(ReportPart p) {
        return Messages.get("reports.part.item", p.section().roman(), p.label());
    }

    /** A part in the list: its section and name, and under it whether it is written or what prints instead. */
    private final class PartCell extends ListCell<ReportPart> {
        private final Label name = new Label();
        private final Label status = new Label();
        private final VBox box = new VBox(2, name, status);

        PartCell() {
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            status.setWrapText(true);
            status.setMinHeight(Region.USE_PREF_SIZE);
            status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0); // the list's width, wrapping, never wider
        }

        @Override
        protected void updateItem(ReportPart p, boolean empty) {
            super.updateItem(p, empty);
            status.textProperty().unbind();
            if (empty || p == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("report-part-" + p.field());
            name.setText(itemText(p));
            status.textProperty().bind(vm.partStatus(p));
            setGraphic(box);
        }
    }

    private Node issueForm() {
        FormGrid g = new FormGrid();
        g.addFull(Ui.hint("reports.issue.hint"));
        ComboBox<Signer> signer = Ui.combo(vm.signers(), s -> s.fullName() + " — " + s.title());
        signer.valueProperty().bindBidirectional(vm.signer);
        signer.setMaxWidth(420);
        g.add("report.field.signer", signer, "report-signer", vm.errors.property("signer"));
        TextField number = Ui.textField(vm.number, 160);
        g.add("reports.issue.number", new VBox(4, number, Ui.warning("report-number-warning", vm.numberWarning)),
                "report-number", vm.errors.property("number"));
        DatePicker date = Ui.datePicker();
        date.valueProperty().bindBidirectional(vm.issuedOn);
        g.add("reports.issue.date", date, "report-issued-on", vm.errors.property("issuedOn"));
        Button give = Ui.primary("reports.issue.give", "report-give-number", vm::giveNumber);
        BooleanBinding numbered = Bindings.createBooleanBinding(
                () -> vm.reportProperty().get() != null && vm.reportProperty().get().numbered(), vm.reportProperty());
        give.disableProperty().bind(numbered);
        number.disableProperty().bind(numbered);
        date.disableProperty().bind(numbered);
        g.addFull(give);
        g.setMaxWidth(760);
        return g;
    }

    // ---- actions ----

    /** Saves, then writes the .docx and .xlsx into {@code dir} (as "Xuất" does after the folder is chosen). */
    public void exportTo(Path dir) {
        vm.exportTo(dir);
    }
}
