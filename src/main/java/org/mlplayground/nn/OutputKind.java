package org.mlplayground.nn;

/**
 * The output layer and its loss, chosen as sklearn does: one logistic unit with binary
 * cross-entropy for two classes, softmax with categorical cross-entropy for more, and an identity
 * output with squared error for regression.
 *
 * <p>With each pairing the gradient of the loss with respect to the output pre-activation is
 * {@code A - Y} per sample, which is what backpropagation starts from.
 */
public enum OutputKind {
    /** Binary classification: sigma(z), loss -[y log p + (1-y) log(1-p)] averaged over samples. */
    LOGISTIC,
    /** k-class classification: softmax(z), loss -sum y log p averaged over samples. */
    SOFTMAX,
    /** Regression: the identity, loss 0.5 * mean((y - p)^2) over every entry, as sklearn reports it. */
    IDENTITY;

    private static final double EPS = Math.ulp(1.0);

    /** Applies the output function in place to rows {@code z[0 .. rows)}. */
    public void applyInPlace(double[][] z, int rows) {
        for (int r = 0; r < rows; r++) {
            applyInPlace(z[r]);
        }
    }

    /** Applies the output function in place to one row. */
    public void applyInPlace(double[] z) {
        switch (this) {
            case LOGISTIC:
                Activation.LOGISTIC.applyInPlace(z, z.length);
                break;
            case SOFTMAX:
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int c = 0; c < z.length; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                for (int c = 0; c < z.length; c++) {
                    z[c] /= sum;
                }
                break;
            default:
                break;
        }
    }

    /**
     * The data term of the loss exactly as sklearn computes it (probabilities clipped to
     * [eps, 1-eps]), over rows {@code 0 .. rows)} of targets y and outputs p.
     */
    public double loss(double[][] y, double[][] p, int rows) {
        double sum = 0;
        int cols = p[0].length;
        for (int r = 0; r < rows; r++) {
            double[] yr = y[r];
            double[] pr = p[r];
            for (int c = 0; c < cols; c++) {
                switch (this) {
                    case LOGISTIC:
                        double q = clip(pr[c]);
                        sum -= xlogy(yr[c], q) + xlogy(1.0 - yr[c], 1.0 - q);
                        break;
                    case SOFTMAX:
                        sum -= xlogy(yr[c], clip(pr[c]));
                        break;
                    default:
                        double d = yr[c] - pr[c];
                        sum += d * d;
                        break;
                }
            }
        }
        return this == IDENTITY ? sum / ((double) rows * cols) / 2.0 : sum / rows;
    }

    /** The data term of the loss for targets y and outputs p, both n x m. */
    public double loss(org.ejml.data.DMatrixRMaj y, org.ejml.data.DMatrixRMaj p) {
        double[][] yr = new double[y.numRows][];
        double[][] pr = new double[p.numRows][];
        for (int r = 0; r < y.numRows; r++) {
            yr[r] = java.util.Arrays.copyOfRange(y.data, r * y.numCols, (r + 1) * y.numCols);
            pr[r] = java.util.Arrays.copyOfRange(p.data, r * p.numCols, (r + 1) * p.numCols);
        }
        return loss(yr, pr, y.numRows);
    }

    /**
     * The factor that turns the reported loss's data term into the objective whose gradient is
     * {@code (A - Y) / n}: 1 for classification, the number of outputs for regression (sklearn
     * averages squared error over outputs too, but its gradient does not).
     */
    double objectiveScale(int outputs) {
        return this == IDENTITY ? outputs : 1.0;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1.0 - EPS);
    }

    private static double xlogy(double x, double y) {
        return x == 0.0 ? 0.0 : x * Math.log(y);
    }
}
