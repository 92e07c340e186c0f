package vn.socongvu;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.settings.CommuneSetup;

/** Opens real H2 files in a test's temporary folder. */
public final class TestServices {
    static {
        Main.quietLibraries();
    }

    private TestServices() {
    }

    public static Services empty(Path dir) {
        return Services.open(dir);
    }

    /** An empty folder whose "today" is fixed, for rules that depend on the date. */
    public static Services at(Path dir, LocalDate today) {
        return Services.open(dir, () -> today);
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
        Services s = Services.open(dir);
        s.demo().generate(DemoSize.SMALL, 3, LocalDate.now().getYear(), 2026, Progress.NONE);
        return s;
    }

    /**
     * A checksum of every row of every table (Flyway's history included), in key order: equal checksums,
     * identical data.
     */
    public static Map<String, String> checksums(Services s) throws Exception {
        Map<String, String> m = new TreeMap<>();
        List<String> tables = s.db().dsl().resultQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").fetch(0, String.class);
        for (String table : tables) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String order = table.equals("flyway_schema_history") ? "\"installed_rank\"" : "1";
            for (var r : s.db().dsl().fetch("select * from \"" + table + "\" order by " + order)) {
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
