package vn.socongvu.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ConcurrentlyTest {

    @Test
    void theWorkRunsOnItsOwnThreadAndItsResultOrFailureComesBackUnwrapped() throws Exception {
        CountDownLatch callerWaiting = new CountDownLatch(1);
        Concurrently.Result<String> r = Concurrently.start("test-work", () -> {
            try {
                // Only a second thread can get past this while the caller holds it.
                assertTrue(callerWaiting.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread().getName();
        });
        callerWaiting.countDown();
        assertEquals("test-work", r.get());
        assertNotEquals("test-work", Thread.currentThread().getName());

        IllegalArgumentException bad = new IllegalArgumentException("hỏng");
        Concurrently.Result<String> failing = Concurrently.start("test-fail", () -> {
            throw bad;
        });
        assertSame(bad, assertThrows(IllegalArgumentException.class, failing::get));
    }

    @Test
    void aFailingCallerWaitsForTheWorkAndKeepsItsFailureBesideItsOwn() {
        AtomicBoolean ended = new AtomicBoolean();
        Concurrently.Result<Void> slow = Concurrently.start("test-slow", () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            ended.set(true);
            throw new IllegalStateException("also failed");
        });
        RuntimeException callers = new RuntimeException("caller failed");
        slow.awaitAfter(callers);
        assertTrue(ended.get(), "waited for the work to end");
        assertEquals("also failed", callers.getSuppressed()[0].getMessage());

        // The caller failing with the work's own failure (it called get()): not suppressed into itself.
        IllegalStateException same = new IllegalStateException("the work's");
        Concurrently.Result<Void> failed = Concurrently.start("test-same", () -> {
            throw same;
        });
        RuntimeException thrown = assertThrows(IllegalStateException.class, failed::get);
        failed.awaitAfter(thrown);
        assertEquals(0, thrown.getSuppressed().length);
    }
}
