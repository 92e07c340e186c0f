package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.Theme;
import vn.socongvu.ui.shell.DataFoldersViewModel.Left;

/** The window switches data folders: the new one opened and checked, the one left closed (backed up, or removed). */
@ExtendWith(ApplicationExtension.class)
class DataFoldersFxTest {
    @TempDir
    static Path tmp;
    OpenData open;
    AppRoot root;
    Path demoDir;
    RecentDataFolders recent;

    @Start
    void start(Stage stage) throws Exception {
        demoDir = tmp.resolve("demo-" + System.nanoTime());
        // a demo commune as the generator marks it (the generator's rows are not needed here)
        Services demo = TestServices.empty(demoDir);
        demo.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", "Bình Thành", "Nguyễn Văn Hùng",
                List.of(), false));
        demo.settings().markAsDemo();
        root = new AppRoot();
        recent = new RecentDataFolders(Preferences.inFile(tmp.resolve("recent-" + System.nanoTime())));
        open = new OpenData(root, demo, recent);
        Scene scene = new Scene(root, 1366, 768);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        root.showFor(demo);
    }

    @AfterEach
    void close() {
        if (open.services() != null) {
            open.services().close();
        }
    }

    @Test
    void theDemoIsMarkedAndItsBannerOffersTheWayOut(FxRobot r) {
        assertTrue(open.services().settings().isDemo());
        assertNotNull(r.lookup("#demo-banner").query());
        assertNotNull(r.lookup("#demo-banner-leave").query());
        assertNotNull(r.lookup("#data-menu").query());
        assertEquals(List.of(demoDir.toAbsolutePath().normalize()), recent.all(), "the folder opened is remembered");
    }

    @Test
    void theDataMenuSaysWhereTheDataIsAndOpensTheServersSettings(FxRobot r) throws Exception {
        r.clickOn("#data-menu");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("datafolder.menu.onThisPc"), ((Label) ((CustomMenuItem) r.lookup("#data-menu")
                .queryAs(MenuButton.class).getItems().getFirst()).getContent()).getText());
        assertTrue(r.lookup("#data-menu").queryAs(MenuButton.class).getItems().stream()
                .noneMatch(i -> "data-back-here".equals(i.getId())), "no way back: the data is this PC's");
        MenuButton menu = r.lookup("#data-menu").queryAs(MenuButton.class);
        r.interact(() -> {
            menu.hide();
            menu.getItems().stream().filter(i -> "data-server".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TabPane settings = r.lookup("#settings-view").queryAs(TabPane.class);
        assertEquals("tab-server", settings.getSelectionModel().getSelectedItem().getId());
        assertNotNull(r.lookup("#server-use").query());
    }

    @Test
    void aNewFolderIsOpenedOnTheSetupAndTheDemoKeptAndBackedUp(FxRobot r) throws Exception {
        Path fresh = tmp.resolve("moi-" + System.nanoTime());
        Path left = open.switchTo(fresh, Left.KEEP, Progress.NONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(demoDir.toAbsolutePath().normalize(), left);
        assertNotNull(r.lookup("#setup-view").query(), "new data: the setup");
        assertFalse(open.services().settings().isSetUp());
        assertEquals(fresh.toAbsolutePath().normalize(), recent.last().orElseThrow());
        try (var backups = Files.walk(demoDir.resolve(DataFolder.BACKUPS))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("socongvu-")), "backed up on leaving, as at exit");
        }
        // the demo opens again: its lock was let go
        open.switchTo(demoDir, Left.KEEP, Progress.NONE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#header-commune").tryQuery().isPresent());
        assertEquals("Xã Bình Thành, tỉnh Thái Nguyên", r.lookup("#header-commune").queryAs(Label.class).getText());
    }

    @Test
    void leavingTheDemoForItsOwnFolderPutsItAsideOrDeletesIt(FxRobot r) throws Exception {
        Path aside = open.switchTo(demoDir, Left.MOVE_ASIDE, Progress.NONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(demoDir.getFileName() + "-xa-mau", aside.getFileName().toString());
        assertTrue(Files.exists(DataFolder.databaseFileIn(aside)), "the demo kept beside");
        assertFalse(open.services().settings().isSetUp(), "the real data starts empty in the folder");
        assertTrue(recent.all().contains(aside));

        Path other = tmp.resolve("that-" + System.nanoTime());
        open.switchTo(aside, Left.KEEP, Progress.NONE);
        Files.createDirectories(aside.resolve("giay-to-cua-xa")); // not the app's: stays
        assertEquals(null, open.switchTo(other, Left.DELETE, Progress.NONE));
        assertFalse(Files.exists(DataFolder.databaseFileIn(aside)), "the demo's data deleted");
        assertFalse(Files.exists(aside.resolve(DataFolder.BACKUPS)));
        assertTrue(Files.isDirectory(aside.resolve("giay-to-cua-xa")), "what is not the app's is left");
        assertFalse(recent.all().contains(aside));
    }
}
