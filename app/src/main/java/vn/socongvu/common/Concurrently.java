package vn.socongvu.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a piece of work on a thread of its own while the caller does something else, for the few places where two
 * independent long steps (reading a report's records, writing its two files) can share the machine's two cores.
 */
public final class Concurrently {
    private Concurrently() {
    }

    /** A result being worked out on another thread. */
    public static final class Result<T> {
        private final CompletableFuture<T> future;

        private Result(CompletableFuture<T> future) {
            this.future = future;
        }

        /** Waits for the result; a failure is thrown as it was thrown there (not wrapped). */
        public T get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        /** Waits for the work to end, its failure, if any, kept beside the caller's. */
        private void awaitAfter(Throwable callersFailure) {
            try {
                future.join();
            } catch (CompletionException e) {
                if (e.getCause() != callersFailure) { // the caller may be failing with this very failure
                    callersFailure.addSuppressed(e.getCause());
                }
            }
        }
    }

    /**
     * Starts {@code work} on a new thread named {@code name}, then runs {@code here} on the caller's thread with the
     * work's result to ask for when needed. When {@code here} fails, the work is waited for before the failure is
     * thrown (its failure, if any, suppressed beside it): nothing is left running behind a failed operation.
     */
    public static <T, R> R alongside(String name, Supplier<T> work, Function<Result<T>, R> here) {
        Result<T> result = new Result<>(CompletableFuture.supplyAsync(work,
                task -> Thread.ofPlatform().name(name).start(task)));
        try {
            return here.apply(result);
        } catch (RuntimeException | Error e) {
            result.awaitAfter(e);
            throw e;
        }
    }
}
