package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;

/** Issue 5's scenario through the real window, on a fixed "today" (20 November 2026). */
@ExtendWith(ApplicationExtension.class)
class MeetingFlowFxTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), TODAY);
        long office = unit("Văn phòng HĐND và UBND");
        long culture = unit("Phòng Văn hóa – Xã hội");
        staff("Nguyễn Văn Hùng", office, "Chủ tịch UBND xã");
        staff("Lê Thị Lan", office, "Chuyên viên");
        staff("Đỗ Minh Anh", culture, "Trưởng phòng");
        FxWindows.show(stage, services);
    }

    private long unit(String name) {
        return services.directory().activeUnits().stream().filter(u -> u.name().equals(name)).map(Unit::id)
                .findFirst().orElseThrow();
    }

    private void staff(String name, long unit, String title) {
        services.directory().saveStaff(new Staff.Draft(null, name, unit, title, StaffCategory.CONG_CHUC, false, null,
                null));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void tab(FxRobot r, int index) {
        r.interact(() -> ((TabPane) r.lookup("#meetings-view").query().lookup(".tab-pane")).getSelectionModel()
                .select(index));
    }

    private static Staff person(FxRobot r, String comboId, String name) {
        return r.lookup(comboId).<Staff>queryComboBox().getItems().stream().filter(s -> s.fullName().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void recordAMeetingWithAttendanceAConclusionBecomingATaskThenPrintAndExportTheMinutes(FxRobot r) throws Exception {
        r.clickOn("#nav-meetings");
        r.clickOn("#meeting-new");
        r.clickOn("#meeting-title").write("Hội nghị triển khai kế hoạch kiểm tra công vụ");
        r.interact(() -> {
            r.lookup("#meeting-kind").queryComboBox().getSelectionModel().select(MeetingKind.DISSEMINATION);
            r.lookup("#meeting-start-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 18));
            r.lookup("#meeting-start-time").queryTextInputControl().setText("8:00");
            r.lookup("#meeting-end-time").queryTextInputControl().setText("16:30");
            r.lookup("#meeting-place").queryTextInputControl().setText("Hội trường UBND xã");
            r.lookup("#meeting-chair").<Staff>queryComboBox().setValue(person(r, "#meeting-chair", "Nguyễn Văn Hùng"));
            r.lookup("#meeting-secretary").<Staff>queryComboBox().setValue(person(r, "#meeting-secretary", "Lê Thị Lan"));
        });
        assertEquals(LocalDate.of(2026, 11, 18), r.lookup("#meeting-end-date").queryAs(DatePicker.class).getValue(),
                "the end follows the start's day");
        String warning = r.lookup("#meeting-duration").queryAs(Label.class).getText();
        assertTrue(warning.contains("quá thời lượng tối đa ½ ngày"), warning);
        r.interact(() -> r.lookup("#meeting-end-time").queryTextInputControl().setText("11:30"));
        assertTrue(r.lookup("#meeting-duration").queryAs(Label.class).getText().startsWith("Thời lượng: 1 buổi"));

        // Three invited: two from the directory, one outside guest who is absent.
        tab(r, 1);
        FxWindows.reveal(r, "#participant-guest-name");
        for (String name : List.of("Nguyễn Văn Hùng", "Đỗ Minh Anh")) {
            r.interact(() -> r.lookup("#participant-staff").<Staff>queryComboBox()
                    .setValue(person(r, "#participant-staff", name)));
            r.clickOn("#participant-invite");
        }
        r.clickOn("#participant-guest-name").write("Trần Văn Bình");
        r.clickOn("#participant-guest-body").write("Phó Trưởng phòng Nội vụ, Sở Nội vụ tỉnh");
        r.clickOn("#participant-add-guest");
        TableView<?> people = r.lookup("#participant-table").queryAs(TableView.class);
        assertEquals(3, people.getItems().size());
        r.interact(() -> {
            people.getSelectionModel().select(2);
            r.lookup("#participant-attendance").queryComboBox().getSelectionModel().select(Attendance.ABSENT);
        });
        // Absent without a reason: refused, the message at the participants.
        r.clickOn("#meeting-save");
        assertEquals("Trần Văn Bình vắng mặt: cần ghi lý do vắng.",
                r.lookup("#participant-error").queryAs(Label.class).getText());
        assertTrue(services.meetings().list(MeetingFilter.period(null, null)).isEmpty(), "nothing half-saved");
        FxWindows.reveal(r, "#participant-reason");
        r.clickOn("#participant-reason").write("Đi công tác");
        assertEquals("Mời 3 người: có mặt 2 (đến muộn 0), vắng mặt 1.",
                r.lookup("#participant-summary").queryAs(Label.class).getText());

        tab(r, 2);
        r.clickOn("#agenda-add");
        // The new item is empty, its field says what to type and has the focus: what the clerk types is the name,
        // with nothing of the app's own before it (it once read "Nội dung 1Triển khai …" in the signed minutes).
        var itemField = r.lookup("#agenda-item").queryTextInputControl();
        assertEquals("", itemField.getText());
        assertEquals("Tên nội dung, vd: Đánh giá kết quả thực hiện nhiệm vụ tháng", itemField.getPromptText());
        assertTrue(itemField.isFocused());
        assertEquals("1. (chưa đặt tên nội dung)", ((ListView<?>) r.lookup("#agenda-list").queryAs(ListView.class))
                .lookupAll(".list-cell").stream().map(c -> ((ListCell<?>) c).getText())
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse(""));
        r.clickOn("#agenda-item").write("Triển khai kế hoạch kiểm tra");
        assertEquals("Triển khai kế hoạch kiểm tra", itemField.getText());
        FxWindows.reveal(r, "#agenda-discussion");
        r.clickOn("#agenda-discussion").write("Văn phòng trình bày dự thảo kế hoạch; các đại biểu thống nhất.");
        r.clickOn("#agenda-add"); // a second item added and left empty: not saved, not printed
        assertEquals(2, r.lookup("#agenda-list").queryAs(ListView.class).getItems().size());

        tab(r, 3);
        r.clickOn("#conclusion-add");
        r.clickOn("#conclusion-text").write("Kiểm tra đột xuất giờ giấc làm việc tại bộ phận một cửa");
        FxWindows.reveal(r, "#conclusion-assign");
        r.clickOn("#conclusion-assign");
        DialogPane dialog = r.lookup("#assign-task-dialog").queryAs(DialogPane.class);
        r.interact(() -> {
            r.lookup("#assign-lead-unit").<Unit>queryComboBox().setValue(r.lookup("#assign-lead-unit").<Unit>queryComboBox()
                    .getItems().stream().filter(u -> u.name().equals("Phòng Văn hóa – Xã hội")).findFirst().orElseThrow());
            r.lookup("#assign-deadline").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 30));
        });
        ButtonType ok = dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        r.clickOn(dialog.lookupButton(ok));
        assertTrue(r.lookup("#assign-task-dialog").tryQuery().isEmpty(), "the dialog closed");

        r.clickOn("#meeting-save");
        assertEquals("Đã lưu.", r.lookup("#meeting-status").queryAs(Label.class).getText(),
                () -> r.lookup("#meeting-errors").queryAs(Label.class).getText());
        List<MeetingRow> rows = services.meetings().list(MeetingFilter.period(null, null));
        assertEquals(1, rows.size());
        Meeting saved = services.meetings().meeting(rows.get(0).id());
        assertEquals(2, rows.get(0).present());
        assertEquals("Đi công tác", saved.participants().get(2).absenceReason());
        assertEquals(List.of(new Meeting.AgendaItem("Triển khai kế hoạch kiểm tra",
                "Văn phòng trình bày dự thảo kế hoạch; các đại biểu thống nhất.")), saved.agenda());
        // The list is read again in the background; once it answers, the saved meeting is its selected row.
        FxWindows.awaitList(r, "#meeting-loading");
        TableView<?> list = r.lookup("#meeting-table").queryAs(TableView.class);
        assertEquals(List.of(saved.id()), list.getItems().stream().map(x -> ((MeetingRow) x).id()).toList());
        assertEquals(saved.id(), ((MeetingRow) list.getSelectionModel().getSelectedItem()).id());
        // Typing in the search box reads at every key; the meeting that still matches stays selected and edited.
        r.clickOn("#meeting-search").write("kiểm tra");
        FxWindows.awaitList(r, "#meeting-loading");
        assertEquals(saved.id(), ((MeetingRow) list.getSelectionModel().getSelectedItem()).id());
        assertEquals("Hội nghị triển khai kế hoạch kiểm tra công vụ",
                r.lookup("#meeting-title").queryTextInputControl().getText());
        r.interact(() -> r.lookup("#meeting-search").queryTextInputControl().setText("không có cuộc họp này"));
        FxWindows.awaitList(r, "#meeting-loading");
        assertTrue(list.getItems().isEmpty());
        assertEquals("Hội nghị triển khai kế hoạch kiểm tra công vụ",
                r.lookup("#meeting-title").queryTextInputControl().getText(), "the form is not switched by a filter");
        r.interact(() -> r.lookup("#meeting-search").queryTextInputControl().setText(""));
        FxWindows.awaitList(r, "#meeting-loading");
        List<TaskRow> tasks = services.tasks().list(new TaskFilter(null, null, null, TaskSource.MEETING, null, null, null,
                null, TODAY));
        assertEquals(1, tasks.size());
        assertEquals("Phòng Văn hóa – Xã hội", tasks.get(0).leadUnit());
        assertEquals(tasks.get(0).taskId(), saved.conclusions().get(0).taskId());
        TableView<?> conclusions = r.lookup("#conclusion-table").queryAs(TableView.class);
        assertEquals(1, conclusions.getItems().size());

        // Print preview opens with the minutes; saving it writes the Word file.
        r.clickOn("#meeting-preview");
        DocumentPreview preview = Window.getWindows().stream().filter(w -> w instanceof Stage s
                        && s.getScene().getRoot() instanceof DocumentPreview)
                .map(w -> (DocumentPreview) w.getScene().getRoot()).findFirst().orElseThrow();
        assertTrue(preview.pages().size() >= 1);
        Path target = tmp.resolve("usb-" + System.nanoTime()).resolve("bien-ban.docx");
        r.interact(() -> preview.save(target));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#preview-saved-dialog").queryAll().isEmpty());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains("có mặt 2 người; vắng mặt 1 người"), text);
            assertTrue(text.contains("Trần Văn Bình, Phó Trưởng phòng Nội vụ, Sở Nội vụ tỉnh: Đi công tác."), text);
            // The agenda item printed as typed, alone in its numbered paragraph; the next text in a paragraph of its own.
            assertTrue(text.contains("\n1. Triển khai kế hoạch kiểm tra.\nVăn phòng trình bày dự thảo kế hoạch; các đại biểu "
                    + "thống nhất."), text);
            assertTrue(!text.contains("Nội dung 1") && !text.contains("\n2. "), text);
        }
        r.interact(() -> {
            r.lookup("#preview-saved-dialog").queryAs(DialogPane.class).getScene().getWindow().hide();
            preview.getScene().getWindow().hide();
        });

        // The task shows the meeting it came from.
        r.interact(() -> conclusions.getSelectionModel().select(0));
        r.clickOn("#conclusion-open");
        FxWindows.awaitTasks(r); // the task's row is chosen once its unit's list has been read
        FlowPane from = r.lookup("#task-meetings").queryAs(FlowPane.class);
        assertEquals("Hội nghị triển khai kế hoạch kiểm tra công vụ (18/11/2026)",
                ((Hyperlink) from.getChildren().get(0)).getText());
    }
}
