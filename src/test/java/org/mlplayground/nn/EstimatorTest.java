package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.matrix.ValidationSplit;



/** The estimators' sklearn behaviour: training, stopping rules, warm start, reproducibility. */
class EstimatorTest {

    private static final Features XOR = Features.of(Problems.xorInputs());

    private static MlpConfig.Builder xorConfig() {
        return MlpConfig.builder().hiddenLayerSizes(4).activation(Activation.TANH).learningRateInit(0.1)
                .alpha(1e-4).maxIter(500).seed(7).shuffleSeed(8);
    }

    @Test
    void xorIsLearnedWithOneSmallHiddenLayer() {
        for (Solver solver : Solver.values()) {
            MlpConfig config = xorConfig().solver(solver).learningRateInit(solver == Solver.SGD ? 0.3 : 0.1).build();
            MlpClassifier model = new MlpClassifier(config).fit(XOR, Problems.xorLabels());
            assertEquals(1.0, model.score(XOR, Problems.xorLabels()), solver + ": " + model.history().stopReason());
        }
    }

    @Test
    void aLinearModelCannotLearnXor() {
        MlpClassifier model = new MlpClassifier(xorConfig().hiddenLayerSizes().build()).fit(XOR, Problems.xorLabels());
        assertTrue(model.score(XOR, Problems.xorLabels()) <= 0.75, "no hidden layer is logistic regression");
    }

    @Test
    void theSameSeedGivesBitIdenticalWeights() {
        for (Solver solver : Solver.values()) {
            MlpConfig config = xorConfig().solver(solver).maxIter(50).build();
            MlpClassifier a = new MlpClassifier(config).fit(XOR, Problems.xorLabels());
            MlpClassifier b = new MlpClassifier(config).fit(XOR, Problems.xorLabels());
            for (int l = 0; l < 2; l++) {
                assertArrayEquals(a.coefs(l).data, b.coefs(l).data, 0.0, solver + " layer " + l);
                assertArrayEquals(a.intercepts(l), b.intercepts(l), 0.0);
            }
            assertArrayEquals(a.history().lossCurve(), b.history().lossCurve(), 0.0);
            MlpClassifier other = new MlpClassifier(config.toBuilder().seed(99).build()).fit(XOR, Problems.xorLabels());
            assertNotEquals(a.coefs(0).get(0, 0), other.coefs(0).get(0, 0), "another seed, other weights");
        }
    }

    @Test
    void largeShardedBatchesAreReproducible() {
        DMatrixRMaj xm = Problems.randomInputs(600, 300, 0.7, 1);
        int[] y = Problems.randomLabels(600, 10, 2);
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(64).maxIter(2).batchSize(300).build();
        MlpClassifier a = new MlpClassifier(config).fit(Features.of(xm), y);
        MlpClassifier b = new MlpClassifier(config).fit(Features.of(xm), y);
        assertArrayEquals(a.coefs(0).data, b.coefs(0).data, 0.0);
        // the dense and sparse storage of the same data train to the same weights, up to rounding
        MlpClassifier dense = new MlpClassifier(config).fit(new DenseFeatures(xm), y);
        assertArrayEquals(a.coefs(0).data, dense.coefs(0).data, 1e-12);
    }

    @Test
    void initialWeightsFollowSklearnsGlorotBoundsAndResetRestoresThem() {
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(30).activation(Activation.LOGISTIC).maxIter(5).build();
        MlpClassifier model = new MlpClassifier(config);
        model.initialize(20, 3);
        DMatrixRMaj initial = model.coefs(0);
        double bound = Math.sqrt(2.0 / (20 + 30));
        double max = 0;
        for (double w : initial.data) {
            max = Math.max(max, Math.abs(w));
        }
        assertTrue(max <= bound && max > 0.9 * bound, "uniform in +-sqrt(2/(fan_in+fan_out)) for logistic");
        model.partialFit(Features.of(Problems.randomInputs(40, 20, 0, 3)), Problems.randomLabels(40, 3, 4), new int[] {0, 1, 2});
        assertNotEquals(initial.get(0, 0), model.coefs(0).get(0, 0));
        model.resetToInitialWeights();
        assertArrayEquals(initial.data, model.coefs(0).data, 0.0);
        assertEquals(0, model.history().iterations());
    }

    @Test
    void stopsWhenTheLossStopsImproving() {
        MlpConfig config = xorConfig().maxIter(100000).tol(1e-3).nIterNoChange(5).build();
        MlpClassifier model = new MlpClassifier(config).fit(XOR, Problems.xorLabels());
        int epochs = model.history().iterations();
        assertTrue(epochs < 100000, "stopped early");
        assertEquals(new StopReason.Converged(epochs, 1e-3, 5), model.history().stop());
        assertEquals("stopped at a plateau: the loss fell by less than tol=0.001 for 5 epochs (not necessarily a good fit)", model.history().stopReason());
        double[] curve = model.history().lossCurve();
        assertEquals(epochs, curve.length);
        double best = model.history().bestLoss();
        // sklearn's rule: the last nIterNoChange+1 epochs were not better than best - tol
        for (int i = curve.length - 6; i < curve.length; i++) {
            assertTrue(curve[i] > best - 1e-3 - 1e-15 || curve[i] == best);
        }
    }

    @Test
    void adaptiveLearningRateDividesByFiveInsteadOfStopping() {
        MlpConfig config = xorConfig().solver(Solver.SGD).learningRate(LearningRateSchedule.ADAPTIVE)
                .learningRateInit(0.1).tol(10).nIterNoChange(2).maxIter(12).build();
        MlpClassifier model = new MlpClassifier(config);
        model.fit(XOR, Problems.xorLabels());
        // with tol = 10 no epoch ever improves: every 3 epochs the rate is divided by 5, training goes on
        assertEquals(12, model.history().iterations());
        SgdOptimizer sgd = new SgdOptimizer(new double[][] {{0}}, 0.1, LearningRateSchedule.ADAPTIVE, 0.9, true, 0.5);
        assertFalse(sgd.triggerStopping());
        assertEquals(0.02, sgd.learningRate(), 1e-15);
    }

    @Test
    void invscalingFollowsSklearnsFormula() {
        SgdOptimizer sgd = new SgdOptimizer(new double[][] {{0}}, 0.5, LearningRateSchedule.INVSCALING, 0.9, true, 0.25);
        sgd.iterationEnds(80);
        assertEquals(0.5 / Math.pow(81, 0.25), sgd.learningRate(), 1e-15);
        assertTrue(sgd.triggerStopping(), "only adaptive keeps going");
    }

    @Test
    void earlyStoppingRestoresTheBestValidationWeights() {
        DMatrixRMaj xm = Problems.randomInputs(200, 5, 0, 11);
        int[] y = new int[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = xm.get(i, 0) + 0.3 * xm.get(i, 1) > 0 ? 1 : 0;
        }
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(16).earlyStopping(true).validationFraction(0.2)
                .learningRateInit(0.01).maxIter(300).nIterNoChange(5).build();
        MlpClassifier model = new MlpClassifier(config).fit(Features.of(xm), y);
        double[] scores = model.history().validationScores();
        assertEquals(model.history().iterations(), scores.length);
        double best = 0;
        for (double s : scores) {
            best = Math.max(best, s);
        }
        assertEquals(best, model.history().bestValidationScore());
        assertTrue(model.history().iterations() < 300, model.history().stopReason());
        // the weights kept are the best epoch's: they score exactly the best on the same held-out split
        ValidationSplit split = ValidationSplit.of(200, 0.2, config.seed(), y);
        int[] heldOut = new int[split.validation().length];
        for (int i = 0; i < heldOut.length; i++) {
            heldOut[i] = y[split.validation()[i]];
        }
        assertEquals(best, model.score(Features.of(xm).select(split.validation()), heldOut), 0.0);
        assertTrue(scores[scores.length - 1] < best, "the last epoch was worse, so restoring mattered");
        assertTrue(best > 0.9, "a linear rule is learned, best validation accuracy " + best);
    }

    @Test
    void partialFitRunsOneEpochAndWarmStartContinues() {
        DMatrixRMaj xm = Problems.randomInputs(50, 4, 0, 1);
        DMatrixRMaj y = Problems.randomTargets(50, 2, 2);
        MlpRegressor model = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(6).build());
        Features x = Features.of(xm);
        model.partialFit(x, y);
        model.partialFit(x, y);
        assertEquals(2, model.history().iterations());
        assertEquals(100, model.history().samplesSeen());

        MlpRegressor warm = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(6).maxIter(3).warmStart(true).build());
        warm.fit(x, y);
        DMatrixRMaj after3 = warm.coefs(0);
        warm.fit(x, y);
        assertEquals(6, warm.history().iterations(), "warm start keeps counting");
        assertNotEquals(after3.get(0, 0), warm.coefs(0).get(0, 0));
        MlpRegressor cold = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(6).maxIter(3).build());
        cold.fit(x, y);
        cold.fit(x, y);
        assertEquals(3, cold.history().iterations(), "without warm start fit starts over");
        assertArrayEquals(after3.data, cold.coefs(0).data, 0.0);
    }

    @Test
    void lbfgsFitsARegressionAndRespectsItsBudgets() {
        DMatrixRMaj xm = Problems.randomInputs(80, 2, 0, 5);
        double[] y = new double[80];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(2 * xm.get(i, 0)) + xm.get(i, 1) * xm.get(i, 1);
        }
        Features x = Features.of(xm);
        MlpRegressor model = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(10).activation(Activation.TANH)
                .solver(Solver.LBFGS).alpha(1e-5).maxIter(500).build()).fit(x, y);
        assertTrue(model.score(x, MlpRegressor.column(y)) > 0.99, "R2 " + model.score(x, MlpRegressor.column(y)));
        MlpRegressor bounded = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(10).solver(Solver.LBFGS)
                .maxIter(7).build()).fit(x, y);
        assertEquals(7, bounded.history().iterations());
        assertTrue(bounded.history().stopReason().contains("maxIter"), bounded.history().stopReason());
        double[] curve = model.history().lossCurve();
        assertTrue(curve[curve.length - 1] < curve[0], "the loss went down");
    }

    @Test
    void traceAndAugmentedWeightsFollowTheLecturesNotation() {
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(3).activation(Activation.TANH).build());
        model.partialFit(XOR, Problems.xorLabels(), new int[] {0, 1});
        double[] x = {1, 0};
        ForwardTrace trace = model.trace(x);
        DMatrixRMaj w1 = model.augmentedWeights(1);
        assertEquals(3, w1.numRows);
        assertEquals(3, w1.numCols, "m[1] x (m[0] + 1)");
        for (int i = 0; i < 3; i++) {
            double z = w1.get(i, 0) * 1 + w1.get(i, 1) * x[0] + w1.get(i, 2) * x[1];
            assertEquals(z, trace.z().get(0)[i], 1e-15, "Z[1] = W[1] [1; A[0]]");
            assertEquals(Math.tanh(z), trace.a().get(0)[i], 1e-15);
        }
        assertEquals(model.intercepts(0)[1], w1.get(1, 0), "bias in column 0");
        assertEquals(model.coefs(0).get(1, 2), w1.get(2, 2), "coefs_ is the transpose of the rest");
        double p = model.predictProba(Features.of(new double[][] {x})).get(0, 1);
        assertEquals(p, trace.output()[0], 1e-15);

        Gradients g = model.gradients(Features.of(new double[][] {x}), new int[] {1});
        assertEquals(2, g.coefs().size());
        DMatrixRMaj g2 = g.augmented(2);
        assertEquals(1, g2.numRows);
        assertEquals(4, g2.numCols);
        // output delta for one example is p - y; its bias gradient is exactly that
        assertEquals(p - 1, g2.get(0, 0), 1e-15);
    }

    @Test
    void changingTheLearningRateReachesTheRunningOptimizer() {
        MlpClassifier model = new MlpClassifier(xorConfig().solver(Solver.SGD).momentum(0).learningRateInit(0.1).build());
        model.partialFit(XOR, Problems.xorLabels(), new int[] {0, 1});
        model.setConfig(model.config().toBuilder().learningRateInit(0.0001).build());
        DMatrixRMaj before = model.coefs(0);
        model.partialFit(XOR, Problems.xorLabels(), null);
        double moved = 0;
        for (int i = 0; i < before.data.length; i++) {
            moved = Math.max(moved, Math.abs(before.data[i] - model.coefs(0).data[i]));
        }
        assertTrue(moved < 1e-3, "a thousand times smaller steps, moved " + moved);
    }

    @Test
    void labelsMayBeAnyIntegers() {
        MlpClassifier model = new MlpClassifier(xorConfig().build()).fit(XOR, new int[] {-3, 7, 7, -3});
        assertArrayEquals(new int[] {-3, 7}, model.classes());
        assertArrayEquals(new int[] {-3, 7, 7, -3}, model.predict(XOR));
        assertEquals(List.of(4, 2), List.of(model.predictProba(XOR).numRows, model.predictProba(XOR).numCols));
    }

    @Test
    void divergenceStopsWithAReason() {
        MlpRegressor model = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(8).activation(Activation.RELU)
                .solver(Solver.SGD).learningRateInit(1e6).momentum(0).maxIter(50).build());
        DMatrixRMaj xm = Problems.randomInputs(30, 3, 0, 3);
        model.fit(Features.of(xm), Problems.randomTargets(30, 1, 4));
        assertTrue(model.history().stopReason().contains("diverged"), model.history().stopReason());
        assertTrue(model.history().iterations() < 50);
    }

    @Test
    void partialFitWithLbfgsIsRefused() {
        MlpClassifier model = new MlpClassifier(xorConfig().solver(Solver.LBFGS).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.partialFit(XOR, Problems.xorLabels(), new int[] {0, 1}));
        assertTrue(e.getMessage().contains("lbfgs"));
    }
}
