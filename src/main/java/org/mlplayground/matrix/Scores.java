package org.mlplayground.matrix;

import org.ejml.data.DMatrixRMaj;

/**
 * Scores both the engine (a regressor's {@code score}, early stopping) and the metrics need, so
 * that there is one of each.
 */
public final class Scores {

    private Scores() {
    }

    /**
     * Coefficient of determination per output, averaged; an output with constant truth scores 1 if
     * predicted exactly, else 0. Undefined (NaN, as sklearn's {@code r2_score}) for fewer than two rows.
     *
     * @param predicted n x k predictions
     * @param truth     n x k targets
     * @throws IllegalArgumentException if the shapes differ
     */
    public static double r2(DMatrixRMaj predicted, DMatrixRMaj truth) {
        if (predicted.numRows != truth.numRows || predicted.numCols != truth.numCols) {
            throw new IllegalArgumentException("Predictions are " + predicted.numRows + " x " + predicted.numCols
                    + " but targets are " + truth.numRows + " x " + truth.numCols);
        }
        int n = truth.numRows;
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int c = 0; c < truth.numCols; c++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += truth.get(r, c);
            }
            mean /= n;
            double ssRes = 0;
            double ssTot = 0;
            for (int r = 0; r < n; r++) {
                double e = truth.get(r, c) - predicted.get(r, c);
                double t = truth.get(r, c) - mean;
                ssRes += e * e;
                ssTot += t * t;
            }
            sum += ssTot == 0 ? (ssRes == 0 ? 1.0 : 0.0) : 1.0 - ssRes / ssTot;
        }
        return sum / truth.numCols;
    }
}
