package vn.socongvu.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;

import vn.socongvu.Services;

/** The app's window content on a test stage, themed as the real window. */
final class FxWindows {
    private FxWindows() {
    }

    static AppRoot show(Stage stage, Services services) {
        AppRoot root = new AppRoot();
        Scene scene = new Scene(root, 1366, 800);
        SoCongVuApp.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        root.showFor(services);
        return root;
    }
}
