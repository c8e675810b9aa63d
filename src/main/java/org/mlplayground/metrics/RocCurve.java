package org.mlplayground.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A receiver operating characteristic curve, as sklearn's {@code roc_curve}: one point per distinct
 * score (tied scores make one point, so ties are never broken by order), collinear points dropped
 * ({@code drop_intermediate=True}), and a first point (0, 0) at threshold +infinity. The area is
 * the trapezoidal rule over the points, as {@code roc_auc_score}.
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double[] thresholds, double auc) {

    /**
     * The curve of {@code scores} (higher means more likely positive) against {@code positive}.
     * Both classes must occur.
     */
    public static RocCurve of(double[] scores, boolean[] positive) {
        int n = scores.length;
        if (positive.length != n) {
            throw new IllegalArgumentException("There are " + n + " scores but " + positive.length + " labels");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("Score " + i + " is NaN");
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<double[]> points = new ArrayList<>(); // (fps, tps, threshold) at each distinct score
        long tps = 0;
        long fps = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (positive[i]) {
                tps++;
            } else {
                fps++;
            }
            if (k == n - 1 || scores[order[k + 1]] != scores[i]) {
                points.add(new double[] {fps, tps, scores[i]});
            }
        }
        if (tps == 0 || fps == 0) {
            throw new IllegalArgumentException("A ROC curve needs positive and negative samples; there are " + tps
                    + " positive and " + fps + " negative");
        }
        List<double[]> kept = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            if (k == 0 || k == points.size() - 1 || !collinear(points.get(k - 1), points.get(k), points.get(k + 1))) {
                kept.add(points.get(k));
            }
        }
        int m = kept.size() + 1;
        double[] fpr = new double[m];
        double[] tpr = new double[m];
        double[] thresholds = new double[m];
        thresholds[0] = Double.POSITIVE_INFINITY;
        for (int k = 1; k < m; k++) {
            double[] p = kept.get(k - 1);
            fpr[k] = p[0] / fps;
            tpr[k] = p[1] / tps;
            thresholds[k] = p[2];
        }
        return new RocCurve(fpr, tpr, thresholds, trapezoid(fpr, tpr));
    }

    /**
     * One curve per class, that class against the rest, from class probabilities (n x k; a single
     * column is the probability of the second of two classes). {@code classIndex[i]} is the column
     * of sample i's true class. A class without samples, or with nothing but its own samples, has
     * no curve: its entry is null.
     */
    public static RocCurve[] oneVsRest(org.ejml.data.DMatrixRMaj probabilities, int[] classIndex) {
        int n = probabilities.numRows;
        int k = Math.max(2, probabilities.numCols);
        RocCurve[] curves = new RocCurve[k];
        for (int c = 0; c < k; c++) {
            double[] scores = new double[n];
            boolean[] positive = new boolean[n];
            int positives = 0;
            for (int r = 0; r < n; r++) {
                double p1 = probabilities.numCols == 1 ? probabilities.get(r, 0) : probabilities.get(r, c);
                scores[r] = probabilities.numCols == 1 && c == 0 ? 1 - p1 : p1;
                positive[r] = classIndex[r] == c;
                positives += positive[r] ? 1 : 0;
            }
            curves[c] = positives == 0 || positives == n ? null : of(scores, positive);
        }
        return curves;
    }

    /**
     * The micro average: every (sample, class) pair as one binary decision, all classes pooled
     * (probabilities n x k with k >= 2).
     */
    public static RocCurve microAverage(org.ejml.data.DMatrixRMaj probabilities, int[] classIndex) {
        int n = probabilities.numRows;
        int k = probabilities.numCols;
        double[] scores = new double[n * k];
        boolean[] positive = new boolean[n * k];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < k; c++) {
                scores[r * k + c] = probabilities.get(r, c);
                positive[r * k + c] = classIndex[r] == c;
            }
        }
        return of(scores, positive);
    }

    /**
     * The macro average: each class's true positive rate, interpolated at every false positive
     * rate any class reaches, averaged over the classes (curves that are null are left out), as
     * in scikit-learn's ROC example. Its thresholds are empty: they differ per class.
     */
    public static RocCurve macroAverage(RocCurve[] curves) {
        java.util.List<RocCurve> present = java.util.Arrays.stream(curves).filter(java.util.Objects::nonNull).toList();
        double[] fpr = present.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.falsePositiveRate()))
                .distinct().sorted().toArray();
        double[] tpr = new double[fpr.length];
        for (RocCurve c : present) {
            for (int i = 0; i < fpr.length; i++) {
                tpr[i] += interpolate(c.falsePositiveRate(), c.truePositiveRate(), fpr[i]) / present.size();
            }
        }
        return new RocCurve(fpr, tpr, new double[0], trapezoid(fpr, tpr));
    }

    /** y at x on the polyline (xs ascending; at a vertical step, the highest y, as numpy's interp takes the last). */
    private static double interpolate(double[] xs, double[] ys, double x) {
        if (x <= xs[0]) {
            int last = 0;
            while (last + 1 < xs.length && xs[last + 1] == xs[0]) {
                last++;
            }
            return x < xs[0] ? ys[0] : ys[last];
        }
        for (int i = 1; i < xs.length; i++) {
            if (x < xs[i]) {
                return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
            }
            if (x == xs[i]) {
                int last = i;
                while (last + 1 < xs.length && xs[last + 1] == x) {
                    last++;
                }
                return ys[last];
            }
        }
        return ys[ys.length - 1];
    }

    /** Whether b lies on the segment a-c in both counts (sklearn: second differences are 0). */
    private static boolean collinear(double[] a, double[] b, double[] c) {
        return a[0] - 2 * b[0] + c[0] == 0 && a[1] - 2 * b[1] + c[1] == 0;
    }

    /** Area under a curve through the points, by trapezoids. */
    public static double trapezoid(double[] x, double[] y) {
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return area;
    }
}
