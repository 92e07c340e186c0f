package vn.socongvu.ui.kit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import vn.socongvu.common.Labeled;

/**
 * Column widths from content: no column of a list is narrower than its title, nor than the longest word of its
 * values (a text column's values wrap their other words onto more lines) or a labelled value (a kind, a state),
 * so that nothing the clerk reads is cut off; a column of long free text ({@link Ui#longText}) takes what the
 * others leave.
 */
final class ColumnFit {
    /** Room around a cell's text: its padding and a little air. */
    private static final double CELL_PADDING = 22;
    /** A title's padding and its sort arrow. */
    private static final double HEADER_PADDING = 30;
    /** A vertical scroll bar and the table's border. */
    private static final double SCROLL_BAR = 18;
    /** How many rows are measured: enough for a list's look, cheap for a long one. */
    private static final int MEASURED_ROWS = 400;
    /** The mark of a column whose cells are {@link TextCell}s (its values wrap). */
    private static final String WRAPS = "socongvu.wraps";
    private static final Text MEASURE = new Text();
    private static final Map<String, Double> WIDTHS = new HashMap<>();
    private static Font regular;
    private static Font bold;

    private ColumnFit() {
    }

    /** Gives {@code c} wrapping text cells. */
    static <S> void wrap(TableColumn<S, String> c) {
        c.setCellFactory(col -> new TextCell<>());
        c.getProperties().put(WRAPS, Boolean.TRUE);
    }

    /** Keeps {@code t}'s columns at least as wide as their longest words, as its rows change. */
    static void install(TableView<?> t) {
        // The rows are often a model's list, which outlives the screen: it holds the listener only weakly, the
        // table strongly, so that a screen let go is not kept by its model.
        InvalidationListener fit = o -> fit(t);
        WeakInvalidationListener weak = new WeakInvalidationListener(fit);
        t.getProperties().put(ColumnFit.class, fit);
        if (t.getItems() != null) {
            t.getItems().addListener(weak);
        }
        t.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(weak);
            }
            if (now != null) {
                now.addListener(weak);
            }
            fit(t);
        });
        t.getColumns().addListener(fit);
        fit(t);
    }

    private static <S> void fit(TableView<S> t) {
        List<S> rows = t.getItems() == null ? List.of() : t.getItems();
        int n = Math.min(rows.size(), MEASURED_ROWS);
        double total = SCROLL_BAR;
        for (TableColumn<S, ?> c : leaves(t.getColumns())) {
            double min = c.getText() == null ? 0 : width(c.getText(), true) + HEADER_PADDING; // the title whole
            boolean wraps = Boolean.TRUE.equals(c.getProperties().get(WRAPS));
            for (int i = 0; !c.getStyleClass().contains(Ui.LONG_TEXT) && i < n; i++) {
                Object v = c.getCellObservableValue(rows.get(i)) == null ? null
                        : c.getCellObservableValue(rows.get(i)).getValue();
                if (v instanceof String s) { // a text column's value wraps; another's keeps to its line
                    min = Math.max(min, (wraps ? longestWord(s, false) : width(s, false)) + CELL_PADDING);
                } else if (v instanceof Labeled l) { // shown by its label, on one line
                    min = Math.max(min, width(l.label(), false) + CELL_PADDING);
                }
            }
            if (c.getMaxWidth() < min) {
                c.setMaxWidth(min);
            }
            c.setMinWidth(Math.max(c.getMinWidth(), Math.ceil(min))); // never below what the screen asked
            if (c.getPrefWidth() < min) {
                c.setPrefWidth(Math.ceil(min));
            }
            total += c.isVisible() ? c.getMinWidth() : 0;
        }
        // The list is never narrower than its columns: a split pane gives the form beside it less room instead.
        t.setMinWidth(Math.ceil(total));
    }

    private static <S> List<TableColumn<S, ?>> leaves(ObservableList<TableColumn<S, ?>> columns) {
        return columns.stream().<TableColumn<S, ?>>mapMulti((c, out) -> {
            if (c.getColumns().isEmpty()) {
                out.accept(c);
            } else {
                leaves(c.getColumns()).forEach(out);
            }
        }).toList();
    }

    private static double longestWord(String text, boolean header) {
        double max = 0;
        if (text == null) {
            return 0;
        }
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                max = Math.max(max, width(word, header));
            }
        }
        return max;
    }

    private static double width(String word, boolean header) {
        return WIDTHS.computeIfAbsent((header ? "b:" : "r:") + word, k -> {
            MEASURE.setFont(header ? boldFont() : regularFont());
            MEASURE.setText(word);
            return MEASURE.getLayoutBounds().getWidth();
        });
    }

    /** The style sheet's font (app.css: the first of its families this computer has), 14 px. */
    private static Font regularFont() {
        if (regular == null) {
            List<String> families = Font.getFamilies();
            String family = List.of("Segoe UI", "Noto Sans", "DejaVu Sans").stream().filter(families::contains)
                    .findFirst().orElse(Font.getDefault().getFamily());
            regular = Font.font(family, 14);
            bold = Font.font(family, FontWeight.BOLD, 14);
        }
        return regular;
    }

    private static Font boldFont() {
        regularFont();
        return bold;
    }

    /**
     * A text column's cell: its value wraps onto more lines as the column's width asks (the row grows), or, in a
     * column of long free text, keeps to one line with the whole text in its tooltip.
     */
    static final class TextCell<S> extends TableCell<S, String> {
        private final Text wrapped = new Text();
        private final Tooltip tip = new Tooltip();

        TextCell() {
            wrapped.fontProperty().bind(fontProperty());
            wrapped.fillProperty().bind(textFillProperty());
            // Not wrapped before the cell has its width: a first pass at no width would make its row very tall.
            wrapped.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> {
                double w = getWidth() - getPadding().getLeft() - getPadding().getRight();
                return w > 20 ? w : 0;
            }, widthProperty(), paddingProperty()));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else if (getTableColumn() != null && getTableColumn().getStyleClass().contains(Ui.LONG_TEXT)) {
                setGraphic(null);
                setText(item);
                tip.setText(item);
                setTooltip(tip);
            } else {
                setText(null);
                setTooltip(null);
                wrapped.setText(item);
                setGraphic(wrapped);
            }
        }
    }
}
