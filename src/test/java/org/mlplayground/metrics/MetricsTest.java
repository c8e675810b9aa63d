package org.mlplayground.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Metrics against hand-worked tables and sklearn 1.2.1's figures for the same inputs
 * ({@code src/test/resources/golden/make_metrics_golden.py} prints them).
 */
class MetricsTest {

    private static final int[] TRUTH = {0, 1, 2, 2, 1, 0, 2, 1, 1, 0, 2, 2};
    private static final int[] PRED = {0, 2, 2, 2, 1, 0, 1, 1, 0, 0, 2, 1};

    @Test
    void confusionMatrixRowsAreTruthColumnsPredictions() {
        ConfusionMatrix m = ConfusionMatrix.of(TRUTH, PRED, null);
        assertArrayEquals(new long[] {3, 0, 0}, m.counts()[0]);
        assertArrayEquals(new long[] {1, 2, 1}, m.counts()[1]);
        assertArrayEquals(new long[] {0, 2, 3}, m.counts()[2]);
        assertEquals(8.0 / 12, m.accuracy(), 1e-15);
    }

    @Test
    void reportMatchesSklearn() {
        ClassificationReport r = ClassificationReport.of(ConfusionMatrix.of(TRUTH, PRED, null), null);
        assertArrayEquals(new double[] {0.75, 0.5, 0.75}, r.precision(), 1e-12);
        assertArrayEquals(new double[] {1.0, 0.5, 0.6}, r.recall(), 1e-12);
        assertArrayEquals(new double[] {0.857142857143, 0.5, 0.666666666667}, r.f1(), 1e-12);
        assertArrayEquals(new long[] {3, 4, 5}, r.support());
        assertEquals(0.666666666667, r.macroPrecision(), 1e-12);
        assertEquals(0.7, r.macroRecall(), 1e-12);
        assertEquals(0.674603174603, r.macroF1(), 1e-12);
        assertEquals(0.666666666667, r.weightedPrecision(), 1e-12);
        assertEquals(0.666666666667, r.weightedRecall(), 1e-12);
        assertEquals(0.65873015873, r.weightedF1(), 1e-11);
        String text = r.format();
        assertTrue(text.contains("           0      0.75      1.00      0.86         3"), text);
        assertTrue(text.contains("weighted avg      0.67      0.67      0.66        12"), text);
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void aClassNeverPredictedScoresZeroWithANote() {
        ClassificationReport r = ClassificationReport.of(ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 1},
                null), new String[] {"cat", "dog", "bird"});
        assertEquals(0.0, r.precision()[2]);
        assertEquals(0.0, r.f1()[2]);
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("bird is never predicted"), r.notes().get(0));
        assertTrue(r.format().contains("note: class bird"));
    }

    @Test
    void rocCurveHandlesTiesAsSklearn() {
        double[] scores = {0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.3, 0.2, 0.1};
        int[] labels = {1, 1, 0, 1, 0, 1, 0, 0, 1, 0};
        boolean[] positive = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            positive[i] = labels[i] == 1;
        }
        RocCurve roc = RocCurve.of(scores, positive);
        assertArrayEquals(new double[] {0.0, 0.0, 0.2, 0.2, 0.6, 0.8, 0.8, 1.0}, roc.falsePositiveRate(), 1e-15);
        assertArrayEquals(new double[] {0.0, 0.2, 0.4, 0.6, 0.8, 0.8, 1.0, 1.0}, roc.truePositiveRate(), 1e-15);
        assertArrayEquals(new double[] {0.9, 0.8, 0.7, 0.6, 0.3, 0.2, 0.1},
                java.util.Arrays.copyOfRange(roc.thresholds(), 1, 8), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, roc.thresholds()[0], "above every score (sklearn 1.2 writes max + 1)");
        assertEquals(0.7, roc.auc(), 1e-15);
        // a perfect ranking has area 1, a reversed one 0
        assertEquals(1.0, RocCurve.of(new double[] {3, 2, 1}, new boolean[] {true, true, false}).auc());
        assertEquals(0.0, RocCurve.of(new double[] {3, 2, 1}, new boolean[] {false, true, true}).auc());
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, 2}, new boolean[] {true, true}));
    }

    @Test
    void oneVsRestGivesACurvePerClass() {
        DMatrixRMaj proba = new DMatrixRMaj(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.3, 0.3, 0.4}, {0.2, 0.2, 0.6}});
        RocCurve[] curves = RocCurve.oneVsRest(proba, new int[] {0, 1, 0, 2});
        assertEquals(1.0, curves[0].auc(), "class 0 scores 0.7 and 0.3 against 0.1 and 0.2");
        assertEquals(1.0, curves[1].auc());
        assertEquals(1.0, curves[2].auc());
        RocCurve[] missing = RocCurve.oneVsRest(proba, new int[] {0, 1, 0, 1});
        assertEquals(null, missing[2], "class 2 has no samples: no curve");
    }

    @Test
    void logLossMseAndR2MatchSklearn() {
        DMatrixRMaj proba = new DMatrixRMaj(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.3, 0.3, 0.4}, {0.0, 0.0, 1.0}});
        assertEquals(0.4459478248947196, Metrics.logLoss(proba, new int[] {0, 1, 0, 2}), 1e-15);
        DMatrixRMaj truth = new DMatrixRMaj(new double[][] {{1, 2}, {2, 2}, {3, 2}, {4, 2}});
        DMatrixRMaj predicted = new DMatrixRMaj(new double[][] {{1.5, 2}, {2, 2.5}, {2.5, 2}, {4.5, 2}});
        assertEquals(0.125, Metrics.meanSquaredError(truth, predicted), 1e-15);
        assertEquals(0.425, Metrics.r2(truth, predicted), 1e-15, "a constant output that is missed scores 0");
        assertEquals(1.0, Metrics.r2(truth, truth));
    }

    /**
     * Micro and macro average ROC for three classes against scikit-learn 1.2.1:
     * roc_auc_score(Y, p, average='micro') and the macro curve of its ROC example (np.interp of
     * each class's curve at every false positive rate, averaged). Data: seed 3, 40 samples.
     */
    @Test
    void microAndMacroAverageRocMatchScikitLearn() {
        String[] rows = "0.26,0.19,0.55;0.42,0.34,0.24;0.38,0.46,0.16;0.22,0.42,0.36;0.49,0.18,0.33;0.56,0.21,0.23;0.21,0.52,0.27;0.22,0.42,0.36;0.18,0.17,0.65;0.07,0.62,0.31;0.3,0.42,0.29;0.35,0.19,0.46;0.23,0.55,0.22;0.45,0.06,0.49;0.57,0.11,0.32;0.43,0.34,0.23;0.86,0.07,0.07;0.28,0.57,0.14;0.12,0.49,0.39;0.5,0.28,0.22;0.33,0.12,0.55;0.37,0.43,0.21;0.34,0.3,0.36;0.42,0.29,0.28;0.46,0.16,0.37;0.27,0.29,0.45;0.63,0.31,0.05;0.2,0.48,0.32;0.34,0.32,0.33;0.13,0.23,0.64;0.61,0.1,0.29;0.04,0.17,0.79;0.39,0.44,0.17;0.28,0.53,0.19;0.15,0.13,0.72;0.47,0.21,0.32;0.12,0.19,0.69;0.74,0.22,0.04;0.4,0.25,0.35;0.21,0.36,0.43".split(";");
        int[] labels = java.util.Arrays.stream("2,0,1,0,0,0,1,1,2,1,1,2,1,2,0,0,0,1,2,0,2,1,2,2,2,2,0,1,2,1,0,2,1,1,2,0,2,0,1,0".split(",")).mapToInt(Integer::parseInt).toArray();
        org.ejml.data.DMatrixRMaj p = new org.ejml.data.DMatrixRMaj(rows.length, 3);
        for (int r = 0; r < rows.length; r++) {
            String[] v = rows[r].split(",");
            for (int c = 0; c < 3; c++) {
                p.set(r, c, Double.parseDouble(v[c]));
            }
        }
        assertEquals(0.8984375, RocCurve.microAverage(p, labels).auc(), 1e-12);
        RocCurve macro = RocCurve.macroAverage(RocCurve.oneVsRest(p, labels));
        assertEquals(0.9102798910491219, macro.auc(), 1e-12);
        assertEquals(27, macro.falsePositiveRate().length, "every false positive rate any class reaches");
    }
}
