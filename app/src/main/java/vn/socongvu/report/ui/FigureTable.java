package vn.socongvu.report.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import atlantafx.base.theme.Styles;

import vn.socongvu.document.Spreadsheet;
import vn.socongvu.i18n.Messages;
import vn.socongvu.report.ReportTable;
import vn.socongvu.report.TraceKey;

/**
 * One figure table (biểu) of a report on screen, ruled like the printed appendix: a virtualised table (only
 * the rows in sight exist as nodes, however many units or plans a year has), its totals row last and bold,
 * each number above zero a link to the records behind it — by a click, or Enter on the selected cell.
 * Cells are named {@code fig-TABLE-ROW-COLUMN} (ROW is {@code total} for the totals row) while in sight.
 */
final class FigureTable extends TableView<FigureTable.Line> {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    /** A row of the table: its values and what stands behind each; {@code key} names it in cell ids. */
    record Line(String key, List<Object> values, List<TraceKey> traces, boolean total) {
        TraceKey trace(int column) {
            return column < traces.size() ? traces.get(column) : null;
        }

        /** The records behind a cell, if it is a number above zero that has them. */
        TraceKey link(int column) {
            TraceKey k = trace(column);
            return k != null && values.get(column) instanceof Integer i && i > 0 ? k : null;
        }
    }

    private final int index;
    private final ReportTable table;
    private final BiConsumer<TraceKey, String> open;

    /** @param open shows the records behind a number (its key, the number as shown) */
    FigureTable(int index, ReportTable table, BiConsumer<TraceKey, String> open) {
        this.index = index;
        this.table = table;
        this.open = open;
        setId("report-table-" + index);
        getStyleClass().addAll("report-table", Styles.BORDERED, Styles.DENSE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setSortPolicy(t -> false); // the order is the report's
        getSelectionModel().setCellSelectionEnabled(true);
        Label none = new Label(Messages.get("reports.figures.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(none);
        for (int c = 0; c < table.columns().size(); c++) {
            getColumns().add(column(c));
        }
        setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TOTAL, !empty && item != null && item.total());
            }
        });
        getItems().setAll(lines(table));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && openSelected()) {
                e.consume();
            }
        });
    }

    private static List<Line> lines(ReportTable t) {
        List<Line> out = new ArrayList<>(t.rows().size() + 1);
        int r = 0;
        for (ReportTable.Row row : t.rows()) {
            out.add(new Line(Integer.toString(r++), row.values(), row.traces(), false));
        }
        if (t.totalsLabel() != null && !t.rows().isEmpty()) {
            out.add(new Line("total", t.totals(), t.totalTraces(), true));
        }
        return out;
    }

    private TableColumn<Line, Object> column(int c) {
        Spreadsheet.Column col = table.columns().get(c);
        TableColumn<Line, Object> tc = new TableColumn<>();
        // The header wraps within the column's width (a column header does not wrap its text itself).
        Text header = new Text(col.header());
        header.setTextAlignment(TextAlignment.CENTER);
        header.getStyleClass().add("report-head");
        header.wrappingWidthProperty().bind(tc.widthProperty().subtract(12));
        tc.setGraphic(header);
        tc.setSortable(false);
        tc.setReorderable(false);
        double width = Math.max(48, col.widthChars() * 7.5);
        tc.setPrefWidth(width);
        tc.setMinWidth(Math.min(width, 48));
        if (col.kind() != Spreadsheet.Kind.TEXT) {
            tc.setMaxWidth(width * 1.25); // the room left goes to the names
        }
        tc.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().values().get(c)));
        tc.setCellFactory(x -> new FigureCell(c, col));
        return tc;
    }

    /** Opens the records behind the selected cell, if it has any; true if it did. */
    boolean openSelected() {
        TablePosition<Line, ?> pos = getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= getItems().size() || pos.getColumn() < 0) {
            return false;
        }
        Line line = getItems().get(pos.getRow());
        TraceKey key = line.link(pos.getColumn());
        if (key == null) {
            return false;
        }
        open.accept(key, ReportTable.format(table.columns().get(pos.getColumn()), line.values().get(pos.getColumn())));
        return true;
    }

    private final class FigureCell extends TableCell<Line, Object> {
        private final int column;
        private final Spreadsheet.Column col;
        private final Hyperlink link = new Hyperlink();
        /** A name (unit, plan …) wraps within its column instead of being cut: a cell does not wrap its text. */
        private final Text name;

        FigureCell(int column, Spreadsheet.Column col) {
            this.column = column;
            this.col = col;
            getStyleClass().add("report-cell");
            boolean text = col.kind() == Spreadsheet.Kind.TEXT;
            setAlignment(text ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            link.setFocusTraversable(false);
            if (text) {
                name = new Text();
                name.getStyleClass().add("report-name");
                name.wrappingWidthProperty().bind(widthProperty().subtract(14));
            } else {
                name = null;
            }
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            int row = getIndex();
            if (empty || row < 0 || row >= getTableView().getItems().size()) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            Line line = getTableView().getItems().get(row);
            String shown = ReportTable.format(col, value);
            String id = "fig-" + index + "-" + line.key() + "-" + column;
            TraceKey key = line.link(column);
            if (key != null) {
                link.setText(shown);
                link.setId(id);
                link.setOnAction(e -> open.accept(key, shown));
                setId(null);
                setText(null);
                setGraphic(link);
            } else if (name != null) {
                link.setId(null);
                setId(id);
                name.setText(shown);
                setText(null);
                setGraphic(name);
            } else {
                link.setId(null);
                setId(id);
                setText(shown);
                setGraphic(null);
            }
        }
    }
}
