package vn.socongvu.ui.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.EditConflictException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/**
 * The conflict dialog's model: what the other person changed since the form loaded the record — each field with
 * their value, the clerk's value, who and when — and the clerk's answer: keep theirs (the form reloaded with their
 * record), take mine (saved over theirs) or merge field by field ({@link #keepMine(String)} per field).
 */
public final class ConflictViewModel {
    /** The clerk's answer. */
    public enum Choice { THEIRS, MINE, MERGE }

    /** One field the other person changed: their value (the newest), the clerk's, who changed it last and when. */
    public record Row(String field, String label, String theirs, String mine, String who, String when) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, BooleanProperty> keepMine = new LinkedHashMap<>();
    private final boolean mergeable;

    /**
     * @param mine the clerk's value of a field as text (null: the field is not in the form, their value stands)
     * @param mergeable whether the form merges field by field (a record with fields; not a completion)
     */
    public ConflictViewModel(EditConflictException conflict, Function<String, String> mine, boolean mergeable) {
        this.mergeable = mergeable;
        Map<String, AuditEntry> last = new LinkedHashMap<>();
        Map<String, AuditEntry> first = new LinkedHashMap<>();
        for (AuditEntry c : conflict.changes()) {
            String key = c.field() == null ? c.action().labelKey() : c.field();
            first.putIfAbsent(key, c);
            last.put(key, c);
        }
        last.forEach((key, c) -> {
            String label = Messages.has(key) ? Messages.get(key) : key;
            String m = c.field() == null ? null : mine.apply(key);
            rows.add(new Row(key, label, c.field() == null ? "" : nz(c.newValue()),
                    m == null ? nz(first.get(key).oldValue()) : nz(m), c.actor(), VnFormat.dateTime(c.at())));
            if (c.field() != null) {
                keepMine.put(key, new SimpleBooleanProperty(false));
            }
        });
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? Messages.get("conflict.empty") : s;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Whether "Gộp từng trường" is offered. */
    public boolean mergeable() {
        return mergeable && !keepMine.isEmpty();
    }

    /** In a merge: true where the clerk keeps their own value of {@code field} over the other person's. */
    public BooleanProperty keepMine(String field) {
        return keepMine.get(field);
    }

    /** The fields where the clerk keeps theirs in a merge. */
    public Set<String> keptMine() {
        Set<String> out = new LinkedHashSet<>();
        keepMine.forEach((k, v) -> {
            if (v.get()) {
                out.add(k);
            }
        });
        return out;
    }

    /** "Nguyễn Văn A đã sửa bản ghi này lúc …" over the table. */
    public String header() {
        Set<String> who = new LinkedHashSet<>();
        rows.forEach(r -> who.add(r.who()));
        return Messages.get("conflict.header", String.join(", ", who));
    }
}
