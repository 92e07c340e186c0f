package vn.socongvu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportData;
import vn.socongvu.report.ReportFigures;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.report.Tthc;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.task.TaskFilter;

/**
 * A year's figures and the annual report's export on the ten-year busy commune, on either engine ({@code engine}:
 * the H2 folder of {@link BenchData}, or its copy on PostgreSQL, {@link ServerBenchData}), one client: Tổng quan's
 * figures for the year (as {@link FiguresBench}), the annual report's figures counted from the records, and the
 * annual report exported as the {@code report} command does it (its records counted, what would print empty
 * checked, the .docx and .xlsx written, the export recorded).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ServerFiguresBench {
    @Param({"H2", "POSTGRESQL"})
    public String engine;
    private Services services;
    private ReportPeriod lastYear;
    private Path out;

    @Setup(Level.Trial)
    public void open() throws IOException {
        services = engine.equals("H2") ? BenchData.open() : ServerBenchData.open(ServerBenchData.address(), 0);
        lastYear = ReportPeriod.of(ReportKind.YEAR, services.tasks().today().getYear() - 1);
        out = Files.createTempDirectory("socongvu-bench-report");
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        services.close();
        SafeFiles.deleteTree(out);
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
        return services.reports().data(services.reports().open(lastYear)).figures(Tthc.NONE);
    }

    @Benchmark
    public ReportService.Export reportExport_year(Blackhole bh) {
        Report report = services.reports().open(lastYear);
        ReportData counted = services.reports().data(report);
        bh.consume(ReportService.gaps(report, services.reports().figures(report, counted)));
        return services.reports().export(lastYear, counted, out, true, true, Progress.NONE);
    }
}
