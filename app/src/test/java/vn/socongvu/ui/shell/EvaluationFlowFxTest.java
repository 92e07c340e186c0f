package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;

/**
 * Issue 34 through the window: Đánh giá, xếp loại opens on the last finished quarter, a person's count opens the
 * products behind it and a product its task in Nhiệm vụ; a delay exempted in its dialog (refused at the field
 * first) counts again in the row.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationFlowFxTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    static Path tmp;
    Services services;
    long duc;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), TODAY);
        long office = services.directory().activeUnits().stream()
                .filter(u -> u.name().equals("Văn phòng HĐND và UBND")).map(Unit::id).findFirst().orElseThrow();
        duc = services.directory().saveStaff(new Staff.Draft(null, "Phạm Văn Đức", office, "Công chức Văn phòng",
                StaffCategory.CONG_CHUC, false, null, null)).id();
        led(office, "Báo cáo tháng 7", LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 10));
        led(office, "Tổng hợp số liệu dân số", LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 20));
        led(office, "Kiểm kê tài sản", LocalDate.of(2026, 9, 25), null);
        FxWindows.show(stage, services);
    }

    private void led(long unit, String content, LocalDate due, LocalDate doneOn) {
        Task t = services.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content,
                unit, duc, List.of(), null, null, "Báo cáo", "Chỉ đạo của Chủ tịch", LocalDate.of(2026, 7, 1), due,
                Recurrence.NONE, null));
        if (doneOn != null) {
            services.tasks().complete(services.tasks().occurrences(t.id()).get(0).id(), doneOn, null);
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot r, String id) {
        return (TableView<T>) r.lookup(id).queryAs(TableView.class);
    }

    private int ducRow(FxRobot r) {
        List<PersonScore> rows = EvaluationFlowFxTest.<PersonScore>table(r, "#evaluation-table").getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).staffId() == duc) {
                return i;
            }
        }
        throw new AssertionError("no row of Phạm Văn Đức");
    }

    private static void awaitRead(FxRobot r) throws Exception {
        FxWindows.awaitList(r, "#evaluation-loading");
    }

    @Test
    void aCountOpensItsProductsAProductItsTaskAndAnExemptionCountsAgain(FxRobot r) throws Exception {
        r.clickOn("#nav-evaluation");
        awaitRead(r);
        assertEquals(Integer.valueOf(3), r.lookup("#evaluation-index").queryComboBox().getValue(), "quý III");
        assertEquals(Integer.valueOf(2026), r.lookup("#evaluation-year").queryComboBox().getValue());
        int row = ducRow(r);
        r.interact(() -> table(r, "#evaluation-table").scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();

        // Completed: 2 of 3; the count is a link to the two products.
        Hyperlink completed = r.lookup("#evaluation-completed-" + row).queryAs(Hyperlink.class);
        assertEquals("2", completed.getText());
        r.interact(completed::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#evaluation-drill-table").tryQuery().isPresent());
        TableView<Product> drill = table(r, "#evaluation-drill-table");
        assertEquals(List.of("Báo cáo tháng 7", "Tổng hợp số liệu dân số"),
                drill.getItems().stream().map(Product::content).sorted().toList());
        Product late = drill.getItems().stream().filter(Product::late).findFirst().orElseThrow();
        r.interact(() -> {
            drill.getSelectionModel().select(late);
            r.lookup("#evaluation-drill-open").queryAs(Button.class).fire();
        });
        FxWindows.awaitTasks(r);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            TaskRow chosen = EvaluationFlowFxTest.<TaskRow>table(r, "#task-table").getSelectionModel().getSelectedItem();
            return chosen != null && chosen.occurrenceId() == late.occurrenceId();
        });

        // Back: the same quarter, the same person chosen; his late product exempted through its dialog.
        r.clickOn("#nav-evaluation");
        awaitRead(r);
        int again = ducRow(r);
        r.interact(() -> table(r, "#evaluation-table").getSelectionModel().select(again));
        double progress = services.evaluation().sheet(EvaluationPeriod.quarter(2026, 3), null).person(duc)
                .orElseThrow().progressPct();
        r.interact(() -> {
            TableView<Product> products = table(r, "#evaluation-products");
            products.getSelectionModel().select(products.getItems().stream().filter(Product::late).findFirst()
                    .orElseThrow());
            r.lookup("#evaluation-exempt-delay").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#assess-reason").tryQuery().isPresent());
        r.interact(() -> r.lookup("#assess-reason").queryTextInputControl().setText("Chờ số liệu của huyện"));
        r.interact(() -> r.lookup("#assess-save").queryAs(Button.class).fire());
        assertFalse(r.lookup("#assess-confirmedBy-error").queryAs(Label.class).getText().isEmpty(),
                "who confirmed it is asked at its field");
        r.interact(() -> r.lookup("#assess-confirmedBy").queryTextInputControl().setText("Nguyễn Văn Hùng"));
        r.interact(() -> r.lookup("#assess-save").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#assess-reason").tryQuery().isEmpty());
        awaitRead(r);
        PersonScore now = table(r, "#evaluation-table").getItems().stream().map(PersonScore.class::cast)
                .filter(p -> p.staffId() == duc).findFirst().orElseThrow();
        assertTrue(now.progressPct() > progress, now.progressPct() + " after, " + progress + " before");
        assertTrue(r.lookup("#evaluation-person-summary").queryAs(Label.class).getText().contains("Phạm Văn Đức"));
    }
}
