package vn.socongvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.EngineSql;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/**
 * What changed on a shared server between two snapshots (AuditLog.changedSince, which a kept list is brought up to
 * date from): the records named by the audit rows of the transactions committed in between — also one under way when
 * the first snapshot was taken — nothing for a transaction rolled back, and "cannot be told" when something committed
 * without an audit row.
 */
class ServerChangesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;

    @Test
    void theRecordsChangedAreThoseTheAuditRowsCommittedSinceName() throws SQLException {
        PostgresTestServer.assumeAvailable();
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        try (Services one = PostgresTestServer.client(tmp.resolve("may-1"), a, TODAY);
             Services two = PostgresTestServer.client(tmp.resolve("may-2"), a, TODAY)) {
            long unit = one.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE,
                    null, null)).id();
            String start = version(one);
            assertEquals(Optional.of(List.of()), changed(one, start), "nothing committed since: nothing changed");

            Task t = two.tasks().save(task("Rà soát hộ nghèo", unit));
            two.tasks().report(two.tasks().occurrences(t.id()).getFirst().id(), TODAY, 30, "Đã rà soát 2 thôn", null);
            assertEquals(Optional.of(List.of(new AuditLog.Changed("task", t.id()))), changed(one, start),
                    "another PC's new task and its progress: that task, once");

            // a transaction under way when the snapshot is taken and committed after it: its rows count
            try (Connection c = PostgresTestServer.connect(a.database()); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                st.execute(audit("plan", 7));
                String during = version(one);
                c.commit();
                assertEquals(Optional.of(List.of(new AuditLog.Changed("plan", 7L))), changed(one, during));

                // one rolled back changed nothing
                String beforeRollback = version(one);
                st.execute(audit("plan", 8));
                c.rollback();
                assertEquals(Optional.of(List.of()), changed(one, beforeRollback));
            }

            // a change made with another program, without an audit row: what changed cannot be told
            String beforeOther = version(one);
            two.tasks().report(two.tasks().occurrences(t.id()).getFirst().id(), TODAY, 40, "Đã rà soát 3 thôn", null);
            PostgresTestServer.execute(a.database(), "update unit set name = 'Văn phòng' where id = " + unit);
            assertEquals(Optional.empty(), changed(one, beforeOther));
            String after = version(one);
            two.tasks().report(two.tasks().occurrences(t.id()).getFirst().id(), TODAY, 50, "Đã rà soát 4 thôn", null);
            assertEquals(Optional.of(List.of(new AuditLog.Changed("task", t.id()))), changed(one, after),
                    "from a snapshot after it, the app's changes are told again");
            assertTrue(one.db().readSnapshot(dsl -> one.audit().changedSince(dsl, start)).isEmpty(),
                    "from the first snapshot, the change without an audit row is still in between");
        }
    }

    private static String version(Services s) {
        return s.db().readSnapshot(EngineSql::snapshotVersion).orElseThrow();
    }

    private static Optional<List<AuditLog.Changed>> changed(Services s, String since) {
        return s.db().readSnapshot(dsl -> s.audit().changedSince(dsl, since));
    }

    /** An audit row as the app writes one (its transaction's id with it), by hand. */
    private static String audit(String entity, long id) {
        return "insert into audit_log (changed_at, actor, entity, entity_id, action, tx_id) values (localtimestamp, "
                + "'kiem-thu', '" + entity + "', " + id + ", 'UPDATE', pg_current_xact_id()::text::bigint)";
    }

    private static Task.Draft task(String content, long unit) {
        return new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, unit, null, List.of(),
                null, null, null, "Công văn 125/UBND ngày 02/3/2026", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 9, 30), Recurrence.NONE, null);
    }
}
