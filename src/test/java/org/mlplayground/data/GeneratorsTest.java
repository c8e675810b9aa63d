package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlplayground.matrix.OneHot;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpRegressor;



/** The 2D generators, feature maps and splits: seeded, balanced, in the plane, learnable. */
class GeneratorsTest {

    @ParameterizedTest
    @EnumSource(Generators.class)
    void pureFunctionsOfPointsNoiseAndSeed(Generators g) {
        Dataset2D a = g.generate(300, 0.2, 7);
        Dataset2D b = g.generate(300, 0.2, 7);
        Dataset2D c = g.generate(300, 0.2, 8);
        assertEquals(300, a.size());
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(a.points()[i], b.points()[i], 0.0);
            assertTrue(Math.abs(a.points()[i][0]) <= 9 && Math.abs(a.points()[i][1]) <= 9, g + " stays near the plane");
        }
        assertNotEquals(a.points()[5][0], c.points()[5][0], "another seed, other points");
        assertEquals(g.isClassification(), a.isClassification());
        if (g.isClassification()) {
            int[] perClass = new int[g.classes()];
            for (int label : a.labels()) {
                perClass[label]++;
            }
            for (int count : perClass) {
                assertTrue(Math.abs(count - 300.0 / g.classes()) <= 1, g + " classes are balanced");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Generators.class, names = {"CIRCLE", "XOR", "GAUSS", "MOONS", "BLOBS3", "BLOBS5"})
    void everyClassificationProblemIsLearnable(Generators g) {
        Dataset2D data = g.generate(400, 0.0, 1);
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(16, 16).activation(Activation.TANH)
                .learningRateInit(0.03).maxIter(300).build()).fit(Features.of(data.points()), data.labels());
        assertTrue(model.score(Features.of(data.points()), data.labels()) > 0.97, g + ": " + model.score(Features.of(data.points()), data.labels()));
    }

    @Test
    void theSpiralIsLearnedByADeeperNetworkAndGeneralises() {
        Dataset2D all = Generators.SPIRAL.generate(1000, 0.0, 1);
        Split split = Split.of(all.size(), 0.3, 2, all.labels());
        Dataset2D train = all.select(split.train());
        Dataset2D test = all.select(split.test());
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(32, 32, 32).activation(Activation.TANH)
                .learningRateInit(0.01).maxIter(400).batchSize(32).build()).fit(Features.of(train.points()), train.labels());
        double accuracy = model.score(Features.of(test.points()), test.labels());
        assertTrue(accuracy >= 0.95, "spiral test accuracy " + accuracy);
    }

    @Test
    void regressionSurfacesAreFitted() {
        for (Generators g : List.of(Generators.PLANE, Generators.GAUSS_BUMP)) {
            Dataset2D data = g.generate(400, 0.0, 1);
            MlpRegressor model = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(16).activation(Activation.TANH)
                    .learningRateInit(0.01).maxIter(500).tol(1e-8).build()).fit(Features.of(data.points()), data.targets());
            double r2 = model.score(Features.of(data.points()), data.targetMatrix());
            assertTrue(r2 > 0.95, g + " R2 " + r2 + ", " + model.history().stopReason());
        }
    }

    @Test
    void noiseAndSizeAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generators.XOR.generate(100, 0.7, 1));
        assertEquals("Noise must be between 0 and 0.5 (0-50%), got 0.7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Generators.XOR.generate(1, 0, 1));
        assertEquals(Generators.GAUSS_BUMP, Generators.fromName("gauss-reg"));
        e = assertThrows(IllegalArgumentException.class, () -> Generators.fromName("swirl"));
        assertTrue(e.getMessage().contains("spiral"));
    }

    @Test
    void featureMapsComputeTheSwitchedOnInputsInOrder() {
        FeatureMap2D map = new FeatureMap2D(EnumSet.of(Feature2D.SIN_X2, Feature2D.X1, Feature2D.X1_TIMES_X2));
        assertArrayEquals(new double[] {2, 2 * 3, Math.sin(3)}, map.at(2, 3), 1e-15);
        assertEquals(3, map.width());
        assertEquals(Feature2D.X1_SQUARED, Feature2D.fromName("x1^2"));
        assertThrows(IllegalArgumentException.class, () -> new FeatureMap2D(EnumSet.noneOf(Feature2D.class)));
        // x1^2 + x2^2 makes the circle linearly separable: no hidden layer needed
        Dataset2D circle = Generators.CIRCLE.generate(300, 0, 3);
        FeatureMap2D squares = new FeatureMap2D(EnumSet.of(Feature2D.X1_SQUARED, Feature2D.X2_SQUARED));
        Features x = Features.of(squares.map(circle.points()));
        MlpClassifier linear = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes().learningRateInit(0.05)
                .maxIter(300).build()).fit(x, circle.labels());
        assertEquals(1.0, linear.score(x, circle.labels()));
    }

    @Test
    void stratifiedSplitsKeepClassProportionsAndKFoldTestsEveryRowOnce() {
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            labels[i] = i < 80 ? 0 : 1;
        }
        Split s = Split.of(100, 0.25, 3, labels);
        assertEquals(25, s.test().length);
        long ones = java.util.Arrays.stream(s.test()).filter(i -> labels[i] == 1).count();
        assertEquals(5, ones, "a quarter of each class");
        assertArrayEquals(s.test(), Split.of(100, 0.25, 3, labels).test(), "seeded");
        List<Split> folds = Split.kFold(100, 5, 1, labels);
        int[] tested = new int[100];
        for (Split f : folds) {
            assertEquals(100, f.train().length + f.test().length);
            for (int i : f.test()) {
                tested[i]++;
            }
        }
        for (int t : tested) {
            assertEquals(1, t);
        }
        assertThrows(IllegalArgumentException.class, () -> Split.of(10, 1.5, 0, null));
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 1}, OneHot.encode(new int[] {5, 9}, new int[] {9, 5, 7}).data, 0.0,
                "classes sorted: 5, 7, 9");
    }
}
