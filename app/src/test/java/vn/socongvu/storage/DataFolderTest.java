package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.log.AppLog;

/** The data folder's safety (issue 29): the journalled swap, leftovers, unusable paths, a full disk, privacy. */
class DataFolderTest {
    @TempDir
    Path tmp;

    /** Thrown by the swap hook: the process "dies" there (nothing after it runs, no clean-up of the new file). */
    private static final class Killed extends RuntimeException {
        Killed(String step) {
            super("killed at " + step);
        }
    }

    @AfterEach
    void noHook() {
        DataFolder.swapStep = step -> { };
    }

    /** A folder whose data has one unit of this name. */
    private Path folderWith(String name, String unit) {
        Path dir = tmp.resolve(name);
        try (Services s = TestServices.empty(dir)) {
            s.directory().saveUnit(new Unit.Draft(null, unit, null, UnitKind.OTHER, null, null));
        }
        return dir;
    }

    private static List<String> units(Path dir) {
        try (Services s = Services.open(dir)) {
            return s.directory().units().stream().map(Unit::name).toList();
        }
    }

    // ------------------------------------------------------------------------- item 3: the swap

    @ParameterizedTest
    @ValueSource(strings = {"journal", "kept", "swapped"})
    void aRestoreKilledAtAnyStepOfTheSwapIsFinishedAtTheNextStart(String step) throws Exception {
        Path dir = folderWith("data", "Dữ liệu cũ");
        Path other = folderWith("other", "Dữ liệu khôi phục");
        Path newFile = dir.resolve("restore-20261203-101500.mv.db");
        Files.copy(other.resolve("socongvu.mv.db"), newFile);
        DataFolder.swapStep = s -> {
            if (s.equals(step)) {
                throw new Killed(s);
            }
        };
        try (DataFolder folder = DataFolder.open(dir)) {
            assertThrows(Killed.class, () -> folder.replaceDatabase(newFile, "truoc-khoi-phuc-", "20261203-101500"));
        }
        DataFolder.swapStep = s -> { };
        assertEquals(List.of("Dữ liệu khôi phục"), units(dir), "the swap is finished, not an empty first start");
        Path kept = dir.resolve("backups/truoc-khoi-phuc-20261203-101500.mv.db");
        assertTrue(Files.exists(kept), "the replaced data is kept");
        Path check = tmp.resolve("kept");
        Files.createDirectories(check);
        Files.copy(kept, check.resolve("socongvu.mv.db"));
        assertEquals(List.of("Dữ liệu cũ"), units(check), "the kept copy is whole");
        assertFalse(Files.exists(dir.resolve(DataFolder.SWAP_JOURNAL)));
        assertFalse(Files.exists(newFile));
    }

    /** A real process, killed (halted) at each step of an import's swap: the next start has the imported data. */
    @ParameterizedTest
    @ValueSource(strings = {"journal", "kept", "swapped"})
    void anImportProcessKilledAtEachStepOfTheSwapIsFinishedAtTheNextStart(String step) throws Exception {
        Path dir = folderWith("data", "Dữ liệu cũ");
        Path other = folderWith("other", "Dữ liệu nhập");
        Path file = tmp.resolve("du-lieu.json");
        try (Services s = Services.open(other)) {
            s.exchange().export(file, Progress.NONE);
        }
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                SwapKillChild.class.getName(), dir.toString(), file.toString(), step).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains("KILLED AT " + step), out);
        assertTrue(Files.exists(dir.resolve(DataFolder.SWAP_JOURNAL)), "the journal outlived the kill");
        assertEquals(List.of("Dữ liệu nhập"), units(dir), "the import is finished, not an empty first start");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".nhap-du-lieu-") || n.equals(DataFolder.SWAP_JOURNAL)).toList());
        }
        try (var kept = Files.list(dir.resolve("backups"))) {
            assertEquals(1, kept.filter(p -> p.getFileName().toString().startsWith("truoc-nhap-du-lieu-")).count());
        }
    }

    @Test
    void anImportKilledBetweenADeleteAndTheRenameIsFinished() throws Exception {
        Path dir = folderWith("data", "Dữ liệu cũ");
        Path other = folderWith("other", "Dữ liệu nhập");
        Path work = Files.createDirectory(dir.resolve(".nhap-du-lieu-123456"));
        Path newFile = work.resolve("socongvu.mv.db");
        Files.copy(other.resolve("socongvu.mv.db"), newFile);
        DataFolder.swapStep = s -> {
            if (s.equals("kept")) {
                throw new Killed(s);
            }
        };
        try (DataFolder folder = DataFolder.open(dir)) {
            assertThrows(Killed.class, () -> folder.replaceDatabase(newFile, "truoc-nhap-du-lieu-", "20261203-101500"));
        }
        // A system without an atomic rename deletes the target first: killed right then, there is no database.
        Files.delete(dir.resolve("socongvu.mv.db"));
        DataFolder.swapStep = s -> { };
        assertEquals(List.of("Dữ liệu nhập"), units(dir));
        assertFalse(Files.exists(work), "the work folder is cleaned once its file is in place");
        assertTrue(Files.exists(dir.resolve("backups/truoc-nhap-du-lieu-20261203-101500.mv.db")));
    }

    @Test
    void noDatabaseButAKeptCopyIsRefusedWithWhereTheDataIs() throws Exception {
        Path dir = folderWith("data", "Dữ liệu cũ");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path kept = backups.resolve("truoc-khoi-phuc-20261203-101500.mv.db");
        Files.move(dir.resolve("socongvu.mv.db"), kept);
        StorageException e = assertThrows(StorageException.class, () -> Services.open(dir));
        assertEquals(StorageException.Reason.DATA_ELSEWHERE, e.reason());
        assertTrue(e.userMessage().contains(kept.toString()) && e.userMessage().contains("không tạo dữ liệu trống"),
                e.userMessage());
        assertFalse(Files.exists(dir.resolve("socongvu.mv.db")), "no empty database made");
    }

    @Test
    void noDatabaseButAnAutomaticBackupIsRefusedToo() throws Exception {
        Path dir = tmp.resolve("data");
        Path auto = Files.createDirectories(dir.resolve("backups/tu-dong"));
        Path backup = Files.writeString(auto.resolve("so-cong-vu-20261203.scvbak"), "x");
        StorageException e = assertThrows(StorageException.class, () -> Services.open(dir));
        assertEquals(StorageException.Reason.DATA_ELSEWHERE, e.reason());
        // the window says where in it to restore; the command line names its command
        assertTrue(e.userMessage().contains(backup.toString()) && e.userMessage().contains("Sao lưu → Khôi phục")
                && !e.userMessage().contains("--"), e.userMessage());
        assertTrue(String.join(" ", e.userLines()).contains("restore --from"), e.userLines().toString());
        assertFalse(Files.exists(dir.resolve("socongvu.mv.db")));
    }

    // ----------------------------------------------------------------------- item 8: leftovers

    @Test
    void whatACrashLeftIsCleanedAtTheNextOpenAndNothingElse() throws Exception {
        Path dir = folderWith("data", "Đơn vị");
        Path backups = Files.createDirectories(dir.resolve("backups/tu-dong"));
        List<Path> leftovers = List.of(dir.resolve(".backup-8123456789.sql"), dir.resolve(".restore-77.sql"),
                dir.resolve("restore-20261203-101500.mv.db"), dir.resolve("restore-20261203-101500.trace.db"),
                dir.resolve(".ui-preferences.properties.123.tmp"), dir.resolve(".kiem-tra-42.mv.db"),
                backups.resolve(".so-cong-vu-20261203.scvbak.999.tmp"));
        List<Path> kept = List.of(dir.resolve("backup-1.sql"), dir.resolve(".backup-notes.sql"),
                dir.resolve("restore-notes.mv.db"), dir.resolve("ghi-chu.tmp"), dir.resolve("ui-preferences.properties"),
                dir.resolve(".nhap-du-lieu-abc"), backups.resolve("so-cong-vu-20261203.scvbak"),
                dir.resolve("socongvu.mv.db.tmp"));
        for (Path p : leftovers) {
            Files.writeString(p, "x");
        }
        for (Path p : kept) {
            Files.writeString(p, "x");
        }
        Path work = Files.createDirectories(dir.resolve(".nhap-du-lieu-5551212"));
        Files.writeString(work.resolve("socongvu.mv.db"), "x");
        units(dir);
        for (Path p : leftovers) {
            assertFalse(Files.exists(p), p + " is cleaned");
        }
        assertFalse(Files.exists(work), "the import's work folder is cleaned");
        for (Path p : kept) {
            assertTrue(Files.exists(p), p + " is not a leftover: kept");
        }
    }

    @Test
    void safeFilesRemovesItsOwnStaleTemporaryFilesWhenItNextWritesThatName() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("usb"));
        Path old = Files.writeString(stick.resolve(".bao-cao.docx.1234567.tmp"), "nửa tệp");
        Path recent = Files.writeString(stick.resolve(".bao-cao.docx.7654321.tmp"), "đang ghi");
        Path otherName = Files.writeString(stick.resolve(".bien-ban.docx.1234567.tmp"), "tệp khác");
        Path notOurs = Files.writeString(stick.resolve(".bao-cao.docx.ban-nhap.tmp"), "của người dùng");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
        for (Path p : List.of(old, otherName, notOurs)) {
            Files.setLastModifiedTime(p, twoHoursAgo);
        }
        SafeFiles.write(stick.resolve("bao-cao.docx"), out -> out.write(1));
        assertFalse(Files.exists(old), "a stale temporary file of the name written is removed");
        assertTrue(Files.exists(recent), "a recent one may be a write in progress");
        assertTrue(Files.exists(otherName), "another name's is left for its next write");
        assertTrue(Files.exists(notOurs), "a file of another shape is not ours");
    }

    // --------------------------------------------------------------------------- item 10: paths

    @ParameterizedTest
    @ValueSource(strings = {"a;ACCESS_MODE_DATA=r", "du;lieu", "a\\b"})
    void aFolderH2WouldReadAsUrlOptionsOrAnotherFolderIsRefused(String name) throws IOException {
        boolean windows = tmp.getFileSystem().getSeparator().equals("\\");
        Assumptions.assumeFalse(windows && name.contains("\\"), "a folder separator on Windows");
        Path dir = tmp.resolve(name);
        StorageException e = assertThrows(StorageException.class, () -> Services.open(dir));
        assertEquals(StorageException.Reason.FOLDER_NOT_WRITABLE, e.reason());
        assertTrue(e.userMessage().contains("Không dùng được thư mục") && e.userMessage().contains("chọn thư mục khác"),
                e.userMessage());
        assertFalse(Files.exists(dir), "nothing is made there");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "nor anywhere else");
        }
    }

    @Test
    void otherSpecialCharactersWorkAsTheyAre() {
        Path dir = tmp.resolve("Dữ liệu xã (2026) #1 & a=b, 50%");
        try (Services s = Services.open(dir)) {
            s.directory().saveUnit(new Unit.Draft(null, "Đơn vị", null, UnitKind.OTHER, null, null));
        }
        assertTrue(Files.exists(dir.resolve("socongvu.mv.db")));
        assertEquals(List.of("Đơn vị"), units(dir));
    }

    @Test
    void aRelativeDataFolderWorksForEveryCommandThatOpensOrBuildsData() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("cwd"));
        assertEquals(0, run(work, "demo", "--data-dir", "du-lieu", "--years", "1"));
        assertEquals(0, run(work, "export-data", "--data-dir", "du-lieu", "--to", "xuat.json"));
        assertEquals(0, run(work, "import-data", "--data-dir", "du-lieu", "--from", "xuat.json", "--yes"));
        assertTrue(Files.exists(work.resolve("du-lieu/socongvu.mv.db")));
    }

    private static int run(Path cwd, String... args) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "vn.socongvu.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertFalse(out.contains("Exception") || out.contains("\tat "), out);
        assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + out);
        return p.exitValue();
    }

    /** A real full disk: a 2 MB tmpfs (root only; skipped elsewhere), filled, then unmounted. */
    @Test
    void aFullDiskAtStartIsAMessage() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small disk needs root");
        Path mount = Files.createDirectories(tmp.resolve("tiny"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(m.waitFor(20, TimeUnit.SECONDS) && m.exitValue() == 0, "tmpfs cannot be mounted here");
        try {
            try (var out = Files.newOutputStream(mount.resolve("filler"))) {
                byte[] mb = new byte[64 * 1024];
                while (true) {
                    out.write(mb);
                }
            } catch (IOException full) {
                // the disk is full
            }
            StorageException e = assertThrows(StorageException.class, () -> Services.open(mount.resolve("data")));
            assertEquals(StorageException.Reason.DISK_FULL, e.reason(), e.userMessage());
            assertTrue(e.userMessage().contains("đã đầy"), e.userMessage());
        } finally {
            AppLog.useFolder(tmp.resolve("log")); // the log, opened in the small disk's folder, lets it go
            new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    // ------------------------------------------------------------------------- item 11: privacy

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDataFolderAndItsFilesAreTheOwnersOnly() throws Exception {
        Assumptions.assumeTrue(DataFolder.posix(tmp), "POSIX permissions only");
        Path dir = folderWith("data", "Đơn vị");
        assertEquals("rwx------", perms(dir));
        assertEquals("rw-------", perms(dir.resolve("socongvu.mv.db")));
        assertEquals("rw-------", perms(dir.resolve("socongvu.lock")));
        Path other = folderWith("other", "Khác");
        Path newFile = dir.resolve("restore-20261203-101500.mv.db");
        Files.copy(other.resolve("socongvu.mv.db"), newFile);
        Files.setPosixFilePermissions(newFile, PosixFilePermissions.fromString("rw-r--r--"));
        try (DataFolder folder = DataFolder.open(dir)) {
            Path kept = folder.replaceDatabase(newFile, "truoc-khoi-phuc-", "20261203-101500");
            assertEquals("rwx------", perms(kept.getParent()));
            assertEquals("rw-------", perms(kept));
        }
        assertEquals("rw-------", perms(dir.resolve("socongvu.mv.db")));
        Path prefs = SafeFiles.write(dir.resolve("ui-preferences.properties"), out -> out.write('x'));
        assertEquals("rw-------", perms(prefs));
    }

    @Test
    void anOlderFolderIsTightenedWhenOpened() throws Exception {
        Assumptions.assumeTrue(DataFolder.posix(tmp), "POSIX permissions only");
        Path dir = folderWith("data", "Đơn vị");
        Path backups = Files.createDirectories(dir.resolve("backups/tu-dong"));
        Path backup = Files.writeString(backups.resolve("a.scvbak"), "x");
        for (Path d : List.of(dir, dir.resolve("backups"), backups)) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path f : List.of(dir.resolve("socongvu.mv.db"), dir.resolve("socongvu.lock"), backup)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
        units(dir);
        assertEquals("rwx------", perms(dir));
        assertEquals("rwx------", perms(dir.resolve("backups")));
        assertEquals("rwx------", perms(backups));
        assertEquals("rw-------", perms(dir.resolve("socongvu.mv.db")));
        assertEquals("rw-------", perms(dir.resolve("socongvu.lock")));
        assertEquals("rw-------", perms(backup));
    }

    @Test
    void aFileWrittenOutsideTheDataFolderKeepsTheSystemDefault() throws Exception {
        Assumptions.assumeTrue(DataFolder.posix(tmp), "POSIX permissions only");
        Path stick = Files.createDirectories(tmp.resolve("usb"));
        Path plain = Files.createFile(stick.resolve("tao-binh-thuong.txt"));
        Path written = SafeFiles.write(stick.resolve("bao-cao.docx"), out -> out.write(1));
        assertEquals(perms(plain), perms(written), "the clerk's own file, as any file made there");
    }
}
