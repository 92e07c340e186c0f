package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path tmp;

    private long leftovers() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void writesAndReplacesWholeFiles() throws IOException {
        Path f = tmp.resolve("bao-cao.docx");
        SafeFiles.write(f, out -> out.write("cũ".getBytes(StandardCharsets.UTF_8)));
        // A writer that does not close or flush its stream still gets all its bytes written.
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'x');
        SafeFiles.write(f, out -> out.write(big));
        assertEquals(200_000, Files.size(f));
        assertEquals(0, leftovers());
    }

    @Test
    void aFailureMidWriteLeavesThePreviousFileIntactAndSaysSo() throws IOException {
        Path f = tmp.resolve("bao-cao.docx");
        SafeFiles.write(f, out -> out.write("bản cũ".getBytes(StandardCharsets.UTF_8)));
        StorageException e = assertThrows(StorageException.class, () -> SafeFiles.write(f, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("bản cũ", Files.readString(f));
        assertEquals(0, leftovers(), "the temporary file is removed");
        assertTrue(e.userMessage().contains(f.toString()) && e.userMessage().contains("vẫn nguyên vẹn"), e.userMessage());
    }

    @Test
    void aStickPulledMidWriteLeavesThePreviousFileIntact() throws IOException {
        Path f = tmp.resolve("bien-ban.docx");
        SafeFiles.write(f, out -> out.write("bản cũ".getBytes(StandardCharsets.UTF_8)));
        // The device vanishes under the writer: its temporary file is gone when the move comes.
        assertThrows(StorageException.class, () -> SafeFiles.write(f, out -> {
            out.write(new byte[70_000]);
            try (var s = Files.list(tmp)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.delete(p);
                }
            }
        }));
        assertEquals("bản cũ", Files.readString(f));
    }

    @Test
    void aTargetFolderThatCannotExistIsAClearError() throws IOException {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        StorageException e = assertThrows(StorageException.class,
                () -> SafeFiles.write(notADir.resolve("a.xlsx"), out -> out.write(1)));
        assertTrue(e.userMessage().startsWith("Không ghi được tệp"), e.userMessage());
    }

    @Test
    void theTargetFolderRemovedMidWriteIsAClearErrorAndNothingIsRecreated() throws IOException {
        Path stick = Files.createDirectories(tmp.resolve("usb"));
        Path f = stick.resolve("bao-cao-quy.xlsx");
        StorageException e = assertThrows(StorageException.class, () -> SafeFiles.write(f, out -> {
            out.write(new byte[50_000]);
            try (var s = Files.list(stick)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(stick); // the stick is pulled: its folder is gone
        }));
        assertTrue(e.userMessage().startsWith("Không ghi được tệp") && e.userMessage().contains(f.toString()),
                e.userMessage());
        assertTrue(Files.notExists(stick), "no half file and no folder made up on the computer's disk");
    }

    @Test
    void aFolderMadeReadOnlyKeepsThePreviousFileAndSaysSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("chi-doc"));
        Path f = dir.resolve("bien-ban.docx");
        SafeFiles.write(f, out -> out.write("bản cũ".getBytes(StandardCharsets.UTF_8)));
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            // Root (as in CI) writes into read-only folders anyway; the removed-folder case above covers it there.
            Assumptions.assumeFalse(Files.isWritable(dir), "permissions are not enforced for this user");
            StorageException e = assertThrows(StorageException.class,
                    () -> SafeFiles.write(f, out -> out.write(new byte[10])));
            assertEquals("bản cũ", Files.readString(f));
            assertTrue(e.userMessage().contains("vẫn nguyên vẹn"), e.userMessage());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
