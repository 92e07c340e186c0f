package vn.socongvu.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.socongvu.text.VnFormat;

/**
 * The checks every document the clerk picks goes through before it is read: it is there, it is a file (not a
 * folder or a device), it is not empty, and it is no bigger than a document of its kind can be — refused with
 * a message before anything is read, so that a hostile size never reaches memory.
 */
final class DocumentFile {
    private DocumentFile() {
    }

    /** @throws DocumentReadException when {@code file} is missing, not a file, empty or over {@code maxBytes} */
    static void check(Path file, long maxBytes) {
        Path name = name(file);
        if (Files.isDirectory(file)) {
            throw new DocumentReadException("document.read.folder", null, name);
        }
        if (!Files.exists(file)) {
            throw new DocumentReadException("document.read.missing", null, name);
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentReadException("document.read.notFile", null, name);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentReadException("document.read.io", e, name, String.valueOf(e.getMessage()));
        }
        if (size == 0) {
            throw new DocumentReadException("document.read.emptyFile", null, name);
        }
        if (size > maxBytes) {
            throw tooBig(name, size, maxBytes);
        }
    }

    /** The file's name as the clerk knows it (of "" the current folder's, of "/" the path itself). */
    static Path name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getFileName() == null ? abs : abs.getFileName();
    }

    static DocumentReadException tooBig(Path name, long size, long maxBytes) {
        return new DocumentReadException("document.read.tooBig", null, name, megabytes(size), megabytes(maxBytes));
    }

    /**
     * The file's bytes, at most {@code maxBytes} of them whatever its size claims (a file that grows while it is
     * read, or a special file, is refused as too big rather than read on).
     */
    static byte[] readAtMost(Path file, long maxBytes) {
        check(file, maxBytes);
        Path name = name(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooBig(name, bytes.length, maxBytes);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new DocumentReadException("document.read.missing", e, name);
        } catch (IOException e) {
            throw new DocumentReadException("document.read.io", e, name, String.valueOf(e.getMessage()));
        }
    }

    private static String megabytes(long bytes) {
        return VnFormat.number(bytes / (1024.0 * 1024.0), 1) + " MB";
    }
}
