package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupInfo;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.text.VnFormat;

/**
 * {@code socongvu restore --from FILE [--password | --password-file F] [--check] [--yes]}: shows what the
 * backup holds, asks, reads and checks all of it into a new database, keeps a copy of the current data, then
 * replaces it; with {@code --check}, only reads and checks it. The app must be closed. With {@code --database}, the
 * backup goes into a new, empty database on the server instead (nothing replaced, nothing asked).
 */
@Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class RestoreCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "TỆP", required = true, descriptionKey = "cli.restore.from")
    Path from;

    @picocli.CommandLine.Mixin
    PasswordOption passwordOption;

    @Option(names = "--yes", descriptionKey = "cli.restore.yes")
    boolean yes;

    @Option(names = "--check", descriptionKey = "cli.restore.check")
    boolean check;

    @Override
    public Integer call() throws Exception {
        var out = out();
        BackupInfo info = BackupService.info(from);
        out.println(Messages.get("cli.restore.info", info.commune(), info.province(),
                VnFormat.dateTime(info.createdAt()), info.countsKnown()
                        ? Messages.get("cli.restore.records", VnFormat.integer(info.totalRecords()))
                        : Messages.get("cli.restore.recordsHidden"),
                info.encrypted() ? Messages.get("cli.backup.encrypted") : Messages.get("cli.backup.plain")));
        if (info.encrypted() && passwordOption.file == null) {
            passwordOption.ask = true; // an encrypted backup needs its password: asked, never taken from the arguments
        }
        char[] password = passwordOption.password(out, false);
        Path dir = dataFolder();
        if (check) {
            try {
                BackupInfo checked = BackupService.verify(from, password, dir, Progress.NONE);
                out.println(Messages.get("cli.restore.checked", from, VnFormat.integer(checked.totalRecords())));
                return 0;
            } finally {
                wipe(password);
            }
        }
        ServerAddress server = server();
        if (server != null) {
            // A server's database is never replaced: the backup goes into a new, empty one (docs/server.md).
            try (Services target = openData()) {
                ServerCopy.Summary copied = BackupService.restoreInto(from, password, target.db(), Progress.NONE);
                out.println(Messages.get("cli.restore.doneServer", server, VnFormat.integer(copied.total())));
            } finally {
                wipe(password);
            }
            return 0;
        }
        if (!yes && !confirmed(Messages.get("cli.restore.confirm", dir))) {
            wipe(password);
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
