package vn.socongvu.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/**
 * A save refused because someone else changed the record after the form loaded it (see {@link AuditLog#check}):
 * carries that person's changes, the audit rows written since the form's mark — each a field (a message key),
 * from what to what, who and when. The window asks the clerk to keep theirs, take theirs over or merge field by
 * field; {@link #latestMark()} is the mark a save over their changes goes with.
 */
public final class EditConflictException extends UserException {
    private final String entity;
    private final Long entityId;
    private final List<AuditEntry> changes;

    public EditConflictException(String entity, Long entityId, List<AuditEntry> changes) {
        super(Category.INPUT, "edit conflict on " + entity + " " + entityId, null);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a conflict has changes");
        }
        this.entity = entity;
        this.entityId = entityId;
        this.changes = List.copyOf(changes);
    }

    public String entity() {
        return entity;
    }

    public Long entityId() {
        return entityId;
    }

    /** The other person's changes, oldest first. */
    public List<AuditEntry> changes() {
        return changes;
    }

    /** The fields (message keys) the other person changed, in the order first changed; whole-record actions left out. */
    public Set<String> changedFields() {
        Set<String> fields = new LinkedHashSet<>();
        changes.stream().filter(c -> c.field() != null).forEach(c -> fields.add(c.field()));
        return fields;
    }

    /** The newest audit id among the changes: the mark a save that has seen them goes with. */
    public long latestMark() {
        return changes.get(changes.size() - 1).id();
    }

    @Override
    public String userMessage() {
        StringBuilder b = new StringBuilder(Messages.get("conflict.message"));
        for (AuditEntry c : changes) {
            b.append('\n').append("• ").append(line(c));
        }
        return b.toString();
    }

    /** "Nội dung: “cũ” → “mới” (nguyenvana, 04/12/2026 20:15)", or the action for a whole-record one. */
    public static String line(AuditEntry c) {
        String who = Messages.get("conflict.by", c.actor(), VnFormat.dateTime(c.at()));
        if (c.field() == null) {
            return Messages.get(c.action().labelKey()) + " " + who;
        }
        return Messages.get("conflict.line", Messages.get(c.field()), value(c.oldValue()), value(c.newValue()), who);
    }

    private static String value(String v) {
        return v == null || v.isBlank() ? Messages.get("conflict.empty") : v;
    }
}
