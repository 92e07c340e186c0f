package vn.socongvu.account;

import java.util.Locale;

import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.impl.DSL;

import vn.socongvu.storage.EngineSql;

/**
 * The database's own logins behind the accounts. On PostgreSQL an account is a login role, made and changed in the
 * same transaction as its row (PostgreSQL's DDL is transactional); on one PC (H2) nobody signs in, so there is
 * nothing to make. The login and the password go into the statement as a quoted name and an inlined literal
 * (PostgreSQL takes no bind parameter in {@code CREATE ROLE}); the login is checked first
 * ({@link AccountService#LOGIN}).
 */
public interface LoginRoles {
    /** One PC: no logins. */
    LoginRoles NONE = new LoginRoles() {
        @Override
        public void create(DSLContext tx, String login, char[] password, Role role) {
            // nobody signs in to an H2 database
        }

        @Override
        public void role(DSLContext tx, String login, Role from, Role to) {
            // nobody signs in to an H2 database
        }

        @Override
        public void password(DSLContext tx, String login, char[] password) {
            // nobody signs in to an H2 database
        }

        @Override
        public void mayLogIn(DSLContext tx, String login, boolean may) {
            // nobody signs in to an H2 database
        }
    };

    /**
     * PostgreSQL: {@code CREATE ROLE … LOGIN PASSWORD …}, a member of its role's group, which holds the rights
     * ({@code storage.EngineSql#grantGroups}); a văn thư's login may make roles (CREATEROLE) and holds its group
     * WITH ADMIN OPTION, so that it too makes and changes accounts.
     */
    LoginRoles POSTGRESQL = new LoginRoles() {
        @Override
        public void create(DSLContext tx, String login, char[] password, Role role) {
            tx.execute(role == Role.VAN_THU ? "CREATE ROLE {0} LOGIN CREATEROLE PASSWORD {1}"
                    : "CREATE ROLE {0} LOGIN PASSWORD {1}", DSL.quotedName(login), DSL.inline(new String(password)));
            role(tx, login, null, role);
        }

        @Override
        public void role(DSLContext tx, String login, Role from, Role to) {
            if (tx.resultQuery("select 1 from pg_roles where rolname = {0}", DSL.val(group(tx, to).first())).fetch()
                    .isEmpty()) {
                return; // no groups yet (made by an owner who may make roles): the step after migrations moves it
            }
            if (from != null && from != to) {
                tx.execute("REVOKE {0} FROM {1}", group(tx, from), DSL.quotedName(login));
            }
            tx.execute(to == Role.VAN_THU ? "GRANT {0} TO {1} WITH ADMIN OPTION" : "GRANT {0} TO {1}", group(tx, to),
                    DSL.quotedName(login));
            // Only a văn thư makes roles; the owner of the tables and a superuser are left as they are.
            Boolean change = tx.resultQuery("select not rolsuper and rolcreaterole <> {0} and not coalesce("
                    + "(select pg_has_role(r.oid, relowner, 'USAGE') from pg_class "
                    + "where oid = to_regclass('flyway_schema_history')), false) from pg_roles r where rolname = {1}",
                    DSL.inline(to == Role.VAN_THU), DSL.val(login)).fetchOne(0, Boolean.class);
            if (Boolean.TRUE.equals(change)) {
                tx.execute(to == Role.VAN_THU ? "ALTER ROLE {0} CREATEROLE" : "ALTER ROLE {0} NOCREATEROLE",
                        DSL.quotedName(login));
            }
        }

        @Override
        public void password(DSLContext tx, String login, char[] password) {
            tx.execute("ALTER ROLE {0} PASSWORD {1}", DSL.quotedName(login), DSL.inline(new String(password)));
        }

        @Override
        public void mayLogIn(DSLContext tx, String login, boolean may) {
            tx.execute(may ? "ALTER ROLE {0} LOGIN" : "ALTER ROLE {0} NOLOGIN", DSL.quotedName(login));
        }

    };

    /** Makes the login of a new account of {@code role}. */
    void create(DSLContext tx, String login, char[] password, Role role);

    /** Moves the login from {@code from}'s rights to {@code to}'s ({@code from} null: a login with none yet). */
    void role(DSLContext tx, String login, Role from, Role to);

    void password(DSLContext tx, String login, char[] password);

    /** LOGIN or NOLOGIN: an inactive account cannot sign in. */
    void mayLogIn(DSLContext tx, String login, boolean may);

    /** The group role of {@code role}'s accounts in this database. */
    private static Name group(DSLContext tx, Role role) {
        return DSL.quotedName(EngineSql.groupName(tx, role.name().toLowerCase(Locale.ROOT)));
    }
}
