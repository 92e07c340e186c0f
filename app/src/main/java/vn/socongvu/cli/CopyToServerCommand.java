package vn.socongvu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.text.VnFormat;

/**
 * {@code socongvu copy-to-server --data-dir DIR --database postgresql://…}: copies every record of a data folder
 * (opened read-only: nothing in it changes) into an empty database on a PostgreSQL server, then checks the copy
 * whole ({@link ServerCopy}); a server database that already holds records is refused, nothing written to it. The
 * login that copied becomes the first văn thư account, unless the data brought accounts of its own.
 */
@Command(name = "copy-to-server", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE,
        sortOptions = false)
public final class CopyToServerCommand extends DataCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Path dir = givenDataFolder();
        String database = root.resolveDatabase(dataDir);
        if (dir == null || database == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.copyToServer.bothNeeded"));
        }
        ServerAddress address = ServerAddress.parse(database);
        if (!Files.isRegularFile(dir.resolve("socongvu.mv.db"))) {
            throw ValidationException.of("data-dir", "cli.copyToServer.noData", dir.toAbsolutePath());
        }
        try (Services from = Services.openForReading(dir)) {
            char[] password = ServerPassword.of(address, out());
            try (Services to = openServer(address, password)) {
                ServerCopy.Summary copied = ServerCopy.copy(from.db(), to.db(), Progress.NONE);
                out().println(Messages.get("cli.copyToServer.copied", dir.toAbsolutePath(), address));
                long total = 0;
                for (Map.Entry<String, Long> e : copied.counts().entrySet()) {
                    out().println(Messages.get("cli.copyToServer.table", e.getKey(), VnFormat.integer(e.getValue())));
                    total += e.getValue();
                }
                out().println(Messages.get("cli.copyToServer.checked", VnFormat.integer(total),
                        copied.counts().size()));
                // The login that copied is the first văn thư (issue 35, decision 1), unless the data brought accounts.
                if (to.accounts().accounts().isEmpty()) {
                    to.accounts().ensureFirst(to.db().sessionUser());
                    out().println(Messages.get("cli.copyToServer.firstClerk", to.db().sessionUser()));
                }
                out().println(Messages.get("cli.copyToServer.next", address));
            }
        }
        return 0;
    }

    private static Services openServer(ServerAddress address, char[] password) {
        try {
            return Services.openServer(address, password);
        } finally {
            wipe(password);
        }
    }
}
