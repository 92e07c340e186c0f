package vn.socongvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import vn.socongvu.app.Services;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnText;

/**
 * The Nhiệm vụ list on the ten-year busy commune copied to PostgreSQL ({@link ServerBenchData}), five clients
 * working at once: five threads, each its own {@link Services} (its own connection pool and local folder, as five
 * PCs have), doing the list's actions: this year's list, filtered by text and by state, sorted in Vietnamese order
 * and its first page opened (the row's task, occurrences and progress, as selecting it does), and saving edits
 * (a progress report; a task's expected result changed through the form's save), and the list right after a save
 * (read again: the lists kept are for unchanged data). Each client edits tasks of its own (no two save the same
 * record). Sample time: JMH reports the median and p0.95 over the five threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(ServerTaskListBench.CLIENTS)
public class ServerTaskListBench {
    static final int CLIENTS = 5;
    private static final int PAGE = 50;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private Services services;
    private TaskFilter year;
    private List<TaskRow> mine;
    private int turn;

    @Setup(Level.Trial)
    public void open() {
        ServerAddress address = ServerBenchData.address();
        int client = NEXT.getAndIncrement() % CLIENTS;
        services = ServerBenchData.open(address, client + 1);
        LocalDate today = services.tasks().today();
        year = TaskFilter.year(today.getYear(), today);
        // This client's share of the year's open occurrences of tasks outside any recurrence (every fifth).
        List<TaskRow> open = services.tasks().list(year.withStates(EnumSet.of(TaskState.OPEN_ON_TIME,
                TaskState.OPEN_OVERDUE))).stream().filter(r -> r.recurrence() == Recurrence.NONE).toList();
        mine = new ArrayList<>();
        for (int i = client; i < open.size(); i += CLIENTS) {
            mine.add(open.get(i));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }

    @Benchmark
    public List<TaskRow> open_thisYear() {
        return services.tasks().list(year);
    }

    @Benchmark
    public List<TaskRow> filter_text() {
        return services.tasks().list(year.withText("bao cao"));
    }

    @Benchmark
    public List<TaskRow> filter_stateOverdue() {
        return services.tasks().list(year.withStates(EnumSet.of(TaskState.OPEN_OVERDUE, TaskState.DONE_LATE)));
    }

    @Benchmark
    public void sort_firstPage(Blackhole bh) {
        List<TaskRow> rows = new ArrayList<>(services.tasks().list(year));
        rows.sort(VnText.comparing(TaskRow::content));
        List<TaskRow> page = rows.subList(0, Math.min(PAGE, rows.size()));
        long id = page.get(turn++ % page.size()).taskId();
        bh.consume(services.tasks().task(id));
        bh.consume(services.tasks().occurrences(id));
        bh.consume(services.tasks().progress(id));
    }

    @Benchmark
    public Task.ProgressEntry save_progress() {
        TaskRow r = mine.get(turn++ % mine.size());
        int percent = r.lastPercent() == null ? 10 : Math.min(95, r.lastPercent() + 1);
        return services.tasks().report(r.occurrenceId(), services.tasks().today(), percent,
                "Tiến độ cập nhật " + turn, null);
    }

    /**
     * This year's list right after this client's own save (a progress report): the data changed, so the list is
     * read again from the server, not given from the lists kept — what a list costs when the data has just changed
     * (the save included).
     */
    @Benchmark
    public List<TaskRow> afterChange_thisYear() {
        save_progress();
        return services.tasks().list(year);
    }

    @Benchmark
    public Task save_edit() {
        Task t = services.tasks().task(mine.get(turn++ % mine.size()).taskId());
        return services.tasks().save(new Task.Draft(t.id(), t.source(), t.planId(), t.parentId(), t.label(), t.group(),
                t.content(), t.leadUnitId(), t.leadStaffId(), t.cooperatingUnitIds(), t.responsibility(),
                t.authority(), "Kết quả dự kiến, lần sửa " + turn, t.instructionRef(), t.assignedOn(), t.deadline(),
                t.recurrence(), t.recurrenceUntil()));
    }
}
