package org.mlplayground.nn;

import java.util.Arrays;

/**
 * A batch of rows holding only their non-zeros, in compressed-row form (CSR), together with the
 * same entries sorted by column (CSC) once {@link #transpose()} has run. Buffers are allocated for
 * the largest batch seen and then reused, so filling one allocates nothing.
 *
 * <p>The left operand of every product in the training step is one of these: a minibatch of
 * input pixels, of hidden activations (relu leaves about half of them zero) or of deltas.
 */
final class SparseRows {

    final int cols;
    int rows;
    int nnz;
    int[] rowStart;
    int[] colIndex;
    double[] values;
    // the transpose: column k holds entries colStart[k] .. colStart[k+1]) of (entryRow, entryValue)
    final int[] colStart;
    int[] entryRow;
    double[] entryValue;
    /** Whether the CSC arrays hold the entries now in the CSR arrays (set by {@link #transpose()}, cleared by every fill). */
    private boolean transposed;

    SparseRows(int maxRows, int cols, int capacity) {
        this.cols = cols;
        rowStart = new int[maxRows + 1];
        colIndex = new int[capacity];
        values = new double[capacity];
        colStart = new int[cols + 1];
        entryRow = new int[capacity];
        entryValue = new double[capacity];
    }

    /** Holds the non-zeros of {@code a[0 .. count)}, each row of width {@link #cols}. */
    void setDense(double[][] a, int count) {
        ensure(count, count * cols);
        int p = 0;
        for (int r = 0; r < count; r++) {
            double[] row = a[r];
            for (int k = 0; k < cols; k++) {
                double v = row[k];
                if (v != 0.0) {
                    colIndex[p] = k;
                    values[p++] = v;
                }
            }
            rowStart[r + 1] = p;
        }
        rows = count;
        nnz = p;
    }

    /** Holds rows {@code order[start .. start+count)} of a row-major matrix of width {@link #cols}. */
    void setRowMajor(double[] data, int[] order, int start, int count) {
        ensure(count, count * cols);
        int p = 0;
        for (int r = 0; r < count; r++) {
            int o = order[start + r] * cols;
            for (int k = 0; k < cols; k++) {
                double v = data[o + k];
                if (v != 0.0) {
                    colIndex[p] = k;
                    values[p++] = v;
                }
            }
            rowStart[r + 1] = p;
        }
        rows = count;
        nnz = p;
    }

    /** Holds rows {@code order[start .. start+count)} of a larger CSR matrix. */
    void setRows(int[] order, int start, int count, int[] srcStart, int[] srcCol, double[] srcVal) {
        int total = 0;
        for (int r = 0; r < count; r++) {
            int s = order[start + r];
            total += srcStart[s + 1] - srcStart[s];
        }
        ensure(count, total);
        int p = 0;
        for (int r = 0; r < count; r++) {
            int s = order[start + r];
            int len = srcStart[s + 1] - srcStart[s];
            System.arraycopy(srcCol, srcStart[s], colIndex, p, len);
            System.arraycopy(srcVal, srcStart[s], values, p, len);
            p += len;
            rowStart[r + 1] = p;
        }
        rows = count;
        nnz = p;
    }

    /**
     * Sorts the entries by column (a counting sort, O(nnz)) into the CSC arrays; nothing to do if
     * they already hold this batch (a batch shared by several networks, see {@link BatchCache}).
     */
    void transpose() {
        if (transposed) {
            return;
        }
        transposed = true;
        Arrays.fill(colStart, 0);
        for (int p = 0; p < nnz; p++) {
            colStart[colIndex[p] + 1]++;
        }
        for (int k = 0; k < cols; k++) {
            colStart[k + 1] += colStart[k];
        }
        for (int r = 0; r < rows; r++) {
            for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                int q = colStart[colIndex[p]]++;
                entryRow[q] = r;
                entryValue[q] = values[p];
            }
        }
        for (int k = cols; k > 0; k--) {
            colStart[k] = colStart[k - 1];
        }
        colStart[0] = 0;
    }

    /** Makes room for {@code count} rows and {@code capacity} non-zeros about to be filled in (the CSC arrays go stale). */
    private void ensure(int count, int capacity) {
        transposed = false;
        if (rowStart.length < count + 1) {
            rowStart = new int[count + 1];
        }
        if (colIndex.length < capacity) {
            colIndex = new int[capacity];
            values = new double[capacity];
            entryRow = new int[capacity];
            entryValue = new double[capacity];
        }
        rowStart[0] = 0;
    }
}
