package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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
import vn.socongvu.directory.Staff;

/** First start on an empty database. */
@ExtendWith(ApplicationExtension.class)
class SetupFxTest {
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.empty(tmp.resolve("data-" + System.nanoTime()));
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void setUpTheCommuneThenWorkInIt(FxRobot r) throws Exception {
        r.clickOn("#setup-start");
        assertEquals("Hãy nhập tên xã.", r.lookup("#setup-commune-error").queryAs(Label.class).getText());
        assertEquals("Hãy nhập họ tên Chủ tịch UBND xã (người ký văn bản).",
                r.lookup("#setup-chairman-error").queryAs(Label.class).getText());

        r.clickOn("#setup-commune").write("Dân Tiến");
        r.clickOn("#setup-province").write("Thái Nguyên");
        r.clickOn("#setup-chairman").write("Trần Văn Quân");
        r.clickOn("#setup-vices").write("Ma Thị Hằng");
        r.clickOn("#setup-start");

        assertTrue(r.lookup("#main-view").query().isVisible());
        assertEquals("Xã Dân Tiến, tỉnh Thái Nguyên", r.lookup("#header-commune").queryAs(Label.class).getText());
        assertEquals("Dân Tiến", services.settings().identity().orElseThrow().placeName());
        assertEquals(2, services.settings().signers().size());
        assertEquals(9, services.directory().units().size(), "the leadership unit and the typical units");
        assertEquals(List.of("Trần Văn Quân", "Ma Thị Hằng"),
                services.directory().staff().stream().map(Staff::fullName).toList(), "the leaders are people");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#overview-loading").tryQuery()
                .map(n -> !n.isVisible()).orElse(false));
    }

    @Test
    void loadTheDemoCommuneInTheBackground(FxRobot r) throws Exception {
        r.clickOn("#setup-demo");
        // three years of a commune written through the services, each write checked and audited: ~20 s alone
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> !r.lookup("#main-view").queryAll().isEmpty());
        assertEquals("Xã Bình Thành, tỉnh Thái Nguyên", r.lookup("#header-commune").queryAs(Label.class).getText());
        assertEquals(40, services.directory().staff().size());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#overview-loading").tryQuery()
                .map(n -> !n.isVisible()).orElse(false));
    }
}
