package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.text.VnFormat;

/**
 * {@code socongvu import-data --from FILE [--check] [--yes]}: checks a data file completely, then (after
 * asking) replaces the data folder's records by it, keeping a copy of the current data. The app must be closed.
 * With {@code --database}, the records go into a new, empty database on the server instead (nothing replaced).
 */
@Command(name = "import-data", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class ImportDataCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "TỆP", required = true, descriptionKey = "cli.importData.from")
    Path from;

    @Option(names = "--check", descriptionKey = "cli.importData.check")
    boolean check;

    @Option(names = "--yes", descriptionKey = "cli.restore.yes")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        Path dir = dataFolder();
        try (DataExchange.Prepared p = DataExchange.prepare(from, dir, Progress.NONE)) {
            DataExchange.Summary s = p.summary();
            out().println(Messages.get("cli.importData.info", s.commune(),
                    s.exportedAt() == null ? "?" : VnFormat.dateTime(s.exportedAt()), VnFormat.integer(s.total()),
                    s.schemaVersion()));
            if (check) {
                out().println(Messages.get("cli.importData.checked"));
                return 0;
            }
            ServerAddress server = server();
            if (server != null) {
                // A server's database is never replaced: the file goes into a new, empty one (docs/server.md).
                try (Services target = openData()) {
                    ServerCopy.Summary copied = p.copyInto(target.db(), Progress.NONE);
                    out().println(Messages.get("cli.importData.doneServer", server, VnFormat.integer(copied.total())));
                }
                return 0;
            }
            if (!yes && !confirmed(Messages.get("cli.importData.confirm", dir))) {
                return ErrorHandler.EXIT_CANCELLED;
            }
            Path kept = p.applyTo(dir);
            out().println(kept == null ? Messages.get("cli.importData.done", dir)
                    : Messages.get("cli.importData.doneKept", dir, kept));
        }
        return 0;
    }
}
