package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import vn.socongvu.task.ui.TasksView;

/** The window's keys (Ctrl+N, Ctrl+S, Ctrl+F) and the task form's first fields in sight at 1366 × 768. */
@ExtendWith(ApplicationExtension.class)
class HabitsFxTest {
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), LocalDate.of(2026, 3, 2));
        FxWindows.show(stage, services);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void ctrlFGoesToTheSearchCtrlNStartsANewRecordAndCtrlSSavesIt(FxRobot r) throws Exception {
        r.clickOn("#nav-tasks");
        FxWindows.awaitTasks(r);
        r.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(r.lookup("#task-search").queryAs(TextField.class).isFocused(), "Ctrl+F: the search box");

        r.interact(() -> r.lookup("#task-content").queryAs(TextArea.class).setText("Nháp"));
        r.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", r.lookup("#task-content").queryAs(TextArea.class).getText(),
                "Ctrl+N: a new task in the form");

        r.clickOn("#task-content");
        r.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(r.lookup("#task-content-error").queryAs(Label.class).getText().isEmpty(),
                "Ctrl+S: saved (and refused at the empty content, as the button would)");

        Node before = r.lookup("#tasks-view").query();
        r.press(KeyCode.F5).release(KeyCode.F5);
        FxWindows.awaitTasks(r);
        assertNotSame(before, r.lookup("#tasks-view").query(), "F5: the section read again");
    }

    @Test
    void theTaskFormShowsLeadUnitDeadlineAndRecurrenceWithoutScrolling(FxRobot r) throws Exception {
        r.clickOn("#nav-tasks");
        FxWindows.awaitTasks(r);
        TasksView view = r.lookup("#tasks-view").queryAs(TasksView.class);
        Node form = r.lookup("#task-form").query();
        ScrollPane sp = scrollPaneOf(form);
        Bounds visible = sp.localToScene(sp.getLayoutBounds());
        for (String id : new String[] {"#task-content", "#task-lead-unit", "#task-deadline", "#task-recurrence"}) {
            Node n = r.lookup(id).query();
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxY() <= visible.getMaxY() && b.getMinY() >= visible.getMinY(),
                    id + " in sight: " + b + " within " + visible + " (" + view + ")");
        }
    }

    private static ScrollPane scrollPaneOf(Node n) {
        Node p = n.getParent();
        while (!(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        return (ScrollPane) p;
    }
}
