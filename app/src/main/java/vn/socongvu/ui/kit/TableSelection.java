package vn.socongvu.ui.kit;

import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.scene.control.TableView;

/**
 * Turns the clerk's choice of a row into an edit, and only that: when a save reloads the list, the table
 * would otherwise keep the selected index and quietly open whatever record now sits there.
 */
public final class TableSelection<T> {
    private final TableView<T> table;
    private int muted; // depth: reloads may nest

    public TableSelection(TableView<T> table, Consumer<T> onChoose) {
        this.table = table;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (muted == 0 && item != null) {
                onChoose.accept(item);
            }
        });
    }

    /**
     * Runs {@code action} (which may reload the table's items) without treating the reload as a choice, then
     * selects the first row matching {@code which}, if any, again without treating it as a choice.
     */
    public void reloading(Runnable action, Predicate<T> which) {
        muted++;
        try {
            action.run();
            table.getSelectionModel().clearSelection();
            if (which != null) {
                table.getItems().stream().filter(which).findFirst().ifPresent(x -> {
                    table.getSelectionModel().select(x);
                    table.scrollTo(x);
                });
            }
        } finally {
            muted--;
        }
    }

    /** Clears the selection (for "new"), without treating it as a choice. */
    public void clear() {
        reloading(() -> { }, null);
    }
}
