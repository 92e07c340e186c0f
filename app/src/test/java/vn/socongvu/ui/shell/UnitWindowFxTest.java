package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.account.Role;
import vn.socongvu.app.Services;
import vn.socongvu.storage.Engine;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;

/**
 * The window of a unit's account (docs/accounts.md): the navigation offers only the sections of its work, Nhiệm vụ
 * lists only the tasks its unit leads or cooperates on, and Tổng quan says whose figures it shows.
 */
@ExtendWith(ApplicationExtension.class)
class UnitWindowFxTest {
    @TempDir
    static Path tmp;
    Services services;
    AppRoot root;
    long unitId;
    String unitName;

    @Start
    void start(Stage stage) {
        services = TestServices.demo(tmp.resolve("data-" + System.nanoTime()));
        Assumptions.assumeTrue(services.db().engine() == Engine.H2, "accounts simulated on H2 only");
        var tasks = services.tasks();
        unitId = tasks.list(new TaskFilter(null, null, null, null, null, null, null, null, tasks.today())).stream()
                .collect(Collectors.groupingBy(TaskRow::leadUnitId, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        unitName = services.directory().unit(unitId).orElseThrow().name();
        char[] password = "mat-khau-don-vi".toCharArray();
        services.accounts().signIn("vanthu");
        services.accounts().create("donvi", unitName, Role.DON_VI, unitId, password, password);
        services.accounts().signIn("donvi");
        root = FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
    }

    @Test
    void aUnitsWindowOffersItsWorkOnly(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Section<?>> offered = Sections.ALL.stream().filter(s -> r.lookup("#" + s.navId()).query().isVisible())
                .collect(Collectors.toList());
        assertEquals(List.of(Sections.OVERVIEW, Sections.PLANS, Sections.TASKS, Sections.MEETINGS), offered);
        for (Section<?> hidden : List.of(Sections.INSPECTIONS, Sections.REPORTS, Sections.EVALUATION,
                Sections.DIRECTORY, Sections.TRASH, Sections.SETTINGS)) {
            assertFalse(r.lookup("#" + hidden.navId()).query().isManaged(), hidden + " takes no place either");
        }
        // a link to a section not offered leaves the window where it was
        r.interact(() -> root.main().showSection(Sections.REPORTS));
        assertSame(Sections.OVERVIEW, root.main().model().sectionProperty().get());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> root.main().model(Sections.OVERVIEW).shownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Node scope = r.lookup("#overview-scope").query();
        assertTrue(scope.isVisible());
        assertTrue(((Label) scope).getText().startsWith("Số liệu của " + unitName), ((Label) scope).getText());

        r.interact(() -> root.main().showSection(Sections.TASKS));
        FxWindows.awaitTasks(r);
        TableView<?> table = r.lookup("#task-table").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty(), "the unit's tasks are listed");
        for (Object o : table.getItems()) {
            TaskRow row = (TaskRow) o;
            assertTrue(row.leadUnitId() == unitId || Arrays.asList(row.cooperators().split("; ")).contains(unitName),
                    row.content() + " is led by " + row.leadUnit());
        }
        // no empty "new task" form a unit could not save: a hint until a task is chosen, then the task
        Node pick = r.lookup("#task-pick").query();
        assertTrue(pick.isVisible(), "the hint shows while no task is chosen");
        assertFalse(shown(r.lookup("#task-save").query()), "no Save of a new task");
        r.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pick.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(r.lookup("#task-save").query()), "a task chosen is shown with its form");
    }

    /** Whether the node and every one it sits in are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
