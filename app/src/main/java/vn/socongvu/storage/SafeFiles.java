package vn.socongvu.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash, a full disk or a pulled USB stick never leaves a broken file behind:
 * the content goes to a temporary file beside the target, is forced to the device, and only then
 * replaces the target in one move. An existing file is either the old one or the new one, never half.
 */
public final class SafeFiles {
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
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 64 * 1024) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is closed once, by the outer try
                    }
                };
                content.writeTo(buffered);
                buffered.flush(); // whether or not the writer closed the stream
                ch.force(true);
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

    /** Deletes a folder with everything in it (deepest first); nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
