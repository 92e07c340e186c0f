package vn.socongvu.directory.ui;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import javafx.collections.transformation.FilteredList;

import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.ListForm;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * What the units and the staff tabs share beyond {@link ListForm}: every record read at once and shown through a
 * filter, and the record in the form deactivated or reactivated.
 */
final class Catalogue<T> {
    private final ListForm<T, T> screen;
    private final FilteredList<T> filtered;
    private final ToLongFunction<T> id;
    private final Predicate<T> active;

    /**
     * @param load reads the records (and their choices) into {@code list().replace}
     * @param edit shows a record in the form (null: a new one)
     */
    Catalogue(TaskRunner runner, String name, ToLongFunction<T> id, Predicate<T> active, String[] fields,
              Runnable load, Consumer<T> edit) {
        this.screen = new ListForm<>(runner, null, name, id, new FormState<>(id, fields), load,
                () -> edit.accept(null), edit);
        this.filtered = new FilteredList<>(screen.list().rows());
        this.id = id;
        this.active = active;
    }

    ListForm<T, T> screen() {
        return screen;
    }

    FormState<T> form() {
        return screen.form();
    }

    FilteredList<T> filtered() {
        return filtered;
    }

    /** Deactivates the record in the form, or reactivates it. @return whether it was done */
    boolean toggleActive(LongConsumer deactivate, LongConsumer reactivate, LongFunction<T> reread) {
        T current = form().editingProperty().get();
        if (current == null) {
            return false;
        }
        long key = id.applyAsLong(current);
        boolean wasActive = active.test(current);
        return screen.write(() -> {
            if (wasActive) {
                deactivate.accept(key);
            } else {
                reactivate.accept(key);
            }
            return reread.apply(key);
        }, wasActive ? "common.deactivated" : "common.reactivated") != null;
    }
}
