package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import javafx.scene.control.ComboBox;
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

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.Severity;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;

/** Issue 6's scenario through the real window, on a fixed "today" (20 November 2026). */
@ExtendWith(ApplicationExtension.class)
class InspectionFlowFxTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), TODAY);
        long office = services.directory().activeUnits().stream().filter(u -> u.name().equals("Văn phòng HĐND và UBND"))
                .map(Unit::id).findFirst().orElseThrow();
        services.directory().saveStaff(new Staff.Draft(null, "Hoàng Thị Thu Hà", office, "Phó Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        services.directory().saveStaff(new Staff.Draft(null, "Trần Quốc Việt", office, "Chuyên viên",
                StaffCategory.CONG_CHUC, false, null, null));
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void tab(FxRobot r, int index) {
        r.interact(() -> ((TabPane) r.lookup("#inspections-view").query().lookup(".tab-pane")).getSelectionModel()
                .select(index));
    }

    private static <T> T item(FxRobot r, String comboId, Predicate<T> which) {
        return r.lookup(comboId).<T>queryComboBox().getItems().stream().filter(x -> x != null && which.test(x))
                .findFirst().orElseThrow();
    }

    private String stats(FxRobot r) {
        return r.lookup("#inspection-stats").queryAs(Label.class).getText();
    }

    @Test
    void recordASurpriseInspectionWithOneViolationDecideVerifyAndSeeTheCounts(FxRobot r) throws Exception {
        r.clickOn("#nav-inspections");
        assertTrue(stats(r).startsWith("Năm nay: 0 cuộc kiểm tra"), stats(r));
        r.clickOn("#inspection-new");
        r.clickOn("#inspection-title").write("Kiểm tra công vụ đột xuất tại Văn phòng HĐND và UBND");
        r.interact(() -> {
            r.lookup("#inspection-decision").queryTextInputControl().setText("45/QĐ-UBND");
            r.lookup("#inspection-decision-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 16));
            r.lookup("#inspection-start").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 16));
            r.lookup("#inspection-leader").<Staff>queryComboBox().setValue(item(r, "#inspection-leader",
                    (Staff s) -> s.fullName().equals("Hoàng Thị Thu Hà")));
        });
        assertEquals(LocalDate.of(2026, 11, 16), r.lookup("#inspection-end").queryAs(DatePicker.class).getValue(),
                "the end follows the start");

        tab(r, 1);
        r.interact(() -> {
            r.lookup("#inspection-unit-choice").<Unit>queryComboBox().setValue(item(r, "#inspection-unit-choice",
                    (Unit u) -> u.name().equals("Văn phòng HĐND và UBND")));
            r.lookup("#inspection-person-choice").<Staff>queryComboBox().setValue(item(r, "#inspection-person-choice",
                    (Staff s) -> s.fullName().equals("Trần Quốc Việt")));
        });
        r.clickOn("#inspection-unit-add");
        r.clickOn("#inspection-person-add");
        assertEquals(9, r.lookup("#inspection-checks").queryAs(TableView.class).getItems().size(),
                "every content of the catalogue is offered to check");

        // One violation: the person inspected is proposed; the content from the catalogue.
        tab(r, 2);
        r.clickOn("#violation-add");
        ComboBox<Staff> person = r.lookup("#violation-person").queryComboBox();
        assertEquals("Trần Quốc Việt", person.getValue().fullName());
        r.interact(() -> {
            r.lookup("#violation-catalogue").<InspectionItem>queryComboBox().setValue(item(r, "#violation-catalogue",
                    (InspectionItem i) -> i.name().startsWith("Đeo thẻ")));
            r.lookup("#violation-severity").<Severity>queryComboBox().setValue(Severity.MINOR);
        });
        assertEquals("Đeo thẻ cán bộ, công chức, viên chức",
                r.lookup("#violation-content-text").queryTextInputControl().getText());
        // A công chức without a post after 1/7/2025: neither hạ bậc lương nor cách chức is offered.
        List<DisciplineMeasure> offered = r.lookup("#violation-decided").<DisciplineMeasure>queryComboBox().getItems();
        assertTrue(offered.contains(DisciplineMeasure.WARNING));
        assertFalse(offered.contains(DisciplineMeasure.SALARY_DOWNGRADE), offered.toString());
        assertFalse(offered.contains(DisciplineMeasure.REMOVAL_FROM_POST), offered.toString());
        r.interact(() -> {
            r.lookup("#violation-proposed").<DisciplineMeasure>queryComboBox().setValue(DisciplineMeasure.REPRIMAND);
            r.lookup("#violation-decided").<DisciplineMeasure>queryComboBox().setValue(DisciplineMeasure.REPRIMAND);
        });
        String rule = r.lookup("#violation-rule").queryAs(Label.class).getText();
        assertTrue(rule.contains("số và ngày quyết định"), rule);
        // A disciplinary measure without its decision: refused, nothing saved.
        r.clickOn("#inspection-save");
        String error = r.lookup("#violation-error").queryAs(Label.class).getText();
        assertTrue(error.startsWith("Vi phạm thứ 1 (Trần Quốc Việt)"), error);
        assertTrue(services.inspections().list(InspectionFilter.period(null, null)).isEmpty(), "nothing half-saved");

        r.interact(() -> {
            r.lookup("#violation-decision-number").queryTextInputControl().setText("52/QĐ-UBND");
            r.lookup("#violation-decision-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 18));
            r.lookup("#violation-deadline").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 25));
        });
        assertEquals("", r.lookup("#violation-rule").queryAs(Label.class).getText());
        r.clickOn("#inspection-save");
        assertEquals("Đã lưu.", r.lookup("#inspection-status").queryAs(Label.class).getText(),
                () -> r.lookup("#inspection-errors").queryAs(Label.class).getText());
        List<InspectionRow> rows = services.inspections().list(InspectionFilter.period(null, null));
        assertEquals(1, rows.size());
        Inspection saved = services.inspections().inspection(rows.get(0).id());
        Inspection.Violation v = saved.violations().get(0);
        assertEquals(DisciplineMeasure.REPRIMAND, v.decided());
        assertEquals("52/QĐ-UBND", v.decisionNumber());
        // The list and its counts are read again in the background; the saved inspection is then the selected row.
        FxWindows.awaitList(r, "#inspection-loading");
        assertEquals(saved.id(), ((InspectionRow) r.lookup("#inspection-table").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem()).id());
        assertTrue(stats(r).contains("đột xuất 1") && stats(r).contains("1 vi phạm")
                && stats(r).contains("khắc phục: 0 xong, 1 đang trong hạn, 0 quá hạn"), stats(r));
        // The remediation is followed as a task of the unit, among the reminders.
        List<TaskRow> tasks = services.tasks().list(new TaskFilter(null, null, null, TaskSource.INSPECTION, null, null,
                null, null, TODAY));
        assertEquals(1, tasks.size());
        assertEquals("Văn phòng HĐND và UBND", tasks.get(0).leadUnit());
        assertEquals(TaskState.OPEN_ON_TIME, tasks.get(0).state());

        // Verified: the task is done, the counts follow.
        r.interact(() -> r.lookup("#violation-remediated").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 19)));
        r.clickOn("#inspection-save");
        assertEquals("Đã lưu.", r.lookup("#inspection-status").queryAs(Label.class).getText(),
                () -> r.lookup("#inspection-errors").queryAs(Label.class).getText());
        assertEquals(TaskState.DONE_ON_TIME, services.tasks().currentState(v.remediationTaskId()));
        FxWindows.awaitList(r, "#inspection-loading");
        assertTrue(stats(r).contains("khắc phục: 1 xong, 0 đang trong hạn, 0 quá hạn"), stats(r));
        assertEquals(LocalDate.of(2026, 11, 19), services.inspections().inspection(saved.id()).violations().get(0)
                .remediatedOn());

        // The violations list: the person's record.
        r.clickOn("#inspection-mode-violations");
        FxWindows.awaitList(r, "#inspection-loading");
        TableView<?> list = r.lookup("#violation-list").queryAs(TableView.class);
        assertEquals(1, list.getItems().size());
    }
}
