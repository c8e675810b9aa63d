package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.SparseRowsData;


/**
 * The input matrix X (n_samples x n_features) in the form the first layer reads fastest:
 * {@link DenseFeatures} for data without many zeros (2D points, CSV), {@link SparseFeatures}
 * (compressed rows) for data that is mostly zeros, such as MNIST pixels (81% zeros). Either way
 * a minibatch reaches the first layer as its non-zeros only.
 */
public abstract class Features {

    /** Above this fraction of zeros, {@link #of} stores compressed rows. */
    public static final double SPARSE_ABOVE_ZERO_FRACTION = 0.5;

    /** Number of samples. */
    public abstract int rows();

    /** Number of features. */
    public abstract int cols();

    /** Copies row {@code row} into {@code out[0..cols)}. */
    public abstract void copyRow(int row, double[] out);

    /** A new matrix holding the given rows, in that order. */
    public abstract Features select(int[] rowIndices);

    /** Puts the non-zeros of rows {@code order[start .. start+count)} into {@code batch}. */
    abstract void loadBatch(int[] order, int start, int count, SparseRows batch);

    /**
     * The non-zeros of rows {@code order[start .. start+count)}: loaded into {@code own}, or, for
     * features {@link #sharingBatches sharing batches}, a batch already loaded (use it until the
     * next call, read only).
     */
    SparseRows batch(int[] order, int start, int count, SparseRows own) {
        loadBatch(order, start, count, own);
        return own;
    }

    /**
     * These rows for networks trained side by side on the calling thread, in lockstep and in the
     * same row order (a sweep's alphas): compressed rows then load and sort each minibatch once
     * for all of them. Other features, and other threads, load as before. Returns this when there
     * is nothing to share.
     */
    public Features sharingBatches() {
        return this;
    }

    /**
     * Nanoseconds these features {@link #sharingBatches sharing batches} have spent loading and
     * sorting them so far (a share of every network's training time, paid by whichever network
     * asked first); 0 for features that share nothing.
     */
    public long sharedBatchNanos() {
        return 0;
    }

    /** A batch buffer big enough for {@code maxRows} rows of this matrix. */
    abstract SparseRows newBatch(int maxRows);

    /** Rows stored by their non-zeros (n x d), wrapped without copying. */
    public static Features of(SparseRowsData x) {
        return new SparseFeatures(x.rows(), x.cols(), x.rowStart(), x.columns(), x.values());
    }

    /** Whether a minibatch goes to the first layer as dense rows ({@link #loadDenseBatch}). */
    boolean storedDense() {
        return false;
    }

    /** Copies rows {@code order[start .. start+count)} into {@code rows[0 .. count)}; only if {@link #storedDense()}. */
    void loadDenseBatch(int[] order, int start, int count, double[][] rows) {
        throw new UnsupportedOperationException("sparse features load sparse batches");
    }

    /** As {@link #loadDenseBatch(int[], int, int, double[][])} into one row-major array (count x cols). */
    void loadDenseBatch(int[] order, int start, int count, double[] flat) {
        throw new UnsupportedOperationException("sparse features load sparse batches");
    }

    /** Picks the faster storage for {@code x}: compressed rows when most entries are zero. */
    public static Features of(DMatrixRMaj x) {
        int zeros = 0;
        double[] d = x.data;
        int n = x.getNumElements();
        for (int i = 0; i < n; i++) {
            if (d[i] == 0.0) {
                zeros++;
            }
        }
        return n > 0 && zeros > SPARSE_ABOVE_ZERO_FRACTION * n ? SparseFeatures.from(x) : new DenseFeatures(x);
    }

    /** Wraps rows of equal length; picks the storage as {@link #of(DMatrixRMaj)}. */
    public static Features of(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("The data has no rows");
        }
        int cols = rows[0].length;
        DMatrixRMaj m = new DMatrixRMaj(rows.length, cols);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("Row " + r + " has " + rows[r].length
                        + " values but row 0 has " + cols);
            }
            System.arraycopy(rows[r], 0, m.data, r * cols, cols);
        }
        return of(m);
    }

    /** The whole matrix as dense rows (allocates n x d doubles). */
    public DMatrixRMaj toDense() {
        DMatrixRMaj m = new DMatrixRMaj(rows(), cols());
        double[] row = new double[cols()];
        for (int r = 0; r < rows(); r++) {
            copyRow(r, row);
            System.arraycopy(row, 0, m.data, r * cols(), cols());
        }
        return m;
    }

    /**
     * Rejects NaN or infinite entries with a message naming the first one.
     *
     * @param what how the caller names this data, e.g. "The training data"
     */
    public void requireFinite(String what) {
        double[] row = new double[cols()];
        for (int r = 0; r < rows(); r++) {
            copyRow(r, row);
            for (int c = 0; c < row.length; c++) {
                if (!Double.isFinite(row[c])) {
                    throw new IllegalArgumentException(what + " has " + row[c] + " at row " + r + ", column " + c
                            + ": every value must be a finite number");
                }
            }
        }
    }

    /** The given rows of {@code m}, in that order, as a new matrix. */
    public static DMatrixRMaj selectRows(DMatrixRMaj m, int[] rows) {
        DMatrixRMaj out = new DMatrixRMaj(rows.length, m.numCols);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(m.data, rows[i] * m.numCols, out.data, i * m.numCols, m.numCols);
        }
        return out;
    }

    /** The labels of the given rows, in that order ({@link #selectRows} for a row's labels). */
    public static int[] selectLabels(int[] labels, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return out;
    }

    /** 0, 1, ..., n-1. */
    static int[] identityOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
