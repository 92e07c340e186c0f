package vn.socongvu.task.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
import vn.socongvu.directory.UnitKind;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.FxDialogService;

/**
 * The conflict dialog in the real window, from the task form: someone else saved the task after the form loaded it;
 * the dialog shows what they changed, and each of its three choices does what it says.
 */
@ExtendWith(ApplicationExtension.class)
class TaskConflictFxTest {
    @TempDir
    Path tmp;
    private Stage stage;
    private Services s;

    @Start
    void start(Stage st) {
        this.stage = st;
        st.setScene(new Scene(new StackPane(), 400, 300));
        st.show();
    }

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    private static DialogPane conflict(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#conflict-dialog").tryQuery().isPresent());
        return r.lookup("#conflict-dialog").queryAs(DialogPane.class);
    }

    /** Someone else changes the content (and the clerk's form still shows the old one). */
    private void theyChangeContent(long id, String content) {
        Task t = s.tasks().task(id);
        Task.Draft d = TaskService.draft(t);
        s.tasks().save(new Task.Draft(d.id(), d.source(), d.planId(), d.parentId(), d.label(), d.group(), content,
                d.leadUnitId(), d.leadStaffId(), d.cooperatingUnitIds(), d.responsibility(), d.authority(),
                d.expectedResult(), d.instructionRef(), d.assignedOn(), d.deadline(), d.recurrence(),
                d.recurrenceUntil()));
    }

    @Test
    void keepTheirsTakeMineAndMergeFieldByField(FxRobot r) throws Exception {
        s = TestServices.at(tmp, LocalDate.of(2026, 7, 1));
        long unit = s.directory().saveUnit(new Unit.Draft(null, "Phòng Kinh tế", null, UnitKind.DEPARTMENT, null, null))
                .id();
        Task t = s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Kiểm tra chợ",
                unit, null, List.of(), null, null, "Báo cáo", "Công văn 9/UBND", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 20), Recurrence.NONE, null));
        TaskFormModel form = WaitForAsyncUtils.asyncFx(() -> new TaskFormModel(s.directory(), s.tasks(),
                s.meetings(), new FxDialogService(() -> stage))).get(20, TimeUnit.SECONDS);
        r.interact(() -> form.edit(s.tasks().task(t.id())));

        // 1. Giữ bản của họ: nothing of mine saved, the form shows theirs
        theyChangeContent(t.id(), "Kiểm tra chợ trung tâm");
        r.interact(() -> form.expectedResult.set("Báo cáo bằng văn bản"));
        Future<Task> first = WaitForAsyncUtils.asyncFx(form::save);
        DialogPane pane = conflict(r);
        List<String> texts = r.lookup("#conflict-table .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Kiểm tra chợ trung tâm") && texts.contains("Kiểm tra chợ"), texts.toString());
        r.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
        assertNull(first.get(20, TimeUnit.SECONDS));
        assertEquals("Kiểm tra chợ trung tâm", form.content.get());
        assertEquals("Báo cáo", form.expectedResult.get(), "the form reloaded with their record");
        assertEquals("Báo cáo", s.tasks().task(t.id()).expectedResult());
        assertEquals("Đã mở lại bản người khác vừa lưu; thay đổi của bạn không được lưu.",
                form.form().statusProperty().get());

        // 2. Dùng bản của tôi: mine saved over theirs
        theyChangeContent(t.id(), "Kiểm tra chợ và bến xe");
        r.interact(() -> form.content.set("Kiểm tra chợ đêm"));
        Future<Task> second = WaitForAsyncUtils.asyncFx(form::save);
        conflict(r);
        r.clickOn(r.lookup("#conflict-mine").queryButton());
        assertEquals("Kiểm tra chợ đêm", second.get(20, TimeUnit.SECONDS).content());
        assertEquals("Kiểm tra chợ đêm", s.tasks().task(t.id()).content());

        // 3. Gộp từng trường: their content, my expected result; a second change of theirs kept by "Giữ của tôi"
        theyChangeContent(t.id(), "Kiểm tra chợ đêm và vệ sinh");
        r.interact(() -> form.expectedResult.set("Báo cáo kèm ảnh"));
        Future<Task> third = WaitForAsyncUtils.asyncFx(form::save);
        conflict(r);
        assertTrue(r.lookup("#conflict-keep-0").tryQuery().isPresent());
        r.clickOn(r.lookup("#conflict-merge").queryButton());
        Task merged = third.get(20, TimeUnit.SECONDS);
        assertEquals("Kiểm tra chợ đêm và vệ sinh", merged.content(), "their change taken");
        assertEquals("Báo cáo kèm ảnh", merged.expectedResult(), "mine kept where they changed nothing");

        theyChangeContent(t.id(), "Nội dung của họ");
        r.interact(() -> form.content.set("Nội dung của tôi"));
        Future<Task> fourth = WaitForAsyncUtils.asyncFx(form::save);
        conflict(r);
        r.clickOn(r.lookup("#conflict-keep-0").queryAs(CheckBox.class));
        r.clickOn(r.lookup("#conflict-merge").queryButton());
        assertEquals("Nội dung của tôi", fourth.get(20, TimeUnit.SECONDS).content(), "mine kept where I ticked it");
        assertEquals(2, s.tasks().history(t.id()).stream().filter(e -> "Nội dung của tôi".equals(e.newValue())
                || "Nội dung của họ".equals(e.newValue())).count(), "both saves audited");
    }
}
