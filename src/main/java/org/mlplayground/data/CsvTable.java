package org.mlplayground.data;

import org.ejml.data.DMatrixRMaj;

/**
 * A table read from CSV: numeric feature columns and the target columns, either one column of
 * class labels (strings or numbers, numbered in {@code classNames} order) or real values (one or
 * more columns).
 *
 * @param featureNames the input columns' names, in the order of {@code features}' columns
 * @param features     n x d inputs
 * @param targetNames  the target columns' names (empty for a table of inputs only)
 * @param labels       class index of each row, or null for regression
 * @param classNames   the class of each index, or null for regression
 * @param targetMatrix n x t real targets, or null for classification
 */
public record CsvTable(String source, String[] featureNames, DMatrixRMaj features, String[] targetNames, int[] labels,
                       String[] classNames, DMatrixRMaj targetMatrix) {

    /** Number of data rows. */
    public int rows() {
        return features.numRows;
    }

    /** Whether the target holds class labels. */
    public boolean isClassification() {
        return labels != null;
    }

    /** The target columns' names joined by commas (null for a table of inputs only). */
    public String targetName() {
        return targetNames.length == 0 ? null : String.join(",", targetNames);
    }

    /** The first target column's values, or null for classification. */
    public double[] targets() {
        if (targetMatrix == null) {
            return null;
        }
        double[] v = new double[targetMatrix.numRows];
        for (int r = 0; r < v.length; r++) {
            v[r] = targetMatrix.get(r, 0);
        }
        return v;
    }
}
