package vn.socongvu.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;
import vn.socongvu.ui.kit.Theme;

/**
 * Báo cáo → Nội dung: the parts in the order they print, one text area for the part chosen; what is typed stays
 * with its part when another is chosen, and is saved with the report.
 */
@ExtendWith(ApplicationExtension.class)
class ReportTextFxTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    Path tmp;
    Services s;

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void eachPartIsWrittenInTheOneTextAreaAndKeptApart(FxRobot r) throws Exception {
        s = TestServices.binhThanh(tmp, TODAY);
        ReportsViewModel vm = new ReportsViewModel(s.reports(), s.settings(), new RecordingDialogService(),
                new FxTaskRunner(() -> null));
        r.interact(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new ReportsView(vm), 1280, 720);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            ((TabPane) scene.getRoot().lookup(".tab-pane")).getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<ReportPart> parts = r.lookup("#report-parts").queryAs(ListView.class);
        assertEquals(ReportPart.values().length, parts.getItems().size());
        assertEquals(ReportPart.COMMUNICATION, parts.getSelectionModel().getSelectedItem());
        assertEquals("I. Công tác tuyên truyền", r.lookup("#report-part-title").queryAs(Label.class).getText());

        TextArea text = r.lookup("#report-part-text").queryAs(TextArea.class);
        r.clickOn(text).write("Tuyên truyền trên loa truyền thanh.");
        r.interact(() -> parts.getSelectionModel().select(ReportPart.ORGANISATION));
        assertEquals("II. Cải cách tổ chức bộ máy", r.lookup("#report-part-title").queryAs(Label.class).getText());
        assertEquals("", text.getText(), "another part, its own text");
        assertTrue(r.lookup("#report-part-hint").queryAs(Label.class).getText().contains("không có trong báo cáo"));
        r.clickOn(text).write("Kiện toàn bộ phận một cửa.");
        Label status = (Label) r.lookup("#report-part-communication").query().lookupAll(".label").stream()
                .filter(n -> "Đã viết".equals(((Label) n).getText())).findFirst().orElseThrow();
        assertTrue(status.isVisible(), "the part written says so in the list");
        r.interact(() -> parts.getSelectionModel().select(ReportPart.COMMUNICATION));
        assertEquals("Tuyên truyền trên loa truyền thanh.", text.getText());

        r.clickOn("#report-save");
        var saved = s.reports().open(ReportPeriod.of(ReportKind.YEAR, 2026)).narrative();
        assertEquals("Tuyên truyền trên loa truyền thanh.", saved.text(ReportPart.COMMUNICATION));
        assertEquals("Kiện toàn bộ phận một cửa.", saved.text(ReportPart.ORGANISATION));
    }
}
