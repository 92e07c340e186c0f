package vn.socongvu.ui.shell;

import java.nio.file.Path;

import javafx.application.Platform;

import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ui.DataReplacer;

/**
 * The data the window has open. Restoring a backup closes it (nothing of it may stay open in this JVM),
 * restores, reopens the folder and shows the window again on the restored data.
 */
public final class OpenData implements DataReplacer {
    private final AppRoot root;
    private volatile Services services;

    public OpenData(AppRoot root, Services services) {
        this.root = root;
        this.services = services;
        root.allowRestore(this);
    }

    public Services services() {
        return services;
    }

    @Override
    public void restore(Path backup, char[] password, Progress progress) {
        Path dir = services.db().folder().dir();
        // Read and check the whole backup into a new database before closing anything: a wrong password or a bad
        // file changes nothing.
        try (var prepared = BackupService.prepareRestore(backup, password, dir, progress)) {
            progress.update(0.96, Messages.get("backup.progress.swapping"));
            services.close();
            try {
                prepared.applyTo(dir, BackupService.KEPT_PREFIX);
            } finally {
                services = Services.open(dir);
            }
        }
        showAgain();
    }

    @Override
    public void importData(DataExchange.Prepared prepared, Progress progress) {
        Path dir = services.db().folder().dir();
        progress.update(0.5, Messages.get("backup.progress.swapping"));
        services.close();
        try {
            prepared.applyTo(dir);
        } finally {
            services = Services.open(dir);
        }
        showAgain();
    }

    private void showAgain() {
        Services reopened = services;
        Platform.runLater(() -> root.showFor(reopened));
    }
}
