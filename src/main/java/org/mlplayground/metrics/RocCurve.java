package org.mlplayground.metrics;

import java.util.ArrayList;
import java.util.Arrays;
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
        // the positives' and the negatives' scores, each sorted, walked from the top together:
        // one point (false positives, true positives, threshold) per distinct score
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("Score " + i + " is NaN");
            }
            positives += positive[i] ? 1 : 0;
        }
        double[] pos = new double[positives];
        double[] neg = new double[n - positives];
        for (int i = 0, a = 0, b = 0; i < n; i++) {
            if (positive[i]) {
                pos[a++] = scores[i];
            } else {
                neg[b++] = scores[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        List<double[]> points = new ArrayList<>();
        long tps = 0;
        long fps = 0;
        int a = pos.length - 1;
        int b = neg.length - 1;
        while (a >= 0 || b >= 0) {
            double score = a < 0 ? neg[b] : b < 0 ? pos[a] : Math.max(pos[a], neg[b]);
            while (a >= 0 && pos[a] == score) {
                tps++;
                a--;
            }
            while (b >= 0 && neg[b] == score) {
                fps++;
                b--;
            }
            points.add(new double[] {fps, tps, score});
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
     * sklearn's macro ROC AUC ({@code roc_auc_score(..., average='macro')}): the unweighted mean of
     * the per-class areas; null curves (a class without samples, or with only its own) are left
     * out. NaN when no curve is left.
     */
    public static double macroAuc(RocCurve[] curves) {
        return java.util.Arrays.stream(curves).filter(java.util.Objects::nonNull).mapToDouble(RocCurve::auc).average()
                .orElse(Double.NaN);
    }

    /**
     * The macro-averaged curve (its area is not the macro AUC, see {@link #macroAuc}): each class's true positive rate, interpolated at every false positive
     * rate any class reaches, averaged over the classes (curves that are null are left out), as
     * in scikit-learn's ROC example. Its thresholds are empty: they differ per class.
     */
    public static RocCurve macroAverage(RocCurve[] curves) {
        java.util.List<RocCurve> present = java.util.Arrays.stream(curves).filter(java.util.Objects::nonNull).toList();
        double[] fpr = present.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.falsePositiveRate()))
                .distinct().sorted().toArray();
        double[] tpr = new double[fpr.length];
        for (RocCurve c : present) {
            double[] at = interpolate(c.falsePositiveRate(), c.truePositiveRate(), fpr);
            for (int i = 0; i < fpr.length; i++) {
                tpr[i] += at[i] / present.size();
            }
        }
        return new RocCurve(fpr, tpr, new double[0], trapezoid(fpr, tpr));
    }

    /**
     * y at each of the ascending {@code at} on the polyline (xs ascending), in one walk along it;
     * at a vertical step the highest y, as numpy's interp takes the last point.
     */
    private static double[] interpolate(double[] xs, double[] ys, double[] at) {
        int n = xs.length;
        double[] out = new double[at.length];
        int k = 0; // the last point left of x
        for (int i = 0; i < at.length; i++) {
            double x = at[i];
            if (x < xs[0]) {
                out[i] = ys[0];
                continue;
            }
            while (k + 1 < n && xs[k + 1] < x) {
                k++;
            }
            int next = xs[k] == x ? k : k + 1;
            if (next >= n) {
                out[i] = ys[n - 1];
            } else if (xs[next] == x) {
                int last = next;
                while (last + 1 < n && xs[last + 1] == x) {
                    last++;
                }
                out[i] = ys[last];
            } else {
                out[i] = ys[k] + (ys[next] - ys[k]) * (x - xs[k]) / (xs[next] - xs[k]);
            }
        }
        return out;
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
