package org.mlplayground.nn;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Why the epoch loop stopped: one of four rules fired. A value (equal when the same rule fired
 * at the same epoch with the same settings), so the window and {@code fit} can be compared, and
 * {@link #message()} is the sentence the user reads.
 */
public sealed interface StopReason {

    /** Which rule fired. */
    enum Kind {
        /** The training loss improved less than tol for n_iter_no_change epochs (sklearn's rule). */
        CONVERGED,
        /** With early_stopping: the validation score improved less than tol; the best weights were restored. */
        EARLY_STOPPING,
        /** max_iter epochs ran in this run (fit call, or since Play after a stop). */
        MAX_ITER,
        /** The loss became NaN or infinite. */
        DIVERGED
    }

    /** Which rule fired. */
    Kind kind();

    /** Epochs completed (sklearn's {@code n_iter_}) when the rule fired. */
    int epoch();

    /** One sentence for the user, e.g. "reached max epochs (200)". */
    String message();

    /**
     * sklearn's rule on the training loss: it was not lower than {@code best_loss_ - tol} for more
     * than {@code nIterNoChange} consecutive epochs.
     */
    record Converged(int epoch, double tol, int nIterNoChange) implements StopReason {
        @Override
        public Kind kind() {
            return Kind.CONVERGED;
        }

        @Override
        public String message() {
            return "stopped at a plateau: the loss fell by less than tol=" + number(tol) + " for " + nIterNoChange
                    + " epochs (not necessarily a good fit)";
        }
    }

    /**
     * Early stopping: the score on the held-out validation_fraction was not above
     * {@code best_validation_score_ + tol} for more than {@code nIterNoChange} epochs; the weights
     * of {@code restoredEpoch} (1-based, the best score) were put back.
     */
    record EarlyStopping(int epoch, double tol, int nIterNoChange, int restoredEpoch, double bestScore)
            implements StopReason {
        @Override
        public Kind kind() {
            return Kind.EARLY_STOPPING;
        }

        @Override
        public String message() {
            return "early stopping: validation score did not improve for " + nIterNoChange + " epochs; restored epoch "
                    + restoredEpoch;
        }
    }

    /**
     * {@code maxIter} epochs ran in this run without another rule firing; with early stopping the
     * best weights (of {@code restoredEpoch}) were restored, else {@code restoredEpoch} is -1.
     */
    record MaxIter(int epoch, int maxIter, int restoredEpoch) implements StopReason {
        @Override
        public Kind kind() {
            return Kind.MAX_ITER;
        }

        @Override
        public String message() {
            return "reached max epochs (" + maxIter + ")" + (restoredEpoch >= 0 ? "; restored epoch " + restoredEpoch : "");
        }
    }

    /**
     * The minibatch loss at {@code step} (counted from 1 over the model's life) in epoch
     * {@code epoch + 1} was {@code loss} (NaN or infinite). {@link #epoch()} is the epochs completed.
     */
    record Diverged(int epoch, long step, double loss) implements StopReason {
        @Override
        public Kind kind() {
            return Kind.DIVERGED;
        }

        @Override
        public String message() {
            return "diverged: the loss became " + loss + " at step " + step + " (epoch " + (epoch + 1)
                    + "); lower the learning rate";
        }
    }

    /** A short decimal: 1e-4, 0.001, 0.5, 10. */
    static String number(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v == 0 ? "0" : Double.toString(v);
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -3 || exponent > 5) {
            return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
        }
        return d.toPlainString().toLowerCase(Locale.ROOT);
    }
}
