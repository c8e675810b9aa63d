package org.mlplayground.data;

import java.util.List;
import java.util.SplittableRandom;
import org.mlplayground.matrix.ValidationSplit;

/**
 * sklearn's {@code KFold(n_splits=k)} for regression (no classes to stratify by): the rows, in
 * order, cut into k contiguous folds, the first {@code n % k} one row larger. Without shuffling
 * this is exactly sklearn's assignment; with shuffling the rows are first permuted by a seeded
 * Fisher-Yates shuffle (sklearn's shuffled indices come from numpy's generator and differ).
 *
 * @param nSplits number of folds k, at least 2
 * @param shuffle whether the rows are shuffled before cutting
 * @param seed    the seed of that shuffle (unused without it)
 */
public record KFold(int nSplits, boolean shuffle, long seed) {

    public KFold {
        if (nSplits < 2) {
            throw new IllegalArgumentException("Cross-validation needs at least 2 folds, got " + nSplits);
        }
    }

    /** The test fold (0 .. k-1) of each of {@code n} rows; throws if n is below k. */
    public int[] testFolds(int n) {
        if (nSplits > n) {
            throw new IllegalArgumentException(nSplits + " folds need at least " + nSplits + " rows to split; there are "
                    + n + ".");
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        if (shuffle) {
            ValidationSplit.shuffle(rows, new SplittableRandom(seed));
        }
        int[] folds = new int[n];
        int start = 0;
        for (int f = 0; f < nSplits; f++) {
            int size = n / nSplits + (f < n % nSplits ? 1 : 0);
            for (int i = start; i < start + size; i++) {
                folds[rows[i]] = f;
            }
            start += size;
        }
        return folds;
    }

    /** The k splits: split i tests on fold i and trains on the rest, both in row order. */
    public List<Split> split(int n) {
        return StratifiedKFold.fromTestFolds(testFolds(n), nSplits);
    }
}
