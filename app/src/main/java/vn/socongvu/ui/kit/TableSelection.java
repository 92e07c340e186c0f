package vn.socongvu.ui.kit;

import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.TableView;

/**
 * Turns the clerk's choice of a row into an edit, and only that: when a save reloads the list, the table
 * would otherwise keep the selected index and quietly open whatever record now sits there.
 */
public final class TableSelection<T> {
    private final TableView<T> table;
    private int muted; // depth: reloads may nest
    /** The listener a followed {@link RecordList} holds weakly: kept alive by this selection, i.e. by its view. */
    private ChangeListener<Number> following;

    public TableSelection(TableView<T> table, Consumer<T> onChoose) {
        this.table = table;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (muted == 0 && item != null) {
                onChoose.accept(item);
            }
        });
    }

    /**
     * Follows a model's list: while the model changes its rows or the record in its form, nothing selected is a
     * choice; afterwards the record in the form is selected, if listed. The list holds this table weakly: a view
     * the clerk left is not kept alive by its model.
     */
    public TableSelection<T> follow(RecordList<? super T> list) {
        following = (o, before, now) -> {
            if (now.intValue() > before.intValue()) {
                muted++;
            } else {
                try {
                    select(list::isKept);
                } finally {
                    muted--;
                }
            }
        };
        list.changingProperty().addListener(new WeakChangeListener<>(following));
        return this;
    }

    /**
     * Runs {@code action} (which may reload the table's items) without treating the reload as a choice, then
     * selects the first row matching {@code which}, if any, again without treating it as a choice.
     */
    public void reloading(Runnable action, Predicate<? super T> which) {
        muted++;
        try {
            action.run();
            select(which);
        } finally {
            muted--;
        }
    }

    private void select(Predicate<? super T> which) {
        table.getSelectionModel().clearSelection();
        if (which != null) {
            table.getItems().stream().filter(which).findFirst().ifPresent(x -> {
                table.getSelectionModel().select(x);
                table.scrollTo(x);
            });
        }
    }

    /** Clears the selection (for "new"), without treating it as a choice. */
    public void clear() {
        reloading(() -> { }, null);
    }
}
