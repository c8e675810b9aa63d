package org.mlplayground.train;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The message for a classifier that learns nothing: after {@link #EPOCHS} epochs, a training
 * accuracy within {@link #MARGIN} of always answering the commonest class (Adam at a huge
 * learning rate sits there without ever producing NaN).
 */
final class ChanceNote {

    /** The start of every such message. */
    static final String PREFIX = "The training accuracy is no better than";
    /** Epochs before the accuracy is judged. */
    static final int EPOCHS = 20;
    /** How close to the commonest class's share counts as chance. */
    static final double MARGIN = 0.05;

    private ChanceNote() {
    }

    /** The message for {@code p}, or null when training is not at chance (or is regression). */
    static String of(TrainingProblem problem, HistoryPoint p, double learningRate) {
        if (!problem.isClassification() || p.epoch() < EPOCHS || Double.isNaN(p.trainScore())) {
            return null;
        }
        int[] labels = problem.trainLabels();
        Map<Integer, Integer> counts = new HashMap<>();
        int most = 0;
        for (int l : labels) {
            most = Math.max(most, counts.merge(l, 1, Integer::sum));
        }
        double commonest = labels.length == 0 ? 1 : (double) most / labels.length;
        if (commonest >= 1 - MARGIN || p.trainScore() > commonest + MARGIN) {
            return null;
        }
        return String.format(Locale.ROOT, "%s always answering the commonest class (%.0f%%) after %d epochs: the learning"
                + " rate %s is probably too high. Lower it and reset.", PREFIX, 100 * commonest, p.epoch(), learningRate);
    }
}
