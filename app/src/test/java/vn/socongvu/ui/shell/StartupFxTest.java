package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.launch.InstanceChannel;
import vn.socongvu.ui.kit.FileOpener;

/** The real start-up path: the window before and after its data is open, and a clear message when it cannot be. */
@ExtendWith(ApplicationExtension.class)
class StartupFxTest {
    @TempDir
    Path tmp;
    private final AtomicReference<Services> opened = new AtomicReference<>();
    private final AtomicReference<Stage> window = new AtomicReference<>();

    @AfterEach
    void close(FxRobot r) throws Exception {
        FileOpener.use(null); // the application's start gave it its host services: not for the next tests
        if (window.get() != null) {
            r.interact(() -> window.get().hide());
        }
        if (opened.get() != null) {
            // Tổng quan counts in the background: let it finish before the data is closed.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#overview-loading").tryQuery()
                    .map(n -> !n.isVisible()).orElse(true));
            opened.get().close();
        }
    }

    /** Starts the app on {@code dir} as {@code main} does, its data opened only once {@code release} is counted down. */
    private void start(FxRobot r, Path dir, CountDownLatch release) {
        SoCongVuApp.useDataDir(dir, d -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Services s = Services.open(d);
            opened.set(s);
            return s;
        });
        SoCongVuApp app = new SoCongVuApp();
        r.interact(() -> {
            Stage stage = new Stage();
            window.set(stage);
            app.start(stage);
        });
        // the window's content takes its first frame's place once that frame is laid out (FirstFrameFxTest)
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> window.get().getScene().getRoot() instanceof AppRoot);
        } catch (TimeoutException e) {
            throw new AssertionError("the first frame was not replaced", e);
        }
    }

    @Test
    void aSetUpFolderShowsTheMainWindowAtOnceAndItsDataWhenOpen(FxRobot r) throws Exception {
        Path dir = tmp.resolve("data");
        TestServices.demo(dir).close();
        CountDownLatch release = new CountDownLatch(1);
        start(r, dir, release);

        // Before the data is open: the header, the navigation and "opening the data…" where the section goes.
        assertFalse(r.lookup("#main-view").queryAll().isEmpty(), "the main window is shown at once");
        assertFalse(r.lookup("#opening-data").queryAll().isEmpty());
        assertEquals("", r.lookup("#header-commune").queryAs(Label.class).getText());
        assertTrue(r.lookup("#overview-view").queryAll().isEmpty());
        // A section chosen meanwhile is the one shown when the data comes.
        r.clickOn("#nav-tasks");
        assertTrue(r.lookup("#nav-tasks").queryAs(ToggleButton.class).isSelected());
        assertFalse(r.lookup("#opening-data").queryAll().isEmpty());

        // An opening that takes long gets a spinner beside its message.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !r.lookup("#opening-spinner").queryAll().isEmpty());

        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#tasks-view").queryAll().isEmpty());
        FxWindows.awaitTasks(r);
        assertTrue(r.lookup("#opening-data").queryAll().isEmpty());
        assertTrue(r.lookup("#header-commune").queryAs(Label.class).getText().startsWith("Xã "),
                r.lookup("#header-commune").queryAs(Label.class).getText());
        assertEquals(1, r.lookup("#main-view").queryAll().size(), "the same window, given its data");
        r.clickOn("#nav-overview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#overview-view").queryAll().isEmpty());
    }

    @Test
    void theDataIsOpenedOnceTheFirstFrameIsLaidOutNotWhileJavaFxStarts(FxRobot r) throws Exception {
        Path dir = tmp.resolve("data");
        TestServices.demo(dir).close();
        AtomicBoolean asked = new AtomicBoolean();
        SoCongVuApp.useDataDir(dir, d -> {
            asked.set(true);
            Services s = Services.open(d);
            opened.set(s);
            return s;
        });
        Thread.sleep(300); // as long as JavaFX takes to start, and more
        assertFalse(asked.get(), "the data is not opened while JavaFX starts: it would take the cores the window needs");
        AtomicBoolean askedBeforeShown = new AtomicBoolean(true);
        r.interact(() -> {
            Stage stage = new Stage();
            window.set(stage);
            new SoCongVuApp().start(stage);
            askedBeforeShown.set(asked.get());
        });
        assertFalse(askedBeforeShown.get(), "nor before the window's first frame is laid out");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, asked::get);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#overview-view").queryAll().isEmpty());
    }

    @Test
    void theFirstFrameSaysTheDataIsOpeningWithoutASpinnerInItsPlace(FxRobot r) {
        // The first frame waits for no spinner (the costliest nodes of that frame): the message alone, the spinner's
        // place kept so that the message does not move when one joins it.
        AtomicReference<VBox> made = new AtomicReference<>();
        r.interact(() -> made.set((VBox) AppRoot.openingMessage()));
        VBox message = made.get();
        assertEquals(2, message.getChildren().size());
        assertFalse(message.getChildren().getFirst() instanceof ProgressIndicator);
        assertEquals(48, message.getChildren().getFirst().minHeight(-1));
        assertTrue(message.getChildren().get(1) instanceof Label);
    }

    @Test
    void aNewFolderShowsOpeningThenTheSetupNeverTheMainWindow(FxRobot r) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        start(r, tmp.resolve("new"), release);
        assertFalse(r.lookup("#opening-data").queryAll().isEmpty());
        assertTrue(r.lookup("#main-view").queryAll().isEmpty());

        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#setup-view").queryAll().isEmpty());
        assertTrue(r.lookup("#main-view").queryAll().isEmpty());
    }

    @Test
    void aLaterStartOnTheOpenDataHandsItsBackupToThisWindowWhichOffersIt(FxRobot r) throws Exception {
        Path dir = tmp.resolve("data");
        TestServices.demo(dir).close();
        start(r, dir, new CountDownLatch(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#overview-view").queryAll().isEmpty());
        Path backup = opened.get().backups().write(tmp.resolve("usb"), null, Progress.NONE).file();

        // what a second start of the app does before anything else (SoCongVuApp.start): this window takes it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> InstanceChannel.handOff(SoCongVuApp.instanceRegistry(),
                dir, backup) == InstanceChannel.HandOff.DELIVERED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !r.lookup("#backup-file-dialog").queryAll().isEmpty());
        DialogPane dialog = r.lookup("#backup-file-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().startsWith("Bản sao lưu " + backup), dialog.getContentText());
        assertEquals(Set.of("Kiểm tra", "Khôi phục…", "Đóng"),
                dialog.getButtonTypes().stream().map(ButtonType::getText).collect(Collectors.toSet()));
        r.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void secondInstanceShowsTheMessageInTheWindow(FxRobot r) throws Exception {
        try (Services first = TestServices.empty(tmp)) {
            start(r, tmp, new CountDownLatch(0));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#startup-error").queryAll().isEmpty());
            String text = r.lookup("#startup-error").queryAs(Label.class).getText();
            assertTrue(text.contains("Sổ Công Vụ đang mở ở một cửa sổ khác"), text);
            assertTrue(r.lookup("#main-view").queryAll().isEmpty(), "the window waiting for the data is replaced");
        }
    }
}
