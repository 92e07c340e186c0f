package vn.socongvu.account;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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
        public void create(DSLContext tx, String login, char[] password) {
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

    /** PostgreSQL: {@code CREATE ROLE … LOGIN PASSWORD …}, with the rights to read and write the app's tables. */
    LoginRoles POSTGRESQL = new LoginRoles() {
        @Override
        public void create(DSLContext tx, String login, char[] password) {
            tx.execute("CREATE ROLE {0} LOGIN PASSWORD {1}", DSL.quotedName(login), DSL.inline(new String(password)));
            String schema = tx.fetchValue("SELECT current_schema()").toString();
            tx.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {0} TO {1}",
                    DSL.quotedName(schema), DSL.quotedName(login));
            tx.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {0} TO {1}",
                    DSL.quotedName(schema), DSL.quotedName(login));
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

    void create(DSLContext tx, String login, char[] password);

    void password(DSLContext tx, String login, char[] password);

    /** LOGIN or NOLOGIN: an inactive account cannot sign in. */
    void mayLogIn(DSLContext tx, String login, boolean may);
}
