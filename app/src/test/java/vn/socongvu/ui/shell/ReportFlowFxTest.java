package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Hyperlink;
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
import vn.socongvu.directory.Unit;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ui.ReportsView;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/** Issue 7 through the window: the report due next, a figure opened to its records, TTHC, export. */
@ExtendWith(ApplicationExtension.class)
class ReportFlowFxTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.at(tmp.resolve("data-" + System.nanoTime()), TODAY);
        services.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), true));
        long office = services.directory().activeUnits().stream().filter(u -> u.name().equals("Văn phòng HĐND và UBND"))
                .map(Unit::id).findFirst().orElseThrow();
        for (int i = 1; i <= 3; i++) {
            Task t = services.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false,
                    "Rà soát hồ sơ " + i, office, null, List.of(), null, null, "Báo cáo", "Công văn số 5/UBND",
                    LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 30), Recurrence.NONE, null));
            if (i == 1) {
                services.tasks().complete(services.tasks().occurrences(t.id()).get(0).id(), LocalDate.of(2026, 10, 29), null);
            }
        }
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static String text(FxRobot r, String id) {
        return r.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitLoaded(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !r.lookup("#fig-0-total-2").queryAll().isEmpty());
    }

    @Test
    void theNextReportIsRemindedFiguresOpenTheirRecordsAndTheReportExports(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !r.lookup("#overview-report").queryAs(Hyperlink.class).getText().isEmpty());
        String reminder = r.lookup("#overview-report").queryAs(Hyperlink.class).getText();
        assertTrue(reminder.contains("báo cáo năm 2026,") && reminder.contains("10/12/2026") && reminder.contains("còn 20 ngày"),
                reminder);
        r.clickOn("#overview-report");
        waitLoaded(r);
        assertTrue(text(r, "#report-window").contains("15/12/2025") && text(r, "#report-window").contains("14/12/2026"));
        assertTrue(text(r, "#report-due").contains("còn 20 ngày"), text(r, "#report-due"));

        // The year's three tasks: one done on time, two overdue since 30/10 (judged today, 20/11).
        assertEquals("3", r.lookup("#fig-0-total-2").queryAs(Hyperlink.class).getText());
        r.interact(() -> r.lookup("#fig-0-total-6").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !r.lookup("#report-trace-table").queryAll().isEmpty());
        TableView<?> trace = r.lookup("#report-trace-table").queryAs(TableView.class);
        assertEquals(2, trace.getItems().size());
        r.interact(() -> trace.getScene().getWindow().hide());

        // Quarter III has its own window; back to the year.
        r.interact(() -> {
            r.lookup("#report-kind").queryComboBox().getSelectionModel().select(ReportKind.QUARTER);
            r.lookup("#report-quarter").<Integer>queryComboBox().getSelectionModel().select(Integer.valueOf(3));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(r, "#report-window").contains("14/09/2026"));
        r.interact(() -> r.lookup("#report-kind").queryComboBox().getSelectionModel().select(ReportKind.YEAR));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(r, "#report-window").contains("14/12/2026"));

        // TTHC: a wrong figure is named at its field, nothing saved; then right.
        r.interact(() -> ((TabPane) r.lookup("#reports-view").query().lookup(".tab-pane")).getSelectionModel().select(1));
        r.clickOn("#report-tthc-online").write("mười");
        r.clickOn("#report-tthc-in-person").write("80");
        r.clickOn("#report-tthc-satisfaction").write("96,5");
        r.clickOn("#report-save");
        assertTrue(text(r, "#report-tthc-online-error").contains("số nguyên"), text(r, "#report-tthc-online-error"));
        assertEquals(null, services.reports().open(ReportPeriod.of(ReportKind.YEAR, 2026)).id());
        r.interact(() -> r.lookup("#report-tthc-online").queryTextInputControl().setText("120"));
        r.clickOn("#report-save");
        assertEquals("", text(r, "#report-tthc-online-error"));
        assertEquals(120, services.reports().open(ReportPeriod.of(ReportKind.YEAR, 2026)).tthc().receivedOnline());
        assertTrue(text(r, "#report-tthc-summary").contains("200") && text(r, "#report-tthc-summary").contains("60"),
                text(r, "#report-tthc-summary"));

        // Export into a folder: both files, the figures frozen.
        Path usb = tmp.resolve("usb-" + System.nanoTime());
        Files.createDirectories(usb);
        ReportsView view = r.lookup("#reports-view").query();
        r.interact(() -> view.exportTo(usb));
        // Both files are written at once: the one to appear first is not waited for alone.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(usb.resolve("bieu-so-lieu-nam-2026.xlsx"))
                && Files.exists(usb.resolve("bao-cao-nam-2026.docx")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(r, "#report-status").contains("đã chốt"));
    }
}
