package vn.socongvu.ui.kit;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;

/**
 * The state every record form shares: the record being edited (null for a new one), the messages
 * at its fields, and the status line ("Đã lưu."). ViewModels hold one and keep only their fields.
 */
public final class FormState<T> {
    private final ObjectProperty<T> editing = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ToLongFunction<T> id;

    public FormState(ToLongFunction<T> id, String... fields) {
        this.id = id;
        this.errors = new FieldErrors(fields);
    }

    /**
     * Starts editing {@code item} (null: a new record): clears the field messages, and the status
     * unless the same record is shown again (as after its own save).
     */
    public void begin(T item) {
        T current = editing.get();
        boolean same = item != null && current != null && id.applyAsLong(item) == id.applyAsLong(current);
        editing.set(item);
        errors.clear();
        if (!same) {
            status.set("");
        }
    }

    /** The id of the record being edited, or null for a new one. */
    public Long editingId() {
        T current = editing.get();
        return current == null ? null : id.applyAsLong(current);
    }

    /**
     * Runs a write. On success {@code after} gets its result and the status shows {@code doneKey} of
     * it; a refusal puts its messages at the fields. A write that returns null wrote nothing (the clerk kept another
     * person's version of the record, or cancelled the conflict dialog): nothing follows. @return the result, or
     * null when refused or nothing was written
     */
    public <R> R submit(Supplier<R> write, Consumer<R> after, Function<R, String> doneKey) {
        try {
            R result = write.get();
            if (result == null) {
                return null;
            }
            after.accept(result);
            status.set(Messages.get(doneKey.apply(result)));
            return result;
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return null;
        }
    }

    /** Shows messages found before the write was even tried (e.g. a date that does not parse). */
    public void refuse(ValidationException e) {
        errors.show(e);
        status.set("");
    }

    /** Shows a status line of its own ({@code key}), e.g. after the form was reloaded with another person's record. */
    public void say(String key) {
        status.set(Messages.get(key));
    }

    public ObjectProperty<T> editingProperty() {
        return editing;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
