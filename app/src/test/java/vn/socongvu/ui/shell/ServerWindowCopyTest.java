package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.account.Role;
import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/**
 * On a real PostgreSQL server: Cài đặt → Máy chủ dữ liệu copying this PC's data folder into a new, empty server
 * database and moving the window onto it (the login that copied its first văn thư); on the server, the way back to
 * this PC offered; and which clients make the server's automatic backups.
 */
class ServerWindowCopyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** Roles are the whole server's: names of this run only. */
    static final String LEADER = "t" + ProcessHandle.current().pid() + "_phochutich";
    static final CommuneSetup BINH_THANH = new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng",
            List.of("Hoàng Thị Thu Hà"), true);
    @TempDir
    Path tmp;
    ServerAddress address;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<Services> used = new ArrayList<>();
    final List<String> roles = new ArrayList<>();

    @BeforeEach
    void server() {
        PostgresTestServer.assumeAvailable();
        address = PostgresTestServer.newMigratedDatabase();
    }

    @AfterEach
    void close() {
        used.forEach(Services::close);
        for (String r : roles) {
            PostgresTestServer.execute(address.database(), "DROP OWNED BY \"" + r + "\"");
            PostgresTestServer.execute("postgres", "DROP ROLE IF EXISTS \"" + r + "\"");
        }
    }

    private Services onServer(String login, String password) {
        return Services.openServer(tmp.resolve("may-chu-" + login), address.withUser(login), password.toCharArray(),
                () -> TODAY);
    }

    @Test
    void thisPcsRecordsGoIntoTheEmptyServerDatabaseCheckedAndTheWindowFollows() {
        try (Services here = Services.open(tmp.resolve("may-nay"), () -> TODAY)) { // H2, in either run of the tests
            here.settings().setUp(BINH_THANH);
            here.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    "Cập nhật dữ liệu dân cư", here.directory().activeUnits().getFirst().id(), null, List.of(), null,
                    null, "Báo cáo", "Công văn 7/UBND", TODAY, TODAY.plusDays(15), Recurrence.NONE, null));
            ServerViewModel vm = new ServerViewModel(Optional.of(address), here,
                    (a, pw) -> Services.openServer(tmp.resolve("may-chu"), a, pw, () -> TODAY), used::add, null,
                    dialogs, new CurrentThreadTaskRunner());
            dialogs.password(new String(PostgresTestServer.password())).options(ServerViewModel.COPY);
            vm.useServer();

            assertEquals(1, used.size(), dialogs.shown + " " + vm.errors().get("host") + vm.statusProperty().get());
            Services there = used.getFirst();
            assertEquals(Optional.of(address), there.db().server());
            Map<String, String> original = new TreeMap<>(ServerCopy.checksums(here.db()));
            Map<String, String> copied = new TreeMap<>(ServerCopy.checksums(there.db()));
            for (String afterCopy : List.of("account", "audit_log")) { // the first văn thư, written after the copy
                original.remove(afterCopy);
                copied.remove(afterCopy);
            }
            assertEquals(original, copied, "every record on the server as in the data folder");
            assertEquals(Role.VAN_THU, there.accounts().byLogin(address.user()).orElseThrow().role(),
                    "the login that copied is the first văn thư");
            assertTrue(there.accounts().current().editsEverything());
            assertEquals(List.of("Cập nhật dữ liệu dân cư"), there.tasks().list(TaskFilter.year(2026, TODAY)).stream()
                    .map(TaskRow::content).toList());
        }
    }

    @Test
    void onTheServerTheWayBackIsOfferedAndTheSameDatabaseIsNotOpenedTwice() {
        try (Services there = onServer(address.user(), new String(PostgresTestServer.password()))) {
            int[] back = {0};
            ServerViewModel vm = new ServerViewModel(Optional.empty(), there, (a, pw) -> {
                throw new AssertionError("not opened again");
            }, used::add, () -> back[0]++, dialogs, new CurrentThreadTaskRunner());
            assertTrue(vm.isOnServer());
            assertEquals(Messages.get("server.ui.current", address.host() + ":" + address.port(), address.database()),
                    vm.currentProperty().get());
            assertEquals(address.database(), vm.database.get(), "the form shows the server in use");
            vm.useServer();
            assertEquals(Messages.get("server.ui.already"), vm.statusProperty().get());
            assertTrue(dialogs.shown.isEmpty(), "no password asked");
            vm.backToThisPc();
            assertEquals(1, back[0]);
        }
    }

    @Test
    void onlyAVanThuMakesTheServersAutomaticBackups() {
        char[] pw = "mat-khau-1".toCharArray();
        roles.add(LEADER);
        try (Services clerk = onServer(address.user(), new String(PostgresTestServer.password()))) {
            clerk.settings().setUp(BINH_THANH);
            assertTrue(clerk.makesAutoBackups(), "the văn thư's PC");
            clerk.accounts().create(LEADER, "Hoàng Thị Thu Hà", Role.LANH_DAO, null, pw, pw.clone());
        }
        try (Services leader = onServer(LEADER, "mat-khau-1")) {
            assertEquals(Role.LANH_DAO, leader.accounts().current().role());
            assertFalse(leader.makesAutoBackups(), "a leader's PC does not copy the whole server every day");
        }
        try (Services local = Services.open(tmp.resolve("mot-may"), () -> TODAY)) {
            assertTrue(local.makesAutoBackups(), "this PC's own data: always");
        }
    }
}
