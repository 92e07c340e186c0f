package vn.socongvu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The folder that holds the clerk's data: the H2 database, backups, the lock.
 * Default: Windows {@code %APPDATA%\SoCongVu}, elsewhere {@code ~/.local/share/socongvu}.
 * On POSIX systems the folder, its {@code backups/} and the files the app keeps in them are readable by
 * the owner only (700 / 600), set when they are made; an older folder is tightened when it is opened.
 */
public final class DataFolder implements AutoCloseable {
    public static final String DB_NAME = "socongvu";
    static final String LOCK_FILE = "socongvu.lock";
    /** Written before the database file is replaced, removed after: a start that finds it finishes the swap. */
    static final String SWAP_JOURNAL = "socongvu.swap";
    /** The folder of backups and kept copies, inside the data folder. */
    public static final String BACKUPS = "backups";
    /** A copy of a file that needs recovery, opened to check it before the file itself is (see Database). */
    static final String CHECK_COPY_PREFIX = ".kiem-tra-";

    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /**
     * What a crash can leave in the data folder, and nothing else: each of these is deleted at the next open. Held
     * apart so that the window's start, which only asks where the database file is, does not compile them.
     */
    private static final class Leftovers {
        static final List<Pattern> FILES = List.of(
                Pattern.compile("\\.backup-[0-9]+\\.sql"),               // a backup's script (BackupService)
                Pattern.compile("\\.restore-[0-9]+\\.sql"),              // a restore's script
                Pattern.compile("restore-[0-9]{8}-[0-9]{6}\\.(mv|trace)\\.db"), // a restore's new database
                Pattern.compile("\\.kiem-tra-[0-9]+\\.(mv|trace)\\.db"), // a recovery check's copy (Database)
                SafeFiles.TEMPORARY);                                     // SafeFiles' temporary files
        static final Pattern DIR = Pattern.compile("\\.nhap-du-lieu-[0-9]+"); // an import's work folder
    }

    /** Tests: called at each step of a swap ("journal", "kept", "swapped"); throwing there is a kill. */
    static volatile Consumer<String> swapStep = step -> { };

    // ------------------------------------------------------------------------------- full disk

    /** Less free space than this where the data is: an error there is taken for a full disk. */
    static final long LOW_SPACE = 8L * 1024 * 1024;

    // ------------------------------------------------------------------------- replacing the data

    /** How many copies of data replaced by a restore or an import are kept (each is a whole database). */
    public static final int KEPT_REPLACED = 5;
    /** The copies of the data kept before its schema was brought up to date by a newer release. */
    public static final String UPGRADE_PREFIX = "truoc-nang-cap-";

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
     * Creates the folder if needed (owner only), checks it is usable and writable and takes the
     * single-instance lock. A relative path is taken from the current folder.
     * @throws StorageException with a Vietnamese message when any of these fails
     */
    public static DataFolder open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        checkUsable(abs);
        try {
            createPrivateDirectory(abs);
        } catch (IOException | SecurityException e) {
            throw diskFull(abs) ? diskFullError(abs, e)
                    : new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
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
        folder.tighten();
        return folder;
    }

    /**
     * H2 reads the database's path from its URL: a {@code ;} there starts URL options (a folder named
     * {@code a;ACCESS_MODE_DATA=r} would set one) and, outside Windows, a {@code \} is taken as a folder
     * separator (the data would go to another folder). H2 has no escape for either, so such a folder is refused.
     * @throws StorageException saying the folder cannot be used
     */
    public static void checkUsable(Path abs) {
        String s = abs.toString();
        boolean windows = abs.getFileSystem().getSeparator().equals("\\");
        if (s.indexOf(';') >= 0 || (!windows && s.indexOf('\\') >= 0)) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, "storage.error.pathUnusable",
                    null, abs);
        }
    }

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnly(Path p, Set<PosixFilePermission> perms) {
        return posix(p) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)} : new FileAttribute<?>[0];
    }

    /** Creates {@code dir} readable by the owner only (its parents as the system makes them); nothing if it exists. */
    public static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, ownerOnly(dir, OWNER_DIR));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    /** Opens a new file (created readable by the owner only, or emptied) for writing. */
    static FileChannel createPrivateFile(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), ownerOnly(file, OWNER_FILE));
    }

    /** An older folder made before the app kept its data private: folder, database, lock and backups, owner only. */
    private void tighten() {
        if (!posix(dir)) {
            return;
        }
        setPermissions(dir, OWNER_DIR);
        setPermissions(databaseFile(), OWNER_FILE);
        setPermissions(dir.resolve(LOCK_FILE), OWNER_FILE);
        Path backups = dir.resolve(BACKUPS);
        if (Files.isDirectory(backups)) {
            try (var walk = Files.walk(backups, 2)) {
                for (Path p : walk.toList()) {
                    setPermissions(p, Files.isDirectory(p) ? OWNER_DIR : OWNER_FILE);
                }
            } catch (IOException | RuntimeException ignored) {
                // a file that cannot be changed stays as it is; the folder itself is already closed to others
            }
        }
    }

    private static void setPermissions(Path p, Set<PosixFilePermission> perms) {
        try {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)
                    && !Files.getPosixFilePermissions(p).equals(perms)) {
                Files.setPosixFilePermissions(p, perms);
            }
        } catch (IOException | RuntimeException ignored) {
            // not the owner of it: nothing this app can do
        }
    }

    private void lock() {
        try {
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly(dir, OWNER_FILE));
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly();
            throw diskFull(dir) ? diskFullError(dir, e) : new StorageException(
                    StorageException.Reason.FOLDER_NOT_WRITABLE, "storage.error.folderNotWritable", e, dir);
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

    /** The folder of backups and kept copies, created (owner only) if absent. */
    public Path backupsDir() throws IOException {
        Path backups = dir.resolve(BACKUPS);
        createPrivateDirectory(backups);
        return backups;
    }

    /** True if the folder has no database file, or an empty one (a first start killed before H2 wrote it). */
    boolean hasNoDatabase() {
        try {
            return !Files.exists(databaseFile()) || Files.size(databaseFile()) == 0;
        } catch (IOException e) {
            return false; // opening it says what is wrong
        }
    }

    /** An empty database file, readable by the owner only, for H2 to make the new database in. */
    void createDatabaseFile() {
        try (FileChannel ignored = FileChannel.open(databaseFile(),
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(dir, OWNER_FILE))) {
            // created
        } catch (FileAlreadyExistsException e) {
            // made meanwhile: H2 opens it
        } catch (IOException e) {
            throw diskFull(dir) ? diskFullError(dir, e) : new StorageException(
                    StorageException.Reason.FOLDER_NOT_WRITABLE, "storage.error.folderNotWritable", e, dir);
        }
    }

    /** True when the disk that holds {@code path} (or its nearest existing parent) is (nearly) full. */
    static boolean diskFull(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return false;
        }
        try {
            return Files.getFileStore(p).getUsableSpace() < LOW_SPACE;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static StorageException diskFullError(Path dir, Throwable cause) {
        return new StorageException(StorageException.Reason.DISK_FULL, "storage.error.diskFull", cause, dir);
    }

    /**
     * Puts a complete, checked database file in place of this folder's database (which must not be open),
     * keeping a copy of the current one in {@code backups/} as {@code keptPrefix + stamp + ".mv.db"}; only
     * the newest {@link #KEPT_REPLACED} such copies stay.
     * <p>The swap survives a kill at any point: a journal ({@code socongvu.swap}) naming the new file and the
     * copy is written first, the copy is made, the new file is moved over the database in one atomic rename
     * (where the file system has it), then the journal is removed. The next {@link Database#open} that finds
     * the journal finishes the swap. {@code newFile} should be inside the data folder (a restore's or an
     * import's new file is): elsewhere it is first copied in.
     * @return the copy of the replaced data, or null when the folder had none
     */
    public Path replaceDatabase(Path newFile, String keptPrefix, String stamp) throws IOException {
        finishPendingSwap();
        Path current = databaseFile();
        Path source = newFile.toAbsolutePath().normalize();
        if (!source.startsWith(dir) || source.equals(current)) {
            Path inside = dir.resolve("restore-" + stamp + ".mv.db");
            try (FileChannel out = createPrivateFile(inside); FileChannel in = FileChannel.open(source)) {
                copy(in, out);
            }
            source = inside;
        }
        Path kept = Files.exists(current) ? backupsDir().resolve(keptPrefix + stamp + ".mv.db") : null;
        writeJournal(source, kept);
        swapStep.accept("journal");
        if (kept != null) {
            keepCopy(current, kept);
        }
        swapStep.accept("kept");
        moveIntoPlace(source, current);
        swapStep.accept("swapped");
        Files.deleteIfExists(dir.resolve(SWAP_JOURNAL));
        if (kept != null) {
            keepNewest(kept.getParent(), keptPrefix, KEPT_REPLACED);
        }
        return kept;
    }

    /**
     * Before the schema of data made by an earlier release is brought up to date: a copy of the database file as that
     * release left it, in {@code backups/} as {@value #UPGRADE_PREFIX}{@code <stamp>-v<version>.mv.db}; the newest
     * {@link #KEPT_REPLACED} such copies stay. The file must not be open for writing (it is copied as it is on disk).
     * @return the copy
     * @throws StorageException when it cannot be made (then nothing is migrated)
     */
    public Path keepBeforeUpgrade(int fromVersion) {
        try {
            Path backups = backupsDir();
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path kept = backups.resolve(UPGRADE_PREFIX + stamp + "-v" + fromVersion + ".mv.db");
            for (int i = 2; Files.exists(kept); i++) {
                kept = backups.resolve(UPGRADE_PREFIX + stamp + "-v" + fromVersion + "-" + i + ".mv.db");
            }
            keepCopy(databaseFile(), kept);
            keepNewest(backups, UPGRADE_PREFIX, KEPT_REPLACED);
            return kept;
        } catch (IOException e) {
            throw diskFull(dir) ? diskFullError(dir, e) : new StorageException(StorageException.Reason.IO,
                    "storage.error.upgradeCopy", e, databaseFile(), String.valueOf(e.getMessage()));
        }
    }

    private void writeJournal(Path source, Path kept) {
        Properties p = new Properties();
        p.setProperty("new", dir.relativize(source).toString());
        p.setProperty("kept", kept == null ? "" : dir.relativize(kept).toString());
        SafeFiles.write(dir.resolve(SWAP_JOURNAL), out -> p.store(new OutputStreamWriter(out,
                StandardCharsets.UTF_8), "So Cong Vu: the database file is being replaced"));
    }

    private static void keepCopy(Path current, Path kept) throws IOException {
        try (FileChannel in = FileChannel.open(current); FileChannel out = createPrivateFile(kept)) {
            copy(in, out);
        }
    }

    private static void copy(FileChannel in, FileChannel out) throws IOException {
        long size = in.size();
        for (long pos = 0; pos < size; ) {
            pos += in.transferTo(pos, size - pos, out);
        }
        out.force(true);
    }

    private void moveIntoPlace(Path source, Path current) throws IOException {
        setPermissionsIfPosix(source, OWNER_FILE);
        try {
            Files.move(source, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, current, StandardCopyOption.REPLACE_EXISTING); // the journal covers the gap
        }
        syncDirectory(dir);
    }

    private static void setPermissionsIfPosix(Path p, Set<PosixFilePermission> perms) {
        if (posix(p)) {
            setPermissions(p, perms);
        }
    }

    /** Makes a rename in {@code dir} durable where the system allows it (Linux, macOS; not Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a folder this way; its rename is journalled by NTFS
        }
    }

    /**
     * Finishes a replacement of the database that a kill interrupted (see {@link #replaceDatabase}): when the
     * journal is there and its new file still is, the copy of the current data is made again and the new file
     * moved into place. The journal is then removed. Nothing happens without a journal.
     * @throws StorageException when the swap cannot be finished (the files are left as they are)
     */
    /** Whether a replacement of the database was interrupted (its journal is there) and is still to be finished. */
    boolean hasPendingSwap() {
        return Files.exists(dir.resolve(SWAP_JOURNAL));
    }

    public void finishPendingSwap() {
        Path journal = dir.resolve(SWAP_JOURNAL);
        if (!Files.exists(journal)) {
            return;
        }
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(journal)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Path source = inside(p.getProperty("new", ""));
            String keptName = p.getProperty("kept", "");
            Path kept = keptName.isEmpty() ? null : inside(keptName);
            Path current = databaseFile();
            if (source != null && Files.isRegularFile(source)) {
                if (kept != null && Files.exists(current)) {
                    createPrivateDirectory(kept.getParent());
                    keepCopy(current, kept); // it may have been cut short
                }
                moveIntoPlace(source, current);
            }
            Files.delete(journal);
        } catch (IOException e) {
            throw diskFull(dir) ? diskFullError(dir, e) : new StorageException(StorageException.Reason.IO,
                    "storage.error.swapUnfinished", e, dir, String.valueOf(e.getMessage()));
        }
    }

    /** A path the journal names, if it is a file inside this folder (else null: the journal is not trusted). */
    private Path inside(String relative) {
        if (relative.isEmpty()) {
            return null;
        }
        try {
            Path p = dir.resolve(relative).normalize();
            return p.startsWith(dir) && !p.equals(dir) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------- leftovers

    /**
     * Deletes what a killed backup, restore, import, recovery check or file write left in the data folder
     * (and in {@code backups/}): only files and folders of the exact names those make, nothing else. Call
     * after {@link #finishPendingSwap()} (a journalled new file is data, not a leftover).
     * @return what was deleted
     */
    public List<Path> cleanLeftovers() {
        List<Path> deleted = new ArrayList<>();
        clean(dir, true, deleted);
        Path backups = dir.resolve(BACKUPS);
        if (Files.isDirectory(backups)) {
            clean(backups, false, deleted);
            try (var sub = Files.list(backups)) {
                for (Path d : sub.filter(Files::isDirectory).toList()) {
                    clean(d, false, deleted);
                }
            } catch (IOException ignored) {
                // nothing to clean there
            }
        }
        return deleted;
    }

    private static void clean(Path folder, boolean dataFolder, List<Path> deleted) {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                try {
                    if (Files.isSymbolicLink(p)) {
                        continue;
                    }
                    if (Files.isRegularFile(p) && (dataFolder ? Leftovers.FILES.stream().anyMatch(x -> x.matcher(name).matches())
                            : SafeFiles.TEMPORARY.matcher(name).matches())) {
                        Files.delete(p);
                        deleted.add(p);
                    } else if (dataFolder && Files.isDirectory(p) && Leftovers.DIR.matcher(name).matches()) {
                        SafeFiles.deleteTree(p);
                        deleted.add(p);
                    }
                } catch (IOException ignored) {
                    // tried again at the next start
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder is reported when it is used
        }
    }

    // -------------------------------------------------------------------------- data kept elsewhere

    /**
     * When the folder has no database: the newest (last written) copy of earlier data in it (a copy kept before a
     * restore or an import, or an automatic or manual backup in {@code backups/}), if any. A start that found one and made
     * a new, empty database would greet a clerk whose data exists with the first-start screen.
     */
    public Optional<Path> dataElsewhere() {
        if (!hasNoDatabase()) {
            return Optional.empty();
        }
        Path backups = dir.resolve(BACKUPS);
        if (!Files.isDirectory(backups)) {
            return Optional.empty();
        }
        try (var walk = Files.walk(backups, 2)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith("truoc-") && n.endsWith(".mv.db")) || n.toLowerCase(Locale.ROOT).endsWith(".scvbak");
            }).max(Comparator.comparing(DataFolder::modified));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Deletes all but the newest {@code keep} files of {@code dir} whose names start with {@code prefix}. */
    public static void keepNewest(Path dir, String prefix, int keep) throws IOException {
        try (var files = Files.list(dir)) {
            List<Path> ours = files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
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
