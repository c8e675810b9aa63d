package org.mlplayground.baseline;

import org.mlplayground.metrics.ClassificationReport;

/**
 * One line of a comparison: what was trained, on how many rows, how long training and predicting
 * the test set took, and how well it did.
 *
 * @param lossCurve the training loss per epoch (empty for an SVM)
 */
public record ComparisonRow(String name, String settings, int trainRows, double trainSeconds, double predictSeconds,
                            double accuracy, double macroF1, double[] lossCurve) {

    /** Scores predictions against the truth. */
    public static ComparisonRow of(String name, String settings, int trainRows, double trainSeconds,
                                   double predictSeconds, int[] truth, int[] predicted, double[] lossCurve) {
        ClassificationReport report = Contender.report(truth, predicted);
        return new ComparisonRow(name, settings, trainRows, trainSeconds, predictSeconds, report.accuracy(),
                report.macroF1(), lossCurve.clone());
    }
}
