package vn.socongvu.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import vn.socongvu.Main;
import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;

/**
 * The benchmarks' data on PostgreSQL: the ten-year busy commune of {@link BenchData} copied once ({@link ServerCopy},
 * as {@code copy-to-server} does) into the database {@value #DATABASE} of the test server ({@link PostgresTestServer},
 * {@code SOCONGVU_TEST_POSTGRES}). The copy is marked done by a comment on the database: a database without it (a
 * copy interrupted) is dropped and copied again. Each client opens it with a local folder of its own.
 */
final class ServerBenchData {
    static final String DATABASE = "socongvu_bench_busy10";
    private static final String DONE = "socongvu bench: ten busy years, copied whole";

    private ServerBenchData() {
    }

    /** The bench database, copied first if it is not there yet. */
    static synchronized ServerAddress address() {
        Main.quietLibraries();
        ServerAddress admin = PostgresTestServer.admin();
        try (Connection c = PostgresTestServer.connect(admin.database())) {
            if (!copied(c)) {
                try (var st = c.createStatement()) {
                    st.execute("drop database if exists " + DATABASE + " with (force)");
                    st.execute("create database " + DATABASE);
                }
                ServerAddress target = admin.withDatabase(DATABASE);
                Path source = BenchData.made();
                Instant start = Instant.now();
                try (Services from = Services.openForReading(source); Services to = open(target, 0)) {
                    ServerCopy.Summary s = ServerCopy.copy(from.db(), to.db(), Progress.NONE);
                    System.out.printf("Copied %,d records of %d tables to %s in %.1f s%n",
                            s.counts().values().stream().mapToLong(Long::longValue).sum(), s.counts().size(), target,
                            Duration.between(start, Instant.now()).toMillis() / 1000.0);
                }
                try (var st = c.createStatement()) {
                    st.execute("comment on database " + DATABASE + " is '" + DONE + "'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return admin.withDatabase(DATABASE);
    }

    /** The bench database opened for client {@code n} (its own local folder and connection pool). */
    static Services open(ServerAddress address, int n) {
        Path local = Path.of(System.getProperty("socongvu.bench.data", "target/bench-data/busy-10"))
                .resolveSibling("server-client-" + n);
        return Services.openServer(local, address, PostgresTestServer.password(), LocalDate::now);
    }

    private static boolean copied(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select shobj_description(oid, 'pg_database') from pg_database where datname = ?")) {
            ps.setString(1, DATABASE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && DONE.equals(rs.getString(1));
            }
        }
    }
}
