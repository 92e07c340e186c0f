package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Target;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;

/** Issue 4's scenario, through the real window on a fixed "today" (1 July 2026). */
@ExtendWith(ApplicationExtension.class)
class PlanTaskFlowFxTest {
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), LocalDate.of(2026, 7, 1));
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot r, String id) {
        return (TableView<T>) r.lookup(id).queryAs(TableView.class);
    }

    /** The overview computes its figures in the background: wait until they are shown. */
    private static void awaitOverview(FxRobot r) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> r.lookup("#overview-loading").tryQuery().map(n -> !n.isVisible()).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("the overview did not finish loading", e);
        }
    }

    private static void tab(FxRobot r, String viewId, int index) {
        r.interact(() -> ((TabPane) r.lookup(viewId).query().lookup(".tab-pane")).getSelectionModel().select(index));
    }

    private static void task(FxRobot r, String content, int unitIndex, LocalDate deadline) {
        r.clickOn("#plan-task-new");
        r.clickOn("#task-content").write(content);
        r.interact(() -> {
            r.lookup("#task-lead-unit").queryComboBox().getSelectionModel().select(unitIndex);
            r.lookup("#task-assigned-on").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 2));
            r.lookup("#task-deadline").queryAs(DatePicker.class).setValue(deadline);
        });
        r.clickOn("#plan-task-save");
        assertEquals("Đã lưu.", r.lookup("#plan-task-status").queryAs(Label.class).getText(), () -> content + ": "
                + r.lookup(".danger").queryAll().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .filter(t -> !t.isEmpty()).toList());
    }

    @Test
    void planWithATargetAndTwoTasksThenProgressChangesStatesAndDashboard(FxRobot r) throws Exception {
        r.clickOn("#nav-plans");
        r.clickOn("#plan-new");
        r.clickOn("#plan-title").write("Kế hoạch kiểm tra công vụ năm 2026");
        r.clickOn("#plan-bases").write("Căn cứ Luật Cán bộ, công chức năm 2025");
        r.clickOn("#plan-save");
        assertEquals("Đã lưu.", r.lookup("#plan-status").queryAs(Label.class).getText());
        assertEquals(1, table(r, "#plan-table").getItems().size());

        tab(r, "#plans-view", 1);
        r.clickOn("#target-description").write("100% nhiệm vụ hoàn thành đúng hạn");
        r.clickOn("#target-value").write("100");
        r.interact(() -> r.lookup("#target-measure").queryComboBox().getSelectionModel().select(Measure.TASKS_ON_TIME));
        r.clickOn("#target-save");
        TableView<Target.Standing> targets = table(r, "#target-table");
        assertEquals(1, targets.getItems().size());
        assertEquals(null, targets.getItems().get(0).value(), "no task is due yet");

        tab(r, "#plans-view", 2);
        // A deadline before the day of assignment is refused at the field.
        r.clickOn("#plan-task-new");
        r.clickOn("#task-content").write("Nhiệm vụ có hạn sai");
        r.interact(() -> {
            r.lookup("#task-lead-unit").queryComboBox().getSelectionModel().select(0);
            r.lookup("#task-deadline").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 6, 15));
        });
        r.clickOn("#plan-task-save");
        assertEquals("Hạn không được trước ngày giao (01/07/2026).",
                r.lookup("#task-deadline-error").queryAs(Label.class).getText());
        r.interact(() -> r.lookup("#task-content").queryTextInputControl().clear());
        task(r, "Kiểm tra đột xuất việc chấp hành giờ giấc", 0, LocalDate.of(2026, 6, 15));
        task(r, "Tổng hợp kết quả kiểm tra, báo cáo UBND xã", 1, LocalDate.of(2026, 9, 30));
        assertEquals(2, table(r, "#plan-task-table").getItems().size());

        r.clickOn("#nav-tasks");
        FxWindows.awaitTasks(r);
        TableView<TaskRow> tasks = table(r, "#task-table");
        assertEquals(2, tasks.getItems().size());
        assertEquals(List.of(TaskState.OPEN_OVERDUE, TaskState.OPEN_ON_TIME),
                tasks.getItems().stream().map(TaskRow::state).toList());

        r.clickOn("#nav-overview");
        awaitOverview(r);
        assertTrue(r.lookup("#overview-open-overdue").queryAs(Label.class).getText().startsWith("1 "),
                "the overdue task shows on the dashboard");

        r.clickOn("#nav-tasks");
        FxWindows.awaitTasks(r);
        r.interact(() -> tasks.getSelectionModel().select(0));
        assertEquals("Kiểm tra đột xuất việc chấp hành giờ giấc",
                r.lookup("#task-content").queryTextInputControl().getText(), "the chosen task is in the form");
        FxWindows.reveal(r, "#progress-percent");
        r.clickOn("#progress-percent").write("120");
        r.clickOn("#progress-save");
        assertEquals("Tỷ lệ hoàn thành là một số từ 0 đến 100.",
                r.lookup("#progress-percent-error").queryAs(Label.class).getText());
        r.interact(() -> r.lookup("#progress-percent").queryTextInputControl().setText("60"));
        r.clickOn("#progress-save");
        assertEquals("Đã ghi tiến độ.", r.lookup("#work-status").queryAs(Label.class).getText());
        FxWindows.awaitTasks(r);
        assertEquals(Integer.valueOf(60), tasks.getItems().stream().filter(t -> t.content().startsWith("Kiểm tra"))
                .findFirst().orElseThrow().lastPercent());

        FxWindows.reveal(r, "#complete-result");
        r.interact(() -> r.lookup("#complete-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 6, 12)));
        r.clickOn("#complete-result").write("Biên bản kiểm tra số 05/BB-UBND");
        r.clickOn("#task-complete");
        FxWindows.awaitTasks(r);
        TaskRow done = tasks.getItems().stream().filter(t -> t.content().startsWith("Kiểm tra")).findFirst().orElseThrow();
        assertEquals(TaskState.DONE_ON_TIME, done.state());

        r.clickOn("#nav-overview");
        awaitOverview(r);
        // Counted as Báo cáo counts the window (15/06–14/09): the task done on 12/06, before it began, is not in it.
        assertTrue(r.lookup("#overview-open-overdue").queryAs(Label.class).getText().startsWith("0"));
        assertTrue(r.lookup("#overview-done-on-time").queryAs(Label.class).getText().startsWith("0"));
        assertTrue(r.lookup("#overview-open-on-time").queryAs(Label.class).getText().startsWith("1 "));

        r.clickOn("#nav-plans");
        r.interact(() -> table(r, "#plan-table").getSelectionModel().select(0));
        tab(r, "#plans-view", 1);
        Target.Standing st = this.<Target.Standing>table(r, "#target-table").getItems().get(0);
        assertEquals(100.0, st.value(), 1e-9);
        assertTrue(st.met(), "1 of 1 due task done on time");
    }
}
