package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

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
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.settings.ui.BackupView;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;
import vn.socongvu.trash.Trash;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;
import vn.socongvu.ui.kit.UncachedScrollPaneSkin;

/** Drives the real main window over a demo commune. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.demo(tmp.resolve("data-" + System.nanoTime()));
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() throws Exception {
        // The overview loads in the background: let it finish before the data is closed.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookupLoading() == null || !lookupLoading().isVisible());
        services.close();
    }

    private Node lookupLoading() {
        return new FxRobot().lookup("#overview-loading").tryQuery().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot r, String id) {
        return (TableView<T>) r.lookup(id).queryAs(TableView.class);
    }

    private static String text(FxRobot r, String id) {
        return r.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void everySectionOpens(FxRobot r) {
        assertNotNull(r.lookup("#overview-view").query(), "Tổng quan shown first");
        r.clickOn("#nav-plans");
        assertTrue(r.lookup("#plans-view").query().isVisible());
        r.clickOn("#nav-tasks");
        assertTrue(r.lookup("#tasks-view").query().isVisible());
        r.clickOn("#nav-meetings");
        assertTrue(r.lookup("#meetings-view").query().isVisible());
        r.clickOn("#nav-inspections");
        assertTrue(r.lookup("#inspections-view").query().isVisible());
        r.clickOn("#nav-reports");
        assertTrue(r.lookup("#reports-view").query().isVisible());
        r.clickOn("#nav-directory");
        assertTrue(r.lookup("#directory-view").query().isVisible());
        r.clickOn("#nav-trash");
        assertTrue(r.lookup("#trash-view").query().isVisible());
        r.clickOn("#nav-settings");
        assertTrue(r.lookup("#settings-view").query().isVisible());
        assertEquals("Xã Bình Thành, tỉnh Thái Nguyên", text(r, "#header-commune"));
    }

    @Test
    void scrollPanesKeepNoPictureOfTheirViewport(FxRobot r) {
        // Kế hoạch's form and Cài đặt's pages are scroll panes; a meeting's text areas hold one each.
        r.clickOn("#nav-plans");
        r.clickOn("#nav-meetings");
        r.clickOn("#nav-settings");
        Set<ScrollPane> panes = new HashSet<>(
                r.lookup(".scroll-pane").queryAllAs(ScrollPane.class));
        r.clickOn("#nav-meetings");
        panes.addAll(r.lookup(".scroll-pane").queryAllAs(ScrollPane.class));
        assertTrue(panes.size() >= 2, "scroll panes found: " + panes.size());
        for (ScrollPane pane : panes) {
            assertTrue(pane.getSkin() instanceof UncachedScrollPaneSkin, "skin of " + pane);
            Node viewport = pane.lookup(".viewport");
            assertNotNull(viewport);
            assertFalse(viewport.isCache(), "viewport of " + pane + " cached");
        }
    }

    @Test
    void addAUnitThroughTheFormAndSeeItInTheList(FxRobot r) {
        r.clickOn("#nav-directory");
        int before = table(r, "#unit-table").getItems().size();
        r.clickOn("#unit-new");
        r.clickOn("#unit-name").write("Xóm Bình Minh");
        r.clickOn("#unit-short-name").write("Bình Minh");
        r.interact(() -> r.lookup("#unit-kind").queryComboBox().getSelectionModel().select(UnitKind.HAMLET));
        r.clickOn("#unit-save");

        TableView<Unit> t = table(r, "#unit-table");
        assertEquals(before + 1, t.getItems().size());
        assertTrue(t.getItems().stream().anyMatch(u -> u.name().equals("Xóm Bình Minh") && u.kind() == UnitKind.HAMLET));
        assertEquals("Đã lưu.", text(r, "#unit-status"));
        assertEquals("Xóm Bình Minh", t.getSelectionModel().getSelectedItem().name(), "the saved unit stays selected");
        assertTrue(services.directory().units().stream().anyMatch(u -> u.name().equals("Xóm Bình Minh")));
    }

    @Test
    void badInputShowsVietnameseMessagesAtTheFieldsAndSavesNothing(FxRobot r) {
        r.clickOn("#nav-directory");
        int before = services.directory().units().size();
        r.clickOn("#unit-new");
        r.clickOn("#unit-phone").write("abc");
        r.clickOn("#unit-save");
        assertEquals("Hãy nhập tên đơn vị.", text(r, "#unit-name-error"));
        assertTrue(r.lookup("#unit-name-error").query().isVisible());
        assertTrue(text(r, "#unit-phone-error").startsWith("Số điện thoại"));

        r.clickOn("#unit-name").write("van phong hdnd va ubnd");
        r.interact(() -> r.lookup("#unit-phone").queryAs(TextField.class).setText(""));
        r.clickOn("#unit-save");
        assertEquals("Đã có đơn vị tên \"Văn phòng HĐND và UBND\".", text(r, "#unit-name-error"));
        assertFalse(r.lookup("#unit-phone-error").query().isVisible(), "fixed field's message is gone");
        assertEquals(before, services.directory().units().size());
    }

    @Test
    void searchIgnoresDiacritics(FxRobot r) {
        r.clickOn("#nav-directory");
        r.clickOn("#unit-search").write("van phong");
        TableView<Unit> t = table(r, "#unit-table");
        // Every word must be found, diacritics ignored: "Văn phòng …" and "Phòng Văn hóa – Xã hội".
        assertTrue(t.getItems().stream().anyMatch(u -> u.name().equals("Văn phòng HĐND và UBND")));
        assertTrue(t.getItems().stream().allMatch(u -> u.name().contains("hòng") && u.name().contains("Văn")),
                t.getItems().toString());
        r.write(" hdnd");
        assertEquals(1, t.getItems().size());
        assertEquals("Văn phòng HĐND và UBND", t.getItems().get(0).name());
        r.interact(() -> r.lookup("#unit-search").queryAs(TextField.class).setText(""));
        assertEquals(services.directory().activeUnits().size(), t.getItems().size());
    }

    @Test
    void staffWithoutAUnitIsRefusedAndWithOneIsAdded(FxRobot r) {
        r.clickOn("#nav-directory");
        r.clickOn("#tab-staff .tab-label");
        r.clickOn("#staff-new");
        r.clickOn("#staff-full-name").write("Phạm Thị Thảo");
        r.clickOn("#staff-save");
        assertEquals("Hãy chọn đơn vị công tác.", text(r, "#staff-unit-error"));

        r.interact(() -> r.lookup("#staff-unit").queryComboBox().getSelectionModel().select(0));
        r.clickOn("#staff-save");
        assertEquals("", text(r, "#staff-unit-error"));
        TableView<Staff> t = table(r, "#staff-table");
        assertTrue(t.getItems().stream().anyMatch(s -> s.fullName().equals("Phạm Thị Thảo")));
        assertEquals(41, services.directory().staff().size());
    }

    @Test
    void historyShowsWhatChanged(FxRobot r) {
        r.clickOn("#nav-directory");
        TableView<Unit> t = table(r, "#unit-table");
        r.interact(() -> t.getSelectionModel().select(0));
        String name = t.getSelectionModel().getSelectedItem().name();
        r.interact(() -> r.lookup("#unit-name").queryAs(TextField.class).setText(name + " mới"));
        r.clickOn("#unit-save");
        r.clickOn("#unit-history");
        TableView<?> history = r.lookup("#history-table").queryAs(TableView.class);
        assertTrue(history.getItems().size() >= 2, "creation rows and the rename");
        Window dialog = history.getScene().getWindow();
        assertTrue(dialog.isShowing());
        r.interact(() -> ((Stage) dialog).close());
    }

    @Test
    void theIdentityScreenOpensASampleDocumentInThePrintPreview(FxRobot r) {
        r.clickOn("#nav-settings");
        r.interact(() -> r.lookup("#identity-preview-sample").queryButton().fire());
        var preview = r.lookup("#document-preview").query();
        assertTrue(preview.isVisible());
        assertTrue(r.lookup("#preview-pages").queryAs(Label.class).getText().endsWith("trang"));
        r.interact(() -> preview.getScene().getWindow().hide());
    }

    @Test
    void theTaskFilterIsRememberedAcrossRestarts(FxRobot r) throws Exception {
        r.clickOn("#nav-tasks");
        r.clickOn("#task-search").write("kiem tra");
        r.interact(() -> r.lookup("#task-filter-state").queryComboBox().getSelectionModel()
                .select(TaskState.DONE_ON_TIME));
        FxWindows.awaitTasks(r);
        var rows = table(r, "#task-table").getItems();
        assertTrue(!rows.isEmpty(), "the demo has tasks done on time");
        assertTrue(rows.stream().allMatch(x -> ((TaskRow) x).state()
                == TaskState.DONE_ON_TIME));
        // A new screen on the same data folder, as after a restart, starts with the same filter.
        var again = Sections.tasksModel(services, new RecordingDialogService(), new CurrentThreadTaskRunner());
        assertEquals("kiem tra", again.filter().text());
        assertEquals(Set.of(TaskState.DONE_ON_TIME), again.filter().states());
    }

    @Test
    void backupNowWritesACheckedFileAndRefusesMismatchedPasswords(FxRobot r) throws Exception {
        r.clickOn("#nav-settings");
        r.clickOn("#tab-backup .tab-label");
        r.clickOn("#backup-password").write("matkhau1");
        r.clickOn("#backup-password-again").write("matkhau2");
        r.clickOn("#backup-now");
        assertEquals("Hai lần nhập mật khẩu không giống nhau.",
                r.lookup("#backup-password-again-error").queryAs(Label.class).getText());
        Path usb = tmp.resolve("usb-" + System.nanoTime());
        var view = (BackupView) r.lookup("#backup-view").query();
        r.interact(() -> view.model().backupTo(usb, "matkhau1".toCharArray()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> r.lookup("#backup-status").queryAs(Label.class).getText().startsWith("Đã sao lưu"));
        Path file;
        try (var files = Files.list(usb)) {
            file = files.findFirst().orElseThrow();
        }
        assertTrue(BackupService.info(file).encrypted());
        BackupService.verify(file, "matkhau1".toCharArray(), tmp.resolve("check-" + System.nanoTime()), Progress.NONE);
    }

    @Test
    void settingsHolidayTableRefusesAWorkdayOnAWeekday(FxRobot r) {
        r.clickOn("#nav-settings");
        r.clickOn("#tab-holidays .tab-label");
        r.clickOn("#holiday-new");
        r.clickOn("#holiday-date").write("07/12/2026");
        r.clickOn("#holiday-name").write("Thử");
        r.interact(() -> r.lookup("#holiday-kind").queryComboBox().getSelectionModel().select(1));
        r.clickOn("#holiday-save");
        assertEquals("Chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù.", text(r, "#holiday-kind-error"));
    }

    @Test
    void aMeetingDeletedInItsScreenComesBackFromTheTrash(FxRobot r) {
        var meeting = services.meetings().list(MeetingFilter.period(null, null))
                .stream().filter(m -> m.number() == null).findFirst().orElseThrow();
        services.meetings().delete(meeting.id());
        r.clickOn("#nav-trash");
        TableView<Trash.Item> trash = table(r, "#trash-table");
        assertEquals(1, trash.getItems().size());
        assertEquals("1 mục trong thùng rác.", text(r, "#trash-summary"));
        assertEquals("Cuộc họp", trash.getItems().getFirst().kind().label());
        r.interact(() -> trash.getSelectionModel().select(0));
        r.clickOn("#trash-restore");
        assertTrue(text(r, "#trash-message").startsWith("Đã khôi phục Cuộc họp \"" + meeting.title()), text(r, "#trash-message"));
        assertTrue(trash.getItems().isEmpty());
        assertEquals("", text(r, "#trash-summary"), "the empty table says it, not the line above too");
        assertEquals("Thùng rác trống.", ((Label) trash.getPlaceholder()).getText());
        assertEquals(meeting.title(), services.meetings().meeting(meeting.id()).title(), "the meeting is back with its id");
    }

    @Test
    void ctrlZPutsBackTheClerksLastEditsInAFormAndNeverCarriesThemToAnotherRecord(FxRobot r) {
        r.clickOn("#nav-directory");
        TableView<Unit> units = table(r, "#unit-table");
        r.interact(() -> units.getSelectionModel().select(1));
        var name = r.lookup("#unit-name").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        var kind = (ComboBox<UnitKind>) r.lookup("#unit-kind").query();
        String originalName = name.getText();
        var originalKind = kind.getValue();
        r.clickOn(name).type(KeyCode.END).write(" mới");
        var otherKind = Arrays.stream(UnitKind.values()).filter(k -> k != originalKind)
                .findFirst().orElseThrow();
        r.clickOn(kind);
        r.interact(() -> kind.setValue(otherKind)); // as a pick in the open list does, while the box has the focus
        r.type(KeyCode.ESCAPE);
        assertEquals(originalName + " mới", name.getText());

        r.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(originalKind, kind.getValue(), "the last edit is put back first");
        assertEquals(originalName + " mới", name.getText());
        r.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(originalName, name.getText(), "then the typing in the name, as one edit");

        r.clickOn(name).write(" tạm");
        r.interact(() -> units.getSelectionModel().select(2)); // another record: the history starts afresh
        String third = name.getText();
        r.clickOn(name);
        r.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(third, name.getText(), "nothing of the first record's edits reaches the second");
    }
}
