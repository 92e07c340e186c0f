package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/** {@code socongvu export-data --to FILE|FOLDER}: every record as one JSON file (README, "Data exchange"). */
@Command(name = "export-data", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class ExportDataCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "TỆP_HOẶC_THƯ_MỤC", required = true, descriptionKey = "cli.exportData.to")
    Path to;

    @Override
    public Integer call() {
        try (Services s = openDataForReading()) {
            DataExchange.Written w = s.exchange().export(to, Progress.NONE);
            out().println(Messages.get("cli.exportData.done", w.file().toAbsolutePath(),
                    VnFormat.integer(w.summary().total()), w.summary().schemaVersion()));
        }
        return 0;
    }
}
