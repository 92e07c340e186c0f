package vn.socongvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;

/**
 * Several clients (each its own {@link Services} on one PostgreSQL database, as several PCs) editing and completing
 * the same tasks at once (issue 35): no update is lost — every save accepted is in the final data and in the audit —
 * every save refused is refused as an edit conflict, and every client hears of the others' changes.
 */
class ConcurrentEditsPostgresTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final int CLIENTS = 4;
    static final int TASKS = 3;
    static final int ROUNDS = 20;
    @TempDir
    Path tmp;
    final List<Services> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(Services::close);
    }

    /** One write accepted: which task, by whom, and the token it appended or the completion it made. */
    private record Accepted(long taskId, int client, String token, boolean completion, boolean done) {
    }

    @Test
    void concurrentEditsAndCompletionsLoseNothingReportEveryConflictAndNotifyTheOthers() throws Exception {
        PostgresTestServer.assumeAvailable();
        ServerAddress db = PostgresTestServer.newMigratedDatabase();
        for (int k = 0; k < CLIENTS; k++) {
            clients.add(Services.openServer(tmp.resolve("pc" + k), db, PostgresTestServer.password(), () -> TODAY));
        }
        Services first = clients.getFirst();
        long unit = first.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null,
                UnitKind.DEPARTMENT, null, null)).id();
        List<Long> taskIds = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            taskIds.add(first.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    "Nhiệm vụ " + i, unit, null, List.of(), null, null, null, "Công văn " + i + "/UBND",
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 20), Recurrence.NONE, null)).id());
        }
        Map<Integer, List<String>> heard = new ConcurrentHashMap<>();
        for (int k = 0; k < CLIENTS; k++) {
            List<String> mine = new CopyOnWriteArrayList<>();
            heard.put(k, mine);
            clients.get(k).changes().subscribe(mine::addAll);
            assertTrue(clients.get(k).changes().awaitListening(Duration.ofSeconds(10)), "client " + k + " listens");
        }

        List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            int client = k;
            TaskService tasks = clients.get(k).tasks();
            done.add(pool.submit(() -> {
                Random random = new Random(42 + client);
                for (int r = 0; r < ROUNDS; r++) {
                    long id = taskIds.get(random.nextInt(TASKS));
                    long mark = tasks.mark(id); // as a form does: the mark first, then the record
                    Task t = tasks.task(id);
                    Task.Occurrence occ = tasks.occurrences(id).getFirst();
                    pause(random);
                    try {
                        if (random.nextInt(3) == 0) {
                            boolean complete = occ.completedOn() == null;
                            if (complete) {
                                tasks.complete(occ.id(), TODAY, "Kết quả " + client + "." + r, mark);
                            } else {
                                tasks.reopen(occ.id(), mark);
                            }
                            accepted.add(new Accepted(id, client, null, true, complete));
                        } else {
                            String token = "[" + client + "." + r + "]";
                            Task.Draft d = TaskService.draft(t);
                            tasks.save(new Task.Draft(d.id(), d.source(), d.planId(), d.parentId(), d.label(),
                                    d.group(), d.content() + " " + token, d.leadUnitId(), d.leadStaffId(),
                                    d.cooperatingUnitIds(), d.responsibility(), d.authority(), d.expectedResult(),
                                    d.instructionRef(), d.assignedOn(), d.deadline(), d.recurrence(),
                                    d.recurrenceUntil()), mark);
                            accepted.add(new Accepted(id, client, token, false, false));
                        }
                    } catch (EditConflictException e) {
                        assertEquals(TaskService.ENTITY, e.entity());
                        assertEquals(id, e.entityId());
                        assertTrue(e.changes().stream().allMatch(c -> c.id() > mark), "only changes after the mark");
                        assertFalse(e.userMessage().isBlank());
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(3, TimeUnit.MINUTES); // any other exception (a deadlock, a lost lock) fails here
        }
        pool.shutdown();

        assertEquals(CLIENTS * ROUNDS, accepted.size() + conflicts.get(), "every write accepted or refused as a conflict");
        assertTrue(conflicts.get() > 0, "the clients did collide (" + conflicts.get() + " conflicts)");
        assertTrue(accepted.size() >= TASKS, "some writes went through");

        Map<Long, List<Accepted>> byTask = new HashMap<>();
        accepted.forEach(a -> byTask.computeIfAbsent(a.taskId(), x -> new ArrayList<>()).add(a));
        for (long id : taskIds) {
            List<Accepted> mine = byTask.getOrDefault(id, List.of());
            Task t = first.tasks().task(id);
            int edits = 0;
            for (Accepted a : mine) {
                if (!a.completion()) {
                    assertTrue(t.content().contains(a.token()), "accepted edit " + a.token() + " kept in " + t.content());
                    edits++;
                }
            }
            // each accepted edit appended one token to what it read: nothing overwritten means all are there
            assertEquals(edits, t.content().chars().filter(c -> c == '[').count(), t.content());
            List<AuditEntry> history = first.tasks().history(id);
            assertEquals(edits, history.stream().filter(e -> "task.field.content".equals(e.field())
                    && e.action() == AuditAction.UPDATE).count(), "every accepted edit audited once");
            long completions = mine.stream().filter(Accepted::completion).count();
            assertEquals(completions, history.stream().filter(e -> "task.field.completedOn".equals(e.field())).count(),
                    "every accepted completion and reopening audited once");
            boolean completedNow = first.tasks().occurrences(id).getFirst().completedOn() != null;
            assertEquals(completions % 2 == 1, completedNow, "completions and reopenings alternate, none lost");
        }

        // every client heard of the others' tasks; then one last change is heard by the others, not by its writer
        waitUntil(() -> heard.values().stream().allMatch(h -> h.contains(TaskService.ENTITY)));
        heard.values().forEach(List::clear);
        long one = taskIds.getFirst();
        first.tasks().hold(one, Hold.PAUSED, "Chờ kinh phí", first.tasks().mark(one));
        waitUntil(() -> heard.entrySet().stream().filter(e -> e.getKey() != 0)
                .allMatch(e -> e.getValue().contains(TaskService.ENTITY)));
        Thread.sleep(500);
        assertTrue(heard.get(0).isEmpty(), "a client does not hear its own changes: " + heard.get(0));
    }

    private static void pause(Random random) {
        try {
            Thread.sleep(random.nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "notifications delivered within 10 s");
            Thread.sleep(50);
        }
    }
}
