package org.mlplayground.metrics;

import org.ejml.data.DMatrixRMaj;

/**
 * Everything the lecture's evaluation lists, from one pass over a test set: the predicted
 * classes, the confusion matrix, precision/recall/F1 per class with macro and weighted averages,
 * and the ROC curve of each class against the rest with their micro and macro averages.
 *
 * @param probabilities n x k class probabilities, column c for class index c
 * @param truth         the true class index of each row
 * @param predicted     the most probable class index of each row
 * @param roc           one curve per class (null for a class absent from the truth)
 * @param microRoc      the curve of every (row, class) pair pooled; its area is sklearn's micro AUC
 * @param macroRoc      the per-class curves averaged at every false positive rate (sklearn's ROC
 *                      example); its area is <em>not</em> the macro AUC: label it "area under the
 *                      averaged curve"
 * @param macroAuc      sklearn's {@code roc_auc_score(average='macro')}: the unweighted mean of the
 *                      per-class areas (over the classes that have a curve), NaN when none has
 */
public record ClassifierEvaluation(DMatrixRMaj probabilities, int[] truth, int[] predicted, ConfusionMatrix confusion,
                                   ClassificationReport report, RocCurve[] roc, RocCurve microRoc, RocCurve macroRoc,
                                   double macroAuc) {

    /** Evaluates probabilities (n x k, k >= 2) against true class indices 0..k-1. */
    public static ClassifierEvaluation of(DMatrixRMaj probabilities, int[] truth, String[] names) {
        int n = probabilities.numRows;
        int k = probabilities.numCols;
        if (truth.length != n) {
            throw new IllegalArgumentException("There are " + n + " rows of probabilities but " + truth.length + " labels");
        }
        if (k < 2) {
            throw new IllegalArgumentException("An evaluation needs a probability per class, at least 2 columns");
        }
        int[] predicted = org.mlplayground.matrix.OneHot.decode(probabilities);
        int[] labels = java.util.stream.IntStream.range(0, k).toArray();
        ConfusionMatrix confusion = ConfusionMatrix.of(truth, predicted, labels);
        ClassificationReport report = ClassificationReport.of(confusion, names);
        RocCurve[] roc = RocCurve.oneVsRest(probabilities, truth);
        boolean anyCurve = java.util.Arrays.stream(roc).anyMatch(java.util.Objects::nonNull);
        return new ClassifierEvaluation(probabilities, truth, predicted, confusion, report, roc,
                anyCurve ? RocCurve.microAverage(probabilities, truth) : null,
                anyCurve ? RocCurve.macroAverage(roc) : null, RocCurve.macroAuc(roc));
    }

    /** The rows whose true class is {@code actual} and predicted class {@code predictedClass}. */
    public int[] rowsIn(int actual, int predictedClass) {
        return java.util.stream.IntStream.range(0, truth.length)
                .filter(r -> truth[r] == actual && predicted[r] == predictedClass).toArray();
    }
}
