package vn.socongvu.evaluation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.YearScore;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.Ui;

/** Đánh giá, xếp loại → Cả năm: one row a person, a column a month or quarter, the mean and the year's rating. */
public final class EvaluationYearView extends VBox {
    private final EvaluationYearViewModel vm;
    private final BiConsumer<EvaluationPeriod, Long> showPeriod;
    private final TableView<YearScore> table = new TableView<>();

    /** @param showPeriod shows a month or quarter with a person chosen (the tab "Theo kỳ") */
    public EvaluationYearView(EvaluationYearViewModel vm, BiConsumer<EvaluationPeriod, Long> showPeriod) {
        super(6);
        this.vm = vm;
        this.showPeriod = showPeriod;
        setId("evaluation-year-view");
        setPadding(new Insets(8, 0, 0, 0));
        ComboBox<Integer> year = Ui.combo(vm.years(), y -> Messages.get("evaluation.ui.year", Integer.toString(y)));
        year.setId("evaluation-year-year");
        year.valueProperty().bindBidirectional(vm.year);
        year.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<EvaluationViewModel.UnitChoice> unit = Ui.combo(List.of(), EvaluationViewModel.UnitChoice::name);
        unit.setItems(vm.units);
        unit.setId("evaluation-year-unit");
        unit.valueProperty().bindBidirectional(vm.unit);
        unit.setPrefWidth(260);
        Button export = Ui.button("evaluation.ui.exportYear", "evaluation-year-export", vm::export);
        export.disableProperty().bind(vm.loadingProperty());
        HBox choose = Ui.bar(new Label(Messages.get("evaluation.ui.yearLabel")), year,
                new Label(Messages.get("evaluation.ui.unit")), unit,
                Ui.busy("evaluation-year-loading", vm.loadingProperty()), Ui.spacer(), export);
        Label status = new Label();
        status.setId("evaluation-year-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label warnings = Ui.warning("evaluation-year-warnings", vm.warningsProperty());
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink all = new Hyperlink(Messages.get("evaluation.ui.ceiling.all"));
        all.setId("evaluation-year-warnings-all");
        all.setOnAction(e -> vm.showWarnings());
        all.setMinWidth(Region.USE_PREF_SIZE);
        HBox warningLine = new HBox(8, warnings, all);
        warningLine.setAlignment(Pos.CENTER_LEFT);
        warningLine.managedProperty().bind(warnings.visibleProperty());
        warningLine.visibleProperty().bind(warnings.visibleProperty());
        table.setId("evaluation-year-table");
        Ui.styleTable(table);
        Label none = new Label(Messages.get("evaluation.ui.nobody"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(choose, Ui.hint("evaluation.ui.year.hint"), status, warningLine, table);
        Ui.listen(this, vm.sheetProperty(), (o, a, s) -> {
            columns();
            table.getItems().setAll(vm.people());
        });
    }

    private void columns() {
        List<TableColumn<YearScore, ?>> cols = new ArrayList<>();
        cols.add(Ui.textColumn("evaluation.ui.col.name", 170, YearScore::fullName));
        cols.add(Ui.textColumn("evaluation.ui.col.unit", 130, vm::unitLabel));
        List<EvaluationPeriod> parts = vm.parts();
        for (int i = 0; i < parts.size(); i++) {
            EvaluationPeriod p = parts.get(i);
            TableColumn<YearScore, String> c = new TableColumn<>(EvaluationYearViewModel.partTitle(p));
            int at = i;
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(EvaluationYearViewModel.partText(cd.getValue(), p)));
            c.setCellFactory(x -> new PartCell(p, at));
            c.setPrefWidth(parts.size() > 4 ? 62 : 80);
            c.setSortable(false);
            cols.add(c);
        }
        cols.add(Ui.textColumn("evaluation.ui.col.average", 80, s -> EvaluationViewModel.number(s.average())));
        cols.add(Ui.textColumn("evaluation.ui.col.yearRating", 130, EvaluationYearViewModel::ratingText));
        cols.add(Ui.longText(Ui.textColumn("evaluation.ui.col.forcedBy", 200, s -> String.join("; ", s.forcedBy()))));
        table.getColumns().setAll(cols);
    }

    /** A part's total, a link to that month or quarter with the person chosen. */
    private final class PartCell extends TableCell<YearScore, String> {
        private final EvaluationPeriod period;
        private final int column;
        private final Hyperlink link = new Hyperlink();

        PartCell(EvaluationPeriod period, int column) {
            this.period = period;
            this.column = column;
            setAlignment(Pos.CENTER_RIGHT);
            link.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            int row = getIndex();
            if (empty || value == null || row < 0 || row >= getTableView().getItems().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            YearScore s = getTableView().getItems().get(row);
            if ("—".equals(value)) { // nothing to count in that part: nothing to open
                link.setId(null);
                setText(value);
                setGraphic(null);
                return;
            }
            link.setText(value);
            link.setId("evaluation-year-part-" + column + "-" + row);
            link.setOnAction(e -> showPeriod.accept(period, s.staffId()));
            setText(null);
            setGraphic(link);
        }
    }
}
