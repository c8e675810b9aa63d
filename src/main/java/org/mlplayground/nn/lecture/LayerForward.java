package org.mlplayground.nn.lecture;

import org.ejml.data.DMatrixRMaj;

/**
 * One layer of the lecture's forward propagation, examples in columns (n of them):
 * {@code Z[l] = W[l] [1; A[l-1]]}, {@code A[l] = g(Z[l])}. The matrices are fresh copies owned by
 * this record; a view reads them and must not change them.
 *
 * @param layer      l, 1..L
 * @param w          W[l], m[l] x (m[l-1]+1), bias in column 0
 * @param augmented  [1; A[l-1]], (m[l-1]+1) x n: a row of ones above the previous layer's activations
 * @param z          Z[l], m[l] x n
 * @param a          A[l] = g(Z[l]), m[l] x n (the output layer applies sigma, softmax or identity)
 * @param g          the name of g: an activation's sklearn name, or the output's (logistic, softmax, identity)
 */
public record LayerForward(int layer, DMatrixRMaj w, DMatrixRMaj augmented, DMatrixRMaj z, DMatrixRMaj a, String g) {

    /** A[l-1], the layer's input without the row of ones, (m[l-1]) x n. */
    public DMatrixRMaj input() {
        DMatrixRMaj in = new DMatrixRMaj(augmented.numRows - 1, augmented.numCols);
        org.ejml.dense.row.CommonOps_DDRM.extract(augmented, 1, augmented.numRows, 0, augmented.numCols, in, 0, 0);
        return in;
    }

    /** The bias b[l] = column 0 of W[l] copied across the batch: the lecture's broadcasting, m[l] x n. */
    public DMatrixRMaj broadcastBias() {
        DMatrixRMaj b = new DMatrixRMaj(w.numRows, augmented.numCols);
        for (int i = 0; i < w.numRows; i++) {
            for (int j = 0; j < b.numCols; j++) {
                b.set(i, j, w.get(i, 0));
            }
        }
        return b;
    }
}
