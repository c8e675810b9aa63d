package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The unit-by-unit path for narrow networks ({@link NarrowStep}) gives the row path's loss and
 * gradient: the same bits where both use the same activation code (identity, logistic), within
 * 1e-12 for tanh ({@link TanhKernel}) and relu (the row path skips zero activations); it passes
 * the gradient check; it is taken exactly where it suits; and a step leaves no subnormal weight.
 */
class NarrowStepTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void givesTheRowPathsLossAndGradient(Activation activation) {
        double tolerance = activation == Activation.TANH || activation == Activation.RELU ? 1e-12 : 0.0;
        for (OutputKind kind : OutputKind.values()) {
            int[] sizes = kind == OutputKind.LOGISTIC ? new int[] {2, 8, 5, 1} : new int[] {3, 7, 9, 3};
            DMatrixRMaj x = Problems.randomInputs(300, sizes[0], 0, 7);
            DMatrixRMaj y = targets(kind, 300, sizes[3]);
            Network net = Network.glorot(sizes, activation, kind, 5);
            int[] order = new int[300];
            for (int i = 0; i < 300; i++) {
                order[i] = i * 7 % 300;
            }
            for (int n : new int[] {250, 203, 9}) {
                double[] loss = new double[2];
                double[][][] grads = new double[2][][];
                try {
                    for (int p = 0; p < 2; p++) {
                        NarrowStep.enabled = p == 0;
                        Backpropagation bp = new Backpropagation(net, Features.of(x), y, n);
                        loss[p] = bp.lossAndGradient(order, 31, n, 0.01);
                        grads[p] = bp.gradientArrays();
                    }
                } finally {
                    NarrowStep.enabled = true;
                }
                String what = activation + " " + kind + " batch " + n;
                assertEquals(loss[1], loss[0], tolerance, what + " loss");
                for (int a = 0; a < grads[0].length; a++) {
                    assertArrayEquals(grads[1][a], grads[0][a], tolerance, what + " gradient array " + a);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void passesTheGradientCheck(Activation activation) {
        DMatrixRMaj x = Problems.randomInputs(40, 3, 0, 11);
        for (OutputKind kind : OutputKind.values()) {
            int outputs = kind == OutputKind.LOGISTIC ? 1 : 3;
            Network net = Network.glorot(new int[] {3, 6, 5, outputs}, activation, kind, 13);
            assertNotNull(NarrowStep.createIfSuited(net, Features.of(x), 40));
            double[] errors = GradientCheck.maxRelativeErrorPerLayer(net, Features.of(x), targets(kind, 40, outputs), 0.3);
            for (int l = 0; l < errors.length; l++) {
                assertTrue(errors[l] < 1e-6, activation + " " + kind + " layer " + l + ": " + errors[l]);
            }
        }
    }

    @Test
    void isTakenForNarrowNetworksOnDenseInputsOnly() {
        Features dense = Features.of(Problems.randomInputs(100, 2, 0, 1));
        Network toy = Network.glorot(new int[] {2, 8, 8, 1}, Activation.TANH, OutputKind.LOGISTIC, 0);
        assertNotNull(NarrowStep.createIfSuited(toy, dense, 100));
        assertNull(NarrowStep.createIfSuited(toy, dense, NarrowStep.MIN_BATCH - 1), "a tiny batch");
        Network wide = Network.glorot(new int[] {2, NarrowStep.MAX_WIDTH + 1, 1}, Activation.TANH, OutputKind.LOGISTIC, 0);
        assertNull(NarrowStep.createIfSuited(wide, dense, 100), "a wide layer");
        Features sparse = Features.of(Problems.randomInputs(100, 2, 0.9, 1));
        assertNull(NarrowStep.createIfSuited(toy, sparse, 100), "inputs stored by their non-zeros");
    }

    @Test
    void sparseProductsIntoNarrowOutputsGiveTheVectorKernelsBits() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        double[][] a = new double[37][50];
        for (double[] row : a) {
            for (int k = 0; k < row.length; k++) {
                row[k] = random.nextDouble() < 0.7 ? 0.0 : random.nextDouble(-1, 1);
            }
        }
        SparseRows x = new SparseRows(37, 50, 37 * 50);
        x.setDense(a, 37);
        double[][] w = new double[50][4];
        double[][] d = new double[37][4];
        double[] bias = {0.5, -0.25, 0.125, 1};
        for (double[][] m : new double[][][] {w, d}) {
            for (double[] row : m) {
                for (int c = 0; c < 4; c++) {
                    row[c] = random.nextDouble(-1, 1);
                }
            }
        }
        Products products = new Products(false);
        double[][] wide = new double[37][4];
        products.multiply(x, w, bias, wide, 4);
        double[][] wideG = new double[50][4];
        products.multiplyTransposed(x, d, wideG, 4);
        for (int m = 1; m < 4; m++) {
            double[][] narrow = new double[37][m];
            products.multiply(x, w, bias, narrow, m);
            double[][] narrowG = new double[50][m];
            products.multiplyTransposed(x, d, narrowG, m);
            for (int r = 0; r < 37; r++) {
                assertArrayEquals(java.util.Arrays.copyOf(wide[r], m), narrow[r], 0.0, "row " + r + ", width " + m);
            }
            for (int j = 0; j < 50; j++) {
                assertArrayEquals(java.util.Arrays.copyOf(wideG[j], m), narrowG[j], 0.0, "G row " + j + ", width " + m);
            }
        }
    }

    @Test
    void leavesNoSubnormalWeightOrStateBehind() {
        DMatrixRMaj x = Problems.randomInputs(50, 2, 0, 21);
        DMatrixRMaj y = targets(OutputKind.LOGISTIC, 50, 1);
        Network net = Network.glorot(new int[] {2, 4, 1}, Activation.RELU, OutputKind.LOGISTIC, 3);
        // unit 1 is dead (relu 0 on every row): only alpha pulls on its weights, which are subnormal
        net.intercepts[0][1] = -100;
        net.coefs[0][0][1] = 1e-310;
        net.coefs[0][1][1] = -2e-315;
        net.coefs[1][1][0] = -3e-320;
        Backpropagation bp = new Backpropagation(net, Features.of(x), y, 50);
        Optimizer adam = Optimizer.create(MlpConfig.builder().build(), net.parameterArrays());
        bp.step(Features.identityOrder(50), 0, 50, 1e-4, adam);
        for (double[] p : net.parameterArrays()) {
            for (double v : p) {
                assertTrue(v == 0.0 || Math.abs(v) >= Double.MIN_NORMAL, "subnormal " + v);
            }
        }
        double[] state = {1e-310, 0.5, -Double.MIN_VALUE, -Double.MIN_NORMAL};
        Optimizer.flushSubnormals(state);
        assertArrayEquals(new double[] {0.0, 0.5, 0.0, -Double.MIN_NORMAL}, state, 0.0);
    }

    private static DMatrixRMaj targets(OutputKind kind, int n, int outputs) {
        if (kind == OutputKind.IDENTITY) {
            return Problems.randomTargets(n, outputs, 3);
        }
        int classes = kind == OutputKind.LOGISTIC ? 2 : outputs;
        int[] labels = Problems.randomLabels(n, classes, 3);
        DMatrixRMaj y = new DMatrixRMaj(n, outputs);
        for (int i = 0; i < n; i++) {
            y.set(i, kind == OutputKind.LOGISTIC ? 0 : labels[i], kind == OutputKind.LOGISTIC ? labels[i] : 1);
        }
        return y;
    }
}
