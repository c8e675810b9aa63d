package org.mlplayground.nn;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Small seeded problems for the engine's tests. */
final class Problems {

    private Problems() {
    }

    /** n x d uniform values in [-1, 1]; with {@code zeroFraction} > 0 that share of entries is 0. */
    static DMatrixRMaj randomInputs(int n, int d, double zeroFraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = random.nextDouble() < zeroFraction ? 0.0 : random.nextDouble(-1, 1);
        }
        return x;
    }

    /** Labels in [0, k). */
    static int[] randomLabels(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < k ? i : random.nextInt(k);
        }
        return y;
    }

    /** n x m real targets. */
    /** {@code labels} one-hot encoded: n x k, a 1 in each row's class column. */
    static DMatrixRMaj oneHot(int[] labels, int k) {
        DMatrixRMaj y = new DMatrixRMaj(labels.length, k);
        for (int i = 0; i < labels.length; i++) {
            y.set(i, labels[i], 1);
        }
        return y;
    }

    static DMatrixRMaj randomTargets(int n, int m, long seed) {
        return randomInputs(n, m, 0, seed);
    }

    /** The four XOR points. */
    static double[][] xorInputs() {
        return new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    }

    static int[] xorLabels() {
        return new int[] {0, 1, 1, 0};
    }
}
