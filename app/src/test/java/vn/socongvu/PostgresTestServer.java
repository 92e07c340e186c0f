package vn.socongvu;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import vn.socongvu.app.Services;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.EngineSql;
import vn.socongvu.storage.ServerAddress;

/**
 * The PostgreSQL server of the tests: a throwaway cluster started by {@code app/src/test/postgres/test-server.sh}
 * (README, Tests), found through {@code SOCONGVU_TEST_POSTGRES} (an address of its {@code postgres} database and a
 * login that may create databases and roles; its password, if any, in {@code SOCONGVU_TEST_POSTGRES_PASSWORD}).
 * Every call to {@link #newDatabase} gives a database of its own, dropped when the tests end. Without the variable
 * the tests that need the server are skipped, saying so — unless {@code SOCONGVU_TEST_POSTGRES_REQUIRED=1} (CI):
 * then they fail.
 */
public final class PostgresTestServer {
    public static final String ENV = "SOCONGVU_TEST_POSTGRES";
    public static final String REQUIRED_ENV = "SOCONGVU_TEST_POSTGRES_REQUIRED";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String PREFIX = "sctest_" + ProcessHandle.current().pid() + "_";
    private static final List<String> CREATED = new ArrayList<>();
    private static String template;

    static {
        Main.quietLibraries();
    }

    private PostgresTestServer() {
    }

    /** Whether the test server is configured. */
    public static boolean available() {
        String v = System.getenv(ENV);
        return v != null && !v.isBlank();
    }

    /** Skips the calling test when no test server is configured, or fails it when one is required. */
    public static void assumeAvailable() {
        if (!available() && "1".equals(System.getenv(REQUIRED_ENV))) {
            fail(ENV + " is not set but " + REQUIRED_ENV + "=1: start the test server "
                    + "(app/src/test/postgres/test-server.sh start) and export its address");
        }
        assumeTrue(available(), ENV + " is not set: PostgreSQL tests skipped (start the test server with "
                + "app/src/test/postgres/test-server.sh start and export " + ENV + ")");
    }

    /** The administrator's address on the test server (its {@code postgres} database). */
    public static ServerAddress admin() {
        assumeAvailable();
        return ServerAddress.parse(System.getenv(ENV));
    }

    /** The password of {@link #admin} (empty: the test server trusts local connections). */
    public static char[] password() {
        String p = System.getenv("SOCONGVU_TEST_POSTGRES_PASSWORD");
        return p == null ? new char[0] : p.toCharArray();
    }

    /**
     * One PC of the office on {@code database} as the administrator: the app's services with a local folder of its
     * own ({@code localDir}) and the day {@code today}.
     */
    public static Services client(Path localDir, ServerAddress database, LocalDate today) {
        return Services.openServer(localDir, database, password(), () -> today);
    }

    /** A new, empty database (no table), for the administrator's login. */
    public static ServerAddress newDatabase() {
        return create(null);
    }

    /**
     * A new database holding the app's schema and no record, copied from one migrated once per test run: much
     * faster than migrating each (what {@link TestServices} gives on PostgreSQL).
     */
    public static synchronized ServerAddress newMigratedDatabase() {
        if (template == null) {
            ServerAddress t = create(null);
            try {
                Path dir = Files.createTempDirectory("socongvu-pg-template");
                try (DataFolder folder = DataFolder.open(dir); Database db = Database.openServer(folder, t, password())) {
                    db.engine(); // migrated by opening; closing ends every connection, as a template needs
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            template = t.database();
        }
        return create(template);
    }

    /** Runs SQL on {@code database} as the administrator (roles, grants, breaking things on purpose). */
    public static void execute(String database, String... statements) {
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain JDBC connection to {@code database} as the administrator. */
    public static Connection connect(String database) throws SQLException {
        ServerAddress a = admin().withDatabase(database);
        Properties p = new Properties();
        p.setProperty("user", a.user());
        p.setProperty("password", new String(password()));
        return DriverManager.getConnection(a.jdbcUrl(), p);
    }

    private static synchronized ServerAddress create(String from) {
        ServerAddress admin = admin();
        String name = PREFIX + COUNT.incrementAndGet();
        if (CREATED.isEmpty()) {
            dropLeftovers();
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestServer::dropAll));
        }
        execute(admin.database(), "create database " + name + (from == null ? "" : " template " + from));
        CREATED.add(name);
        return admin.withDatabase(name);
    }

    /**
     * The databases of earlier test runs whose process is gone (a run killed, or ended before its shutdown hook
     * dropped them): dropped, so that a developer's test server does not fill up. Runs of other processes alive
     * now (two builds at once) keep theirs.
     */
    private static void dropLeftovers() {
        try (Connection c = connect(admin().database()); Statement st = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select datname from pg_database where datname like 'sctest\\_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String name : old) {
                String[] parts = name.split("_");
                if (parts.length == 3 && parts[1].matches("[0-9]+")
                        && ProcessHandle.of(Long.parseLong(parts[1])).isEmpty()) {
                    try {
                        st.execute("drop database if exists " + name + " with (force)");
                    } catch (SQLException ignored) {
                        // another run dropped it, or it is the template of one: left for later
                    }
                }
            }
            // the accounts' group roles of those databases (EngineSql.groupName: "<database>_<role>")
            List<String> groups = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select rolname from pg_roles where rolname like 'sctest\\_%' "
                    + "and not exists (select 1 from pg_database where rolname like datname || '\\_%')")) {
                while (rs.next()) {
                    groups.add(rs.getString(1));
                }
            }
            for (String group : groups) {
                String[] parts = group.split("_");
                if (parts.length > 2 && parts[1].matches("[0-9]+")
                        && ProcessHandle.of(Long.parseLong(parts[1])).isEmpty()) {
                    dropRole(st, group);
                }
            }
        } catch (SQLException ignored) {
            // nothing dropped: the tests still get new databases
        }
    }

    private static void dropRole(Statement st, String role) {
        try {
            st.execute("drop role if exists \"" + role + "\"");
        } catch (SQLException ignored) {
            // still holding a right in a database of another run: left for later
        }
    }

    private static synchronized void dropAll() {
        try (Connection c = connect(admin().database()); Statement st = c.createStatement()) {
            for (String name : CREATED.reversed()) { // the template last: the others were made from it
                try {
                    st.execute("drop database if exists " + name + " with (force)");
                } catch (SQLException ignored) {
                    // left to test-server.sh stop, which throws the cluster away as a whole
                }
            }
            for (String name : CREATED) { // the accounts' groups of each, once no database holds a right of theirs
                for (String role : EngineSql.GROUPS) {
                    dropRole(st, EngineSql.groupName(name, role));
                }
            }
        } catch (SQLException | RuntimeException ignored) {
            // the cluster is thrown away as a whole by test-server.sh stop
        }
    }
}
