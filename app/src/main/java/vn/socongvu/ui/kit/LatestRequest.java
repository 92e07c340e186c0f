package vn.socongvu.ui.kit;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.common.UserException;
import vn.socongvu.storage.StorageException;

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
    /** Told, on the FX thread, of a read the server refused or lost (a dialog in the window). */
    private final Consumer<StorageException> serverFailed;
    private long generation;

    /**
     * Made by a {@link TaskRunner} ({@link TaskRunner#latest}), the one way a screen gets one.
     * @param background where the work runs
     * @param fx where the answer is handed back (the FX thread; the caller's own thread in tests)
     */
    LatestRequest(String threadName, Executor background, Executor fx) {
        this(threadName, background, fx, e -> { });
    }

    /**
     * @param serverFailed told of a read that failed because the server's connection was lost, could not be made or
     *        lacks a permission (besides the screen's own {@code failed}): the window says it in a dialog
     */
    LatestRequest(String threadName, Executor background, Executor fx, Consumer<StorageException> serverFailed) {
        this.serverFailed = serverFailed;
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
                if (e instanceof StorageException se && serverProblem(se)) {
                    fx.execute(() -> serverFailed.accept(se)); // said even when a later request was made
                }
                return;
            }
            fx.execute(() -> finish(mine, () -> apply.accept(result)));
        });
    }

    private static boolean serverProblem(StorageException e) {
        return switch (e.reason()) {
            case CONNECTION_LOST, SERVER_UNREACHABLE, NO_PERMISSION -> true;
            default -> false;
        };
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
