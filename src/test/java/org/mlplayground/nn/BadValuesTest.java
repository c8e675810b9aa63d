package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad hyperparameters and bad data are refused with a message that says what and where. */
class BadValuesTest {

    private static void refused(Executable action, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "'" + e.getMessage() + "' should mention " + w);
        }
    }

    @Test
    void badHyperparameters() {
        refused(() -> MlpConfig.builder().alpha(-1).build(), "alpha", "-1");
        refused(() -> MlpConfig.builder().alpha(Double.NaN).build(), "alpha must be a finite number >= 0, got NaN");
        refused(() -> MlpConfig.builder().learningRateInit(-0.1).build(), "learning_rate_init must be a finite number > 0, got -0.1");
        refused(() -> MlpConfig.builder().learningRateInit(0).build(), "learning_rate_init");
        refused(() -> MlpConfig.builder().hiddenLayerSizes(8, 0, 3).build(), "hidden_layer_sizes must be", "from 1 to 10000", "got 8,0,3");
        refused(() -> MlpConfig.builder().batchSize(-5).build(), "batch_size");
        refused(() -> MlpConfig.builder().maxIter(0).build(), "max_iter");
        refused(() -> MlpConfig.builder().momentum(1.5).build(), "momentum");
        refused(() -> MlpConfig.builder().beta2(1).build(), "beta_2 must be a number in [0, 1), got 1");
        refused(() -> MlpConfig.builder().validationFraction(1).build(), "validation_fraction must be a number in (0, 1)");
        refused(() -> MlpConfig.builder().epsilon(0).build(), "epsilon");
        refused(() -> Activation.fromName("softsign"), "softsign", "relu");
        refused(() -> Solver.fromName("rmsprop"), "rmsprop", "adam");
    }

    @Test
    void batchSizeZeroMeansAutoAndLargeOnesAreClipped() {
        MlpConfig auto = MlpConfig.builder().batchSize(0).build();
        assertTrue(auto.effectiveBatchSize(1000) == 200 && auto.effectiveBatchSize(50) == 50);
        assertTrue(MlpConfig.builder().batchSize(500).build().effectiveBatchSize(100) == 100);
    }

    @Test
    void badData() {
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(3).build());
        Features x = Features.of(new double[][] {{0, 1}, {1, 0}, {1, 1}});
        refused(() -> model.fit(x, new int[] {0, 1}), "3 rows", "2 labels");
        refused(() -> model.fit(x, new int[] {1, 1, 1}), "two classes");
        Features nan = Features.of(new double[][] {{0, 1}, {1, Double.NaN}, {1, 1}});
        refused(() -> model.fit(nan, new int[] {0, 1, 0}), "NaN", "row 1", "column 1");
        DMatrixRMaj sparseWithInf = new DMatrixRMaj(3, 10);
        sparseWithInf.set(2, 7, Double.POSITIVE_INFINITY);
        refused(() -> model.fit(Features.of(sparseWithInf), new int[] {0, 1, 0}), "Infinity", "row 2", "column 7");
        refused(() -> Features.of(new double[][] {{0, 1}, {1}}), "Row 1", "1 values");

        MlpRegressor regressor = new MlpRegressor(MlpConfig.builder().hiddenLayerSizes(3).build());
        refused(() -> regressor.fit(x, new double[] {1, Double.NaN, 2}), "target", "row 1");

        model.fit(x, new int[] {0, 1, 0});
        refused(() -> model.predict(Features.of(new double[][] {{1, 2, 3}})), "3 features", "expects 2");
        refused(() -> model.trace(new double[] {1}), "1 values", "expects 2");
        refused(() -> model.partialFit(x, new int[] {0, 5, 0}, null), "Label 5", "row 1");
    }

    @Test
    void anUntrainedModelSaysSo() {
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().build());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.coefs(0));
        assertTrue(e.getMessage().contains("not been trained"));
    }
}
