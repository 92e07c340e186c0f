package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.app.Services;
import vn.socongvu.ui.kit.FileOpener;

/** The window carries the app's icon (the installers' icon, src/installer/icon) at the sizes a desktop picks from. */
@ExtendWith(ApplicationExtension.class)
class WindowIconFxTest {
    @TempDir
    Path tmp;
    private final AtomicReference<Stage> window = new AtomicReference<>();
    private final AtomicReference<Services> opened = new AtomicReference<>();

    @AfterEach
    void close(FxRobot r) {
        FileOpener.use(null);
        if (window.get() != null) {
            r.interact(() -> window.get().hide());
        }
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    @Test
    void theWindowHasTheAppIconAtEachSize(FxRobot r) throws Exception {
        SoCongVuApp.useDataDir(tmp.resolve("new"), d -> {
            Services s = Services.open(d);
            opened.set(s);
            return s;
        });
        r.interact(() -> {
            Stage stage = new Stage();
            window.set(stage);
            new SoCongVuApp().start(stage);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#setup-view").queryAll().isEmpty());

        List<Image> icons = window.get().getIcons();
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 256.0), icons.stream().map(Image::getWidth).toList());
        for (Image icon : icons) {
            assertFalse(icon.isError(), icon.getUrl());
            assertEquals(icon.getWidth(), icon.getHeight(), icon.getUrl());
        }
    }
}
