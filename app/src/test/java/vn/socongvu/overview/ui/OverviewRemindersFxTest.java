package vn.socongvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import atlantafx.base.theme.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.overview.ui.OverviewViewModel.ReminderLine;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.Theme;

/**
 * Tổng quan's reminders on a busy day: each lead unit's heading then its tasks by deadline, in a list that makes
 * only the lines in view; a task's link, or Enter on it, opens the task.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewRemindersFxTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;
    Services s;

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void hundredsOfRemindersAreListedByUnitAndEachOpensItsTask(FxRobot r) throws Exception {
        s = TestServices.binhThanh(tmp, TODAY);
        long kinhTe = unit("Phòng Kinh tế");
        long congAn = unit("Công an xã");
        for (int i = 0; i < 150; i++) {
            // Overdue (due before today) and due in the next days, in both units.
            task("Rà soát hồ sơ số " + i, i % 2 == 0 ? kinhTe : congAn, TODAY.plusDays(i % 3 == 0 ? -10 - i % 7 : 3));
        }
        OverviewViewModel vm = new OverviewViewModel(s.tasks(), s.settings(), s.meetings(), s.reports(),
                new FxTaskRunner(() -> null));
        List<TaskRow> opened = new ArrayList<>();
        r.interact(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new OverviewView(vm, opened::add), 1200, 760);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.shownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<ReminderLine> list = r.lookup("#overview-reminders").queryAs(ListView.class);
        List<ReminderLine> lines = list.getItems();
        assertEquals(152, lines.size(), "two unit headings and 150 tasks");
        assertEquals(new ReminderLine.Unit("Công an xã", 75), lines.get(0), "units in Vietnamese order");
        assertEquals(new ReminderLine.Unit("Phòng Kinh tế", 75), lines.get(76));
        for (int i = 2; i <= 75; i++) {
            LocalDate before = ((ReminderLine.Task) lines.get(i - 1)).row().dueOn();
            assertTrue(!((ReminderLine.Task) lines.get(i)).row().dueOn().isBefore(before), "by deadline within a unit");
        }
        long cells = r.lookup("#overview-reminders .list-cell").queryAll().size();
        assertTrue(cells < 40, "only the lines in view are made, not 152: " + cells);

        // The first task's link opens it; so does Enter on the second.
        ListCell<?> first = r.lookup("#overview-reminders .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
        Hyperlink link = assertInstanceOf(Hyperlink.class, first.getGraphic());
        TaskRow firstTask = ((ReminderLine.Task) lines.get(1)).row();
        assertTrue(link.getText().contains(firstTask.content()), link.getText());
        assertTrue(link.getStyleClass().contains(Styles.DANGER), "an overdue task is red");
        Color red = (Color) link.getTextFill();
        assertTrue(red.getRed() > 0.6 && red.getBlue() < 0.4, "an overdue task's link is red: " + red);
        r.interact(link::fire);
        assertEquals(List.of(firstTask), opened);
        r.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(2);
        });
        r.type(KeyCode.ENTER);
        assertEquals(List.of(firstTask, ((ReminderLine.Task) lines.get(2)).row()), opened);
        r.interact(() -> list.getScene().getWindow().hide());
    }

    private long unit(String name) {
        return s.directory().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void task(String content, long lead, LocalDate deadline) {
        s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, lead, null,
                List.of(), null, null, null, "Công văn 88/UBND ngày 01/6/2026", LocalDate.of(2026, 6, 1), deadline,
                Recurrence.NONE, null));
    }
}
