package vn.socongvu.ui.kit;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;

/**
 * The message shown under each field of a form; empty when the field is fine. A message goes as soon as its field
 * changes (the clerk is fixing it: a red line over a corrected value would say it is still wrong); saving checks
 * the whole form again and puts back what is still wrong.
 */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    public FieldErrors(String... fields) {
        for (String f : fields) {
            byField.put(f, new ReadOnlyStringWrapper(this, f, ""));
        }
    }

    public ReadOnlyStringProperty property(String field) {
        ReadOnlyStringWrapper w = byField.get(field);
        if (w == null) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        return w.getReadOnlyProperty();
    }

    /** Messages for errors that belong to no field of the form. */
    public ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    public void clear() {
        byField.values().forEach(w -> w.set(""));
        general.set("");
    }

    /** Takes the message of one field away (its value changed). */
    public void clear(String field) {
        property(field);
        byField.get(field).set("");
    }

    /**
     * Clears {@code error} (a field's message of some FieldErrors) whenever a value in {@code field} changes: a
     * text typed, a choice or a date picked, a box ticked (in a row of several controls, any of them).
     */
    static void clearedBy(Node field, ObservableStringValue error) {
        if (error instanceof ReadOnlyProperty<?> p && p.getBean() instanceof FieldErrors owner
                && owner.byField.containsKey(p.getName())) {
            watch(field, o -> owner.clear(p.getName()));
        }
    }

    private static void watch(Node node, InvalidationListener onChange) {
        switch (node) {
            case TextInputControl t -> t.textProperty().addListener(onChange);
            case ComboBoxBase<?> c -> c.valueProperty().addListener(onChange);
            case CheckBox c -> c.selectedProperty().addListener(onChange);
            case Parent p -> p.getChildrenUnmodifiable().forEach(n -> watch(n, onChange));
            default -> {
            }
        }
    }

    public void show(ValidationException e) {
        clear();
        StringBuilder other = new StringBuilder();
        for (FieldError fe : e.errors()) {
            ReadOnlyStringWrapper w = byField.get(fe.field());
            if (w != null) {
                w.set(fe.message());
            } else {
                other.append(other.isEmpty() ? "" : "\n").append(fe.message());
            }
        }
        general.set(other.toString());
    }

    public String get(String field) {
        return property(field).get();
    }

    public boolean any() {
        return !general.get().isEmpty() || byField.values().stream().anyMatch(w -> !w.get().isEmpty());
    }
}
