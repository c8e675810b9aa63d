package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The options sklearn lacks: an L1 penalty and one activation per hidden layer. */
class EngineOptionsTest {

    private static final Activation[] PER_LAYER = {Activation.RELU, Activation.TANH, Activation.LOGISTIC};

    @Test
    void backpropagationWithL1AndPerLayerActivationsPassesTheGradientCheck() {
        for (int trial = 0; trial < 6; trial++) {
            Features x = new DenseFeatures(Problems.randomInputs(12, 3, 0, trial));
            MlpConfig config = MlpConfig.builder().hiddenLayerSizes(4, 5, 3).layerActivations(PER_LAYER).alpha(0.1)
                    .l1(0.05 + 0.1 * trial).seed(trial).build();
            MlpClassifier multi = new MlpClassifier(config);
            int[] labels = Problems.randomLabels(12, 3, trial + 9);
            multi.partialFit(x, labels, new int[] {0, 1, 2});
            for (double e : multi.gradientCheck(x, labels)) {
                assertTrue(e < 1e-6, "trial " + trial + ": relative error " + e);
            }
            MlpRegressor regressor = new MlpRegressor(config);
            DMatrixRMaj y = Problems.randomTargets(12, 2, trial + 3);
            regressor.partialFit(x, y);
            for (double e : regressor.gradientCheck(x, y)) {
                assertTrue(e < 1e-6, "regression trial " + trial + ": relative error " + e);
            }
        }
    }

    @Test
    void theL1TermIsL1TimesTheSumOfAbsoluteWeightsOverN() {
        Network net = Network.initialized(new int[] {3, 4, 1}, Activation.TANH, null, OutputKind.LOGISTIC,
                Initialization.GLOROT, 2);
        Features x = new DenseFeatures(Problems.randomInputs(7, 3, 0, 1));
        DMatrixRMaj y = new DMatrixRMaj(7, 1);
        y.set(2, 0, 1);
        double abs = 0;
        for (int l = 0; l < 2; l++) {
            for (double v : net.coefs(l).data) {
                abs += Math.abs(v);
            }
        }
        double without = Gradients.compute(net, x, y, 0, 0).loss();
        assertEquals(without + 0.3 * abs / 7, Gradients.compute(net, x, y, 0, 0.3).loss(), 1e-12);
    }

    @Test
    void l1DrivesWeightsTowardZero() {
        double[][] x = Problems.xorInputs();
        int[] y = Problems.xorLabels();
        MlpConfig base = MlpConfig.builder().hiddenLayerSizes(8).activation(Activation.TANH).learningRateInit(0.01)
                .maxIter(300).nIterNoChange(1000).seed(3).build();
        double plain = sumAbs(new MlpClassifier(base).fit(x, y).networkCopy());
        double lasso = sumAbs(new MlpClassifier(base.toBuilder().l1(0.5).build()).fit(x, y).networkCopy());
        assertTrue(lasso < 0.5 * plain, "L1 shrinks the weights: " + lasso + " vs " + plain);
    }

    private static double sumAbs(Network net) {
        double s = 0;
        for (int l = 0; l < net.weightLayers(); l++) {
            for (double v : net.coefs(l).data) {
                s += Math.abs(v);
            }
        }
        return s;
    }

    @Test
    void perLayerActivationsAreTrainedAndChangedLive() {
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(4, 5, 3).layerActivations(PER_LAYER).maxIter(5).build();
        MlpClassifier model = new MlpClassifier(config).fit(Problems.xorInputs(), Problems.xorLabels());
        assertArrayEquals(PER_LAYER, model.networkCopy().hiddenActivations());
        assertEquals(Activation.TANH, model.networkCopy().activation(2));
        DMatrixRMaj before = model.coefs(1);
        Activation[] swapped = {Activation.TANH, Activation.TANH, Activation.RELU};
        model.changeLayerActivations(swapped);
        assertArrayEquals(swapped, model.networkCopy().hiddenActivations());
        assertArrayEquals(before.data, model.coefs(1).data, 0.0, "the weights stay");
        model.changeActivation(Activation.LOGISTIC);
        assertTrue(model.networkCopy().hasUniformActivation());
        assertEquals(0, model.config().layerActivations().length);
        assertEquals(List.of(), model.config().notInSklearn());
    }

    @Test
    void wrongCountsAndNegativeL1AreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MlpConfig.builder().hiddenLayerSizes(4, 4).layerActivations(Activation.RELU).build());
        assertEquals("layer_activations has 1 entries for 2 hidden layers: give one per hidden layer or none", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MlpConfig.builder().l1(-1).build());
        assertEquals("l1 must be a finite number >= 0, got -1", e.getMessage());
        MlpConfig c = MlpConfig.builder().hiddenLayerSizes(4, 4).layerActivations(Activation.RELU, Activation.TANH)
                .l1(0.001).build();
        assertEquals(List.of("a different activation per hidden layer (relu, tanh)", "an L1 penalty (l1=0.001)"),
                c.notInSklearn());
        assertEquals(c, c.toBuilder().build());
        assertArrayEquals(new Activation[] {Activation.RELU, Activation.TANH, Activation.RELU},
                c.withHiddenLayerSizes(4, 4, 2).layerActivations());
        assertArrayEquals(new Activation[] {Activation.RELU}, c.withHiddenLayerSizes(3).layerActivations());
    }
}
