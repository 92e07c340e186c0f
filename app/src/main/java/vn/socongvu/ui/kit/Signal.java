package vn.socongvu.ui.kit;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;

/**
 * A ViewModel's word to the screen showing it that something happened (a review is ready to be opened, new
 * figures are to be drawn), with what goes with it. The ViewModel fires it without knowing any screen; a screen
 * listens for as long as it lives (held weakly, as {@link Ui#listen} does), and sees every firing, also of an
 * equal value — but not the ones made before it listened.
 */
public final class Signal<T> {
    private final ReadOnlyObjectWrapper<Fired<T>> last = new ReadOnlyObjectWrapper<>();

    /** Tells the screens listening now. */
    public void fire(T value) {
        last.set(new Fired<>(value));
    }

    /** Calls {@code action} at each later firing, for as long as {@code owner} lives. */
    public void listen(Node owner, Consumer<? super T> action) {
        ChangeListener<Fired<T>> l = (o, a, b) -> action.accept(b.value());
        last.addListener(new WeakChangeListener<>(Ui.keep(owner, l)));
    }

    /** Calls {@code action} at each later firing: for a model that lives no longer than the screen listening. */
    public void listen(Consumer<? super T> action) {
        last.addListener((o, a, b) -> action.accept(b.value()));
    }

    /** The value of the last firing (null before any): what a test checks. */
    public T last() {
        Fired<T> f = last.get();
        return f == null ? null : f.value();
    }

    /** One firing: a new object each time, so that an equal value is seen as a change. */
    private static final class Fired<T> {
        private final T value;

        Fired(T value) {
            this.value = value;
        }

        T value() {
            return value;
        }
    }
}
