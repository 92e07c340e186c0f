package vn.socongvu.ui.kit;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

import vn.socongvu.common.Progress;

/**
 * The window's background work: one pool of daemon threads for the whole app, every answer handed back on the
 * FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    /**
     * Threads made as work comes, let go two seconds after their last work: an idle thread would keep what it
     * read with (the buffers the JDK caches per thread for file reads: megabytes after the data is opened).
     */
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new Named());
    private final Supplier<Window> owner;

    /** @param owner the window a progress dialog belongs to, asked when the work starts */
    public FxTaskRunner(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The pool itself, for the window's own work outside any screen (opening the data, opening a file). */
    public static Executor background() {
        return POOL;
    }

    @Override
    public <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> done,
                               Consumer<Throwable> failed) {
        return run(titleKey, work, done, failed, () -> { });
    }

    @Override
    public <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> done,
                               Consumer<Throwable> failed, Runnable cancelled) {
        BackgroundWork<T> bw = BackgroundWork.start(owner.get(), titleKey, work, done::accept, failed, cancelled,
                POOL);
        return () -> bw.task().cancel();
    }

    @Override
    public LatestRequest latest(String name) {
        return new LatestRequest(name, POOL, Platform::runLater, ErrorDialog::serverFailure);
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "socongvu-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
