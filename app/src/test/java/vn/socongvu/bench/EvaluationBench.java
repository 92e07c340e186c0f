package vn.socongvu.bench;

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
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationSheet;
import vn.socongvu.evaluation.YearSheet;

/**
 * The evaluation (Nghị định 335/2025) on ten years of a busy commune: a quarter's sheet for the whole UBND (every
 * person's products, marks, criteria, the ceiling) — what Đánh giá, xếp loại shows on opening — and the year from
 * its quarters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBench {
    private Services services;
    private EvaluationPeriod quarter;

    @Setup(Level.Trial)
    public void open() {
        services = BenchData.open();
        // The last quarter that is over: the one the assessor works on.
        quarter = EvaluationPeriod.containing(services.tasks().today(), EvaluationPeriod.Kind.QUARTER).previous();
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }

    @Benchmark
    public EvaluationSheet evaluation_quarter() {
        return services.evaluation().sheet(quarter, null);
    }

    @Benchmark
    public YearSheet evaluation_year() {
        return services.evaluation().year(quarter.year(), null);
    }
}
