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
import vn.socongvu.ui.shell.SoCongVuApp;

/**
 * {@code socongvu aot-cache --out FILE [--workload WINDOW|COMMANDS] [--force]}: makes a start-up cache
 * ({@code -XX:AOTCache}); the build runs it at {@code package} twice: the window's for the start command and
 * the subcommands' for {@code -Dargs} runs. With {@code --train DIR} (hidden) it is the training run itself,
 * on a demo commune in DIR.
 */
@Command(name = "aot-cache", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class AotCacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "TỆP", descriptionKey = "cli.aot.out")
    Path out;

    @Option(names = "--workload", paramLabel = "WINDOW|COMMANDS", descriptionKey = "cli.aot.workload")
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
     * The training workload, so what lands in the cache, on the demo commune already in {@code DIR/data} (made by
     * a process that writes no cache). {@code COMMANDS}: last year's annual report written, then a backup made.
     * {@code WINDOW}: the window opened as the start command opens it and closed once Tổng quan has its figures,
     * without the daily and the exit backups ({@link SoCongVuApp#forCacheTraining}). Every class in a cache is loaded
     * before {@code main}, so each cache holds one use alone (README, Performance); other classes come from the jars.
     */
    private static int train(Path dir, AotCache.Workload workload) throws Exception {
        String data = dir.resolve("data").toString();
        if (workload == AotCache.Workload.COMMANDS) {
            String year = String.valueOf(LocalDate.now().getYear() - 1);
            int rc = RootCommand.run("report", "--data-dir", data, "--kind", "year", "--period", year,
                    "--out", dir.resolve("report").toString());
            return rc != 0 ? rc : RootCommand.run("backup", "--data-dir", data, "--to", dir.resolve("backup").toString());
        }
        // Under the start-up probe the window closes by itself once the first screen has its figures.
        System.setProperty(SoCongVuApp.STARTUP_PROBE, "true");
        SoCongVuApp.forCacheTraining();
        return RootCommand.run("--data-dir", data);
    }
}
