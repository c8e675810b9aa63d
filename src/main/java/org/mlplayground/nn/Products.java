package org.mlplayground.nn;

import java.util.Arrays;

/**
 * The two matrix products of the training step, on row arrays ({@code double[][]}, one array per
 * row) with a sparse left operand:
 *
 * <pre>
 *   multiply:            Z (n x m)  = X (n x k) W (k x m) [+ b]   z_r = b + sum over x_rj != 0 of x_rj W_j
 *   multiplyTransposed:  G (k x m)  = X^T (k x n) D (n x m)       G_j = sum over x_rj != 0 of x_rj D_r
 * </pre>
 *
 * Each output row is a sum of scaled rows, four at a time, over indices that are the same in
 * every array of the loop: the form C2 vectorises (on Java 17 a loop whose arrays are read at
 * different offsets of one array is left scalar, about 5x slower). Work is split over the
 * {@link WorkerPool} by disjoint output ranges, so results do not depend on the thread count.
 * One instance per caller: its task objects carry the operands, so dispatch allocates nothing.
 * Dense left operands go through {@link DenseKernels} ({@link #multiplyDense},
 * {@link #multiplyTransposedDense}), split the same way.
 */
final class Products {

    /** Below this many multiply-adds a product runs on the calling thread. */
    private static final long PARALLEL_ABOVE = 200_000;

    private final WorkerPool pool = WorkerPool.shared();
    private final boolean mayUsePool;
    private final RowTask rowTask = new RowTask();
    private final ColumnTask columnTask = new ColumnTask();
    private final DenseTask denseTask = new DenseTask();
    private final int[] bounds = new int[pool.parts() + 1];

    /** @param mayUsePool false when the caller already runs on one of the pool's threads */
    Products(boolean mayUsePool) {
        this.mayUsePool = mayUsePool;
    }

    /** z[r] = bias + sum_j x_rj w[j] for the rows of {@code x}; a null bias means zero. */
    void multiply(SparseRows x, double[][] w, double[] bias, double[][] z, int m) {
        rowTask.x = x;
        rowTask.w = w;
        rowTask.bias = bias;
        rowTask.z = z;
        rowTask.m = m;
        if (!mayUsePool || (long) x.nnz * m < PARALLEL_ABOVE) {
            rowTask.run(0, 1);
        } else {
            pool.run(rowTask);
        }
    }

    /** g[j] = sum_r x_rj d[r] for every column j of {@code x}; fills all {@code x.cols} rows of g. */
    void multiplyTransposed(SparseRows x, double[][] d, double[][] g, int m) {
        x.transpose();
        columnTask.x = x;
        columnTask.d = d;
        columnTask.g = g;
        columnTask.m = m;
        int parts = !mayUsePool || (long) x.nnz * m < PARALLEL_ABOVE ? 1 : pool.parts();
        splitByWork(x, parts);
        if (parts == 1) {
            columnTask.run(0, 1);
        } else {
            pool.run(columnTask);
        }
    }

    /** z[r] = bias + sum_k a[r][k] w[k] for r in [0, n), k in [0, kk), through {@link DenseKernels}. */
    void multiplyDense(double[][] a, int n, int kk, double[][] w, double[] bias, double[][] z, int m) {
        denseTask.set(false, a, n, kk, w, bias, z, m);
        if (!mayUsePool || (long) n * kk * m < PARALLEL_ABOVE) {
            denseTask.run(0, 1);
        } else {
            pool.run(denseTask);
        }
    }

    /** g[j] = sum_r a[r][j] d[r] for j in [0, kk), r in [0, n), through {@link DenseKernels}. */
    void multiplyTransposedDense(double[][] a, int n, int kk, double[][] d, double[][] g, int m) {
        denseTask.set(true, a, n, kk, d, null, g, m);
        if (!mayUsePool || (long) n * kk * m < PARALLEL_ABOVE) {
            denseTask.run(0, 1);
        } else {
            pool.run(denseTask);
        }
    }

    /** Column ranges with about equal numbers of non-zeros. */
    private void splitByWork(SparseRows x, int parts) {
        Arrays.fill(bounds, x.cols);
        bounds[0] = 0;
        int k = 0;
        for (int p = 1; p < parts; p++) {
            long target = (long) x.nnz * p / parts;
            while (k < x.cols && x.colStart[k] < target) {
                k++;
            }
            bounds[p] = k;
        }
    }

    /** Rows [r0, r1) of z: z_r = b + sum_j x_rj w_j. */
    private static final class RowTask implements WorkerPool.PartTask {
        SparseRows x;
        double[][] w;
        double[] bias;
        double[][] z;
        int m;

        @Override
        public void run(int part, int parts) {
            int r0 = x.rows * part / parts;
            int r1 = x.rows * (part + 1) / parts;
            int[] col = x.colIndex;
            double[] val = x.values;
            if (m < DenseKernels.NARROW) {
                narrowRows(x.rowStart, col, val, w, bias, z, m, r0, r1);
                return;
            }
            for (int r = r0; r < r1; r++) {
                double[] zr = z[r];
                if (bias == null) {
                    Arrays.fill(zr, 0, m, 0.0);
                } else {
                    System.arraycopy(bias, 0, zr, 0, m);
                }
                int p = x.rowStart[r];
                int end = x.rowStart[r + 1];
                for (; p + 3 < end; p += 4) {
                    axpy4(val[p], w[col[p]], val[p + 1], w[col[p + 1]], val[p + 2], w[col[p + 2]],
                            val[p + 3], w[col[p + 3]], zr, 0, m);
                }
                tail(val, col, p, end, w, zr, m);
            }
        }
    }

    /** Rows bounds[part] .. bounds[part+1]) of g: g_j = sum_r x_rj d_r. */
    private final class ColumnTask implements WorkerPool.PartTask {
        SparseRows x;
        double[][] d;
        double[][] g;
        int m;

        @Override
        public void run(int part, int parts) {
            int[] row = x.entryRow;
            double[] val = x.entryValue;
            if (m < DenseKernels.NARROW) {
                narrowRows(x.colStart, row, val, d, null, g, m, bounds[part], bounds[part + 1]);
                return;
            }
            for (int j = bounds[part]; j < bounds[part + 1]; j++) {
                double[] gj = g[j];
                Arrays.fill(gj, 0, m, 0.0);
                int q = x.colStart[j];
                int end = x.colStart[j + 1];
                for (; q + 3 < end; q += 4) {
                    axpy4(val[q], d[row[q]], val[q + 1], d[row[q + 1]], val[q + 2], d[row[q + 2]],
                            val[q + 3], d[row[q + 3]], gj, 0, m);
                }
                tail(val, row, q, end, d, gj, m);
            }
        }
    }

    /** A slice of a dense product: rows of z (by rows of a) or rows of g (by columns of a). */
    private static final class DenseTask implements WorkerPool.PartTask {
        boolean transposed;
        double[][] a;
        int n;
        int kk;
        double[][] b;
        double[] bias;
        double[][] out;
        int m;

        void set(boolean transposed, double[][] a, int n, int kk, double[][] b, double[] bias, double[][] out, int m) {
            this.transposed = transposed;
            this.a = a;
            this.n = n;
            this.kk = kk;
            this.b = b;
            this.bias = bias;
            this.out = out;
            this.m = m;
        }

        @Override
        public void run(int part, int parts) {
            if (transposed) {
                DenseKernels.multiplyTransposed(a, n, b, out, m, kk * part / parts, kk * (part + 1) / parts);
            } else {
                DenseKernels.multiplyRows(a, kk, b, bias, out, m, n * part / parts, n * (part + 1) / parts);
            }
        }
    }

    /**
     * For outputs narrower than a vector ({@link DenseKernels#NARROW}, so m is 1, 2 or 3):
     * y[i][c] = bias[c] (or 0) + sum over p in [start[i], start[i+1]) of val[p] x[index[p]][c], for
     * i in [i0, i1), summed in scalar registers in the same fours and the same order as
     * {@link #axpy4} and {@link #tail} (the same bits), each four's rows looked up once for all m
     * outputs.
     */
    static void narrowRows(int[] start, int[] index, double[] val, double[][] x, double[] bias, double[][] y, int m,
                           int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            double s0 = bias == null ? 0.0 : bias[0];
            double s1 = bias == null || m < 2 ? 0.0 : bias[1];
            double s2 = bias == null || m < 3 ? 0.0 : bias[2];
            int end = start[i + 1];
            int p = start[i];
            for (; p + 3 < end; p += 4) {
                double v0 = val[p];
                double v1 = val[p + 1];
                double v2 = val[p + 2];
                double v3 = val[p + 3];
                double[] x0 = x[index[p]];
                double[] x1 = x[index[p + 1]];
                double[] x2 = x[index[p + 2]];
                double[] x3 = x[index[p + 3]];
                s0 += v0 * x0[0] + v1 * x1[0] + v2 * x2[0] + v3 * x3[0];
                if (m > 1) {
                    s1 += v0 * x0[1] + v1 * x1[1] + v2 * x2[1] + v3 * x3[1];
                    if (m > 2) {
                        s2 += v0 * x0[2] + v1 * x1[2] + v2 * x2[2] + v3 * x3[2];
                    }
                }
            }
            int left = end - p;
            if (left > 0) {
                double[] x0 = x[index[p]];
                double[] x1 = left > 1 ? x[index[p + 1]] : null;
                double[] x2 = left > 2 ? x[index[p + 2]] : null;
                s0 += tailTerm(left, val, p, x0, x1, x2, 0);
                if (m > 1) {
                    s1 += tailTerm(left, val, p, x0, x1, x2, 1);
                    if (m > 2) {
                        s2 += tailTerm(left, val, p, x0, x1, x2, 2);
                    }
                }
            }
            double[] yi = y[i];
            yi[0] = s0;
            if (m > 1) {
                yi[1] = s1;
                if (m > 2) {
                    yi[2] = s2;
                }
            }
        }
    }

    /** The last 1-3 terms of a sum at output c, grouped as {@link #tail} groups them. */
    private static double tailTerm(int left, double[] val, int p, double[] x0, double[] x1, double[] x2, int c) {
        return switch (left) {
            case 1 -> val[p] * x0[c];
            case 2 -> val[p] * x0[c] + val[p + 1] * x1[c];
            default -> val[p] * x0[c] + val[p + 1] * x1[c] + val[p + 2] * x2[c];
        };
    }

    /** The last 0-3 terms of a row: y += sum over p in [p0, end) of val[p] x[index[p]], as one pass. */
    static void tail(double[] val, int[] index, int p0, int end, double[][] x, double[] y, int m) {
        switch (end - p0) {
            case 1 -> axpy(val[p0], x[index[p0]], y, 0, m);
            case 2 -> axpy2(val[p0], x[index[p0]], val[p0 + 1], x[index[p0 + 1]], y, m);
            case 3 -> axpy3(val[p0], x[index[p0]], val[p0 + 1], x[index[p0 + 1]], val[p0 + 2], x[index[p0 + 2]], y, m);
            default -> {
            }
        }
    }

    /** y[c] += a0 x0[c] + a1 x1[c] for c in [0, m). */
    static void axpy2(double a0, double[] x0, double a1, double[] x1, double[] y, int m) {
        for (int c = 0; c < m; c++) {
            y[c] += a0 * x0[c] + a1 * x1[c];
        }
    }

    /** y[c] += a0 x0[c] + a1 x1[c] + a2 x2[c] for c in [0, m). */
    static void axpy3(double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double[] y, int m) {
        for (int c = 0; c < m; c++) {
            y[c] += a0 * x0[c] + a1 * x1[c] + a2 * x2[c];
        }
    }

    /** y[c] += a x[c] for c in [c0, c1). */
    static void axpy(double a, double[] x, double[] y, int c0, int c1) {
        for (int c = c0; c < c1; c++) {
            y[c] += a * x[c];
        }
    }

    /** y[c] += a0 x0[c] + a1 x1[c] + a2 x2[c] + a3 x3[c] for c in [c0, c1). */
    static void axpy4(double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double a3, double[] x3,
                      double[] y, int c0, int c1) {
        for (int c = c0; c < c1; c++) {
            y[c] += a0 * x0[c] + a1 * x1[c] + a2 * x2[c] + a3 * x3[c];
        }
    }
}
