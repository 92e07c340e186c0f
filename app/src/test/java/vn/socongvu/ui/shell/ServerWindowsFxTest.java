package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.PostgresTestServer;
import vn.socongvu.app.Services;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.ui.TasksViewModel;

/**
 * Two live windows on one PostgreSQL database, as two PCs of the office: what one saves (a task's progress) the
 * other shows within a few seconds without a restart (the change feed, the window reading its section again); and a
 * save in the second that would overwrite the first's newer one is stopped by the conflict dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowsFxTest {
    /** "Within a few seconds": the feed's delivery and the window's wait for the clerk to pause (1.2 s). */
    private static final int SECONDS = 15;
    @TempDir
    Path tmp;
    private Stage first;
    private Stage second;
    private Services one;
    private Services two;
    private long taskId;

    @Start
    void start(Stage stage) {
        this.first = stage;
    }

    @BeforeEach
    void twoPcsOnOneServer() {
        PostgresTestServer.assumeAvailable();
        ServerAddress database = PostgresTestServer.newMigratedDatabase();
        one = Services.openServer(tmp.resolve("pc-1"), database, PostgresTestServer.password(), LocalDate::now);
        one.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng",
                List.of("Hoàng Thị Thu Hà"), true));
        LocalDate today = LocalDate.now();
        taskId = one.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                "Rà soát hộ nghèo cuối năm", one.directory().activeUnits().getFirst().id(), null, List.of(), null,
                null, "Báo cáo", "Công văn 12/UBND", today, today.plusDays(20), Recurrence.NONE, null)).id();
        two = Services.openServer(tmp.resolve("pc-2"), database, PostgresTestServer.password(), LocalDate::now);
    }

    @AfterEach
    void close() throws Exception {
        // the first window leaves its stage (which the next test reuses) before its data is closed: a change from
        // the second PC still waiting to be shown must not be read from the closed data
        WaitForAsyncUtils.asyncFx(() -> {
            if (first.getScene() != null) {
                first.getScene().setRoot(new Pane());
            }
        }).get(20, TimeUnit.SECONDS);
        if (second != null) {
            WaitForAsyncUtils.asyncFx(() -> second.close()).get(20, TimeUnit.SECONDS);
        }
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    /** Nhiệm vụ in the window, the task selected; its model. */
    private static TasksViewModel tasksWithTheTask(FxRobot r, AppRoot root, long taskId) throws Exception {
        TasksViewModel vm = WaitForAsyncUtils.asyncFx(() -> {
            root.main().showSection(Sections.TASKS);
            return root.main().model(Sections.TASKS);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> row(vm, taskId) != null);
        r.interact(() -> vm.select(row(vm, taskId)));
        return vm;
    }

    private static TaskRow row(TasksViewModel vm, long taskId) {
        return vm.rows().stream().filter(t -> t.taskId() == taskId).findFirst().orElse(null);
    }

    /** The percent the window's task table shows for the task, as the clerk reads it. */
    private static Integer shownPercent(Stage stage, long taskId) {
        Node table = stage.getScene().lookup("#task-table");
        if (!(table instanceof TableView<?> t)) {
            return null;
        }
        return t.getItems().stream().map(TaskRow.class::cast).filter(x -> x.taskId() == taskId)
                .map(TaskRow::lastPercent).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The clerk at a window types the task's progress and presses "Lưu tiến độ". On the FX thread. */
    private static void report(Stage stage, String percent, String note) {
        ((TextField) node(stage, "#progress-percent")).setText(percent);
        ((TextField) node(stage, "#progress-note")).setText(note);
        ((Button) node(stage, "#progress-save")).fire();
    }

    private static Node node(Stage stage, String id) {
        Node n = stage.getScene().lookup(id);
        if (n == null) {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            n = stage.getScene().lookup(id);
        }
        return Objects.requireNonNull(n, id);
    }

    @Test
    void progressSavedInOneWindowShowsInTheOtherAndAConflictingSaveAsks(FxRobot r) throws Exception {
        AppRoot[] roots = new AppRoot[2];
        r.interact(() -> {
            roots[0] = FxWindows.show(first, one);
            second = new Stage();
            roots[1] = FxWindows.show(second, two);
        });
        assertTrue(two.changes().awaitListening(Duration.ofSeconds(20)), "window 2 listens to the server");
        tasksWithTheTask(r, roots[0], taskId);
        TasksViewModel w2 = tasksWithTheTask(r, roots[1], taskId);
        assertEquals(null, shownPercent(second, taskId), "no progress yet");

        // 1. PC 1 records the task's progress; PC 2, left alone, shows it within seconds, with a short notice
        r.interact(() -> report(first, "40", "Đã họp triển khai với các thôn"));
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> Integer.valueOf(40).equals(shownPercent(second,
                taskId)));
        assertTrue(r.lookup("#sync-notice").match(Node::isVisible).tryQuery().isPresent(), "the notice in window 2");
        r.interact(() -> w2.select(row(w2, taskId))); // the clerk at PC 2 opens the task again to work on it

        // 2. PC 1 saves 60 %; PC 2, whose form was loaded before, saves 50 %: refused, the conflict dialog asks
        r.interact(() -> report(first, "60", "Đã rà soát xong hai thôn"));
        Future<Void> refused = WaitForAsyncUtils.asyncFx(() -> report(second, "50", "Số liệu của văn thư"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#conflict-dialog").tryQuery().isPresent());
        r.clickOn(r.lookup("#conflict-theirs").queryButton()); // Giữ bản của họ
        refused.get(20, TimeUnit.SECONDS);
        List<Integer> saved = one.tasks().progress(taskId).stream().map(Task.ProgressEntry::percent).toList();
        assertTrue(saved.contains(40) && saved.contains(60) && !saved.contains(50), saved.toString());
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> Integer.valueOf(60).equals(shownPercent(second,
                taskId)));
    }
}
