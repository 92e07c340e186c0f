package vn.socongvu.ui.kit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import vn.socongvu.i18n.Messages;

/**
 * The window's keyboard shortcuts, wired once: the kit marks the controls that do the action ({@link Ui#button}
 * marks "Lưu", {@link RecordScreen#add} the "Thêm …" buttons, {@link Ui#searchField} the search boxes) and the
 * window {@link #install installs} the keys; a key fires the marked control nearest to where the clerk is
 * working (the form holding the focus first), when it can be used.
 */
public enum KeyActions {
    /** Ctrl+S: saves the form being edited. */
    SAVE(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), "Ctrl+S"),
    /** Ctrl+N: a new record in the section shown. */
    NEW(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "Ctrl+N"),
    /** Ctrl+F: the section's search box. */
    SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), "Ctrl+F");

    private static final String MARK = "socongvu.keyAction";
    private final KeyCombination keys;
    private final String shown;

    KeyActions(KeyCombination keys, String shown) {
        this.keys = keys;
        this.shown = shown;
    }

    /** The keys as the clerk reads them ("Ctrl+S"). */
    public String shown() {
        return shown;
    }

    /** Marks the control that does this action; a button's tooltip says the keys. */
    public <C extends Control> C mark(C control) {
        control.getProperties().put(MARK, this);
        String tip = control instanceof TextInputControl ? Messages.get("shortcuts.tip.search", shown)
                : Messages.get("shortcuts.tip", shown);
        control.setTooltip(new Tooltip(tip));
        return control;
    }

    /** Takes a kit control out of the keys' reach (the header's own search, which Ctrl+K reaches instead). */
    public static <C extends Control> C unmark(C control) {
        control.getProperties().remove(MARK);
        control.setTooltip(null);
        return control;
    }

    /** Lets the keys work inside {@code root} (a window's content). */
    public static void install(Parent root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (KeyActions a : values()) {
                if (a.keys.match(e) && a.fire(root)) {
                    e.consume();
                    return;
                }
            }
        });
    }

    /**
     * Esc closes this window (a preview, a review), as its close button would: through its close request, which
     * may ask first (unsaved work) and refuse. A control that uses Esc itself (an open list, a cell being edited)
     * takes it first.
     */
    public static void escapeCloses(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE || e.isConsumed()) {
                return;
            }
            e.consume();
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            EventHandler<WindowEvent> asks = stage.getOnCloseRequest();
            if (asks != null) {
                asks.handle(request);
            }
            if (!request.isConsumed()) {
                stage.close();
            }
        });
    }

    /** Does the action in {@code root}: @return whether a control was there to do it. */
    public boolean fire(Parent root) {
        Optional<Node> target = find(root);
        if (target.isEmpty()) {
            return false;
        }
        Node n = target.get();
        if (n instanceof ButtonBase b) {
            b.fire();
        } else {
            n.requestFocus();
            if (n instanceof TextInputControl t) {
                t.selectAll();
            }
        }
        return true;
    }

    /**
     * The control marked for this action that the clerk can use now: inside the nearest part of the screen that
     * holds the focus and has one, else the first shown in {@code root}.
     */
    public Optional<Node> find(Parent root) {
        Scene scene = root.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        for (Node n = focus; n != null && n != root; n = n.getParent()) {
            if (n instanceof Parent p) {
                Optional<Node> near = first(p);
                if (near.isPresent()) {
                    return near;
                }
            }
        }
        return first(root);
    }

    private Optional<Node> first(Parent p) {
        Deque<Node> todo = new ArrayDeque<>(List.of(p));
        while (!todo.isEmpty()) {
            Node n = todo.removeFirst();
            if (n.getProperties().get(MARK) == this && !n.isDisabled() && inSight(n)) {
                return Optional.of(n);
            }
            if (n instanceof Parent q && n.isVisible()) {
                todo.addAll(q.getChildrenUnmodifiable());
            }
        }
        return Optional.empty();
    }

    /** Shown: it and every parent visible (a tab not selected hides its content), and in a scene. */
    private static boolean inSight(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
