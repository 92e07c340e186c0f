package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
import vn.socongvu.directory.Unit;
import vn.socongvu.text.VnText;

/** The header's search in the real window: Ctrl+K and Ctrl+Shift+F focus it; a result opens its record. */
@ExtendWith(ApplicationExtension.class)
class HeaderSearchFxTest {
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), LocalDate.of(2026, 3, 10));
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
    }

    @Test
    void ctrlKFocusesTheFieldAndAUnitTypedWithoutDiacriticsOpensInDanhMuc(FxRobot r) throws Exception {
        TextField field = r.lookup("#header-search").queryAs(TextField.class);
        r.clickOn("#nav-tasks");
        assertFalse(field.isFocused());
        r.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused(), "Ctrl+K focuses the search");
        r.clickOn("#nav-plans");
        r.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused(), "Ctrl+Shift+F too");

        Unit unit = services.directory().units().stream().filter(u -> u.name().startsWith("Phòng Văn hóa"))
                .findFirst().orElseThrow();
        r.write(VnText.fold(unit.name()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#header-search-results").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty() && n.getScene().getWindow().isShowing())
                .orElse(false));
        r.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(r.lookup("#nav-directory").queryAs(ToggleButton.class).isSelected(), "Danh mục shown");
        TableView<?> units = r.lookup("#unit-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> units.getSelectionModel().getSelectedItem() != null);
        assertEquals(unit.id(), ((Unit) units.getSelectionModel().getSelectedItem()).id());
    }
}
