package org.mlplayground.metrics;

import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.Scores;

/**
 * Single-number metrics as sklearn defines them: log-loss, mean squared error, R^2 (the one
 * {@code matrix.Scores.r2}, which {@code MlpRegressor.score} uses too).
 */
public final class Metrics {

    private static final double EPS = Math.ulp(1.0);

    private Metrics() {
    }

    /**
     * Mean negative log-likelihood of the true classes: {@code -mean(log p[i][class i])}, with
     * probabilities clipped to [eps, 1 - eps] and each row renormalised, as sklearn's
     * {@code log_loss}. {@code classIndex[i]} is the column of sample i's true class.
     */
    public static double logLoss(DMatrixRMaj probabilities, int[] classIndex) {
        int n = probabilities.numRows;
        int k = probabilities.numCols;
        if (classIndex.length != n) {
            throw new IllegalArgumentException("There are " + n + " probability rows but " + classIndex.length + " labels");
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            double rowSum = 0;
            for (int c = 0; c < k; c++) {
                rowSum += clip(probabilities.get(r, c));
            }
            if (classIndex[r] < 0 || classIndex[r] >= k) {
                throw new IllegalArgumentException("Label index " + classIndex[r] + " of row " + r + " is outside 0.." + (k - 1));
            }
            sum += Math.log(clip(probabilities.get(r, classIndex[r])) / rowSum);
        }
        return -sum / n;
    }

    /** Mean of (truth - prediction)^2 over every entry (sklearn averages outputs uniformly). */
    public static double meanSquaredError(DMatrixRMaj truth, DMatrixRMaj predicted) {
        requireSameShape(truth, predicted);
        double sum = 0;
        for (int i = 0; i < truth.getNumElements(); i++) {
            double d = truth.data[i] - predicted.data[i];
            sum += d * d;
        }
        return sum / truth.getNumElements();
    }

    /**
     * Coefficient of determination, averaged uniformly over outputs; an output whose truth is
     * constant scores 1 if predicted exactly and 0 otherwise, as sklearn.
     */
    public static double r2(DMatrixRMaj truth, DMatrixRMaj predicted) {
        requireSameShape(truth, predicted);
        return Scores.r2(predicted, truth);
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1 - EPS);
    }

    private static void requireSameShape(DMatrixRMaj a, DMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            throw new IllegalArgumentException("Truth is " + a.numRows + " x " + a.numCols + " but predictions are "
                    + b.numRows + " x " + b.numCols);
        }
        if (a.numRows == 0) {
            throw new IllegalArgumentException("There are no samples to score");
        }
    }
}
