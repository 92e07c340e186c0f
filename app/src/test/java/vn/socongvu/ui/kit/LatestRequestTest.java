package vn.socongvu.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.storage.StorageException;

class LatestRequestTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theWorkRunsOffTheFxThreadAndOnlyTheLatestAnswerIsShown() throws Exception {
        LatestRequest request = new FxTaskRunner(() -> null).latest("test-request");
        List<String> shown = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        CountDownLatch slowMayFinish = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            request.run(() -> {
                onFxThread.add(Platform.isFxApplicationThread());
                await(slowMayFinish);
                return "old filter";
            }, shown::add, e -> shown.add("failed"));
            request.run(() -> {
                onFxThread.add(Platform.isFxApplicationThread());
                return "new filter";
            }, shown::add, e -> shown.add("failed"));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.contains("new filter"));
        assertTrue(request.busyProperty().get() == false, "the latest request has answered");
        slowMayFinish.countDown(); // the older request answers last…
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("new filter"), shown, "…and is not shown over the newer one");
        assertEquals(List.of(false, false), onFxThread);
    }

    @Test
    void busyUntilTheAnswerAndAFailureIsReportedNotThrown() throws Exception {
        LatestRequest request = new FxTaskRunner(() -> null).latest("test-request");
        List<String> shown = new CopyOnWriteArrayList<>();
        CountDownLatch mayFinish = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> request.<String>run(() -> {
            await(mayFinish);
            throw new IllegalStateException("the data was closed");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()))).get(10, TimeUnit.SECONDS);
        assertTrue(request.busyProperty().get(), "busy while the work runs");
        mayFinish.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("failed: the data was closed"), shown);
        assertFalse(request.busyProperty().get());
    }

    @Test
    void aReadTheServerLostIsSaidInOneDialogHoweverManyScreensFailWithIt() throws Exception {
        FxTaskRunner runner = new FxTaskRunner(() -> null);
        StorageException lost = new StorageException(StorageException.Reason.CONNECTION_LOST,
                "storage.server.error.lost", null, "192.168.1.10:5432");
        List<String> shown = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            runner.latest("tasks").<String>run(() -> {
                throw lost;
            }, shown::add, e -> shown.add("tasks: not read"));
            runner.latest("overview").<String>run(() -> {
                throw lost;
            }, shown::add, e -> shown.add("overview: not read"));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> dialogs = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup("#server-error"))
                .filter(n -> n instanceof DialogPane).map(DialogPane.class::cast).toList()).get(10, TimeUnit.SECONDS);
        try {
            assertEquals(1, dialogs.size(), "one dialog for both screens");
            assertTrue(dialogs.getFirst().getContentText().startsWith("Mất kết nối với máy chủ cơ sở dữ liệu "
                    + "192.168.1.10:5432."), dialogs.getFirst().getContentText());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> dialogs.stream().map(Node::getScene).forEach(sc -> sc.getWindow().hide()))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
