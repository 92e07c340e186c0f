package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

/** The one place of engine-specific SQL, on both engines. */
class EngineSqlTest {
    @TempDir
    Path tmp;

    @Test
    void onH2() throws Exception {
        try (Services s = Services.open(tmp.resolve("h2"), LocalDate::now)) {
            assertEquals(Engine.H2, s.db().engine());
            assertEquals(Optional.empty(), s.db().server());
            assertEquals(System.getProperty("user.name"), s.db().sessionUser());
            assertEquals(Optional.empty(), s.db().openListenConnection());
            sameOnEither(s);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        PostgresTestServer.assumeAvailable();
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        try (Services s = Services.openServer(tmp.resolve("pg"), a, PostgresTestServer.password(), LocalDate::now)) {
            assertEquals(Engine.POSTGRESQL, s.db().engine());
            sameOnEither(s);
            // every connection of the pool runs without PostgreSQL's JIT (it cost the year's list 80 of 190 ms)
            assertEquals("off", s.db().dsl().fetchValue("show jit"));
            assertEquals("off", s.db().tx(d -> d.fetchValue("show jit")));
            // a notification is delivered at commit, to a listening connection of its own
            try (Connection listen = s.db().openListenConnection().orElseThrow()) {
                EngineSql.listen(listen, "socongvu_changes");
                s.db().txRun(d -> EngineSql.notifyChange(d, "socongvu_changes", "may-1:task"));
                PGNotification[] got = listen.unwrap(PGConnection.class).getNotifications(5000);
                assertNotNull(got);
                assertEquals("may-1:task", got[0].getParameter());
                // undone: never delivered
                try {
                    s.db().txRun(d -> {
                        EngineSql.notifyChange(d, "socongvu_changes", "may-1:plan");
                        throw new IllegalStateException("undone");
                    });
                } catch (IllegalStateException expected) {
                    // the transaction was rolled back
                }
                PGNotification[] none = listen.unwrap(PGConnection.class).getNotifications(300);
                assertTrue(none == null || none.length == 0, "a rolled-back change is not announced");
            }
        }
    }

    /** Names, types and the identity restart read and work the same on both engines. */
    private static void sameOnEither(Services s) {
        List<String> tables = EngineSql.tables(s.db().dsl(), s.db().engine());
        assertTrue(tables.contains("TASK") && tables.contains("UNIT") && tables.contains("flyway_schema_history"),
                tables.toString());
        TableMeta unit = TableMeta.read(s.db().dsl()).stream().filter(t -> t.name().equals("UNIT")).findFirst()
                .orElseThrow();
        assertEquals("ID", unit.identity().orElseThrow().name());
        assertEquals(List.of("ID"), unit.primaryKey());
        assertEquals(TableMeta.Type.VARCHAR, unit.columns().get(unit.indexOf("NAME")).type());
        TableMeta audit = TableMeta.read(s.db().dsl()).stream().filter(t -> t.name().equals("AUDIT_LOG")).findFirst()
                .orElseThrow();
        assertEquals(TableMeta.Type.TIMESTAMP, audit.columns().get(audit.indexOf("CHANGED_AT")).type());
        TableMeta task = TableMeta.read(s.db().dsl()).stream().filter(t -> t.name().equals("TASK")).findFirst()
                .orElseThrow();
        assertTrue(task.references().stream().anyMatch(r -> r.selfReference(task) && r.columns().equals(List.of(
                "PARENT_ID"))), task.references().toString());
        // the next id after a restart is the one given
        s.db().txRun(d -> EngineSql.restartIdentity(d, s.db().engine(), "UNIT", "ID", 500));
        Unit u = s.directory().saveUnit(new Unit.Draft(null, "Sau khởi động lại", null, UnitKind.OTHER, null, null));
        assertEquals(500, u.id());
    }
}
