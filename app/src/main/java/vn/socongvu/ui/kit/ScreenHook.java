package vn.socongvu.ui.kit;

import java.lang.ref.WeakReference;

import javafx.scene.Node;

/**
 * A model's call into the screen that shows it (a list about to be replaced, figures to draw). The model
 * outlives its screens ({@link MainView} builds a new screen on each visit), so it holds the call weakly and
 * the screen strongly: a screen the clerk left is not kept alive by its model, and a new screen's call
 * replaces the old one's.
 */
public final class ScreenHook<T> {
    private final T none;
    private WeakReference<T> call = new WeakReference<>(null);

    /** @param none what the model does while no screen shows it */
    public ScreenHook(T none) {
        this.none = none;
    }

    /** Sets the call of {@code screen}, kept for as long as the screen is. */
    public void set(Node screen, T screenCall) {
        call = new WeakReference<>(Ui.keep(screen, screenCall));
    }

    /** The call of the screen showing the model, or the one for no screen. */
    public T get() {
        T c = call.get();
        return c == null ? none : c;
    }
}
