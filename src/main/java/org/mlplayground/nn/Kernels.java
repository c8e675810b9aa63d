package org.mlplayground.nn;

/** Small reductions used outside the products. */
final class Kernels {

    private Kernels() {
    }

    /** sum of x[i]^2, with four partial sums so the loop pipelines. */
    static double sumOfSquares(double[] x) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < x.length; i += 4) {
            s0 += x[i] * x[i];
            s1 += x[i + 1] * x[i + 1];
            s2 += x[i + 2] * x[i + 2];
            s3 += x[i + 3] * x[i + 3];
        }
        for (; i < x.length; i++) {
            s0 += x[i] * x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
