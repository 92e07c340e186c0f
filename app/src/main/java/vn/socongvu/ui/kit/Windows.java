package vn.socongvu.ui.kit;

import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window fits the screen's usable area (its visual bounds: the screen less the taskbar), whatever the
 * screen (1366 × 768, 1280 × 720 …): the main window starts maximised and is put back where the clerk left it;
 * a second window (print preview, plan review) or a dialog is no larger than the screen, centred on its owner,
 * and its content scrolls where it is taller.
 */
public final class Windows {
    /** Room kept for a window's title bar, which the scene's size does not count. */
    private static final double TITLE_BAR = 40;
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMISED = "window.maximised";

    private Windows() {
    }

    /** The usable area of the screen that shows most of {@code w} (the primary screen without a window). */
    public static Rectangle2D usableArea(Window w) {
        if (w != null && !Double.isNaN(w.getX()) && w.getWidth() > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight());
            if (!screens.isEmpty()) {
                return screens.getFirst().getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** A scene size for a window that would like {@code width} × {@code height}: no larger than the screen. */
    public static double[] sceneSize(Window owner, double width, double height) {
        Rectangle2D area = usableArea(owner);
        return new double[] {Math.min(width, area.getWidth()), Math.min(height, area.getHeight() - TITLE_BAR)};
    }

    /**
     * Shows a second window ({@code stage}, its scene already sized by {@link #sceneSize}) centred on its owner
     * and inside the screen's usable area.
     */
    /**
     * Brings the window to the front (restored when minimised) and gives it the focus: another start of the app
     * asked for it. Kept on top for a moment, since some desktops do not raise a window on request alone.
     */
    public static void bringToFront(Stage stage) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
        if (!stage.isAlwaysOnTop()) {
            stage.setAlwaysOnTop(true);
            stage.setAlwaysOnTop(false);
        }
    }

    public static void showCentred(Stage stage, Window owner) {
        Rectangle2D area = usableArea(owner);
        stage.setMaxWidth(Math.max(area.getWidth(), stage.getMinWidth()));
        stage.setOnShown(e -> centre(stage, owner, area));
        stage.show();
    }

    private static void centre(Window w, Window owner, Rectangle2D area) {
        double width = Math.min(w.getWidth(), area.getWidth());
        double height = Math.min(w.getHeight(), area.getHeight());
        w.setWidth(width);
        w.setHeight(height);
        double x = owner == null ? area.getMinX() + (area.getWidth() - width) / 2
                : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? area.getMinY() + (area.getHeight() - height) / 2
                : owner.getY() + (owner.getHeight() - height) / 2;
        w.setX(clamp(x, area.getMinX(), area.getMaxX() - width));
        w.setY(clamp(y, area.getMinY(), area.getMaxY() - height));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }

    /**
     * Makes {@code d} fit its owner's screen: no wider or taller than the usable area (its content, given
     * {@link #scrolling}, scrolls instead), centred on its owner and never above or beside the screen.
     */
    public static <T extends Dialog<?>> T fit(T d) {
        d.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            Rectangle2D area = usableArea(d.getOwner());
            DialogPane pane = d.getDialogPane();
            pane.applyCss();
            double maxWidth = area.getWidth() - 16;
            double maxHeight = area.getHeight() - TITLE_BAR;
            double width = pane.prefWidth(-1);
            if (width > maxWidth) {
                pane.setPrefWidth(maxWidth);
                width = maxWidth;
            }
            double height = pane.prefHeight(width);
            if (height > maxHeight) {
                pane.setPrefHeight(maxHeight);
                height = maxHeight;
            }
            pane.setMaxSize(maxWidth, maxHeight);
            // The window takes the pane's whole height: a message of several lines is not cut to "…" (seen in the
            // real window on Linux; the headless test platform sizes the window right without it).
            pane.setMinHeight(Region.USE_PREF_SIZE);
            // Placed inside the screen before it first shows (JavaFX would centre it on its owner, partly off a
            // small screen when the owner is small), then centred again once its real size is known.
            Window owner = d.getOwner();
            double x = owner == null || Double.isNaN(owner.getX()) ? area.getMinX() + (area.getWidth() - width) / 2
                    : owner.getX() + (owner.getWidth() - width) / 2;
            double y = owner == null || Double.isNaN(owner.getY()) ? area.getMinY() + (area.getHeight() - height) / 2
                    : owner.getY() + (owner.getHeight() - height) / 2;
            d.setX(clamp(x, area.getMinX(), area.getMaxX() - width));
            d.setY(clamp(y, area.getMinY(), area.getMaxY() - height - TITLE_BAR));
            Window w = pane.getScene() == null ? null : pane.getScene().getWindow();
            if (w != null) {
                w.setOnShown(shown -> centre(w, d.getOwner(), area));
            }
        });
        return d;
    }

    /** A dialog's content that scrolls when it is taller than the screen allows ({@link #fit}). */
    public static ScrollPane scrolling(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("edge-to-edge");
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sp;
    }

    /**
     * Places the main window as the clerk left it in this data folder's {@code prefs} when that still fits a
     * screen, maximised otherwise (the habit of office programs); remembers its place when it is closed. Minimum
     * sizes never exceed the screen.
     */
    public static void placeMain(Stage stage, Preferences prefs, double minWidth, double minHeight) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(minWidth, area.getWidth()));
        stage.setMinHeight(Math.min(minHeight, area.getHeight()));
        double[] saved = saved(prefs);
        boolean fits = saved != null && saved[2] >= stage.getMinWidth() && saved[3] >= stage.getMinHeight()
                && Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(b ->
                        b.contains(saved[0], saved[1], saved[2], saved[3]));
        double[] normal = fits ? saved.clone() : new double[] {area.getMinX(), area.getMinY(),
            Math.min(1366, area.getWidth()), Math.min(800, area.getHeight())};
        stage.setX(normal[0]);
        stage.setY(normal[1]);
        stage.setWidth(normal[2]);
        stage.setHeight(normal[3]);
        stage.setMaximized(!fits || Boolean.parseBoolean(prefs.get(MAXIMISED, "true")));
        // The size and place while not maximised: what a restored window goes back to, and what is saved.
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            prefs.put(X, Double.toString(normal[0]));
            prefs.put(Y, Double.toString(normal[1]));
            prefs.put(WIDTH, Double.toString(normal[2]));
            prefs.put(HEIGHT, Double.toString(normal[3]));
            prefs.put(MAXIMISED, Boolean.toString(stage.isMaximized()));
        });
    }

    private static double[] saved(Preferences prefs) {
        try {
            String x = prefs.get(X, null);
            if (x == null) {
                return null;
            }
            return new double[] {Double.parseDouble(x), Double.parseDouble(prefs.get(Y, "")),
                Double.parseDouble(prefs.get(WIDTH, "")), Double.parseDouble(prefs.get(HEIGHT, ""))};
        } catch (NumberFormatException e) {
            return null; // a damaged preference: the window starts maximised
        }
    }
}
