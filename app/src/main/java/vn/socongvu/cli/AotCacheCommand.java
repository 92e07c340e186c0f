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
 * {@code socongvu aot-cache --out FILE [--workload WINDOW|ALL] [--force]}: makes a start-up cache
 * ({@code -XX:AOTCache}); the build runs it at {@code package} twice: the window's for the start command and
 * one with the subcommands for {@code -Dargs} runs. With {@code --train DIR} (hidden) it is
 * the training run itself: what the clerk does at start and most days, on a fresh demo commune in DIR.
 */
@Command(name = "aot-cache", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class AotCacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "TỆP", descriptionKey = "cli.aot.out")
    Path out;

    @Option(names = "--workload", paramLabel = "WINDOW|ALL", descriptionKey = "cli.aot.workload")
    AotCache.Workload workload = AotCache.Workload.WINDOW;

    @Option(names = "--force", descriptionKey = "cli.aot.force")
    boolean force;

    @Option(names = "--no-training", arity = "0..1", descriptionKey = "cli.aot.noTraining")
    boolean noTraining;

    @Option(names = "--train", paramLabel = "THƯ_MỤC", hidden = true)
    Path train;

    @Override
    public Integer call() throws Exception {
        if (train != null) {
            return train(train, workload);
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.aot.outMissing"));
        }
        AotCache.build(out, workload, force, !noTraining, spec.commandLine().getOut());
        return 0; // without a cache the app still starts, only slower: never a failed build
    }

    /**
     * The training workload, so what lands in the cache. {@code ALL}: a demo commune, the annual report,
     * then the window. {@code WINDOW}: only the window, on the demo commune already in {@code DIR/data}
     * (made by a process that writes no cache). Either way the window is opened as the start command opens
     * it and closed once Tổng quan has its figures (closing makes the exit backup). Every class in a cache
     * is loaded before {@code main}, so the start command's cache holds the window alone, and training every
     * screen made the start slower (README, Performance); other classes come from the jars as before.
     */
    private static int train(Path dir, AotCache.Workload workload) throws Exception {
        Path data = dir.resolve("data");
        String year = String.valueOf(LocalDate.now().getYear() - 1);
        String[][] steps = workload == AotCache.Workload.WINDOW ? new String[0][] : new String[][] {
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
