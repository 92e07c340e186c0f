package vn.socongvu.account;

import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_COOPERATOR;
import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;

/**
 * The roles' rule for reads, the counterpart of {@link Permissions} (docs/accounts.md, "What each role may read"):
 * the văn thư and a leader read everything; a unit's account reads the tasks its unit leads or cooperates on (and
 * the plans and meetings they come from), and none of the {@link ReadArea}s but those it needs. A refusal is an
 * {@link AccessDenied} saying what the unit may read.
 */
public final class ReadRules implements ReadScope {
    /** What a unit's account may read as a whole: nothing of the commune's reports, evaluation, inspections … */
    private static final Set<ReadArea> UNIT_AREAS = EnumSet.noneOf(ReadArea.class);
    private final Supplier<CurrentUser> user;

    public ReadRules(Supplier<CurrentUser> user) {
        this.user = user;
    }

    /** The unit whose work alone the account reads: a unit's account's unit; null for everyone else. */
    @Override
    public Long unitId() {
        CurrentUser u = user.get();
        if (u.readsEverything()) {
            return null;
        }
        // a unit's account with no unit (made before its unit was set) reads no task: an id no unit has
        return u.unitId() == null ? Long.valueOf(-1) : u.unitId();
    }

    /** The tasks its unit leads, and those it cooperates on. */
    @Override
    public Condition tasks() {
        Long unit = unitId();
        if (unit == null) {
            return DSL.noCondition();
        }
        return TASK.LEAD_UNIT_ID.eq(unit).or(DSL.exists(DSL.selectOne().from(TASK_COOPERATOR)
                .where(TASK_COOPERATOR.TASK_ID.eq(TASK.ID)).and(TASK_COOPERATOR.UNIT_ID.eq(unit))));
    }

    @Override
    public boolean may(ReadArea area) {
        return user.get().readsEverything() || UNIT_AREAS.contains(area);
    }

    @Override
    public void require(ReadArea area) {
        if (!may(area)) {
            throw denied();
        }
    }

    @Override
    public UserException denied() {
        CurrentUser u = user.get();
        return new AccessDenied("account.denied.read", u.fullName(), u.role().label(),
                Messages.get("account.may.donVi"));
    }

    @Override
    public void requireTask(DSLContext dsl, long taskId) {
        if (unitId() != null && !dsl.fetchExists(TASK, TASK.ID.eq(taskId).and(tasks()))) {
            CurrentUser u = user.get();
            String unit = u.unitId() == null ? null
                    : dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(u.unitId())).fetchOne(UNIT.NAME);
            throw new AccessDenied("account.denied.otherUnitTask", unit == null ? u.fullName() : unit);
        }
    }
}
