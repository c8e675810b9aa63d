package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Backpropagation agrees with finite differences below 1e-6 relative error, for every hidden
 * activation and every output type, with alpha > 0, on seeded random shapes.
 */
class GradientCheckTest {

    private static final double BOUND = 1e-6;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationAndOutputOnRandomShapes(Activation activation) {
        SplittableRandom shapes = new SplittableRandom(activation.ordinal() * 7919L + 11);
        for (int trial = 0; trial < 25; trial++) {
            int n = 3 + shapes.nextInt(10);
            int d = 1 + shapes.nextInt(6);
            int[] hidden = new int[shapes.nextInt(3)];
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = 1 + shapes.nextInt(7);
            }
            double alpha = 0.01 + shapes.nextDouble();
            long seed = shapes.nextLong();
            MlpConfig config = MlpConfig.builder().hiddenLayerSizes(hidden).activation(activation).alpha(alpha)
                    .seed(seed).build();
            Features x = new DenseFeatures(Problems.randomInputs(n, d, 0, seed + 1));
            String what = activation + " " + n + "x" + d + " hidden " + Arrays.toString(hidden) + " alpha " + alpha;

            MlpClassifier binary = new MlpClassifier(config);
            int[] twoClasses = Problems.randomLabels(n, 2, seed + 2);
            binary.partialFit(x, twoClasses, new int[] {0, 1});
            assertBelow(binary.gradientCheck(x, twoClasses), what + " binary");

            MlpClassifier multi = new MlpClassifier(config);
            int[] fourClasses = Problems.randomLabels(n, 4, seed + 3);
            multi.partialFit(x, fourClasses, new int[] {0, 1, 2, 3});
            assertBelow(multi.gradientCheck(x, fourClasses), what + " softmax");

            for (int outputs : new int[] {1, 3}) {
                MlpRegressor regressor = new MlpRegressor(config);
                DMatrixRMaj y = Problems.randomTargets(n, outputs, seed + 4);
                regressor.partialFit(x, y);
                assertBelow(regressor.gradientCheck(x, y), what + " regression with " + outputs + " outputs");
            }
        }
    }

    @Test
    void sparseInputsGiveTheSameCheckedGradient() {
        DMatrixRMaj dense = Problems.randomInputs(30, 40, 0.8, 5);
        int[] y = Problems.randomLabels(30, 3, 6);
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(9, 5).activation(Activation.TANH).alpha(0.3).build();
        MlpClassifier model = new MlpClassifier(config);
        Features sparse = Features.of(dense);
        assertTrue(sparse instanceof SparseFeatures, "80% zeros are stored sparsely");
        model.partialFit(sparse, y, new int[] {0, 1, 2});
        assertBelow(model.gradientCheck(sparse, y), "sparse input");
        Gradients fromSparse = model.gradients(sparse, y);
        Gradients fromDense = model.gradients(new DenseFeatures(dense), y);
        for (int l = 0; l < 3; l++) {
            double[] a = fromSparse.coefs().get(l).data;
            double[] b = fromDense.coefs().get(l).data;
            for (int i = 0; i < a.length; i++) {
                assertEquals(b[i], a[i], 1e-14);
            }
        }
    }

    @Test
    void aWrongGradientIsCaught() {
        // a gradient check that cannot fail is worthless: break one weight's gradient on purpose
        DMatrixRMaj xm = Problems.randomInputs(8, 3, 0, 1);
        Network net = Network.glorot(new int[] {3, 4, 1}, Activation.TANH, OutputKind.LOGISTIC, 2);
        DMatrixRMaj y = new DMatrixRMaj(8, 1);
        for (int i = 0; i < 8; i++) {
            y.set(i, 0, i % 2);
        }
        double[] honest = GradientCheck.maxRelativeErrorPerLayer(net, new DenseFeatures(xm), y, 0.1);
        assertBelow(honest, "honest");
        // checking against a different alpha than the gradient was computed with is a wrong gradient
        double[] wrong = GradientCheckWithMismatch.check(net, new DenseFeatures(xm), y);
        assertTrue(wrong[0] > 1e-3, "a wrong gradient shows a large error, got " + Arrays.toString(wrong));
    }

    private static void assertBelow(double[] errors, String what) {
        for (int l = 0; l < errors.length; l++) {
            assertTrue(errors[l] < BOUND, what + ": layer " + l + " relative error " + errors[l]);
        }
    }

    /** Compares the gradient for alpha 0.1 with finite differences of the loss for alpha 5. */
    private static final class GradientCheckWithMismatch {
        static double[] check(Network net, Features x, DMatrixRMaj y) {
            Backpropagation bp = new Backpropagation(net, x, y, x.rows());
            int[] all = Features.identityOrder(x.rows());
            bp.lossAndGradient(all, 0, all.length, 0.1);
            double analytic = bp.coefGrads[0][0][0];
            double h = 1e-6;
            double saved = net.coefs[0][0][0];
            net.coefs[0][0][0] = saved + h;
            bp.lossAndGradient(all, 0, all.length, 5.0);
            double plus = bp.lastObjective();
            net.coefs[0][0][0] = saved - h;
            bp.lossAndGradient(all, 0, all.length, 5.0);
            double minus = bp.lastObjective();
            net.coefs[0][0][0] = saved;
            double numeric = (plus - minus) / (2 * h);
            return new double[] {Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric))};
        }
    }
}
