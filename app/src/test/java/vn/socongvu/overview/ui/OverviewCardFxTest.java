package vn.socongvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import vn.socongvu.ui.kit.Theme;

/** Tổng quan's figure cards with a busy commune's four-digit counts, in the window's width. */
@ExtendWith(ApplicationExtension.class)
class OverviewCardFxTest {
    @Test
    void aFourDigitFigureIsShownWholeNotCut(FxRobot r) {
        String[] values = {"2306", "1801 (78,1 %)", "132 (5,7 %)", "1293 (56,1 %)", "80 (3,5 %)"};
        FlowPane cards = new FlowPane(12, 12);
        for (int i = 0; i < values.length; i++) {
            cards.getChildren().add(OverviewView.card("Chưa hoàn thành, trong hạn", values[i], "v" + i, null));
        }
        r.interact(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(cards, 1150, 400);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        r.interact(() -> {
            for (int i = 0; i < values.length; i++) {
                Label v = r.lookup("#v" + i).queryAs(Label.class);
                assertEquals(values[i], v.getText());
                assertTrue(v.getWidth() + 0.5 >= v.prefWidth(-1),
                        values[i] + " is cut: " + v.getWidth() + " < " + v.prefWidth(-1));
                assertTrue(((VBox) v.getParent()).getWidth() >= 205, "a card is never narrower than before");
            }
            cards.getScene().getWindow().hide();
        });
    }
}
