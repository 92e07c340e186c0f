package vn.socongvu.ui.kit;

import java.util.Objects;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerLight;

/** The look of every window: AtlantaFX's Primer Light and the app's own style sheet. */
public final class Theme {
    private Theme() {
    }

    /** The theme and the app's own style sheet, for the window, its dialogs and off-screen rendering. */
    public static void apply(Scene scene) {
        use();
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("/ui/app.css")).toExternalForm());
    }

    /**
     * Makes AtlantaFX the user-agent style sheet, once. Called before the first control is made: the first
     * control otherwise parses JavaFX's own Modena style sheet (~60 ms at start), only for it to be replaced.
     */
    public static void use() {
        String theme = new PrimerLight().getUserAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
