package vn.socongvu.audit;

import static vn.socongvu.storage.jooq.Tables.ACCOUNT;
import static vn.socongvu.storage.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import vn.socongvu.common.ValidationException;
import vn.socongvu.storage.EngineSql;

/**
 * Writes and reads the audit log. Writes take the caller's transaction, so the audit row and the
 * change it describes are committed together or not at all.
 */
public final class AuditLog {
    /** The PostgreSQL channel every write's change notification is sent on (decision 3 of issue 35). */
    public static final String CHANNEL = "socongvu_changes";
    private static final int MAX_VALUE = 4000;
    private final Supplier<String> actor;
    private final WriteGuard guard;
    private final ReadScope reads;
    /** Tells this process's writes from other clients' in the notifications ({@link ChangeFeed}). */
    private final String instanceId = UUID.randomUUID().toString();

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
        this(actor, guard, ReadScope.EVERYTHING);
    }

    /**
     * @param actor who is making changes: the account's login on a server, the operating-system user on one PC
     * @param guard asked before each row whether that person may make the change
     * @param reads what that person may read, asked by the services that read
     */
    public AuditLog(Supplier<String> actor, WriteGuard guard, ReadScope reads) {
        this.actor = actor;
        this.guard = guard;
        this.reads = reads;
    }

    /** What the person working may read: every service that reads asks it (docs/accounts.md). */
    public ReadScope reads() {
        return reads;
    }

    /** This audit log's writer in the change notifications: its own are not delivered back to it. */
    public String instanceId() {
        return instanceId;
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
                .set(AUDIT_LOG.TX_ID, EngineSql.transactionId(tx))
                .execute();
        // on a server, the other clients hear of it once the transaction commits (one notice per entity and
        // transaction: PostgreSQL folds identical ones); on H2 nothing is sent
        EngineSql.notifyChange(tx, CHANNEL, instanceId + ":" + entity);
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

    /**
     * The newest audit id of one record (of a singleton when {@code entityId} is null), 0 when it has none: what a
     * form remembers when it loads the record, so that its save can tell whether someone changed the record since
     * ({@link #check}). Take it before reading the record: a change in between is then reported, never lost.
     */
    public long mark(DSLContext dsl, String entity, Long entityId) {
        return mark(dsl, of(entity, entityId));
    }

    /** {@link #mark} of a record edited with its parts ({@code partEntity} rows {@code partIds}, e.g. violations). */
    public long mark(DSLContext dsl, String entity, Long entityId, String partEntity, Collection<Long> partIds) {
        return mark(dsl, of(entity, entityId).or(parts(partEntity, partIds)));
    }

    private long mark(DSLContext dsl, Condition which) {
        Long max = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).where(which).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * The newest audit id of the whole log, 0 when empty: the mark of a list (a plan's tasks) taken before the list is
     * read, so that a write the clerk starts from a row of it ({@code TaskService.delete}) can tell whether someone
     * changed that row's record since ({@link #check} with this mark).
     */
    public long latest(DSLContext dsl) {
        Long max = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** A record an audit row names: its entity and id (null for a singleton). */
    public record Changed(String entity, Long entityId) {
    }

    /**
     * The records changed on a shared server since the snapshot {@code since} ({@code SnapshotCache}'s version), as
     * seen in the caller's snapshot: those named by the audit rows of the transactions committed in between. Empty
     * when that cannot be told ({@link EngineSql#changedSince}): on one PC, or when something committed in between
     * wrote no audit row; then anything may have changed.
     */
    public Optional<List<Changed>> changedSince(DSLContext dsl, String since) {
        return EngineSql.changedSince(dsl, since)
                .map(rows -> rows.stream().map(r -> new Changed(r.value1(), r.value2())).toList());
    }

    /**
     * Locks one row in the caller's transaction ({@code SELECT … FOR UPDATE}): another client's write of it waits until
     * this transaction ends, and this one waits for a write under way. @return false when the row does not exist
     * (another client deleted it)
     */
    public static <K> boolean lock(DSLContext tx, TableField<?, K> key, K keyValue) {
        return tx.select(key).from(key.getTable()).where(key.eq(keyValue)).forUpdate().fetchOptional().isPresent();
    }

    /** The audit rows of one record newer than {@code mark}, oldest first. */
    public List<AuditEntry> changesSince(DSLContext dsl, String entity, Long entityId, long mark) {
        return changesSince(dsl, of(entity, entityId), mark);
    }

    private List<AuditEntry> changesSince(DSLContext dsl, Condition which, long mark) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(which).and(AUDIT_LOG.ID.gt(mark))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(r.getId(), r.getChangedAt(), r.getActor(), r.getEntity(),
                        r.getEntityId(), AuditAction.stored(r.getAction()), r.getFieldName(),
                        r.getOldValue(), r.getNewValue()));
    }

    /**
     * The optimistic lock of a save, in its transaction: the record's row is locked ({@code SELECT … FOR UPDATE} on
     * {@code key}'s table, so two saves of one record follow each other), then, when the form gave a {@code mark},
     * the audit rows written since are looked up: any means someone else changed the record after the form loaded
     * it, and the save is refused. Without a mark (command line, imports, the demo) nothing is checked, the row is
     * still locked. @throws EditConflictException carrying the other person's changes
     * @throws ValidationException when the record no longer exists
     */
    public <K> void check(DSLContext tx, TableField<?, K> key, K keyValue, String entity, Long entityId, Long mark) {
        check(tx, key, keyValue, entity, entityId, of(entity, entityId), mark);
    }

    /** {@link #check} of a record edited with its parts ({@code partEntity} rows {@code partIds}, e.g. violations). */
    public <K> void check(DSLContext tx, TableField<?, K> key, K keyValue, String entity, Long entityId,
                          String partEntity, Collection<Long> partIds, Long mark) {
        check(tx, key, keyValue, entity, entityId, of(entity, entityId).or(parts(partEntity, partIds)), mark);
    }

    private <K> void check(DSLContext tx, TableField<?, K> key, K keyValue, String entity, Long entityId,
                           Condition which, Long mark) {
        if (!lock(tx, key, keyValue)) {
            throw ValidationException.of("id", "validation.notFound");
        }
        if (mark == null) {
            return;
        }
        List<AuditEntry> changes = changesSince(tx, which, mark);
        if (!changes.isEmpty()) {
            throw new EditConflictException(entity, entityId, changes);
        }
    }

    private static Condition of(String entity, Long entityId) {
        return AUDIT_LOG.ENTITY.eq(entity)
                .and(entityId == null ? AUDIT_LOG.ENTITY_ID.isNull() : AUDIT_LOG.ENTITY_ID.eq(entityId));
    }

    private static Condition parts(String partEntity, Collection<Long> partIds) {
        return partIds.isEmpty() ? DSL.falseCondition() : AUDIT_LOG.ENTITY.eq(partEntity).and(AUDIT_LOG.ENTITY_ID.in(partIds));
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
