package vn.socongvu.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's password prompt, question over a list and long-text dialog, as the clerk sees them. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceFxTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(() -> stage);
    }

    private static DialogPane pane(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup(".dialog-pane").tryQuery().isPresent());
        return r.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void click(FxRobot r, DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType b = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        r.clickOn(pane.lookupButton(b));
    }

    @Test
    void thePasswordTypedIsGivenBackAndACancelGivesNone(FxRobot r) throws Exception {
        Future<Optional<char[]>> typed = WaitForAsyncUtils.asyncFx(
                () -> dialogs.askPassword("backup.ui.restore", "Nhập mật khẩu:"));
        DialogPane pane = pane(r);
        assertEquals("Nhập mật khẩu:", pane.getHeaderText());
        r.interact(() -> ((PasswordField) pane.getContent()).setText("matkhau1"));
        click(r, pane, ButtonBar.ButtonData.OK_DONE);
        assertEquals("matkhau1", new String(typed.get(20, TimeUnit.SECONDS).orElseThrow()));

        Future<Optional<char[]>> cancelled = WaitForAsyncUtils.asyncFx(
                () -> dialogs.askPassword("backup.ui.restore", "Nhập mật khẩu:"));
        DialogPane again = pane(r);
        r.interact(() -> ((PasswordField) again.getContent()).setText("matkhau1"));
        click(r, again, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertTrue(cancelled.get(20, TimeUnit.SECONDS).isEmpty());
    }

    @Test
    void aListIsAskedAboutGoingBackBeingTheDefault(FxRobot r) throws Exception {
        List<String> items = List.of("Chưa cấp số: số và ngày ban hành của báo cáo để trống.",
                "I. Công tác tuyên truyền: chưa viết, báo cáo không nói đến công tác này.");
        Future<Boolean> go = WaitForAsyncUtils.asyncFx(() -> dialogs.confirmList("reports-gaps-dialog", "reports.export",
                "Báo cáo còn để trống:", items, "Vẫn xuất tệp như vậy?", "reports.gaps.export", "reports.gaps.back"));
        DialogPane pane = pane(r);
        assertEquals("reports-gaps-dialog", pane.getId());
        assertEquals("Báo cáo còn để trống:", pane.getHeaderText());
        List<String> texts = r.lookup("#reports-gaps-dialog .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("•  " + items.get(0)) && texts.contains("•  " + items.get(1))
                && texts.contains("Vẫn xuất tệp như vậy?"), texts.toString());
        Button back = (Button) pane.lookupButton(pane.getButtonTypes().get(1));
        assertEquals("Quay lại", back.getText());
        assertTrue(back.isDefaultButton(), "Enter goes back");
        assertEquals("Vẫn xuất", ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).getText());
        click(r, pane, ButtonBar.ButtonData.OK_DONE);
        assertTrue(go.get(20, TimeUnit.SECONDS));

        Future<Boolean> enter = WaitForAsyncUtils.asyncFx(() -> dialogs.confirmList("reports-gaps-dialog",
                "reports.export", "Báo cáo còn để trống:", items, "Vẫn xuất tệp như vậy?", "reports.gaps.export",
                "reports.gaps.back"));
        pane(r);
        r.type(KeyCode.ENTER);
        assertFalse(enter.get(20, TimeUnit.SECONDS));
    }

    @Test
    void aLongTextIsShownWhole(FxRobot r) throws Exception {
        String text = "Dòng 1: cột name_key sai kiểu.\nDòng 2: cột \"x\" không có trong bảng.";
        WaitForAsyncUtils.asyncFx(() -> dialogs.showText("import-problems", "exchange.ui.import", "Các lỗi:", text))
                .get(20, TimeUnit.SECONDS);
        DialogPane pane = pane(r);
        assertEquals("Các lỗi:", pane.getHeaderText());
        TextArea area = r.lookup("#import-problems").queryAs(TextArea.class);
        assertEquals(text, area.getText());
        assertFalse(area.isEditable());
        click(r, pane, ButtonBar.ButtonData.CANCEL_CLOSE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(r.lookup("#import-problems").tryQuery().isEmpty(), "closed");
    }
}
