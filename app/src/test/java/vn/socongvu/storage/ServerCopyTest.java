package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.task.TaskFilter;

/** A demo commune copied from H2 onto a server database and back, checked whole; refused or undone when it must be. */
class ServerCopyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path tmp;

    @BeforeAll
    static void demoCommune() {
        demo = shared.resolve("demo");
        try (Services s = Services.open(demo, () -> TODAY)) {
            s.demo().generate(DemoSize.SMALL, 2, 2026, 2026, Progress.NONE);
        }
    }

    @BeforeEach
    void server() {
        PostgresTestServer.assumeAvailable();
    }

    @AfterEach
    void noHook() {
        ServerCopy.afterTable = (dst, t) -> { };
    }

    @Test
    void aDemoCommuneArrivesWholeOnTheServerAndComesBackTheSame() {
        Map<String, String> original;
        ServerCopy.Summary summary;
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        try (Services from = Services.open(demo, () -> TODAY);
             Services to = onServer(a)) {
            original = ServerCopy.checksums(from.db());
            summary = ServerCopy.copy(from.db(), to.db(), Progress.NONE);
            assertEquals(original, ServerCopy.checksums(to.db()));
            // counts: every table, as the source has them, and a demo has thousands of records
            Map<String, Long> counts = new LinkedHashMap<>();
            original.forEach((t, c) -> counts.put(t, Long.parseLong(c.substring(0, c.indexOf(':')))));
            assertEquals(counts, summary.counts());
            assertTrue(summary.total() > 1000, "a demo commune: " + summary.total());
            // the services read the same on the server
            assertEquals(from.tasks().list(TaskFilter.year(2026, TODAY)), to.tasks().list(TaskFilter.year(2026, TODAY)));
            // new records continue after the copied ids
            long maxUnit = to.db().dsl().resultQuery("select max(id) from unit").fetchOne(0, Long.class);
            Unit u = to.directory().saveUnit(new Unit.Draft(null, "Đơn vị mới", "ĐVM", UnitKind.OFFICE, null, null));
            assertTrue(u.id() > maxUnit, u.id() + " after " + maxUnit);
        }
        // and back into a new H2 folder (moving back from the server)
        try (Services from = onServer(a); Services back = Services.open(tmp.resolve("back"), () -> TODAY)) {
            ServerCopy.copy(from.db(), back.db(), Progress.NONE);
            Map<String, String> again = ServerCopy.checksums(back.db());
            assertEquals(ServerCopy.checksums(from.db()), again);
            assertNotEquals(original.get("unit"), again.get("unit"), "the unit added on the server came back too");
            again.remove("unit");
            again.remove("audit_log");
            original.remove("unit");
            original.remove("audit_log");
            assertEquals(original, again);
        }
    }

    @Test
    void aTargetHoldingARecordIsRefusedUntouched() {
        try (Services from = Services.open(demo, () -> TODAY);
             Services to = onServer(PostgresTestServer.newMigratedDatabase())) {
            to.directory().saveUnit(new Unit.Draft(null, "Đã có", "ĐC", UnitKind.OFFICE, null, null));
            Map<String, String> before = ServerCopy.checksums(to.db());
            StorageException e = assertThrows(StorageException.class,
                    () -> ServerCopy.copy(from.db(), to.db(), Progress.NONE));
            assertEquals(StorageException.Reason.NOT_EMPTY, e.reason());
            assertTrue(e.userMessage().contains("đã có dữ liệu"), e.userMessage());
            assertTrue(e.userMessage().contains(to.db().server().orElseThrow().toString()), e.userMessage());
            assertEquals(before, ServerCopy.checksums(to.db()));
        }
    }

    @Test
    void aFailureMidwayLeavesNothingAndTheCopyCanBeMadeAgain() {
        try (Services from = Services.open(demo, () -> TODAY);
             Services to = onServer(PostgresTestServer.newMigratedDatabase())) {
            Map<String, String> empty = ServerCopy.checksums(to.db());
            List<TableMeta> tables = from.db().readSnapshot(TableMeta::read);
            String fifth = tables.get(4).name();
            ServerCopy.afterTable = (dst, t) -> {
                if (t.equals(fifth)) {
                    throw new IllegalStateException("cut midway");
                }
            };
            assertThrows(IllegalStateException.class, () -> ServerCopy.copy(from.db(), to.db(), Progress.NONE));
            assertEquals(empty, ServerCopy.checksums(to.db()), "nothing of the broken copy is left");
            ServerCopy.afterTable = (dst, t) -> { };
            ServerCopy.copy(from.db(), to.db(), Progress.NONE);
            assertEquals(ServerCopy.checksums(from.db()), ServerCopy.checksums(to.db()));
        }
    }

    @Test
    void aCopyThatDoesNotReadBackTheSameIsUndone() {
        try (Services from = Services.open(demo, () -> TODAY);
             Services to = onServer(PostgresTestServer.newMigratedDatabase())) {
            Map<String, String> empty = ServerCopy.checksums(to.db());
            // one character of one task's name changed after it was written: only the check can see it
            ServerCopy.afterTable = (dst, t) -> {
                if (t.equals("TASK")) {
                    dst.execute("update task set content = content || '.' where id = (select min(id) from task)");
                }
            };
            StorageException e = assertThrows(StorageException.class,
                    () -> ServerCopy.copy(from.db(), to.db(), Progress.NONE));
            assertTrue(e.userMessage().startsWith("Bản chép không khớp với dữ liệu gốc ở bảng task"), e.userMessage());
            assertEquals(empty, ServerCopy.checksums(to.db()));
        }
    }

    @Test
    void aNewDatabaseHoldsRowsOnlyInTheTablesTheMigrationsFill() {
        try (Services h2 = Services.open(tmp.resolve("h2"), () -> TODAY);
             Services pg = onServer(PostgresTestServer.newDatabase())) {
            for (Services s : List.of(h2, pg)) {
                Set<String> filled = s.db().readSnapshot(dsl -> filled(dsl));
                assertEquals(new TreeSet<>(ServerCopy.FILLED_BY_MIGRATIONS), filled, s.db().engine().toString());
            }
        }
    }

    private static Set<String> filled(DSLContext dsl) {
        Set<String> filled = new TreeSet<>();
        for (TableMeta t : TableMeta.read(dsl)) {
            if (dsl.fetchExists(DSL.selectOne().from(t.table()))) {
                filled.add(t.name());
            }
        }
        return filled;
    }

    private Services onServer(ServerAddress a) {
        return Services.openServer(tmp.resolve("local-" + a.database()), a, PostgresTestServer.password(), () -> TODAY);
    }
}
