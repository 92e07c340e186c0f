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
    void theWorkRunsOnItsOwnThreadWhileTheCallerWorksAndItsFailureComesBackUnwrapped() {
        CountDownLatch callerWorking = new CountDownLatch(1);
        String caller = Thread.currentThread().getName();
        String joined = Concurrently.alongside("test-work", () -> {
            try {
                // Gets past this only while the caller's part runs, which a one-after-the-other run never does.
                assertTrue(callerWorking.await(10, TimeUnit.SECONDS), "the caller's part never ran meanwhile");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread().getName();
        }, work -> {
            callerWorking.countDown();
            return Thread.currentThread().getName() + "+" + work.get();
        });
        assertEquals(caller + "+test-work", joined);
        assertNotEquals("test-work", caller);

        IllegalArgumentException bad = new IllegalArgumentException("hỏng");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Concurrently.alongside("test-fail",
                () -> {
                    throw bad;
                }, Concurrently.Result::get)));
    }

    @Test
    void aFailingCallerWaitsForTheWorkAndKeepsItsFailureBesideItsOwn() {
        AtomicBoolean ended = new AtomicBoolean();
        RuntimeException callers = assertThrows(RuntimeException.class, () -> Concurrently.alongside("test-slow", () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            ended.set(true);
            throw new IllegalStateException("also failed");
        }, work -> {
            throw new RuntimeException("caller failed");
        }));
        assertEquals("caller failed", callers.getMessage());
        assertTrue(ended.get(), "waited for the work to end");
        assertEquals("also failed", callers.getSuppressed()[0].getMessage());

        // The caller failing with the work's own failure (it asked for the result): not suppressed into itself.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Concurrently.alongside(
                "test-same", () -> {
                    throw new IllegalStateException("the work's");
                }, Concurrently.Result::get));
        assertEquals(0, thrown.getSuppressed().length);
    }
}
