package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/**
 * {@code socongvu restore --from FILE [--password] [--yes]}: shows what the backup holds, asks, keeps a copy
 * of the current data, then replaces it. The app must be closed.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class RestoreCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "TỆP", required = true, descriptionKey = "cli.restore.from")
    Path from;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "MẬT_KHẨU",
            descriptionKey = "cli.backup.password")
    char[] password;

    @Option(names = "--yes", descriptionKey = "cli.restore.yes")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        var out = out();
        BackupInfo info = BackupService.info(from);
        out.println(Messages.get("cli.restore.info", info.commune(), info.province(),
                VnFormat.dateTime(info.createdAt()), VnFormat.integer(info.totalRecords()),
                info.encrypted() ? Messages.get("cli.backup.encrypted") : Messages.get("cli.backup.plain")));
        Path dir = dataFolder();
        if (!yes && !confirmed(Messages.get("cli.restore.confirm", dir))) {
            return ErrorHandler.EXIT_CANCELLED;
        }
        try {
            Path kept = BackupService.restore(from, password, dir, Progress.NONE);
            out.println(kept == null ? Messages.get("cli.restore.done", dir)
                    : Messages.get("cli.restore.doneKept", dir, kept));
        } finally {
            wipe(password);
        }
        return 0;
    }
}
