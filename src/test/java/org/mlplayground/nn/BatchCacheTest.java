package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Minibatches shared by networks trained in lockstep on one thread (a sweep's alphas). */
class BatchCacheTest {

    private static final int N = 600;
    private static final int D = 60;

    private static SparseFeatures data() {
        Features x = Features.of(Problems.randomInputs(N, D, 0.8, 5));
        assertTrue(x instanceof SparseFeatures);
        return (SparseFeatures) x;
    }

    /** 200 hidden units on batches of 200: large enough for the batch to go as two shards. */
    private static MlpClassifier model(double alpha) {
        return new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(200).alpha(alpha).batchSize(200).maxIter(3)
                .tol(0).seed(2).shuffleSeed(9).build());
    }

    @Test
    void networksInLockstepLoadEachBatchOnceAndGetTheBitsOfFitsOnTheirOwn() throws Exception {
        // on a sweep's thread, as the sweep runs them (every shard of a batch on that thread)
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread sweepThread = WorkerPool.singleThreadedFactory("test-sweep").newThread(() -> {
            try {
                trainInLockstep();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        sweepThread.start();
        sweepThread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static void trainInLockstep() {
        SparseFeatures plain = data();
        int[] y = Problems.randomLabels(N, 3, 4);
        SparseFeatures shared = (SparseFeatures) plain.sharingBatches();
        MlpClassifier[] models = {model(1e-4), model(0.3), model(3)};
        EpochLoop[] loops = new EpochLoop[models.length];
        for (int m = 0; m < models.length; m++) {
            models[m].setClasses(y);
            loops[m] = models[m].epochLoop(shared, y, true);
        }
        for (int running = models.length; running > 0; ) {
            for (int m = 0; m < models.length; m++) {
                if (loops[m] != null && loops[m].step() == EpochLoop.Status.STOPPED) {
                    loops[m] = null;
                    running--;
                }
            }
        }
        // 3 epochs of 3 batches, each in 2 shards: 18 loads, found by the two other networks
        assertEquals(18, shared.cache().misses());
        assertEquals(36, shared.cache().hits());
        for (int m = 0; m < models.length; m++) {
            MlpClassifier alone = model(models[m].config().alpha()).fit(plain, y);
            for (int l = 0; l < 2; l++) {
                assertArrayEquals(alone.coefs(l).data, models[m].coefs(l).data, 0.0, "network " + m + ", layer " + l);
                assertArrayEquals(alone.intercepts(l), models[m].intercepts(l), 0.0);
            }
        }
    }

    @Test
    void anotherThreadLoadsIntoItsOwnBuffers() throws Exception {
        SparseFeatures plain = data();
        int[] y = Problems.randomLabels(N, 3, 4);
        SparseFeatures shared = (SparseFeatures) plain.sharingBatches();
        AtomicReference<MlpClassifier> there = new AtomicReference<>();
        Thread other = new Thread(() -> there.set(model(0.1).fit(shared, y)));
        other.start();
        other.join();
        assertEquals(0, shared.cache().hits() + shared.cache().misses());
        assertArrayEquals(model(0.1).fit(plain, y).coefs(0).data, there.get().coefs(0).data, 0.0);
    }

    @Test
    void denseFeaturesHaveNothingToShare() {
        Features dense = Features.of(Problems.randomInputs(20, 3, 0, 1));
        assertSame(dense, dense.sharingBatches());
    }

    @Test
    void aRefilledBatchIsSortedByColumnAgain() {
        SparseFeatures x = data();
        SparseRows batch = x.newBatch(4);
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        x.loadBatch(order, 0, 4, batch);
        batch.transpose();
        x.loadBatch(order, 4, 4, batch);
        batch.transpose();
        double[] row = new double[D];
        for (int j = 0; j < D; j++) {
            for (int q = batch.colStart[j]; q < batch.colStart[j + 1]; q++) {
                x.copyRow(4 + batch.entryRow[q], row);
                assertEquals(row[j], batch.entryValue[q], "column " + j + " holds the second batch's values");
            }
        }
        assertEquals(batch.nnz, batch.colStart[D]);
    }
}
