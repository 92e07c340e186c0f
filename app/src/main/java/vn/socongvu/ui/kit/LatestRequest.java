package vn.socongvu.ui.kit;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.common.UserException;

/**
 * A screen's reads, off the FX thread: each request runs on its own background thread and its result is
 * handed back on the FX thread, unless a later request was made meanwhile (typing in a filter asks again
 * at every key: only the last answer is shown). {@link #busyProperty()} is true until the latest answers.
 */
public final class LatestRequest {
    private final String threadName;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Executor background;
    private final Executor fx;
    private long generation;

    /**
     * Made by a {@link TaskRunner} ({@link TaskRunner#latest}), the one way a screen gets one.
     * @param background where the work runs
     * @param fx where the answer is handed back (the FX thread; the caller's own thread in tests)
     */
    LatestRequest(String threadName, Executor background, Executor fx) {
        this.threadName = threadName;
        this.background = background;
        this.fx = fx;
    }

    /**
     * Runs {@code work} in the background. Call on the FX thread.
     * @param apply on the FX thread with the result, if no later request was made
     * @param failed on the FX thread with the error (the data closed under us, a read failed), likewise
     */
    public <T> void run(Supplier<T> work, Consumer<T> apply, Consumer<RuntimeException> failed) {
        long mine = ++generation;
        busy.set(true);
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                // The screen says it could not read; the technician finds why in the log.
                Logger log = LoggerFactory.getLogger(LatestRequest.class);
                if (e instanceof UserException ue) {
                    log.info("Background read {} refused: {}", threadName, ue.getClass().getSimpleName(), ue.getCause());
                } else {
                    log.error("Background read {} failed", threadName, e);
                }
                fx.execute(() -> finish(mine, () -> failed.accept(e)));
                return;
            }
            fx.execute(() -> finish(mine, () -> apply.accept(result)));
        });
    }

    private void finish(long request, Runnable step) {
        if (request == generation) {
            busy.set(false);
            step.run();
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
