package vn.socongvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import vn.socongvu.app.Services;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnText;

/**
 * The Nhiệm vụ list on ten years of a busy commune, action by action as the screen does them: open (this
 * year's tasks), filter by text, filter by state, sort by content (Vietnamese order) and by deadline.
 * Sample time: JMH reports the median (p0.50) and p0.95 of each action.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TaskListBench {
    private Services services;
    private TaskFilter year;
    private List<TaskRow> rows;

    @Setup(Level.Trial)
    public void open() {
        services = BenchData.open();
        LocalDate today = services.tasks().today();
        year = TaskFilter.year(today.getYear(), today);
        rows = services.tasks().list(year);
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
    public List<TaskRow> sort_byContent() {
        List<TaskRow> copy = new ArrayList<>(rows);
        copy.sort(VnText.comparing(TaskRow::content));
        return copy;
    }

    @Benchmark
    public List<TaskRow> sort_byDeadline() {
        List<TaskRow> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(TaskRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return copy;
    }
}
