package vn.socongvu.audit;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.socongvu.common.UserException;

/**
 * What the person signed in may read, asked by every service that reads (they get it with their {@link AuditLog},
 * as they get its {@link WriteGuard}), so that the window, the command line and the tests see the same. The
 * accounts' rules implement it ({@code account.ReadRules}); on one PC everyone reads everything.
 */
public interface ReadScope {
    /** Everything (one PC, the văn thư, a leader). */
    ReadScope EVERYTHING = new ReadScope() {
        @Override
        public Long unitId() {
            return null;
        }

        @Override
        public Condition tasks() {
            return DSL.noCondition();
        }

        @Override
        public boolean may(ReadArea area) {
            return true;
        }

        @Override
        public void require(ReadArea area) {
            // everyone may
        }

        @Override
        public void requireTask(DSLContext dsl, long taskId) {
            // everyone may
        }

        @Override
        public UserException denied() {
            throw new IllegalStateException("everything may be read");
        }
    };

    /** The unit whose work alone may be read; null: everything. */
    Long unitId();

    /** Whether every record may be read. */
    default boolean everything() {
        return unitId() == null;
    }

    /** The tasks that may be read, as a condition on the table {@code TASK} ({@code noCondition()}: every one). */
    Condition tasks();

    /** Whether {@code area} may be read at all. */
    boolean may(ReadArea area);

    /** Refuses (the account's {@code AccessDenied}, a {@code UserException}) when {@code area} may not be read. */
    void require(ReadArea area);

    /** Refuses (as {@link #require}) when the task {@code taskId} is not one that may be read. */
    void requireTask(DSLContext dsl, long taskId);

    /**
     * The refusal of one record outside the scope that a service found out itself (a plan or a meeting none of the
     * unit's tasks come from), to throw.
     */
    UserException denied();
}
