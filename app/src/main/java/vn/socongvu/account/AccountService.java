package vn.socongvu.account;

import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.Database;
import vn.socongvu.text.VnText;

/**
 * The accounts of a shared database (docs/accounts.md): each one a PostgreSQL login made, changed and stopped by
 * the văn thư, together with its row and audit rows in one transaction; and who is signed in.
 */
public final class AccountService {
    public static final String ENTITY = "account";
    /** A login: lower-case letters without marks, digits, "." and "_", starting with a letter (PostgreSQL: ≤ 63). */
    public static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_.]{1,62}");
    /** The shortest password taken. */
    public static final int MIN_PASSWORD = 8;
    /** Names PostgreSQL keeps for itself. */
    private static final Set<String> RESERVED = Set.of("public", "none", "postgres", "current_user", "session_user",
            "current_role");
    /** PostgreSQL's "duplicate_object": the server has a role of that name already. */
    private static final String DUPLICATE_OBJECT = "42710";
    private final Database db;
    private final AuditLog audit;
    private final LoginRoles roles;
    private final Session session;
    private final AccountRepository repo = new AccountRepository();

    public AccountService(Database db, AuditLog audit, LoginRoles roles, Session session) {
        this.db = db;
        this.audit = audit;
        this.roles = roles;
        this.session = session;
    }

    /** Who is working now. */
    public CurrentUser current() {
        return session.current();
    }

    /** Every account, the active ones first, by name. */
    public List<Account> accounts() {
        return repo.all(db.dsl());
    }

    public Optional<Account> byLogin(String login) {
        return repo.byLogin(db.dsl(), login);
    }

    /**
     * Signs {@code login} in (the PostgreSQL login of the open connection): its active account, or, when the database
     * has no account yet, that login as văn thư (the one who made or copied the database; its own account row is
     * written with the first account it adds, so opening writes nothing).
     * @throws AccessDenied for a login with no account, or an inactive one, with what to do
     */
    public CurrentUser signIn(String login) {
        DSLContext dsl = db.dsl();
        Optional<Account> a = repo.byLogin(dsl, login);
        CurrentUser user;
        if (a.isEmpty() && repo.count(dsl) == 0) {
            user = CurrentUser.first(login);
        } else {
            Account account = a.orElseThrow(() -> new AccessDenied("account.error.noAccount", login));
            if (!account.active()) {
                throw new AccessDenied("account.error.inactive", login);
            }
            user = CurrentUser.of(account);
        }
        session.actAs(user);
        return user;
    }

    /**
     * Makes {@code login} the first văn thư when the database has no account yet (the one who copied an H2 data
     * folder to the server, or migrated it first); does nothing otherwise.
     */
    public void ensureFirst(String login) {
        db.txRun(tx -> {
            if (repo.count(tx) == 0) {
                first(tx, login);
            }
        });
    }

    private Account first(DSLContext tx, String login) {
        // The first account acts for itself: the audit names it, and it is a văn thư.
        session.actAs(CurrentUser.first(login));
        long id = repo.insert(tx, login, login, Role.VAN_THU, null, now());
        roles.role(tx, login, null, Role.VAN_THU);
        Account a = repo.byId(tx, id).orElseThrow();
        audit.recordChanges(tx, ENTITY, id, AuditAction.CREATE, Map.of(), fields(tx, a));
        return a;
    }

    /**
     * Adds an account: its PostgreSQL login with the password, its row and audit rows, in one transaction. Fields:
     * "login", "fullName", "role", "unit", "password", "repeated".
     */
    public Account create(String login, String fullName, Role role, Long unitId, char[] password, char[] repeated) {
        requireClerk();
        String l = login == null ? null : login.strip();
        String name = VnText.clean(fullName);
        Validator v = new Validator().required("login", l, "account.error.loginRequired")
                .required("fullName", name, "account.error.nameRequired").maxLength("fullName", name, 200)
                .required("role", role, "account.error.roleRequired");
        if (l != null && !l.isEmpty()) {
            v.check(LOGIN.matcher(l).matches(), "login", "account.error.loginForm");
            v.check(!RESERVED.contains(l) && !l.startsWith("pg_"), "login", "account.error.loginReserved", l);
        }
        checkUnit(v, role, unitId);
        checkPassword(v, password, repeated);
        v.throwIfAny();
        CurrentUser creator = session.current();
        try {
            return db.tx(tx -> {
                ownRow(tx);
                if (repo.byLogin(tx, l).isPresent()) {
                    throw ValidationException.of("login", "account.error.loginTaken", l);
                }
                roles.create(tx, l, password, role);
                long id = repo.insert(tx, l, name, role, role == Role.DON_VI ? unitId : null, now());
                Account a = repo.byId(tx, id).orElseThrow();
                audit.recordChanges(tx, ENTITY, id, AuditAction.CREATE, Map.of(), fields(tx, a));
                return a;
            });
        } catch (DataAccessException e) {
            session.actAs(creator); // the creator's own row, if written with it, is undone too
            if (DUPLICATE_OBJECT.equals(e.sqlState())) {
                throw ValidationException.of("login", "account.error.roleExists", l);
            }
            throw e;
        } catch (RuntimeException e) {
            session.actAs(creator);
            throw e;
        }
    }

    /** Changes an account's name, role and unit. Fields: "fullName", "role", "unit". */
    public Account change(long id, String fullName, Role role, Long unitId) {
        requireClerk();
        String name = VnText.clean(fullName);
        Validator v = new Validator().required("fullName", name, "account.error.nameRequired")
                .maxLength("fullName", name, 200).required("role", role, "account.error.roleRequired");
        checkUnit(v, role, unitId);
        v.throwIfAny();
        return db.tx(tx -> {
            Account before = repo.byId(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (before.role() == Role.VAN_THU && role != Role.VAN_THU) {
                requireAnotherClerk(tx, before);
            }
            repo.update(tx, id, name, role, role == Role.DON_VI ? unitId : null);
            if (before.role() != role) {
                roles.role(tx, before.login(), before.role(), role);
            }
            Account after = repo.byId(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, AuditAction.UPDATE, fields(tx, before), fields(tx, after));
            return after;
        });
    }

    /** Stops an account: its login may no longer sign in (NOLOGIN); the audit keeps its name. */
    public void deactivate(long id) {
        setActive(id, false);
    }

    /** Lets a stopped account sign in again. */
    public void reactivate(long id) {
        setActive(id, true);
    }

    private void setActive(long id, boolean active) {
        requireClerk();
        db.txRun(tx -> {
            Account a = repo.byId(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (a.active() == active) {
                return;
            }
            if (!active && a.role() == Role.VAN_THU) {
                requireAnotherClerk(tx, a);
            }
            roles.mayLogIn(tx, a.login(), active);
            repo.setActive(tx, id, active);
            audit.record(tx, ENTITY, id, active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE);
        });
    }

    /** Gives an account a new password (the person forgot theirs). Fields: "password", "repeated". */
    public void resetPassword(long id, char[] password, char[] repeated) {
        requireClerk();
        Validator v = new Validator();
        checkPassword(v, password, repeated);
        v.throwIfAny();
        db.txRun(tx -> {
            Account a = repo.byId(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            roles.password(tx, a.login(), password);
            // The audit tells that the password changed, never what it is.
            audit.recordChanges(tx, ENTITY, id, AuditAction.UPDATE, Map.of(),
                    Map.of("account.field.password", Messages.get("account.audit.passwordReset")));
        });
    }

    public List<AuditEntry> history(long id) {
        return audit.history(db.dsl(), ENTITY, id);
    }

    /** The first văn thư of a server gets its own account row with the first account it adds. */
    private void ownRow(DSLContext tx) {
        CurrentUser u = session.current();
        if (u.signedIn() && u.account().isEmpty() && repo.count(tx) == 0) {
            Account own = first(tx, u.login());
            session.actAs(CurrentUser.of(own));
        }
    }

    private void requireClerk() {
        CurrentUser u = session.current();
        if (!u.editsEverything()) {
            throw new AccessDenied("account.denied.accounts", u.fullName());
        }
    }

    private void requireAnotherClerk(DSLContext tx, Account a) {
        boolean another = repo.all(tx).stream()
                .anyMatch(o -> o.id() != a.id() && o.active() && o.role() == Role.VAN_THU);
        if (!another) {
            throw ValidationException.of("role", "account.error.lastClerk", a.fullName());
        }
    }

    private static void checkUnit(Validator v, Role role, Long unitId) {
        if (role == Role.DON_VI) {
            v.required("unit", unitId, "account.error.unitRequired");
        }
    }

    private static void checkPassword(Validator v, char[] password, char[] repeated) {
        if (password == null || password.length < MIN_PASSWORD) {
            v.add("password", "account.error.passwordShort", MIN_PASSWORD);
        } else if (!Arrays.equals(password, repeated)) {
            v.add("repeated", "account.error.passwordsDiffer");
        }
    }

    private static Map<String, String> fields(DSLContext tx, Account a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("account.field.login", a.login());
        m.put("account.field.fullName", a.fullName());
        m.put("account.field.role", a.role().label());
        m.put("account.field.unit", a.unitId() == null ? null
                : tx.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(a.unitId())).fetchOne(UNIT.NAME));
        return m;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
