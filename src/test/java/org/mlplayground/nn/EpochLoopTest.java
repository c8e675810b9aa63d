package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The one loop: stepping it is fitting, its stop reasons read well, and its history stays bounded. */
class EpochLoopTest {

    private static final DMatrixRMaj X = Problems.randomInputs(120, 3, 0, 7);
    private static final int[] LABELS = Problems.randomLabels(120, 3, 8);

    private static MlpConfig.Builder config() {
        return MlpConfig.builder().hiddenLayerSizes(6).batchSize(25).learningRateInit(0.01).seed(1).shuffleSeed(2);
    }

    @Test
    void steppingTheLoopIsFitting() {
        for (MlpConfig config : new MlpConfig[] {config().tol(1e-2).nIterNoChange(3).maxIter(2000).build(),
                config().maxIter(9).build(), config().earlyStopping(true).nIterNoChange(4).maxIter(2000).build()}) {
            MlpClassifier fitted = new MlpClassifier(config).fit(Features.of(X), LABELS);
            MlpClassifier stepped = new MlpClassifier(config);
            stepped.setClasses(LABELS);
            EpochLoop loop = stepped.epochLoop(Features.of(X), LABELS, true);
            long steps = 0;
            while (loop.step() != EpochLoop.Status.STOPPED) {
                steps++;
            }
            assertEquals(fitted.history().stop(), loop.stopReason());
            assertEquals(fitted.history().stop(), stepped.history().stop());
            assertEquals(fitted.history().steps(), steps + 1);
            assertArrayEquals(fitted.history().lossCurve(), stepped.history().lossCurve(), 0.0);
            for (int l = 0; l < 2; l++) {
                assertArrayEquals(fitted.coefs(l).data, stepped.coefs(l).data, 0.0);
            }
            assertThrows(IllegalStateException.class, loop::step, "a stopped loop must be continued first");
        }
    }

    @Test
    void stopReasonsAreSentences() {
        assertEquals("stopped at a plateau: the loss fell by less than tol=1e-4 for 10 epochs (not necessarily a good fit)",
                new StopReason.Converged(50, 1e-4, 10).message());
        assertEquals("early stopping: validation score did not improve for 10 epochs; restored epoch 37",
                new StopReason.EarlyStopping(48, 1e-4, 10, 37, 0.9).message());
        assertEquals("reached max epochs (200)", new StopReason.MaxIter(200, 200, -1).message());
        assertEquals("reached max epochs (200); restored epoch 180", new StopReason.MaxIter(200, 200, 180).message());
        assertEquals("diverged: the loss became NaN at step 123 (epoch 5); lower the learning rate",
                new StopReason.Diverged(4, 123, Double.NaN).message());
        assertEquals("0.5", StopReason.number(0.5));
        assertEquals("0", StopReason.number(0));
        assertEquals("2.5e-7", StopReason.number(2.5e-7));
        assertEquals(StopReason.Kind.EARLY_STOPPING, new StopReason.EarlyStopping(1, 0, 1, 1, 1).kind());
    }

    @Test
    void divergenceStopsAtTheStepWithItsEpoch() {
        MlpRegressor model = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(8).activation(Activation.RELU)
                .solver(Solver.SGD).learningRateInit(1e6).momentum(0).batchSize(5).maxIter(50).build());
        model.fit(Features.of(Problems.randomInputs(30, 3, 0, 3)), Problems.randomTargets(30, 1, 4));
        StopReason.Diverged d = assertInstanceOf(StopReason.Diverged.class, model.history().stop());
        assertEquals(model.history().steps(), d.step());
        assertTrue(d.message().endsWith("lower the learning rate"), d.message());
        assertEquals(d.message(), model.history().stopReason());
    }

    @Test
    void partialFitRunsOneEpochWithoutAStopReason() {
        MlpClassifier model = new MlpClassifier(config().build());
        model.partialFit(Features.of(X), LABELS, new int[] {0, 1, 2});
        assertNull(model.history().stop());
        assertEquals("one epoch of partial fit", model.history().stopReason());
        assertEquals(1, model.history().iterations());
    }

    @Test
    void withoutStopRulesOnlyDivergenceStops() {
        MlpClassifier model = new MlpClassifier(config().maxIter(2).tol(100).nIterNoChange(1).earlyStopping(true).build());
        model.setClasses(LABELS);
        EpochLoop loop = model.epochLoop(Features.of(X), LABELS, false);
        for (int e = 0; e < 10; e++) {
            assertNull(loop.runEpoch());
        }
        assertEquals(10, model.history().iterations());
        assertEquals(10, loop.epochsThisRun());
        assertEquals(0, model.history().validationScores().length, "no rows held out");
    }

    @Test
    void theLossCurveIsExactUpTo4096EpochsThenBounded() {
        BoundedCurve curve = new BoundedCurve();
        for (int e = 1; e <= BoundedCurve.CAPACITY; e++) {
            curve.add(e);
        }
        assertEquals(BoundedCurve.CAPACITY, curve.size());
        assertEquals(1, curve.spacing());
        assertEquals(1.0, curve.values()[0]);
        assertEquals(4096.0, curve.values()[4095]);
        for (int e = BoundedCurve.CAPACITY + 1; e <= 1_000_000; e++) {
            curve.add(e);
        }
        assertTrue(curve.size() <= BoundedCurve.CAPACITY && curve.size() > BoundedCurve.CAPACITY / 2, "" + curve.size());
        assertEquals(1_000_000.0, curve.last());
        double[] values = curve.values();
        long[] epochs = curve.epochs();
        for (int i = 0; i < values.length; i++) {
            assertEquals(epochs[i], (long) values[i], "each kept value belongs to the epoch it says");
            assertEquals(curve.spacing() * (i + 1), epochs[i]);
        }
        assertEquals(Long.bitCount(curve.spacing()), 1);
    }

    @Test
    void aStepInsideAnEpochAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DMatrixRMaj xm = Problems.randomInputs(20_000, 2, 0, 1);
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(8, 8).batchSize(10).build());
        int[] labels = Problems.randomLabels(20_000, 2, 2);
        model.setClasses(labels);
        EpochLoop loop = model.epochLoop(Features.of(xm), labels, true);
        for (int s = 0; s < 500; s++) {
            loop.step();
        }
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        int stepped = 0;
        for (int s = 0; s < 1000; s++) {
            stepped += loop.step() == EpochLoop.Status.STEPPED ? 1 : 0;
        }
        assertEquals(1000, stepped, "no epoch ended while measuring");
        long perStep = (threads.getThreadAllocatedBytes(id) - before) / 1000;
        System.out.println("bytes allocated per loop step: " + perStep);
        assertTrue(perStep < 64, perStep + " bytes per step");
    }
}
