package vn.socongvu.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.ServerAddress;

/**
 * Nhiệm vụ's lists on a shared server are kept while the server's data is unchanged (storage.SnapshotCache), and
 * never shown older than the data: another PC's change, this PC's own, and a list read inside a transaction.
 */
class ServerListCacheTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final TaskFilter YEAR = TaskFilter.year(2026, TODAY);
    @TempDir
    Path tmp;

    @Test
    void aListIsKeptUntilAnyPcChangesTheData() {
        PostgresTestServer.assumeAvailable();
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        try (Services one = PostgresTestServer.client(tmp.resolve("may-1"), a, TODAY);
             Services two = PostgresTestServer.client(tmp.resolve("may-2"), a, TODAY)) {
            long unit = one.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE,
                    null, null)).id();
            Task t = one.tasks().save(task("Rà soát hộ nghèo", unit));
            List<TaskRow> first = one.tasks().list(YEAR);
            assertEquals(1, first.size());
            assertSame(first, one.tasks().list(YEAR), "nothing changed: the list kept is given again");
            assertEquals(first, one.tasks().list(new TaskFilter(null, null, null, null, null, null, YEAR.from(),
                    YEAR.to(), TODAY)), "an equal filter, the same rows");

            // another PC reports progress: the next list reads it
            long occurrence = first.getFirst().occurrenceId();
            two.tasks().report(occurrence, TODAY, 40, "Đã rà soát 3 thôn", null);
            List<TaskRow> afterOther = one.tasks().list(YEAR);
            assertNotSame(first, afterOther);
            assertEquals(40, afterOther.getFirst().lastPercent());

            // this PC's own save: read again too
            one.tasks().save(task("Rà soát hộ cận nghèo", unit));
            assertEquals(2, one.tasks().list(YEAR).size());
            // a change made on the server with another program (psql) counts as well
            PostgresTestServer.execute(a.database(), "update task set content = 'Sửa ngoài ứng dụng' where id = " + t.id());
            assertTrue(one.tasks().list(YEAR).stream().anyMatch(r -> r.content().equals("Sửa ngoài ứng dụng")));

            // inside a transaction a list sees that transaction's own writes, not the list kept
            int inside = one.db().tx(d -> {
                one.tasks().save(task("Trong giao dịch", unit));
                return one.tasks().list(YEAR).size();
            });
            assertEquals(3, inside);
            assertEquals(3, two.tasks().list(YEAR).size());
        }
    }

    @Test
    void aKeptListIsBroughtUpToDateByReadingAgainOnlyTheTasksChanged() {
        PostgresTestServer.assumeAvailable();
        ServerAddress a = PostgresTestServer.newMigratedDatabase();
        try (Services one = PostgresTestServer.client(tmp.resolve("may-1"), a, TODAY);
             Services two = PostgresTestServer.client(tmp.resolve("may-2"), a, TODAY)) {
            long office = one.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null,
                    UnitKind.OFFICE, null, null)).id();
            long culture = one.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null,
                    UnitKind.DEPARTMENT, null, null)).id();
            Task progress = one.tasks().save(task("Rà soát hộ nghèo", office));
            Task edited = one.tasks().save(task("Rà soát hộ cận nghèo", office));
            Task untouched = one.tasks().save(task("Rà soát nhà tạm", culture));
            Task deleted = one.tasks().save(task("Rà soát đất công", office));
            TaskFilter text = YEAR.withText("ra soat ho");
            TaskFilter officeOnly = new TaskFilter(null, office, null, null, null, null, YEAR.from(), YEAR.to(), TODAY);
            List<TaskRow> year = one.tasks().list(YEAR);
            List<TaskRow> texts = one.tasks().list(text);
            List<TaskRow> offices = one.tasks().list(officeOnly);
            assertEquals(4, year.size());
            assertEquals(2, texts.size());
            assertEquals(3, offices.size());

            // another PC: progress on one task, another's content and lead unit changed (out of the text and of the
            // office's list), a new task, one deleted
            two.tasks().report(row(year, progress).occurrenceId(), TODAY, 40, "Đã rà soát 3 thôn", null);
            Task e = two.tasks().task(edited.id());
            two.tasks().save(new Task.Draft(e.id(), e.source(), e.planId(), e.parentId(), e.label(), e.group(),
                    "Kiểm tra hộ cận nghèo", culture, e.leadStaffId(), e.cooperatingUnitIds(), e.responsibility(),
                    e.authority(), e.expectedResult(), e.instructionRef(), e.assignedOn(), LocalDate.of(2026, 8, 14),
                    e.recurrence(), e.recurrenceUntil()));
            Task added = two.tasks().save(task("Rà soát hộ khó khăn", office));
            two.tasks().delete(deleted.id());

            List<TaskRow> yearNow = one.tasks().list(YEAR);
            List<TaskRow> textsNow = one.tasks().list(text);
            List<TaskRow> officesNow = one.tasks().list(officeOnly);
            try (Services fresh = PostgresTestServer.client(tmp.resolve("may-3"), a, TODAY)) {
                assertEquals(fresh.tasks().list(YEAR), yearNow, "the same rows, in the same order, as read whole");
                assertEquals(fresh.tasks().list(text), textsNow);
                assertEquals(fresh.tasks().list(officeOnly), officesNow);
            }
            assertEquals(40, row(yearNow, progress).lastPercent());
            assertEquals(LocalDate.of(2026, 8, 14), row(yearNow, edited).dueOn());
            assertEquals(List.of(progress.id(), added.id()), textsNow.stream().map(TaskRow::taskId).toList());
            assertEquals(List.of(progress.id(), added.id()), officesNow.stream().map(TaskRow::taskId).toList());
            assertTrue(yearNow.stream().noneMatch(r -> r.taskId() == deleted.id()));
            assertSame(row(year, untouched), row(yearNow, untouched),
                    "a task nobody changed keeps the row read before: only the tasks changed were read again");

            // a unit renamed changes rows of tasks not named by a task's audit row: the list is read whole
            two.directory().saveUnit(new Unit.Draft(culture, "Phòng Văn hóa và Xã hội", null, UnitKind.DEPARTMENT,
                    null, null));
            List<TaskRow> renamed = one.tasks().list(YEAR);
            assertNotSame(row(yearNow, untouched), row(renamed, untouched));
            assertEquals("Phòng Văn hóa và Xã hội", row(renamed, untouched).leadUnit());
        }
    }

    private static TaskRow row(List<TaskRow> rows, Task t) {
        return rows.stream().filter(r -> r.taskId() == t.id()).findFirst().orElseThrow();
    }

    private static Task.Draft task(String content, long unit) {
        return new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, unit, null, List.of(),
                null, null, null, "Công văn 125/UBND ngày 02/3/2026", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 9, 30), Recurrence.NONE, null);
    }
}
