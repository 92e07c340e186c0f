package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupInfo;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/** {@code socongvu backup --to FILE|FOLDER [--password]}: a checked backup of the whole database. */
@Command(name = "backup", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class BackupCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "TỆP_HOẶC_THƯ_MỤC", required = true, descriptionKey = "cli.backup.to")
    Path to;

    @picocli.CommandLine.Mixin
    PasswordOption passwordOption;

    @Override
    public Integer call() {
        char[] password = passwordOption.password(out(), true);
        try (Services s = openDataForReading()) {
            var written = s.backups().write(to, password, Progress.NONE);
            BackupInfo info = written.info();
            out().println(Messages.get("cli.backup.done", written.file().toAbsolutePath(),
                    VnFormat.integer(info.totalRecords()), info.encrypted()
                            ? Messages.get("cli.backup.encrypted") : Messages.get("cli.backup.plain")));
        } finally {
            wipe(password);
        }
        return 0;
    }
}
