package vn.socongvu.ui.kit;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import vn.socongvu.audit.EditConflictException;
import vn.socongvu.i18n.Messages;

/**
 * A form's optimistic lock, once for every form: remembers the record's draft as loaded and its audit mark
 * ({@code AuditLog.mark}), gives the mark to the save and, when the save is refused because someone else changed
 * the record since ({@link EditConflictException}), asks the clerk through the {@link DialogService}'s conflict
 * dialog: keep theirs (the form reloaded with their record), take mine (saved again over theirs, with the newer
 * mark, audited as usual) or merge field by field (the draft made by the form's {@link Merger}, then saved). Never a
 * silent overwrite: a further conflict while the clerk chose asks again.
 *
 * @param <D> the draft the form saves
 */
public final class EditGuard<D> {
    /** The entity's merge: the draft as loaded, theirs as now, mine, the fields where the clerk keeps mine. */
    @FunctionalInterface
    public interface Merger<D> {
        D merge(D loaded, D theirs, D mine, Set<String> keepMine);
    }

    private final DialogService dialogs;
    private final Merger<D> merger;
    private D loaded;
    private Long mark;

    /** @param merger null for a write that has no fields to merge (a completion, a progress report) */
    public EditGuard(DialogService dialogs, Merger<D> merger) {
        this.dialogs = dialogs;
        this.merger = merger;
    }

    /** The form shows a record read after {@code mark} was taken, as {@code draft} (null, null: a new record). */
    public void loaded(D draft, Long recordMark) {
        this.loaded = draft;
        this.mark = recordMark;
    }

    /**
     * The clerk's own write on the record went through, checked at {@link #mark} (so nobody else had changed it):
     * the form is current up to {@code newMark}, its loaded draft unchanged.
     */
    public void advance(long newMark) {
        this.mark = newMark;
    }

    /**
     * Runs a delete checked at {@code mark} (the form's, or the list's the row came from): when someone changed the
     * record since, the clerk sees their changes and is asked whether to delete it anyway (then deleted at the
     * conflict's mark; a further change asks again). @return false when the clerk chose to keep it
     */
    public static boolean deleteAsking(DialogService dialogs, String titleKey, Long mark, Consumer<Long> delete) {
        Long m = mark;
        while (true) {
            try {
                delete.accept(m);
                return true;
            } catch (EditConflictException e) {
                String changes = e.changes().stream().map(c -> "• " + EditConflictException.line(c))
                        .collect(Collectors.joining("\n"));
                if (!dialogs.confirm(titleKey, Messages.get("conflict.deleteQuestion", changes))) {
                    return false;
                }
                m = e.latestMark();
            }
        }
    }

    /** The mark the form's record was loaded at (null: a new record, nothing to check). */
    public Long mark() {
        return mark;
    }

    /**
     * Saves {@code mine} through {@code write} (draft, mark), asking the clerk on a conflict.
     * @param theirs reads the record as the other person left it, as a draft
     * @param mineText the clerk's value of a field (an audit key) as text, for the dialog; null where not in the form
     * @param keepTheirs reloads the form with the other person's record
     * @return what {@code write} returned, or null when nothing was saved (theirs kept, or the dialog cancelled)
     */
    public <T> T save(D mine, BiFunction<D, Long, T> write, Supplier<D> theirs, Function<String, String> mineText,
                      Runnable keepTheirs) {
        D draft = mine;
        D current = mine;
        Long m = mark;
        D base = loaded;
        while (true) {
            try {
                return write.apply(draft, m);
            } catch (EditConflictException e) {
                D now = theirs.get();
                ConflictViewModel model = new ConflictViewModel(e, mineText, merger != null && base != null);
                Optional<ConflictViewModel.Choice> choice = dialogs.resolveConflict(model);
                if (choice.isEmpty()) {
                    return null;
                }
                switch (choice.get()) {
                    case THEIRS -> {
                        keepTheirs.run();
                        return null;
                    }
                    case MINE -> draft = current;
                    case MERGE -> draft = merger.merge(base, now, current, model.keptMine());
                    default -> throw new IllegalStateException();
                }
                m = e.latestMark();
                base = now;
                current = draft;
            }
        }
    }
}
