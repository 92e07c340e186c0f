package vn.socongvu.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

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
     * The session settings of every connection the app makes to a PostgreSQL server (the driver's {@code options}):
     * no JIT compilation. The app's queries are short (a list, a year's figures); PostgreSQL's JIT, chosen by cost
     * on the ten-year data, spent 80 of the year's task list's 190 ms compiling it, on every run.
     */
    static final String SERVER_SESSION_OPTIONS = "-c jit=off";

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
     * Starts, on {@code c} (auto-commit off), a read-only transaction that sees the whole database at one point in
     * time: H2's SNAPSHOT (every table as of the transaction's first read), PostgreSQL's REPEATABLE READ (the same
     * there: one snapshot for the whole transaction). {@link #endSnapshot} sets the connection back.
     */
    /**
     * What identifies the data a snapshot read ({@link Database#readSnapshot}) sees, as its first statement: on
     * PostgreSQL the transaction's snapshot (its xmin, xmax and the transactions in progress), which every commit or
     * rollback of a transaction that wrote changes, so two reads with the same one see the same data. Empty on H2
     * (one process owns the file: nothing to tell apart).
     */
    static Optional<String> snapshotVersion(DSLContext dsl) {
        return engine(dsl) == Engine.H2 ? Optional.empty()
                : Optional.of(String.valueOf(dsl.fetchValue("select pg_current_snapshot()::text")));
    }

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
