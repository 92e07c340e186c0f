package vn.socongvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import vn.socongvu.log.AppLog;

/**
 * Bad input on the command line (issue 29, item 10): each mistake a clerk can make gets one Vietnamese line and
 * the documented exit code — never a stack trace; a real bug gets one line naming the log, its trace in the log.
 */
class CliErrorsTest extends CliRun {
    @TempDir
    Path tmp;

    private void assertNoStackTrace() {
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception:"), err.toString());
    }

    @Test
    void aPlanFileThatIsEmptyMissingAFolderOrNotWordGetsAMessageAndTheInputCode() throws Exception {
        Path data = tmp.resolve("data");
        Path empty = Files.createFile(tmp.resolve("rong.docx"));
        assertEquals(ErrorHandler.EXIT_INPUT, run("import-plan", empty.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("Lỗi: Tệp rong.docx trống (0 byte)"), err.toString());
        Path text = Files.writeString(tmp.resolve("that-ra-la-chu.docx"), "KẾ HOẠCH\nII. NHIỆM VỤ\n");
        assertEquals(ErrorHandler.EXIT_INPUT, run("import-plan", text.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("không phải văn bản Word"), err.toString());
        assertEquals(ErrorHandler.EXIT_INPUT, run("import-plan", tmp.resolve("khong-co.docx").toString(),
                "--data-dir", data.toString()));
        assertTrue(err.toString().contains("Không tìm thấy tệp khong-co.docx"), err.toString());
        Path folder = Files.createDirectory(tmp.resolve("thu-muc"));
        assertEquals(ErrorHandler.EXIT_INPUT, run("import-plan", folder.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("thu-muc là một thư mục"), err.toString());
        assertNoStackTrace();
    }

    @Test
    void aDataFolderThatIsAFileGetsTheStorageCode() throws Exception {
        Path file = Files.writeString(tmp.resolve("tep"), "x");
        assertEquals(ErrorHandler.EXIT_STORAGE, run("export-data", "--data-dir", file.toString(), "--to",
                tmp.resolve("out.json").toString()));
        assertTrue(err.toString().startsWith("Lỗi: Không ghi được vào thư mục dữ liệu"), err.toString());
        assertEquals(ErrorHandler.EXIT_STORAGE, run("demo", "--data-dir", file.toString()));
        assertNoStackTrace();
    }

    @Test
    void exportToAFullDiskSaysSoWithTheStorageCode() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, run("demo", "--data-dir", data.toString(), "--years", "1"));
        // A full disk: a 64 KB RAM disk (Linux, as root: CI), unmounted after.
        Path full = Files.createDirectory(tmp.resolve("full"));
        assumeTrue(mount(full), "needs root on Linux to mount a small tmpfs");
        try {
            assertEquals(ErrorHandler.EXIT_STORAGE, run("export-data", "--data-dir", data.toString(), "--to",
                    full.resolve("du-lieu.json").toString()));
            assertTrue(err.toString().contains("Lỗi: Không ghi được tệp") && err.toString().contains("No space left"),
                    err.toString());
            assertNoStackTrace();
            try (var left = Files.list(full)) {
                assertEquals(0, left.count(), "no partial file left on the disk");
            }
        } finally {
            new ProcessBuilder("umount", full.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean mount(Path dir) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void anUnexpectedErrorIsOneLineNamingTheLogWithItsTraceInTheLog() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        String[] args = {"export-data", "--data-dir", data.toString(), "--to", tmp.resolve("x.json").toString()};
        CommandLine cl = RootCommand.commandLineFor(args);
        cl.setErr(new PrintWriter(err, true));
        cl.parseArgs(args);
        CommandLine sub = cl.getSubcommands().get("export-data");
        // A bug whose message would name someone: the console gets one line, the log the classes and frames only.
        IllegalStateException bug = new IllegalStateException("hồ sơ của Nguyễn Văn A");
        int code = new ErrorHandler().handleExecutionException(bug, sub, null);
        assertEquals(ErrorHandler.EXIT_UNEXPECTED, code);
        Path log = AppLog.fileIn(data);
        assertEquals("Lỗi không mong muốn (IllegalStateException): việc chưa làm xong. Chi tiết trong nhật ký " + log
                + " — hãy gửi tệp này cho người hỗ trợ kỹ thuật.", err.toString().strip());
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("ERROR [") && logged.contains("Command export-data failed unexpectedly"), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException\n")
                && logged.contains("\tat vn.socongvu.cli.CliErrorsTest"), logged);
        assertFalse(logged.contains("Nguyễn"), "no message that names a person");
    }

    @Test
    void theLogIsInTheDataFolderAndNamesNoOne() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, run("demo", "--data-dir", data.toString(), "--years", "1"));
        Path log = data.resolve("logs").resolve("socongvu.log");
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("INFO [") && logged.contains("Opening the data folder (Sổ Công Vụ "), logged);
        assertFalse(logged.contains(data.toString()), "no path (it can hold the user's name)");
        assertFalse(logged.contains("Bình Thành"), "no record content");
    }

    @Test
    void aServerAndADataFolderTogetherOrAMalformedAddressAreRefusedAsInput() {
        String server = "--database=postgresql://192.168.1.10/socongvu?user=vanthu";
        assertEquals(ErrorHandler.EXIT_INPUT, run("export-data", "--data-dir", tmp.toString(), server, "--to",
                tmp.resolve("x.json").toString()));
        assertTrue(err.toString().startsWith("Lỗi: Chỉ dùng một trong hai: --data-dir (dữ liệu trên máy này) hoặc"
                + " --database (dữ liệu trên máy chủ)."), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ErrorHandler.EXIT_INPUT, run("--data-dir", tmp.toString(), server),
                "the window's start refuses both as well");
        assertTrue(err.toString().startsWith("Lỗi: Chỉ dùng một trong hai"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ErrorHandler.EXIT_INPUT, run("--data-dir", tmp.toString(), "report", server, "--kind", "year",
                "--period", "2025", "--out", tmp.toString()), "the main command's folder with the subcommand's server");
        assertTrue(err.toString().startsWith("Lỗi: Chỉ dùng một trong hai"), err.toString());
        String[][] malformed = {
            {"192.168.1.10/socongvu", "không đúng dạng. Hãy viết: postgresql://MÁY_CHỦ[:CỔNG]/"},
            {"postgresql://192.168.1.10/socongvu", "thiếu tên đăng nhập (user=…)"},
            {"postgresql://192.168.1.10:cong/socongvu?user=vanthu", "Cổng \"cong\" không hợp lệ"},
            {"postgresql://may chu/socongvu?user=vanthu", "Tên máy chủ \"may chu\" không hợp lệ"},
            {"postgresql://192.168.1.10/?user=vanthu", "thiếu tên cơ sở dữ liệu"},
            {"postgresql://192.168.1.10/socongvu?user=vanthu&password=bimat", "Không ghi mật khẩu vào địa chỉ"}};
        for (String[] m : malformed) {
            err.getBuffer().setLength(0);
            assertEquals(ErrorHandler.EXIT_INPUT, run("backup", "--database", m[0], "--to", tmp.toString()), m[0]);
            assertTrue(err.toString().startsWith("Lỗi: ") && err.toString().contains(m[1]), m[0] + ": " + err);
            assertFalse(err.toString().contains("bimat"), "the password typed in the address is not repeated");
        }
        assertNoStackTrace();
    }
}
