package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

/** A database on a PostgreSQL server: opened, migrated, reopened, refused when not ours or newer. */
class ServerDatabaseTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void server() {
        PostgresTestServer.assumeAvailable();
    }

    @Test
    void migratesAnEmptyDatabaseAndReopensIt() {
        ServerAddress a = PostgresTestServer.newDatabase();
        long unit;
        try (Services s = Services.openServer(tmp.resolve("local"), a, PostgresTestServer.password(), LocalDate::now)) {
            assertEquals(Engine.POSTGRESQL, s.db().engine());
            assertEquals(a, s.db().server().orElseThrow());
            assertEquals(a.user(), s.db().sessionUser());
            List<String> versions = s.db().dsl()
                    .fetch("select \"version\" from \"flyway_schema_history\" where \"version\" is not null "
                            + "order by \"installed_rank\"").getValues(0, String.class);
            assertEquals(IntStream.rangeClosed(1, Database.LATEST_SCHEMA_VERSION).mapToObj(Integer::toString).toList(),
                    versions);
            unit = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", "VP", UnitKind.values()[0],
                    null, null)).id();
            assertEquals(a.user(), s.audit().actor());
        }
        // the local folder holds the lock and nothing of H2
        assertFalse(Files.exists(tmp.resolve("local").resolve("socongvu.mv.db")));
        try (Services s = Services.openServer(tmp.resolve("local"), a, PostgresTestServer.password(), LocalDate::now)) {
            assertEquals("Văn phòng HĐND và UBND", s.directory().unit(unit).orElseThrow().name());
            assertTrue(s.db().readSnapshot(d -> d.fetchCount(d.selectOne())) == 1);
        }
    }

    @Test
    void refusesADatabaseMadeByANewerRelease() {
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        PostgresTestServer.execute(a.database(), "insert into flyway_schema_history (installed_rank, version, "
                + "description, type, script, installed_by, execution_time, success) values (999, '"
                + (Database.LATEST_SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V99__future.sql', 'x', 1, true)");
        StorageException e = assertThrows(StorageException.class,
                () -> Services.openServer(tmp, a, PostgresTestServer.password(), LocalDate::now));
        assertEquals(StorageException.Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.userMessage().contains(a.toString()), e.userMessage());
    }

    @Test
    void refusesADatabaseOfAnotherProgramUntouched() {
        ServerAddress a = PostgresTestServer.newDatabase();
        PostgresTestServer.execute(a.database(), "create table khach_hang (id int primary key)");
        StorageException e = assertThrows(StorageException.class,
                () -> Services.openServer(tmp, a, PostgresTestServer.password(), LocalDate::now));
        assertEquals(StorageException.Reason.FOREIGN, e.reason());
        assertTrue(e.userMessage().contains("không phải của Sổ Công Vụ"), e.userMessage());
    }
}
