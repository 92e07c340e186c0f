package vn.socongvu.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The folder that holds the clerk's data: the H2 database, backups, the lock.
 * Default: Windows {@code %APPDATA%\SoCongVu}, elsewhere {@code ~/.local/share/socongvu}.
 */
public final class DataFolder implements AutoCloseable {
    public static final String DB_NAME = "socongvu";
    private static final String LOCK_FILE = "socongvu.lock";

    private final Path dir;
    private FileChannel lockChannel;
    private FileLock lock;

    private DataFolder(Path dir) {
        this.dir = dir;
    }

    public static Path defaultLocation() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "SoCongVu");
            }
            return Path.of(System.getProperty("user.home"), "AppData", "Roaming", "SoCongVu");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "socongvu");
    }

    /**
     * Creates the folder if needed, checks it is writable and takes the single-instance lock.
     * @throws StorageException with a Vietnamese message when any of these fails
     */
    public static DataFolder open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException | SecurityException e) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
                    "storage.error.folderNotWritable", e, abs);
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
                    "storage.error.folderNotWritable", null, abs);
        }
        Path dbFile = databaseFileIn(abs);
        if (Files.exists(dbFile) && !Files.isWritable(dbFile)) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
                    "storage.error.fileNotWritable", null, dbFile);
        }
        DataFolder folder = new DataFolder(abs);
        folder.lock();
        return folder;
    }

    private void lock() {
        try {
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly();
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
                    "storage.error.folderNotWritable", e, dir);
        }
        if (lock == null) {
            closeQuietly();
            throw new StorageException(StorageException.Reason.ALREADY_OPEN,
                    "storage.error.alreadyOpen", null, dir);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path databaseFile() {
        return databaseFileIn(dir);
    }

    /** Where the database file of a data folder is (whether it exists or not); the folder is not opened. */
    public static Path databaseFileIn(Path dir) {
        return dir.resolve(DB_NAME + ".mv.db");
    }

    /** Base path for the H2 URL (H2 adds ".mv.db"). */
    Path databaseBase() {
        return dir.resolve(DB_NAME);
    }

    /** How many copies of data replaced by a restore or an import are kept (each is a whole database). */
    public static final int KEPT_REPLACED = 5;

    /**
     * Puts a complete, checked database file in place of this folder's database (which must not be open),
     * keeping a copy of the current one in {@code backups/} as {@code keptPrefix + stamp + ".mv.db"}; only
     * the newest {@link #KEPT_REPLACED} such copies stay.
     * @return the copy of the replaced data, or null when the folder had none
     */
    public Path replaceDatabase(Path newFile, String keptPrefix, String stamp) throws IOException {
        Path current = databaseFile();
        Path kept = null;
        if (Files.exists(current)) {
            Path backups = Files.createDirectories(dir.resolve("backups"));
            kept = backups.resolve(keptPrefix + stamp + ".mv.db");
            Files.copy(current, kept, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.move(newFile, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (kept != null) {
            keepNewest(kept.getParent(), keptPrefix, KEPT_REPLACED);
        }
        return kept;
    }

    /** Deletes all but the newest {@code keep} files of {@code dir} whose names start with {@code prefix}. */
    public static void keepNewest(Path dir, String prefix, int keep) throws IOException {
        try (var files = Files.list(dir)) {
            java.util.List<Path> ours = files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted(java.util.Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
            for (Path old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends
        }
    }
}
