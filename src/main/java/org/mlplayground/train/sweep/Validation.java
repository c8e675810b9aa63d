package org.mlplayground.train.sweep;

import java.util.List;
import org.mlplayground.data.KFold;
import org.mlplayground.data.Split;
import org.mlplayground.data.StratifiedKFold;

/** How a sweep scores a cell: k-fold cross-validation, or one held-out validation part. */
public sealed interface Validation {

    /** The splits of {@code n} training rows; {@code labels} (classification) stratifies them, null for regression. */
    List<Split> splits(int n, int[] labels);

    /** A short description for reports, e.g. "5-fold stratified cross-validation". */
    String describe();

    /** The training rows cannot be split as asked (too few rows, or too few of any class, for k folds). */
    final class CannotSplit extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public CannotSplit(String message) {
            super(message);
        }
    }

    /**
     * k-fold cross-validation: sklearn's {@code StratifiedKFold(n_splits=k)} for classes,
     * {@code KFold(n_splits=k)} for regression; with {@code shuffle} the fold numbers are shuffled
     * by {@code seed} (same shape as sklearn's, not the same indices).
     */
    record KFolds(int k, boolean shuffle, long seed) implements Validation {
        public KFolds {
            if (k < 2) {
                throw new IllegalArgumentException("Cross-validation needs at least 2 folds, got " + k);
            }
        }

        /** sklearn's {@code cv=k}: unshuffled folds. */
        public static KFolds of(int k) {
            return new KFolds(k, false, 0);
        }

        @Override
        public List<Split> splits(int n, int[] labels) {
            return labels != null ? new StratifiedKFold(k, shuffle, seed).split(labels) : new KFold(k, shuffle, seed).split(n);
        }

        @Override
        public String describe() {
            return k + "-fold cross-validation" + (shuffle ? " (shuffled, seed " + seed + ")" : "");
        }
    }

    /**
     * One held-out validation part of {@code fraction} of the training rows (stratified by class),
     * chosen by {@code seed}; cheaper than k folds on large data (the MNIST grid).
     */
    record HoldOut(double fraction, long seed) implements Validation {
        public HoldOut {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("The validation fraction must be between 0 and 1, got " + fraction);
            }
        }

        @Override
        public List<Split> splits(int n, int[] labels) {
            return List.of(Split.of(n, fraction, seed, labels));
        }

        @Override
        public String describe() {
            return "a held-out " + Math.round(fraction * 100) + "% validation part";
        }
    }
}
