package vn.socongvu.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.socongvu.i18n.Messages;
import vn.socongvu.launch.AotCache;

/**
 * {@code socongvu aot-cache --out FILE [--force]}: makes the start-up cache the start command uses
 * ({@code -XX:AOTCache}); the build runs it at {@code package}. With {@code --train DIR} (hidden) it is
 * the training run itself: what the clerk does at start and most days, on a fresh demo commune in DIR.
 */
@Command(name = "aot-cache", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class AotCacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "TỆP", descriptionKey = "cli.aot.out")
    Path out;

    @Option(names = "--force", descriptionKey = "cli.aot.force")
    boolean force;

    @Option(names = "--no-training", arity = "0..1", descriptionKey = "cli.aot.noTraining")
    boolean noTraining;

    @Option(names = "--train", paramLabel = "THƯ_MỤC", hidden = true)
    Path train;

    @Override
    public Integer call() throws Exception {
        if (train != null) {
            return train(train);
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.aot.outMissing"));
        }
        AotCache.build(out, force, !noTraining, spec.commandLine().getOut());
        return 0; // without a cache the app still starts, only slower: never a failed build
    }

    /**
     * The training workload: what a clerk's day runs, so that its classes land in the cache — a demo
     * commune, the annual report, then the window itself, opened on it as the start command opens it and
     * closed once Tổng quan has its figures (closing makes the exit backup). The cache holds only this:
     * every class in it is loaded before {@code main}, so training the other commands and every screen
     * made the start slower (README, Performance); they run from the jars as before.
     */
    private static int train(Path dir) throws Exception {
        Path data = dir.resolve("data");
        String year = String.valueOf(LocalDate.now().getYear() - 1);
        String[][] steps = {
            {"demo", "--data-dir", data.toString(), "--years", "2"},
            {"report", "--data-dir", data.toString(), "--kind", "year", "--period", year, "--out", dir.resolve("report").toString()},
        };
        for (String[] step : steps) {
            int rc = RootCommand.run(step);
            if (rc != 0) {
                return rc;
            }
        }
        // Under the start-up probe the window closes by itself once the first screen has its figures.
        System.setProperty(vn.socongvu.ui.SoCongVuApp.STARTUP_PROBE, "true");
        return RootCommand.run("--data-dir", data.toString());
    }
}
