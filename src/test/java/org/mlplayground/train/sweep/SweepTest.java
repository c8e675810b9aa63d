package org.mlplayground.train.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.TrainingProblem;



/** The sweep engine: its grid, its scores, its determinism across thread counts, progress and cancel. */
class SweepTest {

    private static TrainingProblem blobs() {
        Dataset2D d = Generators.fromName("blobs3").generate(150, 0.2, 5);
        return TrainingProblem.classification(Features.of(d.points()), d.labels(), null, null, null);
    }

    private static MlpConfig small() {
        return MlpConfig.builder().hiddenLayerSizes(4).activation(Activation.TANH).learningRateInit(0.02)
                .batchSize(32).maxIter(40).seed(3).shuffleSeed(4).build();
    }

    @Test
    void everyCellHasEveryFoldAndTheSameBitsOnAnyNumberOfThreads() {
        SweepSpec spec = new SweepSpec(small(), List.of(new int[] {4}, new int[] {3, 3}), new double[] {0, 1e-2, 10},
                Validation.KFolds.of(3), true);
        List<SweepProgress> reports = new ArrayList<>();
        SweepResult one = new Sweep(blobs(), spec).run(reports::add, 1);
        SweepResult three = new Sweep(blobs(), spec).run(null, 3);
        assertEquals(6, one.cells().size());
        // a report per finished fit (and, on a slow machine, some between them as epochs end)
        int finishedFits = 0;
        for (int i = 0; i < reports.size(); i++) {
            int before = i == 0 ? 0 : reports.get(i - 1).fitsDone();
            assertTrue(reports.get(i).fitsDone() - before <= 1, "one fit at a time");
            finishedFits += reports.get(i).fitsDone() - before;
            assertTrue(i == 0 || reports.get(i).fraction() >= reports.get(i - 1).fraction(), "the bar never goes back");
        }
        assertEquals(24, finishedFits);
        SweepProgress last = reports.get(reports.size() - 1);
        assertEquals(1, last.fraction());
        assertEquals(24, last.fitsDone());
        assertEquals(6, last.cellsDone());
        assertEquals(0, last.secondsLeft());
        assertEquals(6, reports.stream().filter(r -> r.finishedCell() != null).count());
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                SweepCell a = one.cell(r, c);
                SweepCell b = three.cell(r, c);
                assertEquals(r, a.row());
                assertEquals(spec.alpha(c), a.alpha());
                assertArrayEquals(spec.architecture(r), a.hidden());
                assertEquals(3, a.folds().size());
                for (int f = 0; f < 3; f++) {
                    assertEquals(a.folds().get(f).validationScore(), b.folds().get(f).validationScore());
                    assertEquals(a.folds().get(f).trainScore(), b.folds().get(f).trainScore());
                    assertEquals(a.folds().get(f).weightNorm(), b.folds().get(f).weightNorm());
                    assertTrue(a.folds().get(f).macroF1() > 0 && a.folds().get(f).macroF1() <= 1);
                }
                assertArrayEquals(a.finalNetwork().coefs(0).data, b.finalNetwork().coefs(0).data);
                if (c < 2) {
                    assertTrue(a.meanValidation() > 0.5, "3 separable blobs are learned: " + a.meanValidation());
                }
            }
        }
        assertTrue(one.best().meanValidation() >= one.cell(1, 2).meanValidation());
    }

    @Test
    void progressMovesWhileARowsAlphasTrainTogether() {
        // a row's alphas train side by side and finish together after many epochs: the bar moves
        // as their epochs end, and the time left is estimated before any fit has finished
        MlpConfig long_ = small().toBuilder().hiddenLayerSizes(32, 32).maxIter(2000).nIterNoChange(100_000).build();
        List<SweepProgress> reports = new ArrayList<>();
        new Sweep(blobs(), new SweepSpec(long_, List.of(new int[] {32, 32}), new double[] {0, 1e-2},
                new Validation.HoldOut(0.25, 1), false)).run(reports::add, 1);
        SweepProgress early = reports.get(0);
        assertEquals(0, early.fitsDone(), "reported before the first fit ended");
        assertTrue(early.fraction() > 0 && early.fraction() < 1, "the bar moved: " + early.fraction());
        // estimated (NaN until there is work to estimate from); its figure reported, not bounded
        assertTrue(Double.isFinite(early.secondsLeft()), "the time left is estimated: " + early.secondsLeft());
        System.out.println("first report: " + early.secondsLeft() + " s left at " + early.fraction());
    }

    @Test
    void largerAlphaShrinksTheWeightsAndTheFinalModelPredicts() {
        SweepResult result = new Sweep(blobs(), SweepSpec.alphaSweep(small(), new double[] {0, 1, 10}, 3)).run(null);
        List<SweepCell> strip = result.row(0);
        assertTrue(strip.get(0).weightNorm() > strip.get(1).weightNorm());
        assertTrue(strip.get(1).weightNorm() > strip.get(2).weightNorm());
        MlpClassifier model = (MlpClassifier) strip.get(0).finalModel();
        TrainingProblem p = blobs();
        assertEquals(strip.get(0).finalFit().trainScore(), model.score(p.train(), p.trainLabels()));
        assertArrayEquals(new int[] {0, 1, 2}, model.classes());
    }

    @Test
    void sameInitialWeightsAcrossAlphas() {
        // with alpha 0 twice, two columns are the same fits: identical scores
        SweepResult result = new Sweep(blobs(), new SweepSpec(small(), List.of(new int[] {4}), new double[] {0, 0},
                Validation.KFolds.of(3), false)).run(null, 2);
        for (int f = 0; f < 3; f++) {
            FoldScore a = result.cell(0, 0).folds().get(f);
            FoldScore b = result.cell(0, 1).folds().get(f);
            assertEquals(a.validationScore(), b.validationScore());
            assertEquals(a.weightNorm(), b.weightNorm());
            assertEquals(a.epochs(), b.epochs());
        }
        assertFalse(result.cell(0, 0).hasFinalModel());
        assertNull(result.cell(0, 0).finalNetwork());
    }

    /** 240 rows of 30 features, two thirds zeros (stored by their non-zeros), 3 classes from the features. */
    private static TrainingProblem sparseProblem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        DMatrixRMaj x = new DMatrixRMaj(240, 30);
        int[] labels = new int[240];
        for (int r = 0; r < 240; r++) {
            double a = 0;
            for (int c = 0; c < 30; c++) {
                if (random.nextInt(3) == 0) {
                    double v = random.nextDouble();
                    x.set(r, c, v);
                    a += c < 10 ? v : c < 20 ? -v : 0;
                }
            }
            labels[r] = a > 0.5 ? 2 : a < -0.5 ? 0 : 1;
        }
        Features features = Features.of(x);
        assertTrue(features instanceof org.mlplayground.nn.SparseFeatures);
        return TrainingProblem.classification(features, labels, null, null, null);
    }

    @Test
    void alphasTrainedSideBySideHaveTheBitsOfFitsOnTheirOwn() {
        // a row's alphas train in lockstep on shared minibatches; early stopping ends them at
        // different epochs, and each network must still be the one its own fit gives
        TrainingProblem p = sparseProblem();
        MlpConfig base = small().toBuilder().activation(Activation.RELU).hiddenLayerSizes(20).maxIter(60)
                .earlyStopping(true).nIterNoChange(3).build();
        SweepSpec spec = new SweepSpec(base, List.of(new int[] {20}, new int[] {5, 4}), new double[] {0, 0.5, 20},
                Validation.KFolds.of(3), true);
        SweepResult result = new Sweep(p, spec).run(null, 2);
        java.util.Set<Integer> epochs = new java.util.HashSet<>();
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                MlpClassifier alone = new MlpClassifier(spec.config(r, c)).fit(p.train(), p.trainLabels());
                SweepCell cell = result.cell(r, c);
                for (int l = 0; l < alone.layerSizes(30, 3).length - 1; l++) {
                    assertArrayEquals(alone.coefs(l).data, cell.finalNetwork().coefs(l).data, 0.0, "cell " + r + "," + c);
                    assertArrayEquals(alone.intercepts(l), cell.finalNetwork().intercepts(l), 0.0);
                }
                assertEquals(alone.history().iterations(), cell.finalFit().epochs());
                epochs.add(cell.finalFit().epochs());
                org.mlplayground.data.Split fold = spec.validation().splits(240, p.trainLabels()).get(1);
                MlpClassifier onFold = new MlpClassifier(spec.config(r, c))
                        .fit(p.train().select(fold.train()), pick(p.trainLabels(), fold.train()));
                assertEquals(onFold.score(p.train().select(fold.test()), pick(p.trainLabels(), fold.test())),
                        cell.folds().get(1).validationScore());
            }
        }
        assertTrue(epochs.size() > 1, "the fits stop at different epochs: " + epochs);
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    @Test
    void regressionIsScoredByR2OnPlainFoldsAndHoldOutHasOneFold() {
        Dataset2D d = Generators.fromName("plane").generate(120, 0.1, 2);
        TrainingProblem p = TrainingProblem.regression(Features.of(d.points()), d.targetMatrix(), null, null, null);
        MlpConfig config = small().toBuilder().maxIter(60).build();
        SweepResult cv = new Sweep(p, SweepSpec.alphaSweep(config, new double[] {1e-4, 1}, 4)).run(null);
        assertFalse(cv.classification());
        assertEquals("R²", cv.scoreName());
        assertEquals(4, cv.cell(0, 0).folds().size());
        assertTrue(cv.cell(0, 0).meanValidation() > 0.8, "a plane is fitted: R² " + cv.cell(0, 0).meanValidation());
        assertTrue(Double.isNaN(cv.cell(0, 0).meanMacroF1()));
        SweepResult held = new Sweep(p, new SweepSpec(config, List.of(new int[] {4}), new double[] {1e-4},
                new Validation.HoldOut(0.25, 1), false)).run(null);
        assertEquals(1, held.cell(0, 0).folds().size());
        assertEquals(0, held.cell(0, 0).stdValidation());
    }

    @Test
    void cancelStopsTheRunningFits() throws Exception {
        MlpConfig slow = small().toBuilder().maxIter(100_000).tol(0).hiddenLayerSizes(32, 32).build();
        Sweep sweep = new Sweep(blobs(), new SweepSpec(slow, List.of(new int[] {32, 32}), new double[] {0, 1e-3, 1e-2, 1e-1},
                Validation.KFolds.of(5), true));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread runner = new Thread(() -> {
            started.countDown();
            try {
                sweep.run(null, 2);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        runner.start();
        started.await();
        Thread.sleep(200);
        sweep.cancel();
        // a hang guard, not a speed measurement: without the cancel this sweep runs for many minutes
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> runner.join());
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        assertTrue(sweep.isCancelled());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("mlp-sweep")),
                "no fit is left running once run has returned");
    }

    @Test
    void aFitOnASweepThreadRunsEveryPartOnThatThread() throws Exception {
        java.util.Set<String> ran = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread t = org.mlplayground.nn.WorkerPool.singleThreadedFactory("test-sweep").newThread(() ->
                org.mlplayground.nn.WorkerPool.shared().run((part, parts) -> ran.add(Thread.currentThread().getName())));
        t.start();
        t.join();
        assertEquals(java.util.Set.of(t.getName()), ran);
    }

    @Test
    void specsAreValuesAndCopyTheirArrays() {
        double[] alphas = {0, 1e-3};
        int[] layers = {3, 3};
        SweepSpec a = new SweepSpec(small(), List.of(layers), alphas, Validation.KFolds.of(3), false);
        alphas[1] = 5;
        layers[0] = 9;
        SweepSpec b = new SweepSpec(small(), List.of(new int[] {3, 3}), new double[] {0, 1e-3}, Validation.KFolds.of(3), false);
        assertEquals(b, a);
        assertEquals(b.hashCode(), a.hashCode());
        assertEquals(1e-3, a.alpha(1));
        assertEquals("3,3", a.architectureName(0));
        assertEquals(small().toBuilder().hiddenLayerSizes(3, 3).alpha(1e-3).build(), a.config(0, 1));
        assertFalse(a.equals(new SweepSpec(small(), List.of(new int[] {3, 3}), new double[] {0, 1e-3},
                new Validation.HoldOut(0.2, 0), false)));
    }

    @Test
    void badGridsAreRefusedInOneSentence() {
        assertThrows(IllegalArgumentException.class, () -> new SweepSpec(small(), List.of(), new double[] {0},
                Validation.KFolds.of(3), false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SweepSpec(small(),
                List.of(new int[] {4}), new double[] {-1}, Validation.KFolds.of(3), false));
        assertTrue(e.getMessage().contains("alpha"));
        TrainingProblem tiny = TrainingProblem.classification(org.mlplayground.nn.Features.of(new DMatrixRMaj(
                new double[][] {{0, 0}, {1, 1}, {2, 2}})), new int[] {0, 1, 0}, null, null, null);
        e = assertThrows(IllegalArgumentException.class, () -> new Sweep(tiny, SweepSpec.alphaSweep(small(),
                new double[] {0}, 5)).run(null));
        assertTrue(e.getMessage().contains("5 folds"), e.getMessage());
    }
}
