package vn.socongvu.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Every piece of SQL that differs between the two engines, in one place (EngineSqlTest runs it on both).
 * Everything else is jOOQ, generated once from H2 (upper-case names, quoted): on PostgreSQL the names are rendered
 * lower case, which is what the migrations' unquoted names became there. Code that reads the database's own
 * description ({@link TableMeta}) gets the names in H2's upper case on either engine, so that the rest of the app
 * (data files, backups, the trash) never sees a difference.
 */
public final class EngineSql {
    /** {@code create index} for each foreign key of the current schema that no index leads with (PostgreSQL). */
    static final String FOREIGN_KEYS_WITHOUT_INDEX = """
            select format('create index if not exists %I on %I (%s)',
                          left('fkx_' || t.relname || '_' || string_agg(a.attname, '_' order by k.ord), 63),
                          t.relname, string_agg(quote_ident(a.attname), ', ' order by k.ord))
            from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            cross join lateral unnest(c.conkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
            where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
              and not exists (select 1 from pg_index i where i.indrelid = c.conrelid
                              and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)
            group by t.relname, c.conname
            """;

    /**
     * The accounts' roles as their group roles' names end: {@code <database>_van_thu}, {@code _lanh_dao},
     * {@code _don_vi} (the account's role constant in lower case).
     */
    public static final List<String> GROUPS = List.of("van_thu", "lanh_dao", "don_vi");
    /** What a lãnh đạo and a đơn vị may write, besides reading everything (account.Permissions, docs/accounts.md). */
    static final Map<String, List<String>> GROUP_WRITES = Map.of(
            "lanh_dao", List.of(
                    // the audit rows of every write; numbers taken in the register; a week's schedule numbered
                    "INSERT ON audit_log, document_number, weekly_schedule",
                    // the evaluation's inputs: a task's weight and marks, a person's criteria and legal cases
                    "INSERT, UPDATE, DELETE ON evaluation_weight, evaluation_mark, evaluation_general, "
                            + "evaluation_case",
                    // a plan issued (its number, date and state) or no longer in force
                    "UPDATE (register_id, issued_on, status) ON plan",
                    // a meeting's papers numbered: the minutes, the invitation, the notice of conclusions
                    "UPDATE (register_id, invitation_register_id, conclusion_register_id) ON meeting",
                    // the rows an evaluation's input locks while it is written (SELECT … FOR UPDATE needs an UPDATE
                    // right on one column): the task weighed, the occurrence marked, the person assessed; their ids,
                    // which foreign keys hold still
                    "UPDATE (id) ON task, task_occurrence, staff"),
            "don_vi", List.of(
                    // the audit rows; progress recorded
                    "INSERT ON audit_log, task_progress",
                    // a completion recorded or undone
                    "UPDATE (completed_on, result) ON task_occurrence",
                    // the task's row is locked while its work is recorded (SELECT … FOR UPDATE needs an UPDATE
                    // right on one column): its id, which the occurrences' foreign key holds still
                    "UPDATE (id) ON task"));
    /** A row of {@code %s} (with a {@code task_id}) is of a task the unit of the login's account leads. */
    static final String UNIT_LEADS = "exists (select 1 from task t join account a on a.unit_id = t.lead_unit_id "
            + "where t.id = %s.task_id and a.login = current_user and a.role = 'DON_VI' and a.active)";
    /**
     * The rows a lãnh đạo and a đơn vị may write, held by the server too (row-level security, docs/accounts.md):
     * a unit records progress and completion only on the tasks its unit leads (its account's unit, read from the
     * {@code account} row of the login: no unit may change that row), and every audit row a leader or a unit adds
     * names its own login. Everyone reads every row as before; the văn thư's group writes every row; the owner of
     * the tables is not held by them (PostgreSQL's rule). Each: table, policy name, command, group (empty: every
     * login), USING, WITH CHECK.
     */
    static final List<List<String>> ROW_POLICIES = List.of(
            List.of("task_occurrence", "socongvu_read", "select", "", "true", ""),
            List.of("task_occurrence", "socongvu_van_thu", "all", "van_thu", "true", "true"),
            // the rows an evaluation's input locks (SELECT … FOR UPDATE is held to the UPDATE rows too)
            List.of("task_occurrence", "socongvu_lanh_dao", "update", "lanh_dao", "true", "true"),
            List.of("task_occurrence", "socongvu_don_vi", "update", "don_vi", UNIT_LEADS.formatted("task_occurrence"),
                    UNIT_LEADS.formatted("task_occurrence")),
            List.of("task_progress", "socongvu_read", "select", "", "true", ""),
            List.of("task_progress", "socongvu_van_thu", "all", "van_thu", "true", "true"),
            List.of("task_progress", "socongvu_don_vi", "insert", "don_vi", "",
                    UNIT_LEADS.formatted("task_progress") + " and (task_progress.occurrence_id is null or exists "
                            + "(select 1 from task_occurrence o where o.id = task_progress.occurrence_id "
                            + "and o.task_id = task_progress.task_id))"),
            List.of("audit_log", "socongvu_read", "select", "", "true", ""),
            List.of("audit_log", "socongvu_van_thu", "all", "van_thu", "true", "true"),
            List.of("audit_log", "socongvu_lanh_dao", "insert", "lanh_dao", "", "actor = current_user"),
            List.of("audit_log", "socongvu_don_vi", "insert", "don_vi", "", "actor = current_user"));
    /**
     * The session settings of every connection the app makes to a PostgreSQL server (the driver's {@code options}):
     * no JIT compilation. The app's queries are short (a list, a year's figures); PostgreSQL's JIT, chosen by cost
     * on the ten-year data, spent 80 of the year's task list's 190 ms compiling it, on every run.
     */
    static final String SERVER_SESSION_OPTIONS = "-c jit=off";
    /** At most this many transactions begun between two snapshots are looked through ({@link #changedSince}). */
    static final int CHANGES_SPAN = 10_000;
    /** The advisory lock two clients opening one database at once take around {@link #grantGroups}. */
    private static final long GROUPS_LOCK = 0x53435647_524f5550L;
    /** PostgreSQL's longest name, in bytes. */
    private static final int NAME_MAX = 63;

    private EngineSql() {
    }

    /** The jOOQ dialect of an engine. */
    public static SQLDialect dialect(Engine engine) {
        return engine == Engine.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
    }

    /** jOOQ's settings of an engine: on PostgreSQL the generated upper-case names rendered lower case. */
    public static Settings settings(Engine engine) {
        Settings s = new Settings();
        return engine == Engine.H2 ? s : s.withRenderNameCase(RenderNameCase.LOWER);
    }

    /** The engine a jOOQ context runs on. */
    public static Engine engine(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? Engine.POSTGRESQL : Engine.H2;
    }

    /** A jOOQ context over one connection (a snapshot's, a copy's). */
    public static DSLContext using(Connection c, Engine engine) {
        return DSL.using(c, dialect(engine), settings(engine));
    }

    /**
     * PostgreSQL: what the migrations, written for H2, use and PostgreSQL lacks — the type {@code clob} and H2's
     * {@code iso_day_of_week} — created when absent before each migration runs, in its transaction (not before
     * Flyway starts: Flyway refuses to migrate a schema holding anything but its history). They are the only
     * engine-specific SQL of the schema.
     */
    static Callback shims() {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                try {
                    if (event == Event.AFTER_MIGRATE) {
                        indexForeignKeys(context.getConnection());
                        grantGroups(context.getConnection());
                    } else {
                        createShims(context.getConnection());
                    }
                } catch (SQLException e) {
                    throw new FlywayException("the PostgreSQL shims could not be created", e);
                }
            }

            @Override
            public String getCallbackName() {
                return "socongvu-postgresql-shims";
            }
        };
    }

    /**
     * An index for every foreign key that no index leads with, made after the migrations on PostgreSQL: H2 makes one
     * for each foreign key by itself and the schema relies on it (a task's last progress is found by its occurrence),
     * PostgreSQL makes none — without them the task list read every progress row once per row (25–70 s for a year
     * of ten busy years; docs/performance.md, row 11). Named {@code fkx_<table>_<columns>}; made once.
     */
    static void indexForeignKeys(Connection c) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(FOREIGN_KEYS_WITHOUT_INDEX)) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /**
     * The group role of the accounts of {@code role} ({@link #GROUPS}) in {@code database}: role names are the whole
     * server's and one server may hold several databases, so the name carries the database's. At most 63 bytes: a
     * longer database name is cut and followed by 8 hex digits of its hash, so two long names never share groups.
     */
    public static String groupName(String database, String role) {
        String name = database + "_" + role;
        if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_MAX) {
            return name;
        }
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(database.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String tail = "_" + hash + "_" + role;
        int room = NAME_MAX - tail.length();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < database.length(); ) {
            int cp = database.codePointAt(i);
            String next = head + Character.toString(cp);
            if (next.getBytes(StandardCharsets.UTF_8).length > room) {
                break;
            }
            head.append(Character.toChars(cp));
            i += Character.charCount(cp);
        }
        return head + tail;
    }

    /** The group role of {@code role}'s accounts in the database {@code tx} is connected to (PostgreSQL). */
    public static String groupName(DSLContext tx, String role) {
        return groupName(tx.fetchValue("select current_database()").toString(), role);
    }

    /**
     * On opening a server database that needs no migration: the accounts' groups made, and the accounts moved into
     * them, when a group is missing or an account is not in its group (a database made by an earlier release, whose
     * accounts had their rights given one by one; a copy or a restore under another name), by the owner of the
     * tables only; anyone else opens it as it is.
     */
    static void ensureGroups(Connection c) throws SQLException {
        String db;
        boolean owner;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select current_database(), "
                + "coalesce((select pg_has_role(current_user, relowner, 'USAGE') from pg_class "
                + "where oid = to_regclass('flyway_schema_history')), false)")) {
            rs.next();
            db = rs.getString(1);
            owner = rs.getBoolean(2);
        }
        if (!owner || groupsExist(c, db) && everyAccountInItsGroup(c, db)) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            grantGroups(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * The owner of the app's tables when the session's login is not it (nor a member of it), else null (also for a
     * database with no table yet): only the owner may migrate.
     */
    static String otherOwner(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select pg_get_userbyid(relowner), "
                + "pg_has_role(current_user, relowner, 'USAGE') from pg_class "
                + "where oid = to_regclass('flyway_schema_history')")) {
            return rs.next() && !rs.getBoolean(2) ? rs.getString(1) : null;
        }
    }

    /** Whether every account whose login exists is a member of its role's group (a restore brings in others). */
    private static boolean everyAccountInItsGroup(Connection c, String db) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select not exists (select 1 from account a "
                + "join pg_roles r on r.rolname = a.login where not exists (select 1 from pg_auth_members m "
                + "join pg_roles g on g.oid = m.roleid where m.member = r.oid and g.rolname = "
                + "case a.role when 'VAN_THU' then ? when 'LANH_DAO' then ? else ? end))")) {
            for (int i = 0; i < GROUPS.size(); i++) {
                st.setString(i + 1, groupName(db, GROUPS.get(i)));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean groupsExist(Connection c, String db) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from pg_roles where rolname in (?, ?, ?)")) {
            for (int i = 0; i < GROUPS.size(); i++) {
                st.setString(i + 1, groupName(db, GROUPS.get(i)));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1) == GROUPS.size();
            }
        }
    }

    /**
     * The rights of the accounts, given to their roles' groups after every migration (so a table a later migration
     * adds is covered) by the owner of the tables (docs/accounts.md, "What the server enforces"):
     * <ul>
     *   <li>the three groups made when absent ({@link #groupName}); văn thư's holds the other two WITH ADMIN OPTION,
     *       and each văn thư holds it with ADMIN OPTION and CREATEROLE, so a second văn thư who does not own the
     *       tables makes, moves and stops accounts;</li>
     *   <li>each group's rights set anew: văn thư every row of every table and sequence; lãnh đạo and đơn vị read
     *       everything and write only what their role writes ({@link #GROUP_WRITES}); default privileges for what
     *       the owner creates later;</li>
     *   <li>the rows a lãnh đạo and a đơn vị write held by row-level security ({@link #ROW_POLICIES});</li>
     *   <li>each account a member of its role's group and of no other; the rights an earlier release gave a login
     *       directly taken back (not from the owner, whose rights are its ownership).</li>
     * </ul>
     * In the caller's transaction; nothing is done by a login that may not create roles (it could make no account).
     */
    static void grantGroups(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            String db;
            String schema;
            try (ResultSet rs = st.executeQuery("select current_database(), current_schema(), "
                    + "(select rolsuper or rolcreaterole from pg_roles where rolname = current_user)")) {
                rs.next();
                db = rs.getString(1);
                schema = quoted(rs.getString(2));
                if (!rs.getBoolean(3)) {
                    return;
                }
            }
            boolean session = c.getAutoCommit();
            st.execute(session ? "select pg_advisory_lock(" + GROUPS_LOCK + ")"
                    : "select pg_advisory_xact_lock(" + GROUPS_LOCK + ")");
            try {
                Map<String, String> group = new LinkedHashMap<>();
                for (String g : GROUPS) {
                    group.put(g, quoted(groupName(db, g)));
                }
                List<String> sql = new ArrayList<>();
                for (String g : GROUPS) {
                    String name = groupName(db, g);
                    try (PreparedStatement exists = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                        exists.setString(1, name);
                        try (ResultSet rs = exists.executeQuery()) {
                            if (!rs.next()) {
                                sql.add("create role " + quoted(name) + " nologin");
                            }
                        }
                    }
                }
                String vt = group.get("van_thu");
                String readers = group.get("lanh_dao") + ", " + group.get("don_vi");
                String all = vt + ", " + readers;
                sql.add("grant " + readers + " to " + vt + " with admin option");
                sql.add("grant usage on schema " + schema + " to " + all);
                sql.add("revoke all on all tables in schema " + schema + " from " + all);
                sql.add("revoke all on all sequences in schema " + schema + " from " + all);
                sql.add("grant select, insert, update, delete on all tables in schema " + schema + " to " + vt);
                sql.add("grant usage, select, update on all sequences in schema " + schema + " to " + vt);
                sql.add("grant select on all tables in schema " + schema + " to " + readers);
                sql.add("grant usage, select on all sequences in schema " + schema + " to " + readers);
                GROUP_WRITES.forEach((g, rights) -> rights.forEach(r -> sql.add("grant " + r + " to " + group.get(g))));
                sql.add("alter default privileges in schema " + schema
                        + " grant select, insert, update, delete on tables to " + vt);
                sql.add("alter default privileges in schema " + schema
                        + " grant usage, select, update on sequences to " + vt);
                sql.add("alter default privileges in schema " + schema + " grant select on tables to " + readers);
                sql.add("alter default privileges in schema " + schema
                        + " grant usage, select on sequences to " + readers);
                for (String s : sql) {
                    st.execute(s);
                }
                rowPolicies(c, group);
                moveAccounts(c, schema, group);
            } finally {
                if (session) {
                    st.execute("select pg_advisory_unlock(" + GROUPS_LOCK + ")");
                }
            }
        }
    }

    /**
     * {@link #ROW_POLICIES} on their tables, row-level security on for those: each policy made when the table has none
     * of that name for that group (one made for the groups of another database name — a copy restored under a new
     * name — is made again), so an open that changes nothing takes no lock on the tables.
     */
    private static void rowPolicies(Connection c, Map<String, String> group) throws SQLException {
        List<String> sql = new ArrayList<>();
        String db;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select current_database()")) {
            rs.next();
            db = rs.getString(1);
        }
        for (String table : ROW_POLICIES.stream().map(List::getFirst).distinct().toList()) {
            try (PreparedStatement st = c.prepareStatement(
                    "select relrowsecurity from pg_class where oid = to_regclass(?)")) {
                st.setString(1, table);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && !rs.getBoolean(1)) {
                        sql.add("alter table " + table + " enable row level security");
                    }
                }
            }
        }
        for (List<String> p : ROW_POLICIES) {
            String table = p.get(0);
            String name = p.get(1);
            String role = p.get(3).isEmpty() ? "public" : groupName(db, p.get(3));
            try (PreparedStatement st = c.prepareStatement("select 1 from pg_policies where schemaname = "
                    + "current_schema() and tablename = ? and policyname = ? and roles = array[?]::name[]")) {
                st.setString(1, table);
                st.setString(2, name);
                st.setString(3, role);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            sql.add("drop policy if exists " + name + " on " + table);
            sql.add("create policy " + name + " on " + table + " for " + p.get(2) + " to "
                    + (p.get(3).isEmpty() ? "public" : group.get(p.get(3)))
                    + (p.get(4).isEmpty() ? "" : " using (" + p.get(4) + ")")
                    + (p.get(5).isEmpty() ? "" : " with check (" + p.get(5) + ")"));
        }
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Each account into its role's group only; the direct rights of an earlier release taken back. */
    private static void moveAccounts(Connection c, String schema, Map<String, String> group) throws SQLException {
        List<String> sql = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select a.login, a.role, r.rolsuper, "
                + "r.rolcreaterole, coalesce((select pg_has_role(r.oid, relowner, 'USAGE') from pg_class "
                + "where oid = to_regclass('flyway_schema_history')), false) "
                + "from account a join pg_roles r on r.rolname = a.login order by a.login")) {
            while (rs.next()) {
                String login = quoted(rs.getString(1));
                String role = rs.getString(2).toLowerCase(Locale.ROOT);
                boolean superuser = rs.getBoolean(3);
                boolean createRole = rs.getBoolean(4);
                boolean owner = rs.getBoolean(5);
                if (!group.containsKey(role)) {
                    continue;
                }
                if (!superuser && !owner) {
                    sql.add("revoke all on all tables in schema " + schema + " from " + login);
                    sql.add("revoke all on all sequences in schema " + schema + " from " + login);
                }
                for (Map.Entry<String, String> g : group.entrySet()) {
                    if (!g.getKey().equals(role)) {
                        sql.add("revoke " + g.getValue() + " from " + login);
                    }
                }
                boolean clerk = role.equals("van_thu");
                sql.add("grant " + group.get(role) + " to " + login + (clerk ? " with admin option" : ""));
                if (!superuser && !owner && clerk != createRole) {
                    sql.add("alter role " + login + (clerk ? " createrole" : " nocreaterole"));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    static void createShims(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            boolean clob;
            boolean isoDay;
            try (ResultSet rs = st.executeQuery("select to_regtype('clob') is not null, "
                    + "to_regprocedure('iso_day_of_week(date)') is not null")) {
                rs.next();
                clob = rs.getBoolean(1);
                isoDay = rs.getBoolean(2);
            }
            if (!clob) {
                st.execute("create domain clob as text");
            }
            if (!isoDay) {
                st.execute("create function iso_day_of_week(date) returns int language sql immutable "
                        + "as 'select extract(isodow from $1)::int'");
            }
        }
    }

    /** The schema the app's tables are in, as the information schema spells it. */
    static String schema(Engine engine) {
        return engine == Engine.H2 ? "PUBLIC" : "public";
    }

    /** A name as the information schema of {@code engine} spells an unquoted one ({@code TASK} / {@code task}). */
    static String stored(Engine engine, String name) {
        return engine == Engine.H2 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /** A name read from the information schema, as the app spells it on either engine (H2's upper case). */
    static String canonical(String name) {
        return name.equals(name.toLowerCase(Locale.ROOT)) && !name.startsWith("flyway_")
                ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** A column type from the information schema, in H2's words. */
    static String typeName(String dataType) {
        String t = dataType.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "TIMESTAMP WITHOUT TIME ZONE" -> "TIMESTAMP";
            case "TEXT" -> "CHARACTER LARGE OBJECT";
            default -> t;
        };
    }

    /** The app's tables (Flyway's history included), names as {@link #canonical}. */
    public static List<String> tables(DSLContext dsl, Engine engine) {
        return dsl.resultQuery("select table_name from information_schema.tables where table_schema = ? "
                        + "and table_type = 'BASE TABLE' order by table_name", schema(engine))
                .fetch(0, String.class).stream().map(EngineSql::canonical).toList();
    }

    /**
     * After rows came in with their own ids: new records of {@code table} continue after {@code next - 1}. H2 has
     * no sequence to set, only the column's restart; PostgreSQL sets the identity's sequence (no table lock).
     */
    static void restartIdentity(DSLContext dsl, Engine engine, String table, String column, long next) {
        if (engine == Engine.H2) {
            dsl.execute("ALTER TABLE " + dsl.render(DSL.table(DSL.name(table))) + " ALTER COLUMN "
                    + dsl.render(DSL.field(DSL.name(column))) + " RESTART WITH " + next);
        } else {
            dsl.resultQuery("select setval(pg_get_serial_sequence(?, ?), ?, false)",
                    quoted(stored(engine, table)), stored(engine, column), next).fetch();
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * What identifies the data a snapshot read ({@link Database#readSnapshot}) sees, as its first statement: on
     * PostgreSQL the transaction's snapshot (its xmin, xmax and the transactions in progress), which every commit or
     * rollback of a transaction that wrote changes, so two reads with the same one see the same data. Empty on H2
     * (one process owns the file: nothing to tell apart).
     */
    public static Optional<String> snapshotVersion(DSLContext dsl) {
        return engine(dsl) == Engine.H2 ? Optional.empty()
                : Optional.of(String.valueOf(dsl.fetchValue("select pg_current_snapshot()::text")));
    }

    /**
     * The number of the writing transaction, as an audit row keeps it ({@code audit_log.tx_id}, schema 16): on
     * PostgreSQL the current top-level transaction's id; null on H2, where no snapshot is compared.
     */
    public static Field<Long> transactionId(DSLContext tx) {
        return engine(tx) == Engine.H2 ? DSL.val(null, SQLDataType.BIGINT)
                : DSL.field("pg_current_xact_id()::text::bigint", SQLDataType.BIGINT);
    }

    /**
     * The records changed between the snapshot {@code since} ({@link #snapshotVersion}) and the caller's (a snapshot
     * read's): the entity and id of every audit row written by a transaction committed in between, each pair once.
     * Empty when that does not tell everything that changed: on H2; when a transaction committed in between wrote no
     * audit row (a change made with another program, the records copied into the database, a write to another
     * database of the same server: whatever it changed is unknown); or when more than {@value #CHANGES_SPAN}
     * transactions began in between (a snapshot kept for long: then reading again costs no more).
     * <p>A transaction committed in between is one the first snapshot did not see and the second does: ids from the
     * first's xmin on, not visible in it, visible in the second, committed (not rolled back). A savepoint's own id is
     * never an audit row's (audit rows keep the top-level transaction's), so a savepoint that wrote after the first
     * snapshot counts as unexplained: safe, the whole read runs again.
     */
    public static Optional<List<Record2<String, Long>>> changedSince(DSLContext dsl, String since) {
        if (engine(dsl) == Engine.H2) {
            return Optional.empty();
        }
        Record2<Long, Long> span = dsl.resultQuery("""
                with b as (select pg_snapshot_xmin(cast(? as pg_snapshot))::text::bigint as lo,
                                  pg_snapshot_xmax(pg_current_snapshot())::text::bigint as hi)
                select b.hi - b.lo,
                       (select count(*) from generate_series(b.lo, least(b.hi, b.lo + ?) - 1) as t(x)
                        where not pg_visible_in_snapshot(t.x::text::xid8, cast(? as pg_snapshot))
                          and pg_visible_in_snapshot(t.x::text::xid8, pg_current_snapshot())
                          and coalesce(pg_xact_status(t.x::text::xid8), 'committed') = 'committed'
                          and not exists (select 1 from audit_log a where a.tx_id = t.x))
                from b""", since, CHANGES_SPAN, since).coerce(DSL.field("span", Long.class),
                DSL.field("unexplained", Long.class)).fetchOne();
        if (span == null || span.value1() > CHANGES_SPAN || span.value2() > 0) {
            return Optional.empty();
        }
        return Optional.of(dsl.resultQuery("""
                select distinct entity, entity_id from audit_log
                where tx_id >= pg_snapshot_xmin(cast(? as pg_snapshot))::text::bigint
                  and not pg_visible_in_snapshot(tx_id::text::xid8, cast(? as pg_snapshot))""", since, since)
                .coerce(DSL.field("entity", String.class), DSL.field("entity_id", Long.class)).fetch());
    }

    /**
     * Has PostgreSQL gather the statistics its planner chooses by (ANALYZE), in the caller's transaction: after many
     * records were written at once (a copy into the database), before its own background pass would. Nothing on H2.
     */
    static void analyze(DSLContext tx) {
        if (engine(tx) == Engine.POSTGRESQL) {
            tx.execute("analyze");
        }
    }

    /**
     * Starts, on {@code c} (auto-commit off), a read-only transaction that sees the whole database at one point in
     * time: H2's SNAPSHOT (every table as of the transaction's first read), PostgreSQL's REPEATABLE READ (the same
     * there: one snapshot for the whole transaction). {@link #endSnapshot} sets the connection back.
     */
    static void beginSnapshot(Connection c, Engine engine) throws SQLException {
        if (engine == Engine.H2) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        } else {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
        }
    }

    static void endSnapshot(Connection c, Engine engine) throws SQLException {
        if (engine == Engine.H2) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        } else {
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /**
     * Tells the other copies of the app working on the same server that something changed (decision 3 of issue 35):
     * on PostgreSQL {@code pg_notify}, in the caller's transaction (delivered when it commits, never if it is undone);
     * on H2 nothing (one process).
     */
    public static void notifyChange(DSLContext tx, String channel, String payload) {
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            tx.resultQuery("select pg_notify(?, ?)", channel, payload).fetch();
        }
    }

    /** Starts listening on {@code channel} on a connection of its own (PostgreSQL; {@link Database#openListenConnection}). */
    public static void listen(Connection c, String channel) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + quoted(channel));
        }
    }

    /** The user the server knows the session as ({@code session_user}). */
    static String sessionUser(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select session_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
