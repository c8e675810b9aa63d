package org.mlplayground.data;

import org.ejml.data.DMatrixRMaj;

/**
 * Points in the plane with either class labels (classification) or real targets (regression).
 *
 * @param labels  class index per point, or null for regression
 * @param targets target value per point, or null for classification
 */
public record Dataset2D(double[][] points, int[] labels, double[] targets) {

    public Dataset2D {
        int n = points.length;
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException("A 2D dataset has labels or targets, exactly one of them");
        }
        if ((labels != null ? labels.length : targets.length) != n) {
            throw new IllegalArgumentException("There are " + n + " points but "
                    + (labels != null ? labels.length : targets.length) + " labels or targets");
        }
    }

    /** A classification dataset. */
    public Dataset2D(double[][] points, int[] labels) {
        this(points, labels, null);
    }

    /** Whether the points carry class labels. */
    public boolean isClassification() {
        return labels != null;
    }

    /** The targets as an n x 1 matrix (regression). */
    public DMatrixRMaj targetMatrix() {
        DMatrixRMaj m = new DMatrixRMaj(targets.length, 1);
        System.arraycopy(targets, 0, m.data, 0, targets.length);
        return m;
    }

    /** Number of points. */
    public int size() {
        return points.length;
    }

    /** The points at the given indices (with their labels or targets). */
    public Dataset2D select(int[] indices) {
        double[][] p = new double[indices.length][];
        int[] l = labels == null ? null : new int[indices.length];
        double[] t = targets == null ? null : new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            p[i] = points[indices[i]].clone();
            if (l != null) {
                l[i] = labels[indices[i]];
            } else {
                t[i] = targets[indices[i]];
            }
        }
        return new Dataset2D(p, l, t);
    }
}
