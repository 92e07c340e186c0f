package vn.socongvu.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.Services;
import vn.socongvu.TestServices;

/** The real start-up path, on a folder another instance holds: a clear message, not a stack trace. */
@ExtendWith(ApplicationExtension.class)
class StartupErrorFxTest {
    @TempDir
    Path tmp;

    @Test
    void secondInstanceShowsTheMessageInTheWindow(FxRobot r) throws Exception {
        try (Services first = TestServices.empty(tmp)) {
            SoCongVuApp.useDataDir(tmp);
            SoCongVuApp app = new SoCongVuApp();
            r.interact(() -> app.start(new Stage()));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#startup-error").queryAll().isEmpty());
            String text = r.lookup("#startup-error").queryAs(Label.class).getText();
            assertTrue(text.contains("Sổ Công Vụ đang mở ở một cửa sổ khác"), text);
            r.interact(() -> r.lookup("#startup-close").queryButton().getScene().getWindow().hide());
        }
    }
}
