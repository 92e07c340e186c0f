package vn.socongvu.document.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.common.ValidationException;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FieldErrors;

/**
 * A paper made from records and numbered in the register (a decision, a report, a công văn): the choices of its
 * dialog (the feature's), the number to give (the next one proposed, a warning while the one typed is taken), the
 * preview of the draft, and the numbering — asked first, as a number in the register is never taken back — after
 * which the paper is shown numbered. Refusals stand at the fields ({@link #errors()}).
 */
public abstract class PaperModel {
    protected final DialogService dialogs;
    private final FieldErrors errors;
    private final StringProperty numberText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper numberWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper numbered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** @param fields the fields of the feature's choices that refusals may name (besides "number") */
    protected PaperModel(DialogService dialogs, String... fields) {
        this.dialogs = dialogs;
        this.errors = new FieldErrors(Stream.concat(Arrays.stream(fields), Stream.of("number")).toArray(String[]::new));
        numberText.addListener((o, a, b) -> numberWarning.set(numbered.get().isEmpty()
                ? numberWarning(b).orElse("") : ""));
    }

    // ---- what each paper says ----

    /** The number the paper was given ("45/QĐ-UBND"), or null while it has none. */
    protected abstract String numberedSymbol();

    /** The next free number of the paper's kind in the year of its day. */
    protected abstract int proposeNumber();

    /** Said under the number while the one typed is already given (see DocumentRegister). */
    protected abstract Optional<String> numberWarning(String typed);

    /** The draft as the preview shows it (its choices kept first where the paper keeps them). */
    protected abstract OfficialDocument draft();

    /** Gives the paper number {@code n} and returns it numbered. */
    protected abstract OfficialDocument issue(int n);

    /** What numbering will do, asked before it is done. */
    protected abstract String confirmText(int n);

    /** The suffix printed after the number field: "/QĐ-UBND", "/UBND". */
    public abstract String symbolSuffix();

    /** The name proposed when the paper is saved as a Word file. */
    public abstract String fileName();

    // ---- the dialog's actions ----

    /** Reads again whether the paper is numbered and, when not, proposes the next number. */
    protected final void refresh() {
        String n = numberedSymbol();
        numbered.set(n == null ? "" : n);
        if (n == null) {
            numberText.set(Integer.toString(proposeNumber()));
        }
        numberWarning.set(n == null ? numberWarning(numberText.get()).orElse("") : "");
    }

    /** The paper to preview (the draft, or the paper as numbered); null when a choice is refused (said at it). */
    public OfficialDocument preview() {
        errors.clear();
        try {
            return draft();
        } catch (ValidationException e) {
            errors.show(e);
            return null;
        }
    }

    /**
     * Numbers the paper with the number typed, after asking; @return the numbered paper to show, or null when the
     * number is not a whole number, the clerk said no, or a choice is refused (each said where it belongs)
     */
    public OfficialDocument number() {
        errors.clear();
        if (!numbered.get().isEmpty()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(numberText.get().strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) {
            errors.show(ValidationException.of("number", "document.error.numberPositive"));
            return null;
        }
        if (!dialogs.confirm("paper.numberTitle", confirmText(n))) {
            return null;
        }
        try {
            OfficialDocument d = issue(n);
            refresh();
            status.set(Messages.get("paper.numbered", d.number()));
            return d;
        } catch (ValidationException e) {
            errors.show(e);
            return null;
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty numberTextProperty() {
        return numberText;
    }

    public ReadOnlyStringProperty numberWarningProperty() {
        return numberWarning.getReadOnlyProperty();
    }

    /** The number given ("45/QĐ-UBND"), "" while the paper has none. */
    public ReadOnlyStringProperty numberedProperty() {
        return numbered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    protected void say(String text) {
        status.set(text);
    }
}
