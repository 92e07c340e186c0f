package vn.socongvu.ui.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.application.Platform;

import org.slf4j.LoggerFactory;

import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.i18n.Messages;
import vn.socongvu.log.AppLog;
import vn.socongvu.settings.ui.DataReplacer;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.kit.ErrorDialog;
import vn.socongvu.ui.shell.DataFoldersViewModel.Left;

/**
 * The data the window has open. Restoring a backup closes it (nothing of it may stay open in this JVM),
 * restores, reopens the folder and shows the window again on the restored data. Opening another data folder
 * opens it first (checked and locked as at start-up: a folder that cannot be opened changes nothing), then
 * closes the one left, with its automatic backup as at exit.
 */
public final class OpenData implements DataReplacer, DataFoldersViewModel.Switcher {
    /** What a data folder holds of the app's, and nothing else: what removing the demo deletes. */
    private static final Set<String> APP_ENTRIES = Set.of(DataFolder.BACKUPS, AppLog.FOLDER,
            "ui-preferences.properties", AutoBackupNotice.NOTE);
    private final AppRoot root;
    private final RecentDataFolders recent;
    private volatile Services services;
    private Consumer<Path> folderChanged = dir -> { };

    /** @param services the open data; null when the folder given at start could not be opened */
    public OpenData(AppRoot root, Services services, RecentDataFolders recent) {
        this.root = root;
        this.services = services;
        this.recent = recent;
        root.allowRestore(this);
        root.allowSwitching(this, recent);
        if (services != null) {
            remember(services);
        }
    }

    /** The next start opens what is open now: its folder, or its server (with the sign-in). */
    private void remember(Services s) {
        s.db().server().ifPresentOrElse(recent::usedServer, () -> recent.used(s.db().folder().dir()));
    }

    /**
     * Works on {@code opened} (a server database the clerk signed in to) in place of the data open now, which is
     * closed with its automatic backup as at exit. Off the FX thread.
     */
    public void useServer(Services opened) {
        Services old = services;
        if (old != null) {
            closeLeft(old, Left.KEEP);
        }
        services = opened;
        remember(opened);
        Path dir = opened.db().folder().dir();
        ErrorDialog.install(dir);
        folderChanged.accept(dir);
        showAgain();
    }

    /** Called (off the FX thread) with each data folder the window opens in place of the one it had. */
    public void onFolderChanged(Consumer<Path> then) {
        this.folderChanged = then;
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

    @Override
    public Optional<ServerAddress> currentServer() {
        Services s = services;
        return s == null ? Optional.empty() : s.db().server();
    }

    @Override
    public Path currentFolder() {
        Services s = services;
        return s == null ? null : s.db().folder().dir();
    }

    @Override
    public Path switchTo(Path target, Left left, Progress progress) {
        Path to = target.toAbsolutePath().normalize();
        Services old = services;
        Path oldDir = old == null ? null : old.db().folder().dir();
        Path leftAt = oldDir;
        RuntimeException notPutAside = null;
        progress.update(0.1, Messages.get("datafolder.progress.opening", to));
        if (to.equals(oldDir)) {
            // The demo in the folder that is to hold the real data: put aside (or deleted) first.
            if (left == Left.KEEP) {
                throw new IllegalArgumentException("the folder open now is not opened again");
            }
            closeLeft(old, left);
            services = null;
            try {
                leftAt = putAside(oldDir, left);
                services = Services.open(to);
            } catch (RuntimeException e) {
                if (leftAt != null) {
                    services = Services.open(leftAt); // the demo again, where it is now
                    recent.used(leftAt);
                    showAgain();
                }
                throw e;
            }
        } else {
            Services opened = Services.open(to); // checked and locked, or thrown: nothing changed
            AppLog.useFolder(to); // the log leaves the old folder now, not in the background
            if (old != null) {
                closeLeft(old, left);
            }
            services = opened;
            if (oldDir != null && left != Left.KEEP) {
                try {
                    leftAt = putAside(oldDir, left);
                } catch (RuntimeException e) {
                    notPutAside = e; // the new data is open all the same; the clerk is told
                }
            }
        }
        ErrorDialog.install(to);
        if (oldDir != null && !oldDir.equals(leftAt)) {
            if (leftAt == null) {
                recent.forget(oldDir);
            } else {
                recent.moved(oldDir, leftAt);
            }
        }
        recent.used(to);
        folderChanged.accept(to);
        progress.update(1.0, Messages.get("datafolder.progress.opening", to));
        showAgain();
        Platform.runLater(() -> AutoBackupNotice.showPending(root.dialogs(), to)); // as at start
        if (notPutAside != null) {
            throw notPutAside;
        }
        return leftAt;
    }

    /** Closes the data left, with its automatic backup as at exit (none for data about to be deleted). */
    private static void closeLeft(Services old, Left left) {
        Path dir = old.db().folder().dir();
        try {
            if (left != Left.DELETE && old.makesAutoBackups() && old.settings().isSetUp()) {
                old.backups().autoBackup();
                LoggerFactory.getLogger(OpenData.class).info("Automatic backup on leaving the data folder made");
            }
        } catch (RuntimeException e) {
            // told when that folder is opened again, as for the backup at exit
            AutoBackupNotice.remember(dir, AutoBackupNotice.failed(e, "on leaving"));
        } finally {
            old.close();
        }
    }

    /** The closed folder moved beside itself ("…-xa-mau"), or its app files deleted. @return where it is, or null */
    private static Path putAside(Path dir, Left left) {
        AppLog.leaveFolder(dir);
        try {
            if (left == Left.DELETE) {
                deleteAppFiles(dir);
                return null;
            }
            Path aside = dir.resolveSibling(dir.getFileName() + "-xa-mau");
            for (int i = 2; Files.exists(aside); i++) {
                aside = dir.resolveSibling(dir.getFileName() + "-xa-mau-" + i);
            }
            Files.move(dir, aside);
            return aside;
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.IO, "datafolder.error.putAside", e, dir);
        }
    }

    /** Deletes what the app keeps in a data folder (its database, backups, log), then the folder if it is empty. */
    static void deleteAppFiles(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(DataFolder.DB_NAME + ".") || APP_ENTRIES.contains(name)) {
                    SafeFiles.deleteTree(p);
                }
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
    }

    private void showAgain() {
        Services reopened = services;
        Platform.runLater(() -> root.showFor(reopened));
    }
}
