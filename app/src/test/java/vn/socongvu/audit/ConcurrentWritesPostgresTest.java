package vn.socongvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.TestTasks;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.plan.Plan;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/**
 * Writes that are not a form's save, on one PostgreSQL database from two clients (two PCs) at once (issue 35): each
 * locks what it changes or checks the record's mark, so none interleaves silently with the other client's. The
 * interleaving is forced: a third connection holds a lock until both clients wait behind it.
 */
class ConcurrentWritesPostgresTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;
    ServerAddress db;
    Services pc1;
    Services pc2;
    long unit;
    final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void twoClients() {
        PostgresTestServer.assumeAvailable();
        db = PostgresTestServer.newMigratedDatabase();
        pc1 = Services.openServer(tmp.resolve("pc1"), db, PostgresTestServer.password(), () -> TODAY);
        pc2 = Services.openServer(tmp.resolve("pc2"), db, PostgresTestServer.password(), () -> TODAY);
        unit = pc1.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT,
                null, null)).id();
    }

    @AfterEach
    void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        if (pc1 != null) {
            pc1.close();
        }
        if (pc2 != null) {
            pc2.close();
        }
    }

    @Test
    void twoClientsMovingInTheSameListAtOnceBothMovesCount() throws Exception {
        long plan = plan(pc1);
        long a = task(pc1, plan, "A");
        long b = task(pc1, plan, "B");
        long c = task(pc1, plan, "C");
        Future<?> up;
        Future<?> down;
        try (Connection admin = PostgresTestServer.connect(db.database())) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                st.execute("select id from task where id = " + c + " for update");
            }
            up = threads.submit(() -> pc1.tasks().move(c, true)); // A C B
            waitForWaiting(1);
            down = threads.submit(() -> pc2.tasks().move(a, false)); // then C A B, from what pc1 left
            waitForWaiting(2);
            admin.rollback();
        }
        up.get(30, TimeUnit.SECONDS);
        down.get(30, TimeUnit.SECONDS);
        List<Task> tasks = pc1.tasks().planTasks(plan);
        assertEquals(List.of("C", "A", "B"), tasks.stream().map(Task::content).toList(),
                "the second move was made on the list the first one left");
        assertEquals(3, tasks.stream().map(Task::position).distinct().count(), "no two tasks share a place");
        assertEquals(List.of(c, a, b), tasks.stream().map(Task::id).toList());
    }

    @Test
    void aDeleteRacingAnEditWaitsAndThenAsksInsteadOfLosingTheEdit() throws Exception {
        long plan = plan(pc1);
        Task t = pc1.tasks().task(task(pc1, plan, "Treo băng rôn"));
        long listMark = pc1.tasks().listMark(); // pc1's list shows the task as it is now
        long theirMark = pc2.tasks().mark(t.id());
        Future<?> edit;
        Future<?> delete;
        try (Connection admin = PostgresTestServer.connect(db.database())) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                st.execute("select id from task where id = " + t.id() + " for update");
            }
            edit = threads.submit(() -> pc2.tasks().save(TestTasks.withContent(t, "Treo băng rôn, khẩu hiệu"), theirMark));
            waitForWaiting(1);
            delete = threads.submit(() -> pc1.tasks().delete(t.id(), listMark));
            waitForWaiting(2);
            admin.rollback();
        }
        edit.get(30, TimeUnit.SECONDS);
        ExecutionException refused = assertThrows(ExecutionException.class, () -> delete.get(30, TimeUnit.SECONDS));
        EditConflictException conflict = assertInstanceOf(EditConflictException.class, refused.getCause());
        assertEquals(List.of("task.field.content"), List.copyOf(conflict.changedFields()));
        assertEquals("Treo băng rôn, khẩu hiệu", pc1.tasks().task(t.id()).content(), "the edit is kept");
        pc1.tasks().delete(t.id(), conflict.latestMark()); // the clerk, asked, deletes it anyway
        assertTrue(pc2.tasks().planTasks(plan).isEmpty());
        assertEquals(1, pc2.trash().items().size());
    }

    @Test
    void addingATaskToAPlanAnotherClientDeletedSaysSoInVietnamese() {
        long plan = plan(pc1);
        pc2.plans().remove(plan, pc2.plans().mark(plan));
        ValidationException e = assertThrows(ValidationException.class, () -> task(pc1, plan, "Treo băng rôn"));
        assertEquals("Kế hoạch này vừa bị xóa (có thể ở máy khác), nên nhiệm vụ chưa được thêm. Hãy tải lại danh "
                + "sách kế hoạch.", e.userMessage());
        assertTrue(pc1.tasks().planTasks(plan).isEmpty());
    }

    @Test
    void aTaskAddedWhileAnotherClientDeletesThePlanGoesWithItIntoTheTrash() throws Exception {
        long plan = plan(pc1);
        Future<?> remove;
        Future<Long> add;
        try (Connection admin = PostgresTestServer.connect(db.database())) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                st.execute("select id from plan where id = " + plan + " for update");
            }
            add = threads.submit(() -> task(pc1, plan, "Treo băng rôn"));
            waitForWaiting(1);
            remove = threads.submit(() -> pc2.plans().remove(plan, pc2.plans().mark(plan)));
            waitForWaiting(2);
            admin.rollback();
        }
        long added = add.get(30, TimeUnit.SECONDS);
        remove.get(30, TimeUnit.SECONDS);
        assertTrue(pc1.plans().plans(2026, true).isEmpty());
        pc1.trash().restore(pc1.trash().items().getFirst().id());
        assertEquals(List.of(added), pc1.tasks().planTasks(plan).stream().map(Task::id).toList(),
                "the task added first was kept with the plan, not left without it");
    }

    @Test
    void aReadWhoseConnectionIsCutSaysSoInVietnamese() throws Exception {
        Future<List<Unit>> read;
        try (Connection admin = PostgresTestServer.connect(db.database())) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                st.execute("lock table unit in access exclusive mode");
            }
            read = threads.submit(() -> pc1.directory().units()); // a screen's read, outside any transaction
            waitForWaiting(1);
            try (Connection other = PostgresTestServer.connect(db.database());
                 Statement st = other.createStatement()) {
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + db.database()
                        + "' and wait_event_type = 'Lock'");
            }
            admin.rollback();
        }
        ExecutionException failed = assertThrows(ExecutionException.class, () -> read.get(30, TimeUnit.SECONDS));
        StorageException e = assertInstanceOf(StorageException.class, failed.getCause(), failed.getCause().toString());
        assertEquals(StorageException.Reason.CONNECTION_LOST, e.reason());
        assertTrue(e.userMessage().startsWith("Mất kết nối với máy chủ cơ sở dữ liệu localhost:"), e.userMessage());
        assertEquals(1, pc1.directory().units().size(), "the next read gets a working connection again");
    }

    @Test
    void theReportsFormMarkCoversTheTextsItShowsWhenAChangeLandsDuringTheRead() throws Exception {
        ReportPeriod period = ReportPeriod.of(ReportKind.YEAR, 2026);
        Report saved = pc2.reports().save(withText(pc2.reports().open(period), ReportPart.HIGHLIGHTS, "Của tôi."),
                null);
        Future<ReportService.Opened> opening;
        try (Connection admin = PostgresTestServer.connect(db.database())) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                // another client's save, made while pc1's form reads the report
                st.execute("lock table audit_log in access exclusive mode");
                st.execute("update report set highlights = 'Của họ.' where id = " + saved.id());
                st.execute("insert into audit_log (changed_at, actor, entity, entity_id, action, field_name, "
                        + "old_value, new_value) values (localtimestamp(0), 'pc2', 'report', " + saved.id()
                        + ", 'UPDATE', '" + ReportPart.HIGHLIGHTS.labelKey() + "', 'Của tôi.', 'Của họ.')");
            }
            opening = threads.submit(() -> pc1.reports().openForEditing(period));
            waitForWaiting(1);
            admin.commit();
        }
        ReportService.Opened opened = opening.get(30, TimeUnit.SECONDS);
        assertEquals("Của họ.", opened.report().narrative().text(ReportPart.HIGHLIGHTS),
                "the texts shown are those the mark covers");
        pc1.reports().save(withText(opened.report(), ReportPart.SHORTCOMINGS, "Còn chậm."), opened.mark());
        Report now = pc2.reports().open(period);
        assertEquals("Của họ.", now.narrative().text(ReportPart.HIGHLIGHTS), "their change is not overwritten");
        assertEquals("Còn chậm.", now.narrative().text(ReportPart.SHORTCOMINGS));
    }

    private static Report.Draft withText(Report r, ReportPart part, String text) {
        Report.Draft d = ReportService.draft(r);
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        parts.putAll(d.narrative().parts());
        parts.put(part, text);
        return new Report.Draft(d.period(), new Report.Narrative(parts), d.tthc(), d.signerId());
    }

    private static long plan(Services s) {
        return s.plans().save(new Plan.Draft(null, 2026, "Kế hoạch tuyên truyền", List.of(), null, List.of(), null))
                .id();
    }

    private long task(Services s, long plan, String content) {
        return s.tasks().save(new Task.Draft(null, TaskSource.PLAN, plan, null, null, false, content, unit, null,
                List.of(), null, null, null, null, TODAY, TODAY.plusDays(20), Recurrence.NONE, null)).id();
    }

    /** Waits until {@code n} sessions of the database wait for a lock (the clients queued behind the holder). */
    private void waitForWaiting(int n) throws SQLException, InterruptedException {
        List<Integer> seen = new ArrayList<>();
        try (Connection c = PostgresTestServer.connect(db.database());
             PreparedStatement st = c.prepareStatement("select count(*) from pg_stat_activity where datname = ? "
                     + "and wait_event_type = 'Lock'")) {
            st.setString(1, db.database());
            for (int i = 0; i < 300; i++) {
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    seen.add(rs.getInt(1));
                    if (rs.getInt(1) >= n) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("sessions waiting for a lock: " + seen.getLast() + ", expected " + n);
    }
}
