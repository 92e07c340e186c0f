package vn.socongvu.ui.kit;

import java.util.function.Consumer;
import java.util.function.Function;

import vn.socongvu.common.Progress;

/**
 * The one way a ViewModel runs work off the FX thread: {@link FxTaskRunner} in the window (one pool of
 * background threads, answers on the FX thread), {@code CurrentThreadTaskRunner} in tests (everything at once,
 * on the caller's thread).
 */
public interface TaskRunner {

    /**
     * Long work the clerk waits for (a backup, an export, an import): shown with its progress and a "Hủy" button;
     * {@code done} or {@code failed} is called on the FX thread — not when the clerk cancelled.
     */
    <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> done,
                        Consumer<Throwable> failed);

    /**
     * As {@link #run(String, Function, Consumer, Consumer)}, and {@code cancelled} called on the FX thread when the
     * clerk cancelled (the work may still be finishing then: it cleans up after itself when it sees the cancel).
     */
    default <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> done,
                                Consumer<Throwable> failed, Runnable cancelled) {
        return run(titleKey, work, done, failed);
    }

    /**
     * A screen's reads whose answer is shown only if no later request was made meanwhile (typing in a filter asks
     * again at every key). One per kind of read, kept by the ViewModel.
     */
    LatestRequest latest(String name);

    /** Work started by {@link #run}. */
    interface Cancellable {
        void cancel();
    }
}
