package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The fork-join pool runs every part exactly once, from any thread, nested or failing. */
class WorkerPoolTest {

    private final WorkerPool pool = WorkerPool.shared();

    @Test
    void everyPartRunsOnce() {
        for (int job = 0; job < 1000; job++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(pool.parts());
            pool.run((part, parts) -> runs.incrementAndGet(part));
            for (int p = 0; p < pool.parts(); p++) {
                assertEquals(1, runs.get(p));
            }
        }
    }

    @Test
    void aJobStartedInsideAPartRunsOnItsCaller() {
        AtomicIntegerArray inner = new AtomicIntegerArray(pool.parts());
        pool.run((part, parts) -> {
            if (part == 0) {
                pool.run((p, n) -> inner.incrementAndGet(p));
            }
        });
        for (int p = 0; p < pool.parts(); p++) {
            assertEquals(1, inner.get(p));
        }
    }

    @Test
    void concurrentCallersAllFinish() throws InterruptedException {
        int callers = 4;
        CountDownLatch done = new CountDownLatch(callers);
        AtomicIntegerArray total = new AtomicIntegerArray(1);
        for (int c = 0; c < callers; c++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    pool.run((part, parts) -> total.incrementAndGet(0));
                }
                done.countDown();
            });
            t.start();
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(callers * 500 * pool.parts(), total.get(0));
    }

    @Test
    void aFailingPartIsReported() {
        if (pool.parts() == 1) {
            assertThrows(ArithmeticException.class, () -> pool.run((part, parts) -> {
                throw new ArithmeticException("boom");
            }));
            return;
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run((part, parts) -> {
            if (part == parts - 1) {
                throw new ArithmeticException("boom");
            }
        }));
        assertTrue(e.getMessage().contains("boom"));
        // and the pool still works afterwards
        AtomicIntegerArray runs = new AtomicIntegerArray(1);
        pool.run((part, parts) -> runs.incrementAndGet(0));
        assertEquals(pool.parts(), runs.get(0));
    }
}
