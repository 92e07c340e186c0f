package vn.socongvu.audit;

import static vn.socongvu.storage.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes and reads the audit log. Writes take the caller's transaction, so the audit row and the
 * change it describes are committed together or not at all.
 */
public final class AuditLog {
    private static final int MAX_VALUE = 4000;
    private final Supplier<String> actor;

    public AuditLog() {
        this(() -> System.getProperty("user.name", "?"));
    }

    public AuditLog(Supplier<String> actor) {
        this.actor = actor;
    }

    /** Who is making changes (the operating-system user). */
    public String actor() {
        return actor.get();
    }

    /** A whole-record action with no field (deactivate, reactivate, delete). */
    public void record(DSLContext tx, String entity, Long entityId, AuditAction action) {
        insert(tx, entity, entityId, action, null, null, null);
    }

    /**
     * Two records of a list that changed places (a move up or down): a row each, {@code positionKey} from its
     * place before to its place after (1-based).
     */
    public void recordSwap(DSLContext tx, String entity, String positionKey, long first, int firstIndex, long second,
                           int secondIndex) {
        String a = Integer.toString(firstIndex + 1);
        String b = Integer.toString(secondIndex + 1);
        recordChanges(tx, entity, first, AuditAction.UPDATE, Map.of(positionKey, a), Map.of(positionKey, b));
        recordChanges(tx, entity, second, AuditAction.UPDATE, Map.of(positionKey, b), Map.of(positionKey, a));
    }

    /**
     * Writes one row per field whose value differs between {@code before} and {@code after}.
     * For a creation pass an empty {@code before}. Keys are message keys naming the fields.
     * @return the number of rows written
     */
    public int recordChanges(DSLContext tx, String entity, Long entityId, AuditAction action,
                             Map<String, String> before, Map<String, String> after) {
        Map<String, String> fields = new LinkedHashMap<>(after);
        before.keySet().forEach(k -> fields.putIfAbsent(k, null));
        int n = 0;
        for (String field : fields.keySet()) {
            String o = before.get(field);
            String v = after.get(field);
            if (!Objects.equals(blankToNull(o), blankToNull(v))) {
                insert(tx, entity, entityId, action, field, o, v);
                n++;
            }
        }
        return n;
    }

    private void insert(DSLContext tx, String entity, Long entityId, AuditAction action,
                        String field, String oldValue, String newValue) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.CHANGED_AT, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .set(AUDIT_LOG.ACTOR, actor.get())
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.FIELD_NAME, field)
                .set(AUDIT_LOG.OLD_VALUE, truncate(oldValue))
                .set(AUDIT_LOG.NEW_VALUE, truncate(newValue))
                .execute();
    }

    /** The history of one record (or of a singleton when {@code entityId} is null), newest first. */
    public List<AuditEntry> history(DSLContext dsl, String entity, Long entityId) {
        Condition byId = entityId == null ? AUDIT_LOG.ENTITY_ID.isNull() : AUDIT_LOG.ENTITY_ID.eq(entityId);
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity)).and(byId)
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(r -> new AuditEntry(r.getId(), r.getChangedAt(), r.getActor(), r.getEntity(),
                        r.getEntityId(), AuditAction.stored(r.getAction()), r.getFieldName(),
                        r.getOldValue(), r.getNewValue()));
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(DSL.selectFrom(AUDIT_LOG));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…";
    }
}
