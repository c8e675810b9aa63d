package org.mlplayground.nn.lecture;

import org.ejml.data.DMatrixRMaj;

/**
 * One layer of the lecture's backward propagation over n examples in columns. Fresh copies owned
 * by this record.
 *
 * @param layer l, 1..L
 * @param dZ    dZ[l] = dJ/dZ[l] times n, m[l] x n: {@code A[L] - Y} at the output, else
 *              {@code W[l+1](:, 2:end)^T dZ[l+1] .* g'(Z[l])}
 * @param dW    dW[l] = dJ/dW[l] = (1/n) dZ[l] [1; A[l-1]]^T plus the penalties' terms
 *              (alpha W and l1 sign(W), over n, on the weights but not the bias column),
 *              m[l] x (m[l-1]+1), bias gradient in column 0
 */
public record LayerBackward(int layer, DMatrixRMaj dZ, DMatrixRMaj dW) {
}
