package org.mlplayground.train;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;

/**
 * What the training service trains on: training and test data with their targets (class labels
 * or real values) and, for data in the plane, the grid its pictures are drawn on.
 *
 * @param classes every class label (classification) or null (regression)
 * @param plane   the grid for 2D data, or null
 */
public record TrainingProblem(Features train, int[] trainLabels, DMatrixRMaj trainTargets,
                              Features test, int[] testLabels, DMatrixRMaj testTargets,
                              int[] classes, PlaneGrid plane) {

    public TrainingProblem {
        boolean classification = classes != null;
        if (classification == (trainLabels == null) || classification == (trainTargets != null)) {
            throw new IllegalArgumentException("A problem has class labels with classes, or real targets without");
        }
        int trainTargetsRows = classification ? trainLabels.length : trainTargets.numRows;
        if (trainTargetsRows != train.rows()) {
            throw new IllegalArgumentException("The training data has " + train.rows() + " rows but "
                    + trainTargetsRows + " targets");
        }
        if (test != null) {
            int testRows = classification ? testLabels.length : testTargets.numRows;
            if (testRows != test.rows() || test.cols() != train.cols()) {
                throw new IllegalArgumentException("The test data does not match: " + test.rows() + " x " + test.cols()
                        + " with " + testRows + " targets, training data has " + train.cols() + " features");
            }
        }
        if (plane != null && plane.inputs().cols() != train.cols()) {
            throw new IllegalArgumentException("The grid gives " + plane.inputs().cols() + " features, the data has "
                    + train.cols());
        }
    }

    /** A classification problem; {@code test} may be null. */
    public static TrainingProblem classification(Features train, int[] labels, Features test, int[] testLabels,
                                                 PlaneGrid plane) {
        int[] classes = Arrays.stream(labels).distinct().sorted().toArray();
        if (testLabels != null) {
            classes = java.util.stream.IntStream.concat(Arrays.stream(labels), Arrays.stream(testLabels))
                    .distinct().sorted().toArray();
        }
        return new TrainingProblem(train, labels, null, test, testLabels, null, classes, plane);
    }

    /** A regression problem; {@code test} may be null. */
    public static TrainingProblem regression(Features train, DMatrixRMaj targets, Features test,
                                             DMatrixRMaj testTargets, PlaneGrid plane) {
        return new TrainingProblem(train, null, targets, test, null, testTargets, null, plane);
    }

    /**
     * Checks that trained weights can go on learning this problem: its inputs, its outputs and
     * the output layer it needs (logistic, softmax or identity).
     *
     * @throws IllegalArgumentException saying what does not match
     */
    public void requireFits(Network weights) {
        if (weights.inputs() != train.cols() || weights.outputs() != outputs()) {
            throw new IllegalArgumentException("The model has " + weights.inputs() + " inputs and " + weights.outputs()
                    + " outputs; this problem needs " + train.cols() + " and " + outputs());
        }
        OutputKind expected = !isClassification() ? OutputKind.IDENTITY
                : outputs() == 1 ? OutputKind.LOGISTIC : OutputKind.SOFTMAX;
        if (weights.output() != expected) {
            throw new IllegalArgumentException("The model's output is " + weights.output().name().toLowerCase()
                    + "; this problem needs " + expected.name().toLowerCase());
        }
    }

    /** Whether targets are class labels. */
    public boolean isClassification() {
        return classes != null;
    }

    /** Number of network outputs: 1 for two classes, k for k classes, the target width for regression. */
    public int outputs() {
        return isClassification() ? (classes.length == 2 ? 1 : classes.length) : trainTargets.numCols;
    }
}
