package vn.socongvu.audit;

import org.jooq.DSLContext;

/**
 * Asked by {@link AuditLog} before each audit row is written — every write of the app leaves one — whether the
 * person signed in may make that change; it throws a {@code UserException} (the transaction is undone) if not.
 * The accounts' permissions implement it ({@code account.Permissions}); on one PC everyone may do everything.
 */
@FunctionalInterface
public interface WriteGuard {
    /** Everyone may do everything (one PC, the command line, the tests). */
    WriteGuard ANYONE = (tx, entity, entityId, action, field) -> { };

    /**
     * @param tx the write's transaction, to read the record the rule needs (a task's lead unit)
     * @param field the message key naming the field changed; null for a whole-record action
     */
    void check(DSLContext tx, String entity, Long entityId, AuditAction action, String field);
}
