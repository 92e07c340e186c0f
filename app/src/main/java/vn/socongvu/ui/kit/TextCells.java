package vn.socongvu.ui.kit;

import java.util.function.Function;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list whose cells show each item as a line of text. */
public final class TextCells {
    private TextCells() {
    }

    /** Shows each item of {@code list} as {@code text} of it (an empty cell shows nothing). */
    public static <T> void show(ListView<T> list, Function<? super T, String> text) {
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }
}
