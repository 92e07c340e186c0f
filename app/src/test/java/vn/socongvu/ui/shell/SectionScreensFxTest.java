package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.meeting.MeetingFilter;

/**
 * The window lets go of a section's screen when the clerk goes to another one (its nodes are most of the
 * window's memory), and the screen built on coming back shows what the clerk left: the filter, the record
 * open with what was typed, the tab, the sorting, the divider.
 */
@ExtendWith(ApplicationExtension.class)
class SectionScreensFxTest {
    @TempDir
    static Path tmp;
    /** Every section's screen is let go: the id of each, in the navigation's order. */
    private static final Map<Section<?>, String> LET_GO = new LinkedHashMap<>();
    Services services;
    AppRoot root;

    static {
        LET_GO.put(Sections.OVERVIEW, "#overview-view");
        LET_GO.put(Sections.PLANS, "#plans-view");
        LET_GO.put(Sections.TASKS, "#tasks-view");
        LET_GO.put(Sections.MEETINGS, "#meetings-view");
        LET_GO.put(Sections.INSPECTIONS, "#inspections-view");
        LET_GO.put(Sections.REPORTS, "#reports-view");
        LET_GO.put(Sections.EVALUATION, "#evaluation-view");
        LET_GO.put(Sections.DIRECTORY, "#directory-view");
        LET_GO.put(Sections.TRASH, "#trash-view");
        LET_GO.put(Sections.SETTINGS, "#settings-view");
    }

    @Start
    void start(Stage stage) {
        services = TestServices.demo(tmp.resolve("data-" + System.nanoTime()));
        root = FxWindows.show(stage, services);
    }

    @AfterEach
    void close() throws Exception {
        settle(new FxRobot());
        services.close();
    }

    /** Waits until every list and figure read in the background has come. */
    private static void settle(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (String busy : List.of("#overview-loading", "#task-loading", "#meeting-loading", "#inspection-loading")) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup(busy).tryQuery()
                    .map(n -> !n.isVisible()).orElse(true));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(FxRobot r, Section<?> s) throws Exception {
        r.interact(() -> {
            root.main().showSection(s);
            // The screen's inner nodes (a tab's content) are in the scene once it is styled, without waiting for a
            // pulse, which comes late on a busy machine.
            root.applyCss();
            root.layout();
        });
        settle(r);
    }

    @Test
    void hiddenScreensAreLetGo(FxRobot r) throws Exception {
        assertEquals(Sections.ALL, List.copyOf(LET_GO.keySet()), "every section");
        // Each screen visited twice: neither the first screen nor the one built on coming back may stay.
        List<Map.Entry<Section<?>, WeakReference<Node>>> screens = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<Section<?>, String> e : LET_GO.entrySet()) {
                show(r, e.getKey());
                Node screen = r.lookup(e.getValue()).query();
                screens.forEach(old -> assertNotSame(old.getValue().get(), screen, "a new screen on coming back"));
                screens.add(Map.entry(e.getKey(), new WeakReference<>(screen)));
            }
        }
        show(r, Sections.OVERVIEW);
        // TestFX keeps every event fired in its window (with its source) for its own asserts: not the app's.
        Field fired = FxToolkitContext.class.getDeclaredField("firedEvents");
        fired.setAccessible(true);
        ((FiredEvents) fired.get(FxToolkit.toolkitContext())).clearEvents();
        List<Map.Entry<Section<?>, WeakReference<Node>>> still = new ArrayList<>(screens);
        for (int i = 0; i < 40 && !still.isEmpty(); i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            still.removeIf(e -> e.getValue().get() == null);
            Thread.sleep(50);
        }
        List<Section<?>> held = still.stream().map(Map.Entry::getKey).toList();
        assertEquals(List.of(), held, "screens still held after the clerk left them");
    }

    @Test
    void theSmallFormsComeBackAsLeft(FxRobot r) throws Exception {
        // Danh mục: a new unit's name typed, not saved. Cài đặt: the commune's name changed, not saved, and the
        // holidays' tab open.
        show(r, Sections.DIRECTORY);
        r.interact(() -> r.lookup("#unit-name").queryTextInputControl().setText("Tổ chưa lưu"));
        show(r, Sections.SETTINGS);
        r.interact(() -> r.lookup("#identity-commune").queryTextInputControl().setText("Xã chưa lưu"));
        r.interact(() -> ((TabPane) r.lookup("#settings-view").query()).getSelectionModel().select(1));
        show(r, Sections.TRASH);
        int inTrash = r.lookup("#trash-table").queryAs(TableView.class).getItems().size();
        show(r, Sections.TASKS);
        // Deleted meanwhile: in Thùng rác on coming back.
        long meeting = services.meetings().list(MeetingFilter.period(null, null))
                .getFirst().id();
        services.meetings().delete(meeting);

        show(r, Sections.DIRECTORY);
        assertEquals("Tổ chưa lưu", r.lookup("#unit-name").queryTextInputControl().getText());
        show(r, Sections.SETTINGS);
        TabPane settings = (TabPane) r.lookup("#settings-view").query();
        assertEquals(1, settings.getSelectionModel().getSelectedIndex(), "the tab left open");
        r.interact(() -> settings.getSelectionModel().select(0));
        assertEquals("Xã chưa lưu", r.lookup("#identity-commune").queryTextInputControl().getText(),
                "what was typed and not saved is still there");
        show(r, Sections.TRASH);
        assertEquals(inTrash + 1, r.lookup("#trash-table").queryAs(TableView.class).getItems().size(),
                "the meeting deleted meanwhile is listed");
    }

    @Test
    void comingBackShowsWhatWasLeft(FxRobot r) throws Exception {
        // Nhiệm vụ: a search, sorted by the deadline column, descending, the divider moved.
        show(r, Sections.TASKS);
        r.interact(() -> {
            r.lookup("#task-search").queryAs(TextField.class).setText("báo cáo");
            TableView<?> table = r.lookup("#task-table").queryAs(TableView.class);
            sortDescending(table, 2);
            // Towards the form: the list is never narrower than its columns' minimum (ColumnFit), the form may be.
            ((SplitPane) r.lookup("#tasks-view").query().lookup(".split-pane")).setDividerPositions(0.66);
        });
        settle(r);
        // Họp: a new meeting being typed, not saved, on its second tab.
        show(r, Sections.MEETINGS);
        r.interact(() -> r.lookup("#meeting-new").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#meeting-title").tryQuery().isPresent());
        r.interact(() -> {
            r.lookup("#meeting-title").queryTextInputControl().setText("Họp chưa lưu");
            ((TabPane) r.lookup("#meetings-view").query().lookup(".tab-pane")).getSelectionModel().select(1);
        });
        show(r, Sections.PLANS);

        show(r, Sections.TASKS);
        assertEquals("báo cáo", r.lookup("#task-search").queryAs(TextField.class).getText());
        TableView<?> table = r.lookup("#task-table").queryAs(TableView.class);
        assertEquals(1, table.getSortOrder().size(), "sorted as left");
        assertSame(table.getColumns().get(2), table.getSortOrder().get(0));
        assertEquals(TableColumn.SortType.DESCENDING, table.getSortOrder().get(0).getSortType());
        double divider = ((SplitPane) r.lookup("#tasks-view").query().lookup(".split-pane")).getDividerPositions()[0];
        assertEquals(0.66, divider, 0.01, "divider where it was left");

        show(r, Sections.MEETINGS);
        assertEquals("Họp chưa lưu", r.lookup("#meeting-title").queryTextInputControl().getText(),
                "what was typed and not saved is still there");
        assertEquals(1, ((TabPane) r.lookup("#meetings-view").query().lookup(".tab-pane")).getSelectionModel()
                .getSelectedIndex(), "the tab left open");
    }

    @Test
    void aRecordOpenStaysOpen(FxRobot r) throws Exception {
        show(r, Sections.PLANS);
        TableView<?> plans = r.lookup("#plan-table").queryAs(TableView.class);
        r.interact(() -> plans.getSelectionModel().select(1));
        Object chosen = plans.getSelectionModel().getSelectedItem();
        assertNotNull(chosen);
        show(r, Sections.OVERVIEW);
        show(r, Sections.PLANS);
        TableView<?> again = r.lookup("#plan-table").queryAs(TableView.class);
        assertTrue(again != plans, "a new screen");
        assertEquals(String.valueOf(chosen), String.valueOf(again.getSelectionModel().getSelectedItem()),
                "the plan open before is selected and open again");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortDescending(TableView table, int column) {
        TableColumn c = (TableColumn) table.getColumns().get(column);
        c.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(c);
    }
}
