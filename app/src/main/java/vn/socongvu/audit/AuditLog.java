package vn.socongvu.audit;

import static vn.socongvu.storage.jooq.Tables.ACCOUNT;
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
    private final WriteGuard guard;

    public AuditLog() {
        this(() -> System.getProperty("user.name", "?"));
    }

    public AuditLog(Supplier<String> actor) {
        this(actor, WriteGuard.ANYONE);
    }

    /**
     * @param actor who is making changes: the account's login on a server, the operating-system user on one PC
     * @param guard asked before each row whether that person may make the change
     */
    public AuditLog(Supplier<String> actor, WriteGuard guard) {
        this.actor = actor;
        this.guard = guard;
    }

    /** Who is making changes (the account's login on a server, else the operating-system user). */
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
        guard.check(tx, entity, entityId, action, field);
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

    /**
     * The history of one record (or of a singleton when {@code entityId} is null), newest first. An actor who is an
     * account is shown by full name with the login in brackets.
     */
    public List<AuditEntry> history(DSLContext dsl, String entity, Long entityId) {
        Condition byId = entityId == null ? AUDIT_LOG.ENTITY_ID.isNull() : AUDIT_LOG.ENTITY_ID.eq(entityId);
        return dsl.select(AUDIT_LOG.asterisk(), ACCOUNT.FULL_NAME).from(AUDIT_LOG)
                .leftJoin(ACCOUNT).on(ACCOUNT.LOGIN.eq(AUDIT_LOG.ACTOR))
                .where(AUDIT_LOG.ENTITY.eq(entity)).and(byId)
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(r -> new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.CHANGED_AT),
                        actorShown(r.get(AUDIT_LOG.ACTOR), r.get(ACCOUNT.FULL_NAME)), r.get(AUDIT_LOG.ENTITY),
                        r.get(AUDIT_LOG.ENTITY_ID), AuditAction.stored(r.get(AUDIT_LOG.ACTION)),
                        r.get(AUDIT_LOG.FIELD_NAME), r.get(AUDIT_LOG.OLD_VALUE), r.get(AUDIT_LOG.NEW_VALUE)));
    }

    private static String actorShown(String login, String fullName) {
        return fullName == null ? login : fullName + " (" + login + ")";
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
