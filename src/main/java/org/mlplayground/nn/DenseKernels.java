package org.mlplayground.nn;

/**
 * Products of dense row arrays, in the form C2 vectorises:
 *
 * <pre>
 *   multiplyRows:       z_r = b + sum_k a_rk w_k      rows r in [r0, r1)       (Z = A W + b)
 *   multiplyTransposed: g_j = sum_r a_rj d_r          rows j in [j0, j1)       (G = A^T D)
 * </pre>
 *
 * The shared operand (w, or d) is taken in chunks of about 24 KB that stay in the L1 cache
 * while every output row adds its share, four scaled rows per pass ({@link Products#axpy4}; a
 * loop that stores to several output rows at once is left scalar by C2 on Java 17, measured). The
 * sum is grouped in fours over the summed index from its start,
 * {@code y += (a0 x0 + a1 x1 + a2 x2 + a3 x3)}, with the last one to three terms in one pass,
 * exactly as {@link Products} groups the non-zeros of a row: a row's bits do not depend on the
 * chunking, on the split into parts, nor on the thread count, and a fully dense row gives the
 * same bits on the sparse and the dense path. Outputs narrower than {@link #NARROW} are summed
 * in scalar registers in the same groups.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    /** Bytes of the shared operand kept in the L1 cache while every output row takes its share. */
    private static final int CHUNK_BYTES = 24 * 1024;
    /** Outputs narrower than this are summed in scalar registers (a vector loop would not pay). */
    static final int NARROW = 4;

    /** Rows of a shared operand of width m per cache chunk: a multiple of 4, at least 4. */
    static int chunkRows(int m) {
        return Math.max(4, CHUNK_BYTES / (8 * Math.max(1, m)) / 4 * 4);
    }

    /** z[r][0..m) = bias (or 0) + sum over k in [0, kk) of a[r][k] w[k][0..m), for r in [r0, r1). */
    static void multiplyRows(double[][] a, int kk, double[][] w, double[] bias, double[][] z, int m, int r0, int r1) {
        if (m < NARROW) {
            narrowRows(a, kk, w, bias, z, m, r0, r1);
            return;
        }
        for (int r = r0; r < r1; r++) {
            start(bias, z[r], m);
        }
        int chunk = chunkRows(m);
        for (int k0 = 0; k0 < kk; k0 += chunk) {
            int k1 = Math.min(kk, k0 + chunk);
            for (int r = r0; r < r1; r++) {
                double[] ar = a[r];
                double[] zr = z[r];
                int k = k0;
                for (; k + 3 < k1; k += 4) {
                    Products.axpy4(ar[k], w[k], ar[k + 1], w[k + 1], ar[k + 2], w[k + 2], ar[k + 3], w[k + 3], zr, 0, m);
                }
                switch (k1 - k) {
                    case 1 -> Products.axpy(ar[k], w[k], zr, 0, m);
                    case 2 -> Products.axpy2(ar[k], w[k], ar[k + 1], w[k + 1], zr, m);
                    case 3 -> Products.axpy3(ar[k], w[k], ar[k + 1], w[k + 1], ar[k + 2], w[k + 2], zr, m);
                    default -> {
                    }
                }
            }
        }
    }

    /** g[j][0..m) = sum over r in [0, n) of a[r][j] d[r][0..m), for j in [j0, j1). */
    static void multiplyTransposed(double[][] a, int n, double[][] d, double[][] g, int m, int j0, int j1) {
        if (m < NARROW) {
            narrowTransposed(a, n, d, g, m, j0, j1);
            return;
        }
        for (int j = j0; j < j1; j++) {
            start(null, g[j], m);
        }
        int chunk = chunkRows(m);
        for (int r0 = 0; r0 < n; r0 += chunk) {
            int r1 = Math.min(n, r0 + chunk);
            for (int j = j0; j < j1; j++) {
                double[] gj = g[j];
                int r = r0;
                for (; r + 3 < r1; r += 4) {
                    Products.axpy4(a[r][j], d[r], a[r + 1][j], d[r + 1], a[r + 2][j], d[r + 2], a[r + 3][j], d[r + 3],
                            gj, 0, m);
                }
                switch (r1 - r) {
                    case 1 -> Products.axpy(a[r][j], d[r], gj, 0, m);
                    case 2 -> Products.axpy2(a[r][j], d[r], a[r + 1][j], d[r + 1], gj, m);
                    case 3 -> Products.axpy3(a[r][j], d[r], a[r + 1][j], d[r + 1], a[r + 2][j], d[r + 2], gj, m);
                    default -> {
                    }
                }
            }
        }
    }

    /**
     * {@link #multiplyRows} for outputs narrower than a vector: scalar sums in registers, grouped
     * in fours over k exactly as {@link Products#axpy4} groups them (the same bits).
     */
    private static void narrowRows(double[][] a, int kk, double[][] w, double[] bias, double[][] z, int m, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            double[] ar = a[r];
            double[] zr = z[r];
            for (int c = 0; c < m; c++) {
                double s = bias == null ? 0.0 : bias[c];
                int k = 0;
                for (; k + 3 < kk; k += 4) {
                    s += ar[k] * w[k][c] + ar[k + 1] * w[k + 1][c] + ar[k + 2] * w[k + 2][c] + ar[k + 3] * w[k + 3][c];
                }
                switch (kk - k) {
                    case 1 -> s += ar[k] * w[k][c];
                    case 2 -> s += ar[k] * w[k][c] + ar[k + 1] * w[k + 1][c];
                    case 3 -> s += ar[k] * w[k][c] + ar[k + 1] * w[k + 1][c] + ar[k + 2] * w[k + 2][c];
                    default -> {
                    }
                }
                zr[c] = s;
            }
        }
    }

    /** {@link #multiplyTransposed} for narrow outputs, grouped in fours over r as there (the same bits). */
    private static void narrowTransposed(double[][] a, int n, double[][] d, double[][] g, int m, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            double[] gj = g[j];
            for (int c = 0; c < m; c++) {
                double s = 0.0;
                int r = 0;
                for (; r + 3 < n; r += 4) {
                    s += a[r][j] * d[r][c] + a[r + 1][j] * d[r + 1][c] + a[r + 2][j] * d[r + 2][c] + a[r + 3][j] * d[r + 3][c];
                }
                switch (n - r) {
                    case 1 -> s += a[r][j] * d[r][c];
                    case 2 -> s += a[r][j] * d[r][c] + a[r + 1][j] * d[r + 1][c];
                    case 3 -> s += a[r][j] * d[r][c] + a[r + 1][j] * d[r + 1][c] + a[r + 2][j] * d[r + 2][c];
                    default -> {
                    }
                }
                gj[c] = s;
            }
        }
    }

    /** Number of non-zeros among {@code a[0..n)[0..m)}. */
    static int nonZeros(double[][] a, int n, int m) {
        int nz = 0;
        for (int r = 0; r < n; r++) {
            double[] ar = a[r];
            for (int c = 0; c < m; c++) {
                nz += ar[c] != 0.0 ? 1 : 0;
            }
        }
        return nz;
    }

    private static void start(double[] bias, double[] y, int m) {
        if (bias == null) {
            java.util.Arrays.fill(y, 0, m, 0.0);
        } else {
            System.arraycopy(bias, 0, y, 0, m);
        }
    }
}
