package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** "Don't initialize W with zeroes": the symmetry problem, and the other initializations. */
class InitializationTest {

    private static final double[][] X = new double[60][2];
    private static final int[] Y = new int[60];

    static {
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < X.length; i++) {
            X[i][0] = r.nextDouble(-1, 1);
            X[i][1] = r.nextDouble(-1, 1);
            Y[i] = X[i][0] * X[i][1] > 0 ? 1 : 0;
        }
    }

    private static Network trained(Initialization init, Activation g) {
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(4, 3).activation(g).init(init).learningRateInit(0.01)
                .maxIter(100).nIterNoChange(1000).seed(5).build();
        MlpClassifier model = new MlpClassifier(config).fit(X, Y);
        assertEquals(100, model.history().iterations());
        return model.networkCopy();
    }

    /** The largest difference between two neurons (rows of W[l]) of a hidden layer, relative to the layer's scale. */
    private static double spread(Network net, int l) {
        DMatrixRMaj w = net.augmentedWeights(l);
        double diff = 0;
        double scale = 1e-300;
        for (int i = 1; i < w.numRows; i++) {
            for (int j = 0; j < w.numCols; j++) {
                diff = Math.max(diff, Math.abs(w.get(i, j) - w.get(0, j)));
                scale = Math.max(scale, Math.abs(w.get(0, j)));
            }
        }
        return diff / scale;
    }

    @Test
    void zerosAndAConstantKeepEveryNeuronOfALayerIdentical() {
        for (Initialization init : new Initialization[] {Initialization.ZEROS, Initialization.CONSTANT}) {
            for (Activation g : new Activation[] {Activation.LOGISTIC, Activation.TANH}) {
                Network net = trained(init, g);
                for (int l = 1; l <= 2; l++) {
                    assertTrue(spread(net, l) < 1e-12, init + " " + g + ": neurons of layer " + l + " differ by " + spread(net, l));
                }
            }
        }
        Network zeroLogistic = trained(Initialization.ZEROS, Activation.LOGISTIC);
        assertEquals(java.util.List.of(1, 2), org.mlplayground.nn.lecture.Symmetry.layersWithIdenticalNeurons(zeroLogistic, 1e-12));
        assertTrue(Math.abs(zeroLogistic.augmentedWeights(2).get(0, 1)) > 1e-6, "the weights did move, all together");
    }

    @Test
    void glorotAndTheRandomOnesBreakTheSymmetry() {
        for (Initialization init : new Initialization[] {Initialization.GLOROT, Initialization.HE, Initialization.SMALL_RANDOM}) {
            Network net = trained(init, Activation.TANH);
            assertTrue(spread(net, 1) > 1e-2, init + ": the neurons of layer 1 differ");
            assertEquals(java.util.List.of(), org.mlplayground.nn.lecture.Symmetry.layersWithIdenticalNeurons(net, 1e-12));
        }
    }

    @Test
    void glorotIsSklearnsAndTheOthersFollowTheirRecipe() {
        int[] sizes = {30, 50, 2};
        Network g = Network.initialized(sizes, Activation.RELU, null, OutputKind.SOFTMAX, Initialization.GLOROT, 7);
        Network sk = Network.glorot(sizes, Activation.RELU, OutputKind.SOFTMAX, 7);
        org.junit.jupiter.api.Assertions.assertArrayEquals(sk.augmentedWeights(1).data, g.augmentedWeights(1).data);
        Network he = Network.initialized(sizes, Activation.RELU, null, OutputKind.SOFTMAX, Initialization.HE, 7);
        Network small = Network.initialized(sizes, Activation.RELU, null, OutputKind.SOFTMAX, Initialization.SMALL_RANDOM, 7);
        assertEquals(Math.sqrt(2.0 / 30), sd(he.coefs(0)), 0.01);
        assertEquals(0.01, sd(small.coefs(0)), 0.001);
        assertEquals(0.0, he.intercepts(0)[3]);
        assertEquals(Initialization.CONSTANT_VALUE,
                Network.initialized(sizes, Activation.RELU, null, OutputKind.SOFTMAX, Initialization.CONSTANT, 7).weight(1, 4, 1));
        assertEquals(Initialization.SMALL_RANDOM, Initialization.fromName("Small_Random"));
        assertFalse(MlpConfig.builder().init(Initialization.HE).build().notInSklearn().isEmpty());
        assertTrue(MlpConfig.builder().build().notInSklearn().isEmpty());
    }

    private static double sd(DMatrixRMaj m) {
        double s = 0;
        for (double v : m.data) {
            s += v * v;
        }
        return Math.sqrt(s / m.data.length);
    }
}
