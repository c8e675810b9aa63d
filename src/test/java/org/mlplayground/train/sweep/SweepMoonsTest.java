package org.mlplayground.train.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mlplayground.data.CsvReader;
import org.mlplayground.data.CsvTable;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.TrainingProblem;

/**
 * The alpha validation curve on sklearn's moons (make_moons(500, noise=0.3, random_state=0),
 * {@code resources/datasets/moons500.csv}) against sklearn 1.2.1's
 * {@code validation_curve(MLPClassifier(hidden_layer_sizes=(10,), max_iter=2000, random_state=0),
 * param_name='alpha', cv=5)}, whose numbers {@code make_moons_sweep.py} wrote to
 * {@code sklearn_validation_curve.txt}. The initial weights differ (different random generators),
 * so the curves agree within a few points, not exactly.
 */
class SweepMoonsTest {

    static TrainingProblem moons() throws Exception {
        CsvTable table = CsvReader.parse(resource("/datasets/moons500.csv"), "moons500.csv", "label", true);
        return TrainingProblem.classification(Features.of(table.features()), table.labels(), null, null, null);
    }

    static MlpConfig sklearnDefaults() {
        return MlpConfig.builder().hiddenLayerSizes(10).maxIter(2000).seed(0).shuffleSeed(0).build();
    }

    @Test
    void validationCurveAgreesWithSklearns() throws Exception {
        List<double[]> sklearn = new ArrayList<>();
        for (String line : resource("/sweep/sklearn_validation_curve.txt").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                sklearn.add(java.util.Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        double[] alphas = sklearn.stream().mapToDouble(r -> r[0]).toArray();
        SweepSpec spec = new SweepSpec(sklearnDefaults(), List.of(new int[] {10}), alphas, Validation.KFolds.of(5), false);
        SweepResult result = new Sweep(moons(), spec).run(null);
        assertEquals(alphas.length, result.cells().size());
        int sklearnBest = 0;
        for (int i = 0; i < alphas.length; i++) {
            SweepCell cell = result.cell(0, i);
            double[] s = sklearn.get(i);
            System.out.printf(Locale.ROOT, "alpha %-6g ours train %.4f valid %.4f +- %.4f | sklearn train %.4f valid %.4f +- %.4f%n",
                    alphas[i], cell.meanTrain(), cell.meanValidation(), cell.stdValidation(), s[1], s[3], s[4]);
            assertEquals(s[1], cell.meanTrain(), 0.03, "mean training accuracy at alpha " + alphas[i]);
            assertEquals(s[3], cell.meanValidation(), 0.03, "mean validation accuracy at alpha " + alphas[i]);
            if (s[3] > sklearn.get(sklearnBest)[3]) {
                sklearnBest = i;
            }
        }
        // the best alpha lies in the same region: its score by sklearn's curve is within a point of sklearn's best
        int ourBest = result.best().col();
        assertTrue(sklearn.get(ourBest)[3] >= sklearn.get(sklearnBest)[3] - 0.01,
                "our best alpha " + alphas[ourBest] + " vs sklearn's " + alphas[sklearnBest]);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SweepMoonsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
