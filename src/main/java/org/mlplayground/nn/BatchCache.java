package org.mlplayground.nn;

import java.util.Arrays;

/**
 * The last few minibatches copied out of one {@link SparseFeatures}, each kept with its column
 * sort, for networks that train on the same rows in the same order on one thread: a sweep's
 * alphas for one architecture and fold start from the same seed, so their epochs visit the same
 * batches, and run in lockstep (every network's step on batch b before any step on b + 1). The
 * first network's step copies the batch's non-zeros and sorts them by column; the others find
 * both done. On 10,000 MNIST digits the copy and the sort were 14% of a grid's time
 * ({@code perf record}).
 *
 * <p>A batch is known by its rows ({@code order[start .. start+count)}, compared entry by entry),
 * so a network that trains on other rows only misses. Only the thread that made the cache uses
 * it; any other loads into its own buffer ({@link SparseFeatures#batch}). A returned batch stays
 * valid until {@link #SLOTS} other batches have been asked for: a step asks for one per shard of
 * its batch (at most {@link Backpropagation#SHARDS}) and is done with it before the next step.
 */
final class BatchCache {

    /** Batches kept: room for every shard of one step (two) with some to spare. */
    static final int SLOTS = 4;

    private final Thread owner = Thread.currentThread();
    private final SparseRows[] slots = new SparseRows[SLOTS];
    /** rows[s][0 .. counts[s]): the source rows slot s holds, in order. */
    private final int[][] rows = new int[SLOTS][];
    private final int[] counts = new int[SLOTS];
    private final long[] lastUse = new long[SLOTS];
    private long uses;
    private long hits;
    private long misses;
    private long loadNanos;

    /** Whether the calling thread may use this cache. */
    boolean ownedByCaller() {
        return Thread.currentThread() == owner;
    }

    /**
     * The batch of rows {@code order[start .. start+count)} of {@code source}: a kept one if the
     * same rows were asked for lately, else loaded into the least recently used slot.
     */
    SparseRows batch(int[] order, int start, int count, SparseFeatures source) {
        uses++;
        int oldest = 0;
        for (int s = 0; s < SLOTS; s++) {
            if (slots[s] != null && counts[s] == count
                    && Arrays.equals(rows[s], 0, count, order, start, start + count)) {
                lastUse[s] = uses;
                hits++;
                return slots[s];
            }
            if (lastUse[s] < lastUse[oldest]) {
                oldest = s;
            }
        }
        misses++;
        if (slots[oldest] == null) {
            slots[oldest] = source.newBatch(count);
        }
        if (rows[oldest] == null || rows[oldest].length < count) {
            rows[oldest] = new int[count];
        }
        System.arraycopy(order, start, rows[oldest], 0, count);
        counts[oldest] = count;
        lastUse[oldest] = uses;
        long t0 = System.nanoTime();
        source.loadBatch(order, start, count, slots[oldest]);
        // sorted now rather than in the first network's backward pass, so that the time is counted here
        slots[oldest].transpose();
        loadNanos += System.nanoTime() - t0;
        return slots[oldest];
    }

    /** Batches found already loaded, for tests and benchmarks. */
    long hits() {
        return hits;
    }

    /** Batches loaded. */
    long misses() {
        return misses;
    }

    /** Nanoseconds spent loading and sorting batches, so that a sweep can share them out fairly. */
    long loadNanos() {
        return loadNanos;
    }
}
