package org.mlplayground.nn;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A tiny fork-join for the training step's two big products: the caller runs part 0 and one
 * daemon worker per further core runs the others. Dispatch allocates nothing (workers spin
 * briefly, then park), so the hot loop stays allocation-free.
 *
 * <p>If the pool is already busy (another thread's job, or a job started from inside a part),
 * {@link #run} runs every part on the caller: never blocked, never wrong, only slower.
 */
public final class WorkerPool {

    /** One slice of a parallel job. */
    @FunctionalInterface
    public interface PartTask {
        /** Runs part {@code part} of {@code parts}. */
        void run(int part, int parts);
    }

    private static final long SPIN_NANOS = 200_000;
    /** Spins of the caller waiting for the workers before it yields its core at each check. */
    private static final int YIELD_AFTER_SPINS = 2_000;
    private static volatile WorkerPool shared;

    private final Thread[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile PartTask task;
    private volatile int generation;
    private volatile Throwable failure;

    private WorkerPool(int parts) {
        workers = new Thread[parts - 1];
        for (int i = 0; i < workers.length; i++) {
            int part = i + 1;
            workers[i] = new Thread(() -> work(part), "mlp-worker-" + part);
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    /** The process-wide pool: one part per available core, or as many as the system property {@code mlp.threads} says. */
    public static WorkerPool shared() {
        WorkerPool p = shared;
        if (p == null) {
            synchronized (WorkerPool.class) {
                if (shared == null) {
                    shared = new WorkerPool(Math.max(1, Integer.getInteger("mlp.threads", Runtime.getRuntime().availableProcessors())));
                }
                p = shared;
            }
        }
        return p;
    }

    /** Number of parts a job is split into. */
    public int parts() {
        return workers.length + 1;
    }

    /**
     * Threads on which every job runs all its parts on the caller, never on the pool: one fit per
     * thread when many fits run side by side (a sweep). The parts and their order stay the same,
     * so the bits do too.
     */
    public static java.util.concurrent.ThreadFactory singleThreadedFactory(String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new SingleThreaded(r, namePrefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether the calling thread was made by {@link #singleThreadedFactory} (a sweep's fit). */
    static boolean callerRunsAlone() {
        return Thread.currentThread() instanceof SingleThreaded;
    }

    /** A thread made by {@link #singleThreadedFactory}. */
    private static final class SingleThreaded extends Thread {
        SingleThreaded(Runnable r, String name) {
            super(r, name);
        }
    }

    /** Runs all parts of {@code job} and returns when every part has finished. */
    public void run(PartTask job) {
        int parts = parts();
        if (parts == 1 || Thread.currentThread() instanceof SingleThreaded || !busy.compareAndSet(false, true)) {
            for (int p = 0; p < parts; p++) {
                job.run(p, parts);
            }
            return;
        }
        try {
            failure = null;
            task = job;
            remaining.set(parts - 1);
            generation++;
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
            job.run(0, parts);
            // a short spin, then yield: on a busy machine the worker may wait for this very core
            for (int spins = 0; remaining.get() != 0; spins++) {
                if (spins < YIELD_AFTER_SPINS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            task = null;
            Throwable t = failure;
            if (t != null) {
                throw new IllegalStateException("A training worker failed: " + t, t);
            }
        } finally {
            busy.set(false);
        }
    }

    private void work(int part) {
        int seen = 0;
        while (true) {
            long spinStart = System.nanoTime();
            int spins = 0;
            while (generation == seen) {
                if (++spins % 128 == 0 && System.nanoTime() - spinStart > SPIN_NANOS) {
                    LockSupport.park(this);
                } else {
                    Thread.onSpinWait();
                }
            }
            seen = generation;
            try {
                task.run(part, parts());
            } catch (Throwable t) {
                failure = t;
            } finally {
                remaining.decrementAndGet();
            }
        }
    }
}
