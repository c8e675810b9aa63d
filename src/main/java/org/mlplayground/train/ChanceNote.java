package org.mlplayground.train;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The message for a classifier that learns nothing: after {@link #EPOCHS} epochs, a training
 * accuracy within {@link #MARGIN} of always answering the commonest class (Adam at a huge
 * learning rate sits there without ever producing NaN).
 */
public final class ChanceNote {

    /** The start of every such message. */
    static final String PREFIX = "The training accuracy is no better than";
    /** Epochs before the accuracy is judged. */
    static final int EPOCHS = 20;
    /** How close to the commonest class's share counts as chance. */
    static final double MARGIN = 0.05;

    private ChanceNote() {
    }

    /** The message for {@code p}, or null when training is not at chance (or is regression). */
    static String of(TrainingProblem problem, HistoryPoint p, org.mlplayground.nn.MlpConfig config) {
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
        return String.format(Locale.ROOT, "%s always answering the commonest class (%.0f%%) after %d epochs: %s",
                PREFIX, 100 * commonest, p.epoch(), likelyCause(config));
    }

    /** The likeliest reason a network learns nothing, from its settings, as one or two sentences of advice. */
    public static String likelyCause(org.mlplayground.nn.MlpConfig c) {
        if (c.learningRateInit() >= 0.5) {
            return "the learning rate " + c.learningRateInit() + " is probably too high. Lower it and reset.";
        }
        if (c.alpha() >= 1) {
            return "alpha " + c.alpha() + " pulls every weight to zero. Lower it.";
        }
        if (c.hiddenLayerSizes().length == 0) {
            return "without a hidden layer the network draws one straight boundary, and these classes need more. "
                    + "Add a hidden layer.";
        }
        return "it may need more epochs, a larger learning rate, more units or other input features.";
    }
}
