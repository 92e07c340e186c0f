package vn.socongvu.ui.kit;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;

/** The message shown under each field of a form; empty when the field is fine. */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    public FieldErrors(String... fields) {
        for (String f : fields) {
            byField.put(f, new ReadOnlyStringWrapper(""));
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
