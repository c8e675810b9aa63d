package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;

/** Dense row-major features (an EJML matrix, not copied). */
public final class DenseFeatures extends Features {

    private final DMatrixRMaj x;

    /** Wraps {@code x} (n_samples x n_features) without copying. */
    public DenseFeatures(DMatrixRMaj x) {
        this.x = x;
    }

    @Override
    public int rows() {
        return x.numRows;
    }

    @Override
    public int cols() {
        return x.numCols;
    }

    @Override
    public void copyRow(int row, double[] out) {
        System.arraycopy(x.data, row * x.numCols, out, 0, x.numCols);
    }

    /** As {@link Features#requireFinite}, in one pass over the stored values (no row copies). */
    @Override
    public void requireFinite(String what) {
        double[] d = x.data;
        int n = x.numRows * x.numCols;
        // v * 0.0 is 0.0 for a finite v and NaN for an infinite or NaN one, which the sums keep
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += d[i] * 0.0;
            s1 += d[i + 1] * 0.0;
            s2 += d[i + 2] * 0.0;
            s3 += d[i + 3] * 0.0;
        }
        for (; i < n; i++) {
            s0 += d[i] * 0.0;
        }
        if (!(s0 + s1 + s2 + s3 == 0.0)) {
            super.requireFinite(what);
        }
    }

    @Override
    public Features select(int[] rowIndices) {
        return new DenseFeatures(selectRows(x, rowIndices));
    }

    @Override
    void loadBatch(int[] order, int start, int count, SparseRows batch) {
        batch.setRowMajor(x.data, order, start, count);
    }

    @Override
    boolean storedDense() {
        return true;
    }

    @Override
    void loadDenseBatch(int[] order, int start, int count, double[][] rows) {
        int cols = x.numCols;
        for (int r = 0; r < count; r++) {
            System.arraycopy(x.data, order[start + r] * cols, rows[r], 0, cols);
        }
    }

    @Override
    void loadDenseBatch(int[] order, int start, int count, double[] flat) {
        int cols = x.numCols;
        for (int r = 0; r < count; r++) {
            System.arraycopy(x.data, order[start + r] * cols, flat, r * cols, cols);
        }
    }

    /** Feature k of rows {@code order[start .. start+count)} into {@code columns[k][0 .. count)}. */
    void loadColumns(int[] order, int start, int count, double[][] columns) {
        int cols = x.numCols;
        double[] data = x.data;
        for (int k = 0; k < cols; k++) {
            double[] column = columns[k];
            for (int r = 0; r < count; r++) {
                column[r] = data[order[start + r] * cols + k];
            }
        }
    }

    @Override
    SparseRows newBatch(int maxRows) {
        return new SparseRows(maxRows, x.numCols, maxRows * x.numCols);
    }
}
