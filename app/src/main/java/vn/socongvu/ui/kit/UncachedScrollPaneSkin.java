package vn.socongvu.ui.kit;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin without the bitmap cache of its viewport. The stock skin caches the
 * viewport ({@code setCache(true)}): every scroll pane kept alive — a form, a text area, a report's
 * tables, on every screen visited — then holds a picture of its visible part, a few MB each, on the
 * heap with the software renderer. Content is drawn directly instead, as in any other pane. Given to
 * every {@code .scroll-pane} (text areas included) by {@code -fx-skin} in {@code app.css}.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
