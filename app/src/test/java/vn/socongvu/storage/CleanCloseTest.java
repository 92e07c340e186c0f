package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;

/** The check of every row at open is skipped only for the very file the app last closed cleanly. */
class CleanCloseTest {
    @TempDir
    Path tmp;

    @Test
    void aFileClosedCleanlyOpensWithoutBeingReadWholeAndAnyOtherIsReadWhole() throws Exception {
        Path data = tmp.resolve("data");
        try (Services s = TestServices.demo(data)) {
            s.directory().units();
        }
        Path marker = data.resolve(Database.CleanClose.FILE);
        assertTrue(Files.exists(marker), "a clean close is remembered");
        int before = Database.FULL_READS.get();
        try (Services s = TestServices.empty(data)) {
            assertEquals(before, Database.FULL_READS.get(), "the file as it was closed: not read whole again");
            assertFalse(Files.exists(marker), "forgotten while a session may write");
        }
        // A session that ended without closing (a crash): no marker, the next open reads every row.
        Files.delete(marker);
        try (Services s = TestServices.empty(data)) {
            assertEquals(before + 1, Database.FULL_READS.get());
        }
        // The file changed by something else since the app closed it: read whole, and refused if damaged.
        byte[] file = Files.readAllBytes(data.resolve("socongvu.mv.db"));
        for (int i = file.length / 3; i < file.length / 3 + 4096; i++) {
            file[i] ^= 0x5a;
        }
        Files.write(data.resolve("socongvu.mv.db"), file);
        assertTrue(Files.exists(marker));
        StorageException e = assertThrows(StorageException.class, () -> TestServices.empty(data).close());
        assertEquals(StorageException.Reason.CORRUPT, e.reason(), e.userMessage());
        assertEquals(before + 2, Database.FULL_READS.get());
        assertArrayEquals(file, Files.readAllBytes(data.resolve("socongvu.mv.db")), "and not written to");
    }
}
