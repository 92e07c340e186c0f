package vn.socongvu.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import vn.socongvu.Main;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

/**
 * Run by {@link RecoveryTest} as a separate process: saves one unit (a confirmed change), then writes a large
 * transaction and stops dead ({@code Runtime.halt}, as a kill or a power cut) {@code args[2]} ms into its commit.
 */
public final class LargeCommitChild {
    private LargeCommitChild() {
    }

    public static void main(String[] args) throws Exception {
        Main.quietLibraries();
        int rows = Integer.parseInt(args[1]);
        long delay = Long.parseLong(args[2]);
        Services s = Services.open(Path.of(args[0]));
        s.directory().saveUnit(new Unit.Draft(null, "Đơn vị đã lưu", null, UnitKind.OTHER, null, null));
        System.out.println("SAVED");
        try (Connection c = s.db().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS \"CRASH_TEST_ROWS\" (\"ID\" BIGINT PRIMARY KEY, \"TEXT\" VARCHAR(1000))");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"CRASH_TEST_ROWS\" VALUES (?, ?)")) {
                String text = "x".repeat(200);
                for (int i = 0; i < rows; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, text + i);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException ignored) {
                    // halt anyway
                }
                Runtime.getRuntime().halt(9);
            });
            killer.setDaemon(true);
            killer.start();
            c.commit();
            System.out.println("COMMITTED");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
