package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.RecordingDialogService;
import vn.socongvu.ui.shell.DataFoldersViewModel.Left;

/** "Dữ liệu ▾": which folder is opened, made or left, as the clerk answers the dialogs. */
class DataFoldersViewModelTest {
    @TempDir
    Path tmp;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<String> switches = new ArrayList<>();
    Path current;
    Path defaultFolder;
    RecentDataFolders recent;
    /** The server the window works on (empty: this PC's own data). */
    Optional<ServerAddress> server = Optional.empty();

    @BeforeEach
    void folders() throws Exception {
        current = withData(tmp.resolve("xa-mau"));
        defaultFolder = tmp.resolve("mac-dinh");
        recent = new RecentDataFolders(Preferences.inFile(tmp.resolve("cua-so.properties")));
    }

    private static Path withData(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(DataFolder.databaseFileIn(dir), "");
        return dir;
    }

    private DataFoldersViewModel vm(boolean demo) {
        DataFoldersViewModel.Switcher switcher = new DataFoldersViewModel.Switcher() {
            @Override
            public Path currentFolder() {
                return current;
            }

            @Override
            public Path switchTo(Path target, Left left, Progress progress) {
                switches.add(tmp.relativize(target) + " " + left);
                return left == Left.MOVE_ASIDE ? target.resolveSibling("mac-dinh-xa-mau") : null;
            }

            @Override
            public void useServer(Services opened) {
                switches.add("server " + opened.db().server().orElseThrow());
            }

            @Override
            public Optional<ServerAddress> currentServer() {
                return server;
            }
        };
        return new DataFoldersViewModel(switcher, recent, defaultFolder, demo, dialogs, new CurrentThreadTaskRunner());
    }

    @Test
    void fromAServerBackToTheFolderThisPcUsedLastWhenTheClerkAgrees() throws Exception {
        Path mine = withData(tmp.resolve("cua-may-nay"));
        recent.used(mine);
        server = Optional.of(new ServerAddress("192.168.1.10", 5432, "socongvu", "vanthu"));
        recent.usedServer(server.get());
        DataFoldersViewModel vm = vm(false);
        assertEquals(Messages.get("datafolder.menu.onServer", "192.168.1.10:5432", "socongvu"), vm.whereText());
        vm.backToThisPc();
        assertEquals("confirm datafolder.backHere.title: " + Messages.get("datafolder.backHere.confirm",
                "192.168.1.10:5432", "socongvu", mine), dialogs.last());
        assertTrue(switches.isEmpty(), "not without the clerk's yes");
        dialogs.answer(true);
        vm.backToThisPc();
        assertEquals(List.of("cua-may-nay KEEP"), switches);
    }

    @Test
    void aDemoCommuneOnAServerIsNotLeftThroughAFolderOfThisPc() {
        server = Optional.of(new ServerAddress("192.168.1.10", 5432, "socongvu", "donvi"));
        DataFoldersViewModel vm = vm(true);
        assertTrue(vm.isDemo());
        assertFalse(vm.offersLeavingDemo(), "the folder of this PC is the server's, not the demo's");
        assertEquals(Messages.get("datafolder.demoBanner.server"), vm.demoText());
        vm.leaveDemo();
        assertTrue(dialogs.shown.isEmpty(), "no dialog about folders of this PC");
        assertTrue(switches.isEmpty(), "the server's folder on this PC is never moved or deleted");
        server = Optional.empty();
        assertTrue(vm.offersLeavingDemo());
        assertEquals(Messages.get("datafolder.demoBanner"), vm.demoText());
    }

    @Test
    void onThisPcsDataThereIsNoWayBack() {
        DataFoldersViewModel vm = vm(false);
        assertEquals(Messages.get("datafolder.menu.onThisPc"), vm.whereText());
        vm.backToThisPc();
        assertTrue(dialogs.shown.isEmpty());
        assertTrue(switches.isEmpty());
    }

    @Test
    void anotherFolderWithDataIsOpenedAndTheOneOpenNowKept() throws Exception {
        Path other = withData(tmp.resolve("usb/SoCongVu"));
        dialogs.choose(other);
        vm(false).openOther();
        assertEquals(List.of("usb/SoCongVu KEEP"), switches);
    }

    @Test
    void aFolderWithoutDataIsOpenedOnlyWhenTheClerkAgreesToStartNewDataThere() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("trong"));
        dialogs.choose(empty);
        vm(false).openOther();
        assertTrue(dialogs.last().startsWith("confirm datafolder.open.title: Thư mục " + empty + " chưa có dữ liệu"),
                dialogs.last());
        assertEquals(List.of(), switches, "said no: nothing opened");

        dialogs.choose(empty).answer(true).answer(true);
        vm(false).openOther();
        assertEquals(List.of("trong KEEP"), switches);
    }

    @Test
    void aMissingRecentFolderIsSaidAndForgotten() {
        Path gone = tmp.resolve("usb-rut-ra");
        recent.used(gone);
        recent.used(current);
        vm(false).open(gone);
        assertTrue(dialogs.last().startsWith("error: Không tìm thấy thư mục " + gone), dialogs.last());
        assertEquals(List.of(current), recent.all());
        assertEquals(List.of(), switches);
    }

    @Test
    void newDataGoesIntoAnEmptyFolderOrIntoASoCongVuFolderInsideAFullOne() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("moi"));
        dialogs.choose(empty).answer(true);
        vm(false).startNew();
        assertTrue(dialogs.last().contains("Tạo dữ liệu mới trong thư mục " + empty), dialogs.last());
        assertTrue(dialogs.last().contains("Dữ liệu đang mở (" + current + ") được giữ nguyên"), dialogs.last());

        Path documents = Files.createDirectories(tmp.resolve("tai-lieu"));
        Files.writeString(documents.resolve("bao-cao.docx"), "x");
        dialogs.choose(documents).answer(true);
        vm(false).startNew();
        assertEquals(List.of("moi KEEP", "tai-lieu/SoCongVu KEEP"), switches);
    }

    @Test
    void startingNewDataInAFolderThatHasDataOffersToOpenIt() throws Exception {
        Path other = withData(tmp.resolve("xa-that"));
        dialogs.choose(other).answer(true);
        vm(false).startNew();
        assertTrue(dialogs.last().startsWith("confirm datafolder.new.title: Thư mục " + other + " đã có dữ liệu"));
        assertEquals(List.of("xa-that KEEP"), switches);
    }

    @Test
    void leavingTheDemoForTheDefaultFolderKeepsOrRemovesTheDemoAsChosen() {
        dialogs.options(0, 0).answer(true);
        vm(true).leaveDemo();
        assertTrue(dialogs.last().contains("Xã mẫu vẫn ở thư mục " + current), dialogs.last());
        dialogs.options(0, 1).answer(true);
        vm(true).leaveDemo();
        assertTrue(dialogs.last().contains("sẽ bị xóa hẳn"), dialogs.last());
        dialogs.options(0, 1).answer(false);
        vm(true).leaveDemo();
        assertEquals(List.of("mac-dinh KEEP", "mac-dinh DELETE"), switches, "the third was not confirmed");
    }

    @Test
    void theDemoInTheDefaultFolderIsPutAsideAndTheClerkToldWhere() throws Exception {
        defaultFolder = current;
        dialogs.options(0, 0).answer(true);
        vm(true).leaveDemo();
        assertEquals(List.of("xa-mau MOVE_ASIDE"), switches);
        assertTrue(dialogs.last().startsWith("info datafolder.leaveDemo.title: Xã mẫu đã được chuyển sang thư mục "),
                dialogs.last());
    }

    @Test
    void theRealDataCanGoToAChosenFolderAndCancellingTheChoiceChangesNothing() throws Exception {
        dialogs.options(1, 0);
        vm(true).leaveDemo(); // the folder chooser cancelled
        Path chosen = Files.createDirectories(tmp.resolve("d/xa-that"));
        dialogs.options(1, 0).choose(chosen).answer(true);
        vm(true).leaveDemo();
        assertEquals(List.of("d/xa-that KEEP"), switches);
    }

    @Test
    void theRecentFoldersListTheOthersNewestFirstAndTheNextStartOpensTheLastUsed() throws Exception {
        Path a = withData(tmp.resolve("a"));
        Path b = withData(tmp.resolve("b"));
        recent.used(a);
        recent.used(b);
        recent.used(current);
        assertEquals(List.of(b, a), vm(false).recentFolders());
        assertEquals(current, recent.startFolder(defaultFolder));

        RecentDataFolders again = new RecentDataFolders(Preferences.inFile(tmp.resolve("cua-so.properties")));
        assertEquals(List.of(current, b, a), again.all(), "kept from one session to the next");
        again.moved(b, tmp.resolve("b2"));
        again.forget(current);
        assertEquals(List.of(tmp.resolve("b2"), a), again.all());
        assertEquals(defaultFolder, again.startFolder(defaultFolder), "the last one forgotten: the default");
        again.used(tmp.resolve("khong-con-du-lieu"));
        assertEquals(defaultFolder, again.startFolder(defaultFolder), "a last folder without data is not opened");
    }
}
