package org.mlplayground.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;

/** Training that went wrong on the command line: diverged (refused, nothing saved) or stuck at chance (a warning). */
final class Divergence {

    /** How close to the commonest class's share the training accuracy may be and still count as chance. */
    private static final double CHANCE_MARGIN = 0.05;

    /** A final loss this many times the first epoch's counts as diverged, though finite. */
    private static final double GROWTH = 1000;

    private Divergence() {
    }

    /**
     * Throws when the loss or the weights are no longer finite: the message says so, in which
     * epoch, what to lower, and that nothing was saved.
     */
    static void check(MlpEstimator model, MlpConfig config, Path save) {
        double loss = model.history().lastLoss();
        double[] curve = model.history().lossCurve();
        boolean exploded = curve.length > 1 && Double.isFinite(curve[0]) && loss > GROWTH * Math.max(curve[0], 1e-12);
        if (Double.isFinite(loss) && model.networkCopy().isFinite() && !exploded) {
            return;
        }
        int epoch = Math.max(1, model.history().iterations());
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "training diverged: the loss became %s by epoch %d. Lower --learning-rate (it is %s)%s, or scale the inputs"
                + " (--scaler standardize)%s", exploded ? String.format(Locale.ROOT, "%.3g (from %.3g)", loss, curve[0])
                : Double.isFinite(loss) ? "finite but the weights overflowed" : loss, epoch,
                number(config.learningRateInit()), config.solver().sklearnName().equals("lbfgs") ? " or use another --solver" : "",
                save != null ? "; nothing was saved to " + save : ""));
    }

    /**
     * A sentence when the classifier's training accuracy is no better than always answering the
     * commonest class (Adam at a huge learning rate sits there without ever producing NaN), else null.
     */
    static String atChance(MlpClassifier model, Features x, int[] labels, MlpConfig config) {
        if (labels.length == 0) {
            return null;
        }
        int[] predicted = model.predict(x);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            counts.merge(labels[i], 1, Integer::sum);
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        double accuracy = (double) correct / labels.length;
        double commonest = (double) java.util.Collections.max(counts.values()) / labels.length;
        if (accuracy > commonest + CHANCE_MARGIN || commonest >= 1 - CHANCE_MARGIN) {
            return null;
        }
        return String.format(Locale.ROOT, "the training accuracy %.1f%% is hardly better than always answering the"
                + " commonest class (%.1f%%): the network has not learned. %s", 100 * accuracy, 100 * commonest,
                org.mlplayground.train.ChanceNote.likelyCause(config));
    }

    private static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
