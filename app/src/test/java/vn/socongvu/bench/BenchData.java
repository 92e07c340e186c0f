package vn.socongvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import vn.socongvu.Main;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;

/**
 * The data the benchmarks run on: the folder named by {@code -Dsocongvu.bench.data} (bench/run.sh passes
 * it), made once as ten years of the busy demo commune if it is still empty.
 */
final class BenchData {
    private BenchData() {
    }

    static Services open() {
        Main.quietLibraries();
        Path dir = folder();
        boolean fresh = !Files.exists(dir.resolve("socongvu.mv.db"));
        Services s = Services.open(dir);
        if (fresh) {
            s.demo().generate(DemoSize.BUSY, 10, LocalDate.now().getYear(), 1, Progress.NONE);
        }
        return s;
    }

    /** The data folder, made first if it is still empty. */
    static Path made() {
        open().close();
        return folder();
    }

    private static Path folder() {
        return Path.of(System.getProperty("socongvu.bench.data", "target/bench-data/busy-10"));
    }
}
