package org.mlplayground.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Features stored as compressed sparse rows (CSR): for row {@code r}, entries
 * {@code rowStart[r] .. rowStart[r+1])} of {@code colIndex}/{@code values}, columns ascending.
 * A minibatch is copied out as its non-zeros only (see {@link Products}).
 */
public final class SparseFeatures extends Features {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] colIndex;
    private final double[] values;
    /** Batches shared by the networks that train on these rows on one thread, or null ({@link #sharingBatches}). */
    private final BatchCache cache;

    /**
     * Wraps CSR arrays without copying.
     *
     * @param rowStart length rows+1, non-decreasing, from 0 to nnz
     * @param colIndex column of each non-zero, ascending within a row, in [0, cols)
     * @param values   value of each non-zero
     */
    public SparseFeatures(int rows, int cols, int[] rowStart, int[] colIndex, double[] values) {
        this(rows, cols, rowStart, colIndex, values, null);
    }

    private SparseFeatures(int rows, int cols, int[] rowStart, int[] colIndex, double[] values, BatchCache cache) {
        if (rowStart.length != rows + 1 || rowStart[0] != 0 || rowStart[rows] > colIndex.length
                || colIndex.length != values.length) {
            throw new IllegalArgumentException("Inconsistent compressed-row arrays for " + rows + " x " + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.colIndex = colIndex;
        this.values = values;
        this.cache = cache;
    }

    /**
     * The same rows (not copied) with a {@link BatchCache} for the calling thread: networks that
     * train on them there in lockstep, in the same order, copy and sort each minibatch once.
     */
    @Override
    public Features sharingBatches() {
        return new SparseFeatures(rows, cols, rowStart, colIndex, values, new BatchCache());
    }

    /** Compresses a dense matrix. */
    public static SparseFeatures from(DMatrixRMaj x) {
        int nnz = 0;
        for (int i = 0; i < x.getNumElements(); i++) {
            if (x.data[i] != 0.0) {
                nnz++;
            }
        }
        int[] start = new int[x.numRows + 1];
        int[] col = new int[nnz];
        double[] val = new double[nnz];
        int p = 0;
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < x.numCols; c++) {
                double v = x.data[r * x.numCols + c];
                if (v != 0.0) {
                    col[p] = c;
                    val[p++] = v;
                }
            }
            start[r + 1] = p;
        }
        return new SparseFeatures(x.numRows, x.numCols, start, col, val);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /** Number of stored non-zeros. */
    public int nonZeros() {
        return rowStart[rows];
    }

    @Override
    public void copyRow(int row, double[] out) {
        Arrays.fill(out, 0, cols, 0.0);
        for (int p = rowStart[row]; p < rowStart[row + 1]; p++) {
            out[colIndex[p]] = values[p];
        }
    }

    @Override
    public Features select(int[] rowIndices) {
        int nnz = 0;
        for (int r : rowIndices) {
            nnz += rowStart[r + 1] - rowStart[r];
        }
        int[] start = new int[rowIndices.length + 1];
        int[] col = new int[nnz];
        double[] val = new double[nnz];
        int p = 0;
        for (int i = 0; i < rowIndices.length; i++) {
            int r = rowIndices[i];
            int len = rowStart[r + 1] - rowStart[r];
            System.arraycopy(colIndex, rowStart[r], col, p, len);
            System.arraycopy(values, rowStart[r], val, p, len);
            p += len;
            start[i + 1] = p;
        }
        return new SparseFeatures(rowIndices.length, cols, start, col, val);
    }

    @Override
    public void requireFinite(String what) {
        for (int r = 0; r < rows; r++) {
            for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                if (!Double.isFinite(values[p])) {
                    throw new IllegalArgumentException(what + " has " + values[p] + " at row " + r + ", column "
                            + colIndex[p] + ": every value must be a finite number");
                }
            }
        }
    }

    @Override
    void loadBatch(int[] order, int start, int count, SparseRows batch) {
        batch.setRows(order, start, count, rowStart, colIndex, values);
    }

    @Override
    SparseRows batch(int[] order, int start, int count, SparseRows own) {
        if (cache != null && cache.ownedByCaller()) {
            return cache.batch(order, start, count, this);
        }
        return super.batch(order, start, count, own);
    }

    @Override
    public long sharedBatchNanos() {
        return cache == null ? 0 : cache.loadNanos();
    }

    /** The batch cache of {@link #sharingBatches}, or null. */
    BatchCache cache() {
        return cache;
    }

    @Override
    SparseRows newBatch(int maxRows) {
        int widest = 0;
        for (int r = 0; r < rows; r++) {
            widest = Math.max(widest, rowStart[r + 1] - rowStart[r]);
        }
        return new SparseRows(maxRows, cols, Math.max(1, maxRows * widest));
    }
}
