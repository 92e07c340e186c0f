package vn.socongvu.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A screen's reads, off the FX thread: each request runs on its own background thread and its result is
 * handed back on the FX thread, unless a later request was made meanwhile (typing in a filter asks again
 * at every key: only the last answer is shown). {@link #busyProperty()} is true until the latest answers.
 */
public final class LatestRequest {
    private final String threadName;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public LatestRequest(String threadName) {
        this.threadName = threadName;
    }

    /**
     * Runs {@code work} in the background. Call on the FX thread.
     * @param apply on the FX thread with the result, if no later request was made
     * @param failed on the FX thread with the error (the data closed under us, a read failed), likewise
     */
    public <T> void run(Supplier<T> work, Consumer<T> apply, Consumer<RuntimeException> failed) {
        long mine = ++generation;
        busy.set(true);
        Thread t = new Thread(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                // The screen says it could not read; the technician finds why in the log.
                org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LatestRequest.class);
                if (e instanceof vn.socongvu.common.UserException ue) {
                    log.info("Background read {} refused: {}", threadName, ue.getClass().getSimpleName(), ue.getCause());
                } else {
                    log.error("Background read {} failed", threadName, e);
                }
                Platform.runLater(() -> finish(mine, () -> failed.accept(e)));
                return;
            }
            Platform.runLater(() -> finish(mine, () -> apply.accept(result)));
        }, threadName);
        t.setDaemon(true);
        t.start();
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
