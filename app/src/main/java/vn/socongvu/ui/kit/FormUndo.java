package vn.socongvu.ui.kit;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z in a form: puts back the field the clerk changed last as it was before that change (a run of typing
 * in one field is one change), then the one before, and so on. Only the clerk's own edits count — a change
 * made while the field does not have the focus (another record loaded, a save) starts the history afresh, so
 * an undo never carries a value from one record into another. With nothing to undo, a text field's own undo
 * works as usual.
 */
public final class FormUndo {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private record Edit(Node control, Runnable putBack) {
    }

    private final Deque<Edit> edits = new ArrayDeque<>();
    private boolean undoing;

    /** Listens for Ctrl+Z anywhere inside {@code form}. */
    public FormUndo(Node form) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && undo()) {
                e.consume();
            }
        });
    }

    /** Follows the fields in {@code node} (itself, or the fields of a row of several). */
    public void track(Node node) {
        switch (node) {
            case TextInputControl t -> watch(t, t.textProperty());
            case ComboBoxBase<?> c -> watch(c, c.valueProperty());
            case CheckBox c -> watch(c, c.selectedProperty());
            case Parent p -> p.getChildrenUnmodifiable().forEach(this::track);
            default -> {
            }
        }
    }

    private <T> void watch(Node control, Property<T> value) {
        value.addListener((obs, before, after) -> {
            if (undoing) {
                return;
            }
            if (!control.isFocusWithin()) {
                edits.clear();
                return;
            }
            Edit last = edits.peek();
            if (last == null || last.control() != control) {
                edits.push(new Edit(control, () -> value.setValue(before)));
            }
        });
    }

    /** @return false when there is nothing to undo */
    public boolean undo() {
        Edit e = edits.poll();
        if (e == null) {
            return false;
        }
        undoing = true;
        try {
            e.putBack().run();
        } finally {
            undoing = false;
        }
        e.control().requestFocus();
        return true;
    }

    public boolean canUndo() {
        return !edits.isEmpty();
    }
}
