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
import vn.socongvu.search.SearchResults;
import vn.socongvu.search.SearchService;

/**
 * The header's search across every section on ten years of a busy commune, as the clerk types without
 * diacritics: common words (every kind has some, the newest few shown), a person's name, and words found nowhere
 * (every record read to say so: the slowest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBench {
    private Services services;
    private SearchService search;

    @Setup(Level.Trial)
    public void open() {
        services = BenchData.open();
        search = services.search();
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }

    @Benchmark
    public SearchResults search_common() {
        return search.search("bao cao", SearchService.PER_KIND);
    }

    @Benchmark
    public SearchResults search_name() {
        return search.search("nguyen van", SearchService.PER_KIND);
    }

    @Benchmark
    public SearchResults search_nothing() {
        return search.search("khong co dau ca", SearchService.PER_KIND);
    }
}
