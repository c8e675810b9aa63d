package org.mlplayground.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Every averaged figure (accuracy, macro and weighted precision/recall/F1, macro and micro ROC
 * AUC) against the table sklearn 1.2.1 computed for binary, 3-class and class-absent cases
 * ({@code golden/make_averages_golden.py} writes {@code golden/averages_golden.csv}).
 */
class AveragesGoldenTest {

    @Test
    void everyAveragedFigureMatchesSklearn() throws IOException {
        List<String[]> rows = table();
        assertEquals(6, rows.size());
        for (String[] row : rows) {
            String name = row[0];
            int k = Integer.parseInt(row[1]);
            int[] truth = Arrays.stream(row[2].split(" ")).mapToInt(Integer::parseInt).toArray();
            String[] probRows = row[3].split("\\|");
            DMatrixRMaj p = new DMatrixRMaj(probRows.length, k);
            for (int r = 0; r < probRows.length; r++) {
                String[] v = probRows[r].split(" ");
                for (int c = 0; c < k; c++) {
                    p.set(r, c, Double.parseDouble(v[c]));
                }
            }
            ClassifierEvaluation e = ClassifierEvaluation.of(p, truth, null);
            ClassificationReport rep = e.report();
            double[] want = Arrays.stream(row, 4, 13).mapToDouble(v -> v.equals("nan") ? Double.NaN : Double.parseDouble(v)).toArray();
            double[] got = {rep.accuracy(), rep.macroPrecision(), rep.macroRecall(), rep.macroF1(),
                rep.weightedPrecision(), rep.weightedRecall(), rep.weightedF1()};
            for (int i = 0; i < got.length; i++) {
                assertEquals(want[i], got[i], 1e-12, name + " figure " + i);
            }
            if (!Double.isNaN(want[7])) {
                assertEquals(want[7], e.macroAuc(), 1e-12, name + " macro AUC");
                assertEquals(want[8], e.microRoc().auc(), 1e-12, name + " micro AUC");
            }
        }
    }

    @Test
    void macroAucIsTheMeanOfTheClassesNotTheAreaUnderTheAveragedCurve() throws IOException {
        for (String[] row : table()) {
            if (!row[0].startsWith("three")) {
                continue;
            }
            int[] truth = Arrays.stream(row[2].split(" ")).mapToInt(Integer::parseInt).toArray();
            String[] probRows = row[3].split("\\|");
            DMatrixRMaj p = new DMatrixRMaj(probRows.length, 3);
            for (int r = 0; r < probRows.length; r++) {
                String[] v = probRows[r].split(" ");
                for (int c = 0; c < 3; c++) {
                    p.set(r, c, Double.parseDouble(v[c]));
                }
            }
            ClassifierEvaluation e = ClassifierEvaluation.of(p, truth, null);
            double mean = (e.roc()[0].auc() + e.roc()[1].auc() + e.roc()[2].auc()) / 3;
            assertEquals(mean, e.macroAuc(), 1e-15);
            assertTrue(Math.abs(e.macroRoc().auc() - e.macroAuc()) > 1e-6, row[0] + ": the curve's area is another number");
        }
    }

    @Test
    void aClassAbsentFromTruthAndPredictionsIsLeftOutOfTheAverages() {
        // two kept drawings of a 3 on a 10-class model, both right: sklearn says macro F1 1.0
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {3, 3}, new int[] {3, 3}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        ClassificationReport r = ClassificationReport.of(m, null);
        assertEquals(1.0, r.macroF1());
        assertEquals(1.0, r.macroPrecision());
        assertEquals(1.0, r.accuracy());
        assertTrue(r.notes().get(0).contains("left out of the averages"), r.notes().toString());
    }

    @Test
    void rSquaredOfFewerThanTwoRowsIsUndefinedAsInSklearn() {
        assertTrue(Double.isNaN(Metrics.r2(new DMatrixRMaj(new double[][] {{1.0}}), new DMatrixRMaj(new double[][] {{0.5}}))));
        assertEquals(0.91, Metrics.r2(new DMatrixRMaj(new double[][] {{0}, {2}}), new DMatrixRMaj(new double[][] {{0.3}, {1.7}})),
                1e-12, "sklearn r2_score([0, 2], [0.3, 1.7]) = 0.91");
    }

    private static List<String[]> table() throws IOException {
        try (InputStream in = AveragesGoldenTest.class.getResourceAsStream("/golden/averages_golden.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split(","));
                }
            }
            return rows;
        }
    }
}
