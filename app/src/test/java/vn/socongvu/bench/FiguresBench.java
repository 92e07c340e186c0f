package vn.socongvu.bench;

import java.time.LocalDate;
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
import org.openjdk.jmh.infra.Blackhole;

import vn.socongvu.app.Services;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportFigures;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.Tthc;
import vn.socongvu.task.TaskFilter;

/**
 * A year's figures on ten years of a busy commune: what Tổng quan reads (the year's tasks in the window, the
 * reminders, meetings without minutes) and the annual report's figures counted from the records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FiguresBench {
    private Services services;
    private Report lastYear;

    @Setup(Level.Trial)
    public void open() {
        services = BenchData.open();
        lastYear = services.reports().open(ReportPeriod.of(ReportKind.YEAR, services.tasks().today().getYear() - 1));
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }

    @Benchmark
    public void dashboard_year(Blackhole bh) {
        LocalDate today = services.tasks().today();
        bh.consume(services.tasks().list(TaskFilter.year(today.getYear(), today)));
        bh.consume(services.tasks().reminders(services.settings().reminderDays()));
        bh.consume(services.meetings().incompleteFiles());
    }

    @Benchmark
    public ReportFigures reportFigures_year() {
        return services.reports().data(lastYear).figures(Tthc.NONE);
    }
}
