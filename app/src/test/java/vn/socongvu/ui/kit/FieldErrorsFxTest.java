package vn.socongvu.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;

/** A field's red message goes as soon as the clerk changes that field; the others stay until the form is saved. */
@ExtendWith(ApplicationExtension.class)
class FieldErrorsFxTest {
    private final FormState<Object> form = new FormState<>(x -> 1L, "name", "deadline", "unit");
    private final ValidationException refused = new ValidationException(List.of(
            new FieldError("name", "task.error.contentRequired"), new FieldError("deadline", "document.error.numberPositive"),
            new FieldError("unit", "document.error.titleRequired")));

    @Start
    void start(Stage stage) {
        FormGrid f = new FormGrid();
        f.add("task.field.content", new TextField(), "name", form.errors().property("name"));
        f.add("task.field.deadline", new DatePicker(), "deadline", form.errors().property("deadline"));
        ComboBox<String> unit = new ComboBox<>();
        unit.getItems().setAll("Văn phòng", "Công an xã");
        f.add("task.field.leadUnit", Ui.bar(unit, new Label("…")), "unit", form.errors().property("unit"));
        stage.setScene(new Scene(f, 500, 300));
        stage.show();
    }

    private static String error(FxRobot r, String id) {
        return r.lookup("#" + id + "-error").queryAs(Label.class).getText();
    }

    @Test
    void aMessageGoesWhenItsFieldChangesAndComesBackOnlyIfTheSaveStillRefusesIt(FxRobot r) {
        r.interact(() -> form.refuse(refused));
        assertEquals("Hãy nhập nội dung nhiệm vụ.", error(r, "name"));
        assertFalse(error(r, "deadline").isEmpty());
        r.clickOn("#name").write("Rà soát hồ sơ");
        assertEquals("", error(r, "name"), "fixed: no longer red");
        assertFalse(error(r, "deadline").isEmpty(), "a field not touched keeps its message");
        assertFalse(r.lookup("#name").queryAs(TextField.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));
        r.interact(() -> r.lookup("#deadline").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 14)));
        assertEquals("", error(r, "deadline"));
        r.interact(() -> r.lookup(".combo-box").queryAs(ComboBox.class).getSelectionModel().select(1));
        assertEquals("", error(r, "unit"), "a choice inside a row of several controls counts too");
        // Saving checks the form again: what is still wrong is said again.
        r.interact(() -> form.refuse(ValidationException.of("name", "task.error.contentRequired")));
        assertTrue(error(r, "name").startsWith("Hãy nhập"));
    }
}
