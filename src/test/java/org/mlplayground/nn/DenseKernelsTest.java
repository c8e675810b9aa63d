package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/**
 * The dense products give the same bits however the output is split (so on any number of
 * threads), the same bits as the sparse kernels on fully dense rows, agree with a plain triple
 * loop, and the native path agrees with them; the gradient through the large dense path (native
 * where the machine has OpenBLAS, and the Java kernels) passes the finite-difference check; a fit
 * on a sweep's thread takes the Java kernels.
 */
class DenseKernelsTest {

    @Test
    void anySplitGivesTheSameBits() {
        double[][] a = random(37, 45, 0.3, 1);
        double[][] w = random(45, 19, 0, 2);
        double[] bias = random(1, 19, 0, 3)[0];
        double[][] whole = new double[37][19];
        DenseKernels.multiplyRows(a, 45, w, bias, whole, 19, 0, 37);
        double[][] d = random(37, 19, 0, 4);
        double[][] wholeG = new double[45][19];
        DenseKernels.multiplyTransposed(a, 37, d, wholeG, 19, 0, 45);
        for (int parts = 2; parts <= 4; parts++) {
            double[][] z = new double[37][19];
            double[][] g = new double[45][19];
            for (int p = 0; p < parts; p++) {
                DenseKernels.multiplyRows(a, 45, w, bias, z, 19, 37 * p / parts, 37 * (p + 1) / parts);
                DenseKernels.multiplyTransposed(a, 37, d, g, 19, 45 * p / parts, 45 * (p + 1) / parts);
            }
            for (int r = 0; r < 37; r++) {
                assertArrayEquals(whole[r], z[r], 0.0, "row " + r + " split in " + parts);
            }
            for (int j = 0; j < 45; j++) {
                assertArrayEquals(wholeG[j], g[j], 0.0, "row " + j + " of G split in " + parts);
            }
        }
        assertClose(naive(a, w, bias), whole, 1e-12);
        assertClose(naiveTransposed(a, d), wholeG, 1e-12);
    }

    @Test
    void fullyDenseRowsGiveTheSparseKernelsBits() {
        double[][] a = random(23, 130, 0, 5);
        double[][] w = random(130, 33, 0, 6);
        double[][] d = random(23, 33, 0, 7);
        SparseRows s = new SparseRows(23, 130, 23 * 130);
        s.setDense(a, 23);
        Products products = new Products(false);
        double[][] sparse = new double[23][33];
        products.multiply(s, w, null, sparse, 33);
        double[][] dense = new double[23][33];
        DenseKernels.multiplyRows(a, 130, w, null, dense, 33, 0, 23);
        double[][] sparseG = new double[130][33];
        products.multiplyTransposed(s, d, sparseG, 33);
        double[][] denseG = new double[130][33];
        DenseKernels.multiplyTransposed(a, 23, d, denseG, 33, 0, 130);
        for (int r = 0; r < 23; r++) {
            assertArrayEquals(sparse[r], dense[r], 0.0);
        }
        for (int j = 0; j < 130; j++) {
            assertArrayEquals(sparseG[j], denseG[j], 0.0);
        }
    }

    @Test
    void narrowOutputsGiveTheBitsOfTheRowByRowSums() {
        // m = 1, 2, 3 take the scalar path: the same fours, in the same order, as axpy4 and tail
        for (int m = 1; m < DenseKernels.NARROW; m++) {
            for (double zeros : new double[] {0.0, 0.7}) {
                double[][] a = random(29, 57, zeros, 30 + m);
                double[][] w = random(57, m, 0, 40 + m);
                double[] bias = random(1, m, 0, 50 + m)[0];
                SparseRows s = new SparseRows(29, 57, 29 * 57);
                s.setDense(a, 29);
                double[][] z = new double[29][m];
                new Products(false).multiply(s, w, bias, z, m);
                for (int r = 0; r < 29; r++) {
                    double[] expected = bias.clone();
                    int p = s.rowStart[r];
                    int end = s.rowStart[r + 1];
                    for (; p + 3 < end; p += 4) {
                        Products.axpy4(s.values[p], w[s.colIndex[p]], s.values[p + 1], w[s.colIndex[p + 1]],
                                s.values[p + 2], w[s.colIndex[p + 2]], s.values[p + 3], w[s.colIndex[p + 3]], expected, 0, m);
                    }
                    Products.tail(s.values, s.colIndex, p, end, w, expected, m);
                    assertArrayEquals(expected, z[r], 0.0, "m = " + m + ", zeros " + zeros + ", row " + r);
                }
                if (zeros == 0.0) {
                    double[][] dense = new double[29][m];
                    DenseKernels.multiplyRows(a, 57, w, bias, dense, m, 0, 29);
                    for (int r = 0; r < 29; r++) {
                        assertArrayEquals(dense[r], z[r], 0.0, "dense kernels, m = " + m + ", row " + r);
                    }
                }
            }
        }
    }

    @Test
    void nativeProductsAgreeWithTheJavaKernels() {
        Assumptions.assumeTrue(NativeGemm.available(), "no native OpenBLAS on this machine");
        int n = 31;
        int k = 27;
        int m = 13;
        double[][] a = random(n, k, 0.2, 8);
        double[][] w = random(k, m, 0, 9);
        double[] bias = random(1, m, 0, 10)[0];
        double[][] d = random(n, m, 0, 11);
        double[] z = new double[n * m];
        NativeGemm.multiply(flat(a), n, k, flat(w), bias, z, m);
        double[] g = new double[k * m];
        NativeGemm.multiplyTransposed(flat(a), n, k, flat(d), g, m);
        assertClose(naive(a, w, bias), rows(z, n, m), 1e-12);
        assertClose(naiveTransposed(a, d), rows(g, k, m), 1e-12);
    }

    @Test
    void theLargeDensePathPassesTheGradientCheck() {
        // 200 x 100 inputs into 50 units: 1M multiply-adds, the size that goes native where it can
        DMatrixRMaj x = Problems.randomInputs(200, 100, 0, 12);
        DMatrixRMaj y = Problems.oneHot(Problems.randomLabels(200, 3, 13), 3);
        boolean was = NativeGemm.enabled;
        try {
            for (boolean nativeOn : new boolean[] {true, false}) {
                NativeGemm.enabled = nativeOn;
                for (Activation g : new Activation[] {Activation.RELU, Activation.TANH}) {
                    Network net = Network.glorot(new int[] {100, 50, 3}, g, OutputKind.SOFTMAX, 14);
                    double[] errors = GradientCheck.maxRelativeErrorPerLayer(net, new DenseFeatures(x), y, 0.05);
                    for (double e : errors) {
                        assertTrue(e < 1e-6, g + (nativeOn ? " native " : " java ") + java.util.Arrays.toString(errors));
                    }
                }
            }
        } finally {
            NativeGemm.enabled = was;
        }
    }

    @Test
    void nativeHiddenLayersGiveTheJavaGradient() {
        Assumptions.assumeTrue(NativeGemm.available(), "no native OpenBLAS on this machine");
        // the 50 -> 100 layer has 1M multiply-adds a batch: forward, gradient and delta go native
        DMatrixRMaj x = Problems.randomInputs(200, 40, 0, 15);
        DMatrixRMaj y = Problems.oneHot(Problems.randomLabels(200, 3, 16), 3);
        int[] order = Features.identityOrder(200);
        for (Activation g : new Activation[] {Activation.RELU, Activation.TANH}) {
            Network net = Network.glorot(new int[] {40, 50, 100, 3}, g, OutputKind.SOFTMAX, 17);
            double[][][] grads = new double[2][][];
            double[] losses = new double[2];
            boolean was = NativeGemm.enabled;
            try {
                for (int i = 0; i < 2; i++) {
                    NativeGemm.enabled = i == 0;
                    Backpropagation bp = new Backpropagation(net, new DenseFeatures(x), y, 200);
                    losses[i] = bp.lossAndGradient(order, 0, 200, 0.01);
                    grads[i] = bp.gradientArrays();
                }
            } finally {
                NativeGemm.enabled = was;
            }
            assertEquals(losses[1], losses[0], 1e-12, g + " loss");
            for (int a = 0; a < grads[0].length; a++) {
                assertArrayEquals(grads[1][a], grads[0][a], 1e-12, g + " gradient array " + a);
            }
        }
    }

    @Test
    void aFitOnASweepThreadGivesTheBitsOfTheCaller() throws Exception {
        // the 50 -> 100 layer goes native on the caller; on a sweep's thread too where OpenBLAS runs
        // each call on its caller (else the Java kernels), with the same bits as a pass on the caller
        DMatrixRMaj x = Problems.randomInputs(200, 40, 0, 18);
        DMatrixRMaj y = Problems.oneHot(Problems.randomLabels(200, 3, 19), 3);
        int[] order = Features.identityOrder(200);
        int[] sizes = {40, 50, 100, 3};
        Network net = Network.glorot(sizes, Activation.RELU, OutputKind.SOFTMAX, 20);
        double[][][] grads = new double[2][][];
        double[] losses = new double[2];
        boolean[] usesNative = new boolean[1];
        Thread sweep = WorkerPool.singleThreadedFactory("test-sweep").newThread(() -> {
            usesNative[0] = ForwardPass.usesNative(new DenseFeatures(x), sizes, 200);
            Backpropagation bp = new Backpropagation(net, new DenseFeatures(x), y, 200);
            losses[0] = bp.lossAndGradient(order, 0, 200, 0.01);
            grads[0] = deepCopy(bp.gradientArrays());
        });
        sweep.start();
        sweep.join();
        Backpropagation bp = new Backpropagation(net, new DenseFeatures(x), y, 200);
        losses[1] = bp.lossAndGradient(order, 0, 200, 0.01);
        grads[1] = bp.gradientArrays();
        assertEquals(NativeGemm.onCaller(), usesNative[0], "native products on a sweep's thread exactly when OpenBLAS runs on its caller");
        assertEquals(losses[1], losses[0], 0.0);
        for (int a = 0; a < grads[0].length; a++) {
            assertArrayEquals(grads[1][a], grads[0][a], 0.0, "gradient array " + a);
        }
    }

    @Test
    void nativeCallsSideBySideGiveTheBitsOfCallsOneAtATime() throws Exception {
        Assumptions.assumeTrue(NativeGemm.onCaller(), "OpenBLAS does not run each call on its caller here");
        // two fits' worth of native products at once, on two sweep threads, against one at a time
        int[] sizes = {120, 100, 80, 10};
        DMatrixRMaj[] xs = {Problems.randomInputs(200, 120, 0, 21), Problems.randomInputs(200, 120, 0, 22)};
        DMatrixRMaj y = Problems.oneHot(Problems.randomLabels(200, 10, 23), 10);
        int[] order = Features.identityOrder(200);
        double[][][][] alone = new double[2][][][];
        double[][][][] together = new double[2][][][];
        for (int f = 0; f < 2; f++) {
            alone[f] = repeatedGradients(sizes, xs[f], y, order);
        }
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2,
                WorkerPool.singleThreadedFactory("test-side-by-side"));
        try {
            java.util.List<java.util.concurrent.Future<double[][][]>> runs = new java.util.ArrayList<>();
            for (int f = 0; f < 2; f++) {
                DMatrixRMaj x = xs[f];
                runs.add(two.submit(() -> repeatedGradients(sizes, x, y, order)));
            }
            for (int f = 0; f < 2; f++) {
                together[f] = runs.get(f).get();
            }
        } finally {
            two.shutdownNow();
        }
        for (int f = 0; f < 2; f++) {
            for (int r = 0; r < alone[f].length; r++) {
                for (int a = 0; a < alone[f][r].length; a++) {
                    assertArrayEquals(alone[f][r][a], together[f][r][a], 0.0, "fit " + f + ", step " + r + ", array " + a);
                }
            }
        }
    }

    /** The gradients of 30 Adam steps of a fresh network on the first 200 rows. */
    private static double[][][] repeatedGradients(int[] sizes, DMatrixRMaj x, DMatrixRMaj y, int[] order) {
        Network net = Network.glorot(sizes, Activation.RELU, OutputKind.SOFTMAX, 24);
        Backpropagation bp = new Backpropagation(net, new DenseFeatures(x), y, 200);
        AdamOptimizer adam = new AdamOptimizer(net.parameterArrays(), 1e-3, 0.9, 0.999, 1e-8);
        double[][][] grads = new double[30][][];
        for (int r = 0; r < grads.length; r++) {
            bp.step(order, 0, 200, 1e-4, adam);
            grads[r] = deepCopy(bp.gradientArrays());
        }
        return grads;
    }

    @Test
    void largeNativeBatchesGiveTheJavaGradientRepeatably() {
        Assumptions.assumeTrue(NativeGemm.available(), "no native OpenBLAS on this machine");
        // 2.5M multiply-adds a batch: native (sharded where OpenBLAS runs on its caller) and Java (sharded)
        DMatrixRMaj x = Problems.randomInputs(200, 100, 0, 18);
        DMatrixRMaj y = Problems.oneHot(Problems.randomLabels(200, 3, 19), 3);
        int[] order = Features.identityOrder(200);
        Network net = Network.glorot(new int[] {100, 120, 3}, Activation.RELU, OutputKind.SOFTMAX, 20);
        double[][][] grads = new double[2][][];
        double[] losses = new double[2];
        boolean was = NativeGemm.enabled;
        try {
            for (int i = 0; i < 2; i++) {
                NativeGemm.enabled = i == 0;
                Backpropagation bp = new Backpropagation(net, new DenseFeatures(x), y, 200);
                for (int repeat = 0; repeat < 20; repeat++) {
                    losses[i] = bp.lossAndGradient(order, 0, 200, 0.01);
                    double[][] g = bp.gradientArrays();
                    if (repeat > 0) {
                        for (int a = 0; a < g.length; a++) {
                            assertArrayEquals(grads[i][a], g[a], 0.0, "repeat " + repeat + ", array " + a);
                        }
                    }
                    grads[i] = deepCopy(g);
                }
            }
        } finally {
            NativeGemm.enabled = was;
        }
        assertEquals(losses[1], losses[0], 1e-12, "loss");
        for (int a = 0; a < grads[0].length; a++) {
            assertArrayEquals(grads[1][a], grads[0][a], 1e-12, "gradient array " + a);
        }
    }

    @Test
    void reluDerivativeZeroesExactlyWhereTheActivationIsZero() {
        double[] a = {0.0, -0.0, 1e-300, 2.5, Double.NaN, -1.0, Double.MIN_VALUE};
        double[] delta = {3.0, -4.0, 5.0, Double.POSITIVE_INFINITY, 7.0, 8.0, -9.0};
        double[] expected = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            expected[i] = a[i] == 0.0 ? 0.0 : delta[i];
        }
        Activation.RELU.multiplyByDerivative(a, delta, a.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(delta[i]), "entry " + i);
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][] random(int n, int m, double zeros, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[n][m];
        for (double[] row : a) {
            for (int j = 0; j < m; j++) {
                row[j] = random.nextDouble() < zeros ? 0.0 : random.nextDouble(-1, 1);
            }
        }
        return a;
    }

    private static double[][] naive(double[][] a, double[][] w, double[] bias) {
        double[][] z = new double[a.length][w[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < w[0].length; c++) {
                double s = bias == null ? 0 : bias[c];
                for (int k = 0; k < w.length; k++) {
                    s += a[r][k] * w[k][c];
                }
                z[r][c] = s;
            }
        }
        return z;
    }

    private static double[][] naiveTransposed(double[][] a, double[][] d) {
        double[][] g = new double[a[0].length][d[0].length];
        for (int j = 0; j < a[0].length; j++) {
            for (int c = 0; c < d[0].length; c++) {
                double s = 0;
                for (int r = 0; r < a.length; r++) {
                    s += a[r][j] * d[r][c];
                }
                g[j][c] = s;
            }
        }
        return g;
    }

    private static double[] flat(double[][] a) {
        double[] f = new double[a.length * a[0].length];
        for (int r = 0; r < a.length; r++) {
            System.arraycopy(a[r], 0, f, r * a[0].length, a[0].length);
        }
        return f;
    }

    private static double[][] rows(double[] f, int n, int m) {
        double[][] a = new double[n][m];
        for (int r = 0; r < n; r++) {
            System.arraycopy(f, r * m, a[r], 0, m);
        }
        return a;
    }

    private static void assertClose(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], actual[r], tolerance, "row " + r);
        }
    }
}
