package vn.socongvu;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jooq.impl.DSL;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.EngineSql;
import vn.socongvu.storage.ServerAddress;

/**
 * Opens real databases for a test: H2 files in the test's temporary folder, or, when the tests run with
 * {@code -Dsocongvu.test.engine=postgresql}, a database of its own on the PostgreSQL test server
 * ({@link PostgresTestServer}) with the temporary folder as its local folder. The same folder opened again gives
 * the same database on either engine.
 */
public final class TestServices {
    public static final String ENGINE_PROPERTY = "socongvu.test.engine";
    private static final Map<Path, ServerAddress> SERVER_DATABASES = new HashMap<>();

    static {
        Main.quietLibraries();
    }

    private TestServices() {
    }

    /** Whether these tests run on PostgreSQL ({@code -Dsocongvu.test.engine=postgresql}). */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(ENGINE_PROPERTY, "h2").toLowerCase(Locale.ROOT));
    }

    public static Services empty(Path dir) {
        return open(dir, LocalDate::now);
    }

    /** An empty folder whose "today" is fixed, for rules that depend on the date. */
    public static Services at(Path dir, LocalDate today) {
        return open(dir, () -> today);
    }

    /** The data of {@code dir} on the engine the tests run on. */
    public static Services open(Path dir, Supplier<LocalDate> today) {
        if (!onPostgres()) {
            return Services.open(dir, today);
        }
        ServerAddress a;
        synchronized (SERVER_DATABASES) {
            a = SERVER_DATABASES.computeIfAbsent(dir.toAbsolutePath().normalize(),
                    d -> PostgresTestServer.newMigratedDatabase());
        }
        return Services.openServer(dir, a, PostgresTestServer.password(), today);
    }

    /**
     * A folder whose "today" is fixed, set up as the UI flows use it: xã Bình Thành, tỉnh Thái Nguyên, its
     * chairman and one vice-chairman, the typical units added.
     */
    public static Services binhThanh(Path dir, LocalDate today) {
        Services s = at(dir, today);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null,
                "Nguyễn Văn Hùng", List.of("Hoàng Thị Thu Hà"), true));
        return s;
    }

    public static Services demo(Path dir) {
        Services s = empty(dir);
        s.demo().generate(DemoSize.SMALL, 3, LocalDate.now().getYear(), 2026, Progress.NONE);
        return s;
    }

    /**
     * A checksum of every row of every table (Flyway's history included), in key order: equal checksums,
     * identical data.
     */
    public static Map<String, String> checksums(Services s) throws Exception {
        Map<String, String> m = new TreeMap<>();
        List<String> tables = EngineSql.tables(s.db().dsl(), s.db().engine());
        for (String table : tables) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String order = table.equals("flyway_schema_history") ? "\"installed_rank\"" : "1";
            for (var r : s.db().dsl().fetch("select * from " + s.db().dsl().render(DSL.table(DSL.name(table)))
                    + " order by " + order)) {
                md.update(r.formatCSV(false).getBytes(StandardCharsets.UTF_8));
            }
            m.put(table, HexFormat.of().formatHex(md.digest()));
        }
        return m;
    }

    /** {@link #checksums} of the records only: Flyway's history (when the schema was built) left out. */
    public static Map<String, String> recordChecksums(Services s) throws Exception {
        Map<String, String> m = checksums(s);
        m.remove("flyway_schema_history");
        return m;
    }
}
