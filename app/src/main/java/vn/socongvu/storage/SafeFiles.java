package vn.socongvu.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that a crash, a full disk or a pulled USB stick never leaves a broken file behind:
 * the content goes to a temporary file beside the target ({@code .NAME.DIGITS.tmp}), is forced to the
 * device, and only then replaces the target in one move. An existing file is either the old one or the new
 * one, never half. Temporary files of NAME older than {@link #STALE} that an earlier write left (a pulled
 * stick, a kill) are removed when NAME is next written there. A file written into a data folder (or a folder
 * inside one) is readable by its owner only on POSIX systems; elsewhere (a USB stick) it gets the system's default.
 */
public final class SafeFiles {
    /** The name of a temporary file this class makes: {@code .NAME.DIGITS.tmp}. */
    static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]+\\.tmp");
    /** A temporary file older than this is no write in progress: a crash or a pulled stick left it. */
    static final Duration STALE = Duration.ofHours(1);

    /** Made when first needed: a SecureRandom starts Java's security providers, which the window's start does not need. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private SafeFiles() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @throws StorageException with a Vietnamese message naming the file; the target is untouched
     */
    public static Path write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeStale(dir, target.getFileName().toString());
            FileChannel ch = null;
            FileAttribute<?>[] attrs = inDataFolder(dir) && DataFolder.posix(dir)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DataFolder.OWNER_FILE)}
                    : new FileAttribute<?>[0];
            while (ch == null) {
                tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(Random.INSTANCE.nextLong()) + ".tmp");
                try {
                    ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs);
                } catch (FileAlreadyExistsException e) {
                    tmp = null; // another name
                }
            }
            try (FileChannel c = ch; OutputStream out = Channels.newOutputStream(c)) {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is closed once, by the outer try
                    }
                };
                content.writeTo(buffered);
                buffered.flush(); // whether or not the writer closed the stream
                c.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return target;
        } catch (IOException | SecurityException e) {
            throw new StorageException(StorageException.Reason.IO, "export.error.write", e, target,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the device is gone; nothing more can be done about the temporary file
                }
            }
        }
    }

    /** Deletes {@code .NAME.DIGITS.tmp} files of {@code dir} older than {@link #STALE}; nothing else. */
    private static void removeStale(Path dir, String name) {
        Pattern mine = Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9]+\\.tmp");
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (var files = Files.newDirectoryStream(dir, "." + globQuote(name) + ".*.tmp")) {
            for (Path p : files) {
                try {
                    if (mine.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p,
                            LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // left for the next write
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder that cannot be listed is reported by the write itself
        }
    }

    private static String globQuote(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\*?[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** True if {@code dir} is a data folder or inside one (it or a parent holds the folder's lock file). */
    static boolean inDataFolder(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(DataFolder.LOCK_FILE))) {
                return true;
            }
        }
        return false;
    }

    /** Deletes a folder with everything in it (deepest first); nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
