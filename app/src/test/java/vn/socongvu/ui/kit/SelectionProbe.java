package vn.socongvu.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.value.ChangeListener;

/**
 * For ViewModel tests: stands where a table following a {@link RecordList} would ({@link TableSelection#follow}),
 * and records the row it would select after each change of the model (null when none).
 */
public final class SelectionProbe<R> {
    /** After each change, the row a following table selects (null: the selection cleared). */
    public final List<R> selected = new ArrayList<>();
    private final ChangeListener<Number> listener;

    public SelectionProbe(RecordList<R> list) {
        listener = (o, before, now) -> {
            if (now.intValue() == 0) {
                Optional<R> kept = list.rows().stream().filter(list::isKept).findFirst();
                selected.add(kept.orElse(null));
            }
        };
        list.changingProperty().addListener(listener);
    }

    /** The row selected after the last change, or null. */
    public R last() {
        return selected.isEmpty() ? null : selected.getLast();
    }
}
