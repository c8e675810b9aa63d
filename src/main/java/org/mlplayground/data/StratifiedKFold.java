package org.mlplayground.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlplayground.matrix.ValidationSplit;

/**
 * sklearn's {@code StratifiedKFold(n_splits=k)}: {@code k} folds that keep each class's share.
 * Classes are numbered in the order they first appear; the sorted encoded labels are dealt round
 * robin to the folds to fix how many of each class every fold tests on, and each class's rows, in
 * data order, go to fold 0's block, then fold 1's, and so on. Without shuffling the assignment is
 * exactly sklearn 1.2's ({@code StratifiedKFoldTest} checks it against the indices sklearn gives).
 * With shuffling each class's block of fold numbers is permuted by a seeded Fisher-Yates shuffle:
 * the same shape as sklearn's {@code shuffle=True, random_state=seed}, but not the same indices,
 * since sklearn draws from numpy's random generator.
 *
 * @param nSplits number of folds k, at least 2
 * @param shuffle whether each class's fold numbers are shuffled
 * @param seed    the seed of that shuffle (unused without it)
 */
public record StratifiedKFold(int nSplits, boolean shuffle, long seed) {

    public StratifiedKFold {
        if (nSplits < 2) {
            throw new IllegalArgumentException("Cross-validation needs at least 2 folds, got " + nSplits);
        }
    }

    /** sklearn's default: no shuffle. */
    public static StratifiedKFold of(int nSplits) {
        return new StratifiedKFold(nSplits, false, 0);
    }

    /**
     * The test fold (0 .. k-1) of every row of {@code labels}.
     *
     * @throws IllegalArgumentException if there are fewer rows than folds, or every class has
     *                                  fewer members than folds (sklearn's error)
     */
    public int[] testFolds(int[] labels) {
        int n = labels.length;
        if (nSplits > n) {
            throw new IllegalArgumentException(nSplits + " folds need at least " + nSplits + " rows to split; there are "
                    + n + ".");
        }
        Map<Integer, Integer> order = new LinkedHashMap<>();
        int[] encoded = new int[n];
        for (int i = 0; i < n; i++) {
            encoded[i] = order.computeIfAbsent(labels[i], l -> order.size());
        }
        int classes = order.size();
        int[] counts = new int[classes];
        for (int e : encoded) {
            counts[e]++;
        }
        int largest = 0;
        for (int c : counts) {
            largest = Math.max(largest, c);
        }
        if (nSplits > largest) {
            // sklearn: "n_splits cannot be greater than the number of members in each class"
            throw new IllegalArgumentException(nSplits + " folds need a class of at least " + nSplits + " rows; the largest"
                    + " class has " + largest + ".");
        }
        // allocation[f][c]: rows of class c tested in fold f, dealing the sorted labels round robin
        int[][] allocation = new int[nSplits][classes];
        int position = 0;
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < counts[c]; j++) {
                allocation[position % nSplits][c]++;
                position++;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] foldsForClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            int[] block = new int[counts[c]];
            int p = 0;
            for (int f = 0; f < nSplits; f++) {
                for (int j = 0; j < allocation[f][c]; j++) {
                    block[p++] = f;
                }
            }
            if (shuffle) {
                ValidationSplit.shuffle(block, random);
            }
            foldsForClass[c] = block;
        }
        int[] next = new int[classes];
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) {
            folds[i] = foldsForClass[encoded[i]][next[encoded[i]]++];
        }
        return folds;
    }

    /** The k splits: split i tests on the rows of fold i and trains on the others, both in row order. */
    public List<Split> split(int[] labels) {
        return fromTestFolds(testFolds(labels), nSplits);
    }

    /** Splits from a test fold per row: split i tests on the rows whose fold is i, in row order. */
    static List<Split> fromTestFolds(int[] folds, int k) {
        List<Split> splits = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int tested = 0;
            for (int fold : folds) {
                if (fold == f) {
                    tested++;
                }
            }
            int[] test = new int[tested];
            int[] train = new int[folds.length - tested];
            int t = 0;
            int r = 0;
            for (int i = 0; i < folds.length; i++) {
                if (folds[i] == f) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            splits.add(new Split(train, test));
        }
        return splits;
    }
}
