package org.mlplayground.data;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Feature scaling as the lecture names it, fitted on training data only: none, standardise
 * (z-score, sklearn's StandardScaler), min-max to [0, 1], or to [-1, 1]. A constant column is
 * only shifted (its scale is taken as 1, as sklearn does). "Constant" allows for rounding: a
 * variance within sklearn's bound {@code var <= n eps var + (n |mean| eps)^2} (its
 * {@code _is_constant_feature}), or a range within {@code 10 eps max(|min|, |max|)}, is taken as
 * zero, so a column of 14.62 in every row does not get a scale of 5e-14 from rounding noise.
 */
public enum Scaler {
    NONE, STANDARDIZE, MIN_MAX, MINUS_ONE_TO_ONE;

    private static final double EPS = Math.ulp(1.0);

    /** Parses {@code none}, {@code standardize}, {@code minmax} or {@code minus-one-to-one}. */
    public static Scaler fromName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "none":
                return NONE;
            case "standardize":
            case "standardise":
            case "zscore":
                return STANDARDIZE;
            case "minmax":
            case "min-max":
                return MIN_MAX;
            case "minus-one-to-one":
            case "symmetric":
                return MINUS_ONE_TO_ONE;
            default:
                throw new IllegalArgumentException("Unknown scaler '" + name
                        + "': expected none, standardize, minmax or minus-one-to-one");
        }
    }

    /** Learns the per-column offset and scale from {@code train} (n x d): x' = (x - offset) / scale. */
    public Fitted fit(DMatrixRMaj train) {
        int n = train.numRows;
        int d = train.numCols;
        double[] offset = new double[d];
        double[] scale = new double[d];
        for (int c = 0; c < d; c++) {
            scale[c] = 1.0;
            if (this == NONE || n == 0) {
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int r = 0; r < n; r++) {
                double v = train.get(r, c);
                min = Math.min(min, v);
                max = Math.max(max, v);
                mean += v;
            }
            mean /= n;
            double spread;
            boolean constant;
            switch (this) {
                case STANDARDIZE:
                    double sq = 0;
                    for (int r = 0; r < n; r++) {
                        double v = train.get(r, c) - mean;
                        sq += v * v;
                    }
                    offset[c] = mean;
                    double var = sq / n;
                    double drift = n * EPS * Math.abs(mean);
                    constant = var <= n * EPS * var + drift * drift;
                    spread = Math.sqrt(var);
                    break;
                case MIN_MAX:
                    offset[c] = min;
                    spread = max - min;
                    constant = spread <= 10 * EPS * Math.max(Math.abs(min), Math.abs(max));
                    break;
                default:
                    offset[c] = min / 2 + max / 2;
                    spread = max / 2 - min / 2;
                    constant = max - min <= 10 * EPS * Math.max(Math.abs(min), Math.abs(max));
                    break;
            }
            scale[c] = constant || !(spread > 0) ? 1.0 : spread;
        }
        return new Fitted(this, offset, scale);
    }

    /** A fitted scaler: x' = (x - offset) / scale per column. */
    public record Fitted(Scaler kind, double[] offset, double[] scale) {

        /** A scaled copy of {@code x}. */
        public DMatrixRMaj transform(DMatrixRMaj x) {
            if (x.numCols != offset.length) {
                throw new IllegalArgumentException("The scaler was fitted on " + offset.length + " columns, got "
                        + x.numCols);
            }
            DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
            for (int r = 0; r < x.numRows; r++) {
                for (int c = 0; c < x.numCols; c++) {
                    out.set(r, c, (x.get(r, c) - offset[c]) / scale[c]);
                }
            }
            return out;
        }

        /** A scaled copy of one row (length d). */
        public double[] transform(double[] row) {
            if (row.length != offset.length) {
                throw new IllegalArgumentException("The scaler was fitted on " + offset.length + " columns, got "
                        + row.length);
            }
            double[] out = new double[row.length];
            for (int c = 0; c < row.length; c++) {
                out[c] = (row[c] - offset[c]) / scale[c];
            }
            return out;
        }
    }
}
