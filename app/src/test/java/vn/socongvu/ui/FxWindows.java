package vn.socongvu.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;

import vn.socongvu.Services;

/** The app's window content on a test stage, themed as the real window. */
final class FxWindows {
    private FxWindows() {
    }

    /** Scrolls the scroll pane around a node so that the node is in the window, as the clerk would. */
    static void reveal(org.testfx.api.FxRobot r, String query) {
        r.interact(() -> {
            javafx.scene.Node n = r.lookup(query).query();
            javafx.scene.Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double max = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(max <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / max)));
            }
        });
    }

    /** Waits until Nhiệm vụ has read its list (it is read off the FX thread) and shown it. */
    static void awaitTasks(org.testfx.api.FxRobot r) throws java.util.concurrent.TimeoutException {
        awaitList(r, "#task-loading");
    }

    /** Waits until a list read off the FX thread (its spinner {@code busyId}) has been read and shown. */
    static void awaitList(org.testfx.api.FxRobot r, String busyId) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !r.lookup(busyId).query().isVisible());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
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
