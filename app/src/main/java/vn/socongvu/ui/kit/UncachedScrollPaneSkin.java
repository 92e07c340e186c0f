package vn.socongvu.ui.kit;

import javafx.event.EventTarget;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;

/**
 * JavaFX's scroll pane skin without the bitmap cache of its viewport, scrolling by the wheel as desktop software
 * does. The stock skin caches the viewport ({@code setCache(true)}): every scroll pane kept alive — a form, a text
 * area, a report's tables, on every screen visited — then holds a picture of its visible part, a few MB each, on
 * the heap with the software renderer. Content is drawn directly instead, as in any other pane. Given to every
 * {@code .scroll-pane} (text areas included) by {@code -fx-skin} in {@code app.css}.
 * <p>
 * A wheel click moves the content by three lines of text (the stock skin: 40 pixels, under two lines, so a long
 * form took twenty clicks); a text area or a list inside the pane that can still scroll that way takes the wheel
 * first, and one that cannot hands it on (the stock text area kept it, and the form seemed stuck under the mouse).
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    /** Lines a wheel click scrolls when the system does not say. */
    private static final double LINES_PER_CLICK = 3;

    public UncachedScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
        control.addEventFilter(ScrollEvent.SCROLL, this::wheel);
    }

    private void wheel(ScrollEvent e) {
        ScrollPane pane = getSkinnable();
        double dy = e.getDeltaY();
        if (dy == 0 || e.isInertia() || e.getTouchCount() > 0 || e.isShiftDown()
                || e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE) {
            return; // a touchpad's pixels, or a sideways scroll: as the stock skin does
        }
        if (innerCanScroll(e.getTarget(), pane, dy) || !canScroll(pane, dy)) {
            return; // the inner pane's own wheel, or nothing to scroll here: the event goes on
        }
        Node content = pane.getContent();
        Bounds viewport = pane.getViewportBounds();
        double overflow = content == null ? 0 : content.getLayoutBounds().getHeight() - viewport.getHeight();
        if (overflow <= 0) {
            return;
        }
        double lines = e.getTextDeltaY() != 0 ? e.getTextDeltaY() : Math.signum(dy) * LINES_PER_CLICK;
        double pixels = lines * lineHeight();
        double range = pane.getVmax() - pane.getVmin();
        double value = pane.getVvalue() - pixels / overflow * range;
        pane.setVvalue(Math.clamp(value, pane.getVmin(), pane.getVmax()));
        e.consume();
    }

    /** A text line's height in the window's font (the theme sets it on the scene's root). */
    private double lineHeight() {
        Font f = Font.getDefault();
        return Math.round(f.getSize() * 1.5);
    }

    /** Whether a scroll pane inside this one, under the mouse, can still scroll that way (it scrolls itself). */
    private static boolean innerCanScroll(EventTarget target, ScrollPane outer, double dy) {
        for (Node n = target instanceof Node t ? t : null; n != null && n != outer; n = n.getParent()) {
            if (n instanceof ScrollPane inner && canScroll(inner, dy)) {
                return true;
            }
            if (n.getStyleClass().contains("virtual-flow")) {
                return true; // a list or a table scrolls its own rows
            }
        }
        return false;
    }

    private static boolean canScroll(ScrollPane p, double dy) {
        Node content = p.getContent();
        if (content == null || content.getLayoutBounds().getHeight() <= p.getViewportBounds().getHeight() + 0.5) {
            return false;
        }
        return dy > 0 ? p.getVvalue() > p.getVmin() : p.getVvalue() < p.getVmax();
    }
}
