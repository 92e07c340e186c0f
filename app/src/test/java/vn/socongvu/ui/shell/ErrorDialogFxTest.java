package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;

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
import vn.socongvu.log.AppLog;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.kit.ErrorDialog;
import vn.socongvu.ui.kit.FxDialogService;

/**
 * Errors the clerk can see (issue 29): an unexpected error in a save made on the FX thread shows the Vietnamese
 * dialog (what happened, nothing saved, where the log is, "Sao chép chi tiết") and its stack trace is in the log;
 * an error the clerk can act on shows its own message; a failed automatic backup at exit is told at the next start.
 */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogFxTest {
    @TempDir
    static Path tmp;
    Path data;
    Services services;
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) {
        data = tmp.resolve("data-" + System.nanoTime());
        services = TestServices.binhThanh(data, LocalDate.of(2026, 3, 12));
        FxWindows.show(stage, services);
        ErrorDialog.install(data);
    }

    @AfterEach
    void close() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        services.close();
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(Window::hide)).get();
    }

    private static DialogPane awaitDialog(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup(".dialog-pane").tryQuery().isPresent());
        return r.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void anUnexpectedErrorInASaveShowsTheDialogAndIsLogged(FxRobot r) throws Exception {
        r.clickOn("#nav-plans");
        r.interact(() -> r.lookup("#plan-new").queryButton().fire());
        r.interact(() -> r.lookup("#plan-title").queryAs(TextArea.class)
                .setText("Kế hoạch phòng chống thiên tai"));
        // The database goes away under the screen: the save throws something nobody handles.
        services.close();
        // As a click does, from the FX thread's event loop (not inside the test's own call, which would catch it).
        Button save = r.lookup("#plan-save").queryButton();
        Platform.runLater(save::fire);
        DialogPane pane = awaitDialog(r);
        assertEquals("unexpected-error", pane.getId());
        assertEquals("Đã xảy ra lỗi không mong muốn", pane.getHeaderText());
        Path log = AppLog.fileIn(data);
        assertTrue(pane.getContentText().contains("chưa được lưu"), pane.getContentText());
        assertTrue(pane.getContentText().contains(log.toString()), pane.getContentText());

        Button copy = (Button) pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> b instanceof Button x && "Sao chép chi tiết".equals(x.getText())).findFirst().orElseThrow();
        assertEquals("unexpected-error-copy", copy.getId());
        assertEquals("Sao chép chi tiết", copy.getText());
        r.interact(copy::fire);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains(log.toString()) && copied.contains("\tat vn.socongvu."), copied);
        assertTrue(pane.getScene().getWindow().isShowing(), "copying leaves the dialog open");

        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("ERROR") && logged.contains("Uncaught exception on thread JavaFX Application Thread"),
                logged);
        assertTrue(logged.contains("\tat vn.socongvu.plan.ui.PlansViewModel.save"), logged);
        assertFalse(logged.contains("Bình Thành") || logged.contains("Nguyễn Văn Hùng")
                || logged.contains("thiên tai"), "no names, no record content in the log");
    }

    @Test
    void anErrorTheClerkCanActOnShowsItsOwnMessage(FxRobot r) throws Exception {
        StorageException e = new StorageException(StorageException.Reason.IO, "export.error.write", null, "x.docx", "đầy");
        Platform.runLater(() -> {
            throw e;
        });
        DialogPane pane = awaitDialog(r);
        assertFalse("unexpected-error".equals(pane.getId()));
        assertEquals(e.userMessage(), pane.getContentText());
    }

    @Test
    void aFailedBackupAtExitIsToldAtTheNextStart(FxRobot r) throws Exception {
        AutoBackupNotice.remember(data, "Ổ đĩa đầy.");
        assertTrue(Files.exists(AutoBackupNotice.note(data)));
        Window window = r.lookup("#nav-plans").query().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> AutoBackupNotice.showPending(new FxDialogService(() -> window), data)).get();
        DialogPane pane = awaitDialog(r);
        assertTrue(pane.getContentText().startsWith("Lần đóng ứng dụng trước (lúc "), pane.getContentText());
        assertTrue(pane.getContentText().contains("Ổ đĩa đầy."), pane.getContentText());
        assertFalse(Files.exists(AutoBackupNotice.note(data)), "told once");
    }
}
