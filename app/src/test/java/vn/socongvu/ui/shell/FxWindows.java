package vn.socongvu.ui.shell;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.app.Services;
import vn.socongvu.ui.kit.Theme;

/** The app's window content on a test stage, themed as the real window. */
final class FxWindows {
    private FxWindows() {
    }

    /** Scrolls the scroll pane around a node so that the node is in the window, as the clerk would. */
    static void reveal(FxRobot r, String query) {
        r.interact(() -> {
            Node n = r.lookup(query).query();
            Node p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane sp) {
                Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double max = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(max <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / max)));
            }
        });
    }

    /** Waits until Nhiệm vụ has read its list (it is read off the FX thread) and shown it. */
    static void awaitTasks(FxRobot r) throws TimeoutException {
        awaitList(r, "#task-loading");
    }

    /** Waits until a list read off the FX thread (its spinner {@code busyId}) has been read and shown. */
    static void awaitList(FxRobot r, String busyId) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !r.lookup(busyId).query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static AppRoot show(Stage stage, Services services) {
        AppRoot root = new AppRoot();
        Scene scene = new Scene(root, 1366, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        root.showFor(services);
        return root;
    }
}
