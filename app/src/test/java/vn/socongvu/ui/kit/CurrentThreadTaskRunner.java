package vn.socongvu.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import vn.socongvu.common.Progress;

/**
 * For ViewModel tests without the FX toolkit: every piece of work runs at once on the caller's thread and its
 * answer is handed back before {@code run} returns; the titles of the long work are recorded.
 */
public final class CurrentThreadTaskRunner implements TaskRunner {
    /** The title keys of the long work run, in order. */
    public final List<String> ran = new ArrayList<>();
    /** What the work is given: {@link Progress#NONE}, or one a test cancels (the clerk's "Hủy"). */
    public Progress progress = Progress.NONE;

    @Override
    public <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> done,
                               Consumer<Throwable> failed) {
        return run(titleKey, work, done, failed, () -> { });
    }

    @Override
    public <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> done,
                               Consumer<Throwable> failed, Runnable cancelled) {
        ran.add(titleKey);
        T result;
        try {
            result = work.apply(progress);
        } catch (Progress.CancelledException e) {
            cancelled.run();
            return () -> { };
        } catch (RuntimeException e) {
            failed.accept(e);
            return () -> { };
        }
        done.accept(result);
        return () -> { };
    }

    @Override
    public LatestRequest latest(String name) {
        return new LatestRequest(name, Runnable::run, Runnable::run);
    }
}
