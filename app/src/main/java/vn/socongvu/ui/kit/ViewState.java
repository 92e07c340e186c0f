package vn.socongvu.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * What the clerk arranged on a screen that its model does not hold: the tab chosen in each tab pane, the
 * order each table is sorted by, where each split pane is divided. Taken from a screen before it is let go
 * and given to the new screen built for the same model, matched in the order the nodes come in the tree
 * (a new screen of the same kind has the same panes and tables in the same order).
 */
public final class ViewState {
    private final List<Integer> tabs = new ArrayList<>();
    private final List<List<int[]>> sorts = new ArrayList<>(); // per table: {column index, ascending 1/0}
    private final List<double[]> dividers = new ArrayList<>();

    private ViewState() {
    }

    /** What {@code screen} shows now. */
    public static ViewState of(Node screen) {
        ViewState s = new ViewState();
        walk(screen, n -> {
            if (n instanceof TabPane t) {
                s.tabs.add(t.getSelectionModel().getSelectedIndex());
            } else if (n instanceof TableView<?> t) {
                List<int[]> order = new ArrayList<>();
                for (TableColumn<?, ?> c : t.getSortOrder()) {
                    int index = t.getColumns().indexOf(c);
                    if (index >= 0) {
                        order.add(new int[] {index, c.getSortType() == TableColumn.SortType.ASCENDING ? 1 : 0});
                    }
                }
                s.sorts.add(order);
            } else if (n instanceof SplitPane p) {
                s.dividers.add(p.getDividerPositions());
            }
        });
        return s;
    }

    /** Arranges {@code screen} as the screen this was taken from was; what no longer matches is left as built. */
    public void applyTo(Node screen) {
        int[] at = new int[3];
        walk(screen, n -> {
            if (n instanceof TabPane t) {
                int i = at[0]++;
                if (i < tabs.size() && tabs.get(i) >= 0 && tabs.get(i) < t.getTabs().size()) {
                    t.getSelectionModel().select(tabs.get(i));
                }
            } else if (n instanceof TableView<?> t) {
                int i = at[1]++;
                if (i < sorts.size()) {
                    sort(t, sorts.get(i));
                }
            } else if (n instanceof SplitPane p) {
                int i = at[2]++;
                if (i < dividers.size() && dividers.get(i).length == p.getDividers().size()) {
                    p.setDividerPositions(dividers.get(i));
                }
            }
        });
    }

    private static <T> void sort(TableView<T> table, List<int[]> order) {
        List<TableColumn<T, ?>> columns = new ArrayList<>();
        for (int[] o : order) {
            if (o[0] >= table.getColumns().size()) {
                return;
            }
            TableColumn<T, ?> c = table.getColumns().get(o[0]);
            c.setSortType(o[1] == 1 ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            columns.add(c);
        }
        table.getSortOrder().setAll(columns);
    }

    /**
     * Every node of the tree, parents before children; a tab pane's tabs (which are not its children until its
     * skin has laid them out) and a split pane's items are walked as well.
     */
    private static void walk(Node n, Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof TabPane t) {
            t.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    walk(tab.getContent(), visit);
                }
            });
        } else if (n instanceof SplitPane p) {
            p.getItems().forEach(i -> walk(i, visit));
        } else if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) {
                walk(sp.getContent(), visit);
            }
        } else if (n instanceof Control) {
            return; // its children are its skin's, not there yet on a screen just built
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }
}
