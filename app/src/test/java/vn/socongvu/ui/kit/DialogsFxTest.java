package vn.socongvu.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.i18n.Messages;

/**
 * Every dialog the kit opens speaks Vietnamese (none of JavaFX's "OK", "Cancel", "Close"), a text field's menu too,
 * and a dialog taller than the screen fits it, its content scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFxTest {
    /** JavaFX's own texts of its built-in buttons, as they would show. */
    private static final Set<String> JAVAFX_BUTTONS = Stream.of(ButtonType.OK, ButtonType.CANCEL, ButtonType.CLOSE,
            ButtonType.YES, ButtonType.NO, ButtonType.APPLY, ButtonType.FINISH, ButtonType.NEXT, ButtonType.PREVIOUS)
            .map(ButtonType::getText).collect(Collectors.toSet());
    private Stage stage;
    private FxDialogService dialogs;
    private TextField field;

    @Start
    void start(Stage s) {
        stage = s;
        field = new TextField("Biên bản họp");
        stage.setScene(new Scene(new StackPane(field), 400, 300));
        stage.show();
        TextMenus.install();
        dialogs = new FxDialogService(() -> stage);
    }

    /** The buttons of the dialog now open, read and then closed with its last (cancelling) button. */
    private static List<String> buttonsOfOpenDialog(FxRobot r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = r.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> texts = new ArrayList<>();
        for (ButtonType t : pane.getButtonTypes()) {
            texts.add(((Button) pane.lookupButton(t)).getText());
        }
        r.interact(() -> pane.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        return texts;
    }

    @Test
    void everyKitDialogHasVietnameseButtons(FxRobot r) throws Exception {
        List<List<String>> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> dialogs.confirm("app.title", "Xóa cuộc họp này?"));
        seen.add(buttonsOfOpenDialog(r));
        r.interact(() -> dialogs.info("app.title", "Đã lưu."));
        seen.add(buttonsOfOpenDialog(r));
        r.interact(() -> dialogs.infoWithActions("exported", "app.title", "Đã xuất.", List.of("common.save"), i -> { }));
        seen.add(buttonsOfOpenDialog(r));
        r.interact(() -> dialogs.error("Chưa chọn đơn vị."));
        seen.add(buttonsOfOpenDialog(r));
        WaitForAsyncUtils.asyncFx(() -> dialogs.askPassword("app.title", "Nhập mật khẩu:"));
        seen.add(buttonsOfOpenDialog(r));
        r.interact(() -> dialogs.showText("problems", "app.title", "Các lỗi:", "Dòng 1: sai."));
        seen.add(buttonsOfOpenDialog(r));
        r.interact(() -> ErrorDialog.unexpected(stage, new IllegalStateException("x")).show());
        seen.add(buttonsOfOpenDialog(r));

        assertEquals(List.of(List.of(Messages.get("common.ok"), Messages.get("common.cancel")),
                List.of(Messages.get("common.close")),
                List.of(Messages.get("common.save"), Messages.get("common.close")),
                List.of(Messages.get("common.close")),
                List.of(Messages.get("common.ok"), Messages.get("common.cancel")),
                List.of(Messages.get("common.close")),
                List.of(Messages.get("error.unexpected.copy"), Messages.get("common.close"))), seen);
        for (List<String> buttons : seen) {
            for (String b : buttons) {
                assertFalse(JAVAFX_BUTTONS.contains(b), b + " is JavaFX's English");
            }
        }
    }

    @Test
    void aTextFieldsMenuIsVietnamese(FxRobot r) {
        // Asked well inside the screen: the headless platform cannot draw a menu (its shadow) left of the screen.
        r.interact(() -> Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                10, 10, 300, 300, false, null)));
        assertNotNull(field.getContextMenu(), "the kit's menu was given when the clerk asked for one");
        List<String> items = field.getContextMenu().getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null).toList();
        assertEquals(List.of("Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"), items);
        r.interact(() -> {
            field.selectAll();
            field.getContextMenu().getItems().stream().filter(i -> "Sao chép".equals(i.getText())).findFirst()
                    .orElseThrow().fire();
            field.selectRange(0, 4);
            field.getContextMenu().getItems().stream().filter(i -> "Xóa".equals(i.getText())).findFirst()
                    .orElseThrow().fire();
        });
        assertEquals(" bản họp", field.getText(), "the menu acts on the field");
    }

    @Test
    void aDialogTallerThanTheScreenFitsItAndScrolls(FxRobot r) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        r.interact(() -> {
            Dialog<Void> d = Dialogs.create(stage, "app.title", "tall-dialog");
            Region tall = new Region();
            tall.setPrefSize(screen.getWidth() + 400, screen.getHeight() + 600);
            d.getDialogPane().setContent(Windows.scrolling(new VBox(tall)));
            d.getDialogPane().getButtonTypes().add(Dialogs.CLOSE);
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = r.lookup("#tall-dialog").queryAs(DialogPane.class);
        Window w = pane.getScene().getWindow();
        assertTrue(w.getHeight() <= screen.getHeight() + 1, "height " + w.getHeight() + " in " + screen);
        assertTrue(w.getWidth() <= screen.getWidth() + 1, "width " + w.getWidth() + " in " + screen);
        assertTrue(w.getY() >= screen.getMinY() && w.getX() >= screen.getMinX(), "on the screen: " + w.getX()
                + ", " + w.getY());
        Button close = (Button) pane.lookupButton(Dialogs.CLOSE);
        assertTrue(close.localToScreen(close.getBoundsInLocal()).getMaxY() <= screen.getMaxY() + 1,
                "its buttons in sight");
        r.interact(w::hide);
    }
}
