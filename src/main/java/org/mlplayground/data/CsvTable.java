package org.mlplayground.data;

import org.ejml.data.DMatrixRMaj;

/**
 * A table read from CSV: numeric feature columns and one target column, either class labels
 * (strings or numbers, numbered in {@code classNames} order) or real values.
 *
 * @param labels     class index of each row, or null for regression
 * @param classNames the class of each index, or null for regression
 * @param targets    target of each row, or null for classification
 */
public record CsvTable(String source, String[] featureNames, DMatrixRMaj features, String targetName, int[] labels,
                       String[] classNames, double[] targets) {

    /** Number of data rows. */
    public int rows() {
        return features.numRows;
    }

    /** Whether the target holds class labels. */
    public boolean isClassification() {
        return labels != null;
    }
}
