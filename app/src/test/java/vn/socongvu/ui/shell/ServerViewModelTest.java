package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.account.Account;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.storage.StorageException;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/**
 * Cài đặt → Máy chủ dữ liệu moving the window onto a server: this PC's records offered to an empty server (copied
 * whole, or not, or the move given up), a server that holds a commune said not to be merged, and the server's
 * refusals at their fields. The "server" here is a second H2 folder handed out by the opener, as a server database
 * would be (the same copy runs on PostgreSQL in ServerWindowCopyTest).
 */
class ServerViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final ServerAddress ADDRESS = new ServerAddress("192.168.1.10", 5432, "socongvu", "vanthu");
    @TempDir
    Path tmp;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();
    final List<Services> used = new ArrayList<>();
    final List<String> passwords = new ArrayList<>();
    int backHere;
    Services here;

    @BeforeEach
    void thisPc() {
        here = binhThanh("may-nay");
        here.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                "Rà soát hồ sơ thủ tục hành chính", here.directory().activeUnits().getFirst().id(), null, List.of(),
                null, null, "Báo cáo", "Công văn 7/UBND", TODAY, TODAY.plusDays(10), Recurrence.NONE, null));
    }

    @AfterEach
    void close() {
        used.forEach(Services::close);
        here.close();
    }

    /** A data folder set up as Bình Thành, on H2 in either run of the tests (this PC's data is never a server's). */
    private Services binhThanh(String folder) {
        Services s = Services.open(tmp.resolve(folder), () -> TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng",
                List.of("Hoàng Thị Thu Hà"), true));
        return s;
    }

    private ServerViewModel vm(BiFunction<ServerAddress, char[], Services> opener) {
        return new ServerViewModel(Optional.of(ADDRESS), here, opener, used::add, () -> backHere++, dialogs, runner);
    }

    /** Opens the "server" folder {@code name}, as the opener opens a server database. */
    private BiFunction<ServerAddress, char[], Services> server(String name) {
        return (a, pw) -> {
            passwords.add(new String(pw));
            return Services.open(tmp.resolve(name), () -> TODAY);
        };
    }

    @Test
    void anEmptyServerIsOfferedThisPcsRecordsAndGetsThemWholeBeforeTheWindowMoves() {
        ServerViewModel vm = vm(server("may-chu"));
        assertEquals("192.168.1.10", vm.host.get(), "the server remembered fills the form");
        dialogs.password("mat-khau-dung").options(ServerViewModel.COPY);
        vm.useServer();

        assertEquals(List.of("mat-khau-dung"), passwords);
        assertTrue(dialogs.shown.stream().anyMatch(d -> d.startsWith("choose server.copy.title: "
                + Messages.get("server.copy.header", "192.168.1.10:5432", "socongvu", tmp.resolve("may-nay")))),
                dialogs.shown.toString());
        assertEquals(List.of("server.ui.opening", "server.copy.progress"), runner.ran);
        assertEquals(1, used.size(), "the window moved onto the server once the copy was checked");
        Services there = used.getFirst();
        Map<String, String> original = new TreeMap<>(ServerCopy.checksums(here.db()));
        Map<String, String> copied = new TreeMap<>(ServerCopy.checksums(there.db()));
        // the first văn thư's account, and its audit row, are written after the copy (as copy-to-server does)
        assertEquals(List.of(there.db().sessionUser()), there.accounts().accounts().stream().map(Account::login)
                .toList());
        for (String afterCopy : List.of("account", "audit_log")) {
            original.remove(afterCopy);
            copied.remove(afterCopy);
        }
        assertEquals(original, copied, "every record, the same");
        assertEquals(List.of("Rà soát hồ sơ thủ tục hành chính"), there.tasks().list(TaskFilter.year(2026, TODAY))
                .stream().map(TaskRow::content).toList());
        assertTrue(there.accounts().current().editsEverything(), "the login that copied is the văn thư");
        Map<String, String> checks = ServerCopy.checksums(here.db());
        long records = checks.values().stream().mapToLong(c -> Long.parseLong(c.substring(0, c.indexOf(':')))).sum();
        assertEquals(Messages.get("server.copy.done", VnFormat.integer(records), checks.size()),
                vm.statusProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void notCopyingStartsEmptyDataOnTheServerAndLeavesThisPcsFolderAsItWas() {
        Map<String, String> before = ServerCopy.checksums(here.db());
        ServerViewModel vm = vm(server("may-chu"));
        dialogs.password("pw").options(ServerViewModel.START_EMPTY);
        vm.useServer();
        assertEquals(1, used.size());
        assertFalse(ServerCopy.holdsRecords(used.getFirst().db()), "nothing copied");
        assertEquals(before, ServerCopy.checksums(here.db()));
        assertEquals(Messages.get("server.ui.used"), vm.statusProperty().get());
    }

    @Test
    void givingUpAtTheOfferClosesTheServerAndTheWindowStaysHere() {
        ServerViewModel vm = vm(server("may-chu"));
        dialogs.password("pw"); // the offer is cancelled: no option queued
        vm.useServer();
        assertTrue(used.isEmpty());
        assertEquals(Messages.get("server.ui.notUsed"), vm.statusProperty().get());
        // closed: its folder can be opened again at once (an open one is locked)
        try (Services again = Services.open(tmp.resolve("may-chu"), () -> TODAY)) {
            assertFalse(ServerCopy.holdsRecords(again.db()));
        }
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void cancellingTheCopyLeavesTheServerEmptyAndTheWindowHere() {
        ServerViewModel vm = vm(server("may-chu"));
        dialogs.password("pw").options(ServerViewModel.COPY);
        boolean[] copying = {false};
        runner.progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                copying[0] |= message.equals(Messages.get("storage.copy.progress.start"));
            }

            @Override
            public boolean isCancelled() {
                return copying[0]; // the clerk presses "Hủy" as soon as the copy has begun
            }
        };
        vm.useServer();
        assertTrue(used.isEmpty());
        assertEquals(Messages.get("server.copy.cancelled"), vm.statusProperty().get());
        assertFalse(vm.busyProperty().get(), "the buttons work again");
        try (Services again = Services.open(tmp.resolve("may-chu"), () -> TODAY)) {
            assertFalse(ServerCopy.holdsRecords(again.db()), "the copy's transaction undone");
        }
    }

    @Test
    void aServerThatHoldsACommuneIsSaidNotToBeMergedWithThisPc() {
        binhThanh("may-chu").close();
        Map<String, String> before;
        try (Services other = Services.open(tmp.resolve("may-chu"), () -> TODAY)) {
            before = ServerCopy.checksums(other.db());
        }
        ServerViewModel vm = vm(server("may-chu"));
        dialogs.password("pw").answer(false);
        vm.useServer();
        String asked = dialogs.last();
        assertTrue(asked.startsWith("confirm server.notMerged.title: " + Messages.get("server.notMerged.text",
                "192.168.1.10:5432", "socongvu", Messages.get("server.notMerged.commune", "Bình Thành"),
                tmp.resolve("may-nay"))), asked);
        assertTrue(used.isEmpty(), "not moved when the clerk says no");
        assertEquals(Messages.get("server.ui.notUsed"), vm.statusProperty().get());

        dialogs.password("pw").answer(true);
        vm.useServer();
        assertEquals(1, used.size());
        assertEquals(before, ServerCopy.checksums(used.getFirst().db()), "nothing of this PC went into it");
    }

    @Test
    void thisPcWithoutRecordsMovesWithoutAQuestion() {
        here.close();
        here = Services.open(tmp.resolve("may-trong"), () -> TODAY);
        ServerViewModel vm = vm(server("may-chu"));
        dialogs.password("pw");
        vm.useServer();
        assertEquals(1, used.size());
        assertTrue(dialogs.shown.stream().noneMatch(d -> d.startsWith("choose") || d.startsWith("confirm")),
                dialogs.shown.toString());
    }

    @Test
    void theServersRefusalsAreShownAtTheirFields() {
        StorageException[] next = new StorageException[1];
        ServerViewModel vm = vm((a, pw) -> {
            throw next[0];
        });
        next[0] = new StorageException(StorageException.Reason.LOGIN_FAILED, "storage.server.error.password", null,
                "vanthu", "192.168.1.10:5432");
        dialogs.password("sai");
        vm.useServer();
        assertEquals(Messages.get("storage.server.error.password", "vanthu", "192.168.1.10:5432"),
                vm.errors().get("user"));
        next[0] = new StorageException(StorageException.Reason.SERVER_UNREACHABLE, "storage.server.error.unreachable",
                null, "192.168.1.10:5432", "socongvu");
        dialogs.password("pw");
        vm.check();
        assertEquals(Messages.get("storage.server.error.unreachable", "192.168.1.10:5432", "socongvu"),
                vm.errors().get("host"));
        assertEquals("", vm.errors().get("user"), "the earlier message gone");
        next[0] = new StorageException(StorageException.Reason.NO_DATABASE, "storage.server.error.noDatabase", null,
                "socongvu", "192.168.1.10:5432");
        dialogs.password("pw");
        vm.useServer();
        assertNotEquals("", vm.errors().get("database"));
        assertTrue(used.isEmpty());
        assertTrue(dialogs.reported.isEmpty());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aWrongAddressIsToldAtItsFieldsBeforeAnyPasswordIsAsked() {
        ServerViewModel vm = vm((a, pw) -> {
            throw new AssertionError("not connected");
        });
        vm.host.set("");
        vm.port.set("năm");
        vm.user.set("tên có dấu cách");
        vm.useServer();
        assertNotEquals("", vm.errors().get("host"));
        assertEquals(Messages.get("server.ui.badPort"), vm.errors().get("port"));
        assertEquals("", vm.errors().get("database"));
        assertNotEquals("", vm.errors().get("user"));
        assertTrue(dialogs.shown.isEmpty(), "no password asked: " + dialogs.shown);
    }

    @Test
    void theWayBackToThisPcIsOfferedOnlyOnAServer() {
        ServerViewModel vm = vm(server("may-chu"));
        assertFalse(vm.isOnServer(), "on this PC's own data");
        assertEquals(Messages.get("server.ui.local"), vm.currentProperty().get());
    }
}
