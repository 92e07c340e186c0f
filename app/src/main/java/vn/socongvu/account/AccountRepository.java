package vn.socongvu.account;

import static vn.socongvu.storage.jooq.Tables.ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

/** The {@code account} table. */
final class AccountRepository {
    List<Account> all(DSLContext dsl) {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.ACTIVE.desc(), ACCOUNT.FULL_NAME, ACCOUNT.LOGIN)
                .fetch(AccountRepository::map);
    }

    Optional<Account> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::map);
    }

    Optional<Account> byLogin(DSLContext dsl, String login) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.LOGIN.eq(login)).fetchOptional(AccountRepository::map);
    }

    int count(DSLContext dsl) {
        return dsl.fetchCount(ACCOUNT);
    }

    long insert(DSLContext tx, String login, String fullName, Role role, Long unitId, LocalDateTime at) {
        return tx.insertInto(ACCOUNT)
                .set(ACCOUNT.LOGIN, login)
                .set(ACCOUNT.FULL_NAME, fullName)
                .set(ACCOUNT.ROLE, role.name())
                .set(ACCOUNT.UNIT_ID, unitId)
                .set(ACCOUNT.ACTIVE, true)
                .set(ACCOUNT.CREATED_AT, at)
                .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
    }

    void update(DSLContext tx, long id, String fullName, Role role, Long unitId) {
        tx.update(ACCOUNT).set(ACCOUNT.FULL_NAME, fullName).set(ACCOUNT.ROLE, role.name())
                .set(ACCOUNT.UNIT_ID, unitId).where(ACCOUNT.ID.eq(id)).execute();
    }

    void setActive(DSLContext tx, long id, boolean active) {
        tx.update(ACCOUNT).set(ACCOUNT.ACTIVE, active).where(ACCOUNT.ID.eq(id)).execute();
    }

    private static Account map(Record r) {
        return new Account(r.get(ACCOUNT.ID), r.get(ACCOUNT.LOGIN), r.get(ACCOUNT.FULL_NAME),
                Role.stored(r.get(ACCOUNT.ROLE)), r.get(ACCOUNT.UNIT_ID), r.get(ACCOUNT.ACTIVE),
                r.get(ACCOUNT.CREATED_AT));
    }
}
