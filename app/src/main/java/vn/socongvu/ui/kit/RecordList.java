package vn.socongvu.ui.kit;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The list of a list-and-form screen: its rows, read in the background (only the latest request's answer shown,
 * {@link #loadingProperty()} true meanwhile) or set at once, and the record the form edits, which stays selected
 * across every replacement. The model changes the rows and the record in the form through {@link #keeping}; the
 * table follows with {@link TableSelection#follow}, which neither reads a replacement as the clerk's choice nor
 * loses the edited record. The list knows no view: a table listens to {@link #changingProperty()}, held weakly.
 */
public final class RecordList<R> {
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper changing = new ReadOnlyIntegerWrapper(0);
    private final LatestRequest request;
    private final ToLongFunction<R> key;
    private final Supplier<Long> kept;

    /**
     * @param name names the background reads (in the log)
     * @param key a row's identity
     * @param kept the identity of the row to keep selected (the record in the form), or null for none
     */
    public RecordList(TaskRunner runner, String name, ToLongFunction<R> key, Supplier<Long> kept) {
        this.request = runner.latest(name);
        this.key = key;
        this.kept = kept;
    }

    public ObservableList<R> rows() {
        return rows;
    }

    /** True while the latest read has not answered. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return request.busyProperty();
    }

    /** Above zero while the rows or the kept record are being changed; back at zero, the kept row is to be selected. */
    public ReadOnlyIntegerProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    /**
     * True while the list is empty because nothing is kept yet, false while it shows rows or its filter hides them
     * all: {@code anyKept} (a quick query) is asked each time the rows become empty. Say which to the clerk (what to
     * do first, or "Xóa bộ lọc"): {@link RecordScreen#emptyList}.
     */
    public ReadOnlyBooleanProperty nothingYet(BooleanSupplier anyKept) {
        ReadOnlyBooleanWrapper nothing = new ReadOnlyBooleanWrapper(false);
        Runnable update = () -> nothing.set(rows.isEmpty() && !anyKept.getAsBoolean());
        rows.addListener((ListChangeListener<R>) c -> update.run());
        update.run();
        return nothing.getReadOnlyProperty();
    }

    /** Whether {@code row} is the record the form edits. */
    public boolean isKept(R row) {
        Long k = kept.get();
        return k != null && key.applyAsLong(row) == k;
    }

    /**
     * Reads in the background; when the latest request answers, the rows are replaced by {@code rowsOf} of the
     * answer (keeping the edited record selected; left as they are where it gives null), then {@code then} gets
     * the whole answer.
     * @param failed gets the error of a read that failed (already in the log)
     */
    public <T> void load(Supplier<T> read, Function<T, List<R>> rowsOf, Consumer<T> then,
                         Consumer<RuntimeException> failed) {
        request.run(read, answer -> {
            List<R> replacing = rowsOf.apply(answer);
            if (replacing != null) {
                replace(replacing);
            }
            then.accept(answer);
        }, failed);
    }

    /** Replaces the rows at once, keeping the edited record selected. */
    public void replace(List<? extends R> list) {
        keeping(() -> rows.setAll(list));
    }

    /**
     * Runs a change of the rows or of the record in the form (a save, a delete, another record opened) as one:
     * the table reads nothing of it as a choice and selects the record in the form afterwards.
     */
    public void keeping(Runnable change) {
        changing.set(changing.get() + 1);
        try {
            change.run();
        } finally {
            changing.set(changing.get() - 1);
        }
    }

    /** As {@link #keeping(Runnable)}, for a change with a result (the saved record, or null when refused). */
    public <T> T keepingResult(Supplier<T> change) {
        Object[] result = new Object[1];
        keeping(() -> result[0] = change.get());
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    /** Selects the record in the form again (after another record was opened, or a new one started). */
    public void reselect() {
        keeping(() -> { });
    }
}
