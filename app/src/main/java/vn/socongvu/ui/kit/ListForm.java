package vn.socongvu.ui.kit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;

/**
 * The machinery of a list-and-form screen's model, once: the list ({@link RecordList}, the record in the form kept
 * selected), the form's state ({@link FormState}), the screen's reopening ({@link Reopening}), and the writes —
 * save, number, delete after asking — each refused at the fields or followed by the list read again and the
 * written record shown. A ViewModel composes one and keeps only its fields and its rules.
 *
 * @param <R> a row of the list
 * @param <T> the record the form edits
 */
public final class ListForm<R, T> {
    private final FormState<T> form;
    private final RecordList<R> list;
    private final DialogService dialogs;
    private final Reopening reopening = new Reopening();
    private final ToLongFunction<R> rowKey;
    private final Runnable reload;
    private final Runnable blank;
    private final Consumer<T> show;

    /**
     * @param name names the list's background reads
     * @param rowKey the id of the record a row shows
     * @param reload reads the list again (in the background or at once, into {@link #list()})
     * @param blank shows a new record in the form
     * @param show shows a saved record in the form
     */
    public ListForm(TaskRunner runner, DialogService dialogs, String name, ToLongFunction<R> rowKey,
                    FormState<T> form, Runnable reload, Runnable blank, Consumer<T> show) {
        this.form = form;
        this.list = new RecordList<>(runner, name, rowKey, form::editingId);
        this.dialogs = dialogs;
        this.rowKey = rowKey;
        this.reload = reload;
        this.blank = blank;
        this.show = show;
    }

    public FormState<T> form() {
        return form;
    }

    public RecordList<R> list() {
        return list;
    }

    /**
     * Called by each new view of the screen: {@code load} (choices and list) every time, and the first time a
     * new record in the form.
     */
    public void screenOpened(Runnable load) {
        reopening.openForm(load, () -> open(null));
    }

    /** Shows {@code record} in the form (null: a new one), selected in the list if listed. */
    public void open(T record) {
        list.keeping(() -> showOrBlank(record));
    }

    /**
     * The clerk chose {@code row} in the list (null: none): its record, read by {@code read}, in the form; the list
     * is left as it is (selecting the row again would scroll it to the top).
     */
    public void choose(R row, LongFunction<T> read) {
        if (row == null) {
            open(null);
        } else {
            show.accept(read.apply(rowKey.applyAsLong(row)));
        }
    }

    private void showOrBlank(T record) {
        if (record == null) {
            blank.run();
        } else {
            show.accept(record);
        }
    }

    /**
     * Runs a write of the record in the form: refused, its messages at the fields; done, the list read again,
     * the written record shown and the status {@code doneKey}. @return the written record, or null when refused
     */
    public T write(Supplier<T> write, String doneKey) {
        return list.keepingResult(() -> form.submit(write, this::written, x -> doneKey));
    }

    private void written(T record) {
        reload.run();
        showOrBlank(record);
    }

    /**
     * Gives the record in the form a number in the register: {@code text} must be a whole number, else the
     * message stands at {@code field}; then the clerk is asked ({@code titleKey}, {@code question} of the number:
     * what will happen, and that it cannot be undone), as a number once in the register is never taken back.
     * @return the numbered record, or null when refused or not confirmed
     */
    public T number(String field, String text, String titleKey, IntFunction<String> question, IntFunction<T> write,
                    String doneKey) {
        if (form.editingId() == null) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            form.refuse(ValidationException.of(field, "document.error.numberPositive"));
            return null;
        }
        if (n <= 0) {
            form.refuse(ValidationException.of(field, "document.error.numberPositive"));
            return null;
        }
        if (!dialogs.confirm(titleKey, question.apply(n))) {
            return null;
        }
        return write(() -> write.apply(n), doneKey);
    }

    /**
     * Asks ({@code titleKey}, {@code question}), then deletes the record in the form, reads the list again, starts
     * a new record and runs {@code deleted} (which says so); a refusal stands in the form.
     * @return whether it was deleted
     */
    public boolean delete(String titleKey, String question, LongConsumer delete, Runnable deleted) {
        Long id = form.editingId();
        if (id == null || !dialogs.confirm(titleKey, question)) {
            return false;
        }
        return list.keepingResult(() -> {
            try {
                delete.accept(id);
            } catch (ValidationException e) {
                form.refuse(e);
                return false;
            }
            written(null);
            deleted.run();
            return true;
        });
    }

    /** The history of the record in the form (nothing for a new one). */
    public List<AuditEntry> history(LongFunction<List<AuditEntry>> read) {
        Long id = form.editingId();
        return id == null ? List.of() : read.apply(id);
    }
}
