package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;

/**
 * On PostgreSQL every foreign key has an index that leads with its columns, as H2 makes them by itself: without
 * them the task list read every progress row once per row (docs/performance.md, row 11).
 */
class ForeignKeyIndexTest {
    @TempDir
    Path tmp;

    @Test
    void aServerDatabaseMigratedHasAnIndexForEveryForeignKey() throws Exception {
        ServerAddress a = PostgresTestServer.newDatabase();
        try (DataFolder folder = DataFolder.open(tmp); Database db = Database.openServer(folder, a,
                PostgresTestServer.password())) {
            assertEquals(Engine.POSTGRESQL, db.engine());
        }
        try (Connection c = PostgresTestServer.connect(a.database()); Statement st = c.createStatement()) {
            List<String> missing = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(EngineSql.FOREIGN_KEYS_WITHOUT_INDEX)) {
                while (rs.next()) {
                    missing.add(rs.getString(1));
                }
            }
            assertEquals(List.of(), missing);
            try (ResultSet rs = st.executeQuery("select count(*) from pg_indexes where indexname in "
                    + "('fkx_task_progress_occurrence_id', 'fkx_task_parent_id', 'fkx_task_cooperator_unit_id')")) {
                rs.next();
                assertEquals(3, rs.getInt(1), "the task list's own: the last progress, the children, the cooperators");
            }
        }
    }
}
