package org.mlplayground.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.mlplayground.matrix.ValidationSplit;

/** Row indices of a training part and a test part, made by a seeded shuffle. */
public record Split(int[] train, int[] test) {

    /**
     * Holds out {@code testFraction} of {@code n} rows (at least one each side); a fraction of 0
     * keeps every row for training, in order, and tests on none (sklearn's {@code fit(X, y)}). With
     * {@code labels}, each class is split in that proportion (stratified), as sklearn's
     * {@code train_test_split(..., stratify=labels)}.
     */
    public static Split of(int n, double testFraction, long seed, int[] labels) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("The test fraction must be at least 0 and less than 1, got " + testFraction);
        }
        if (testFraction == 0 && n >= 1) {
            return new Split(java.util.stream.IntStream.range(0, n).toArray(), new int[0]);
        }
        if (n < 2) {
            throw new IllegalArgumentException("Splitting needs at least 2 rows, got " + n);
        }
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException("There are " + n + " rows but " + labels.length + " labels");
        }
        ValidationSplit split = ValidationSplit.of(n, testFraction, seed, labels);
        return new Split(split.train(), split.validation());
    }

    /**
     * {@code k} folds of a seeded shuffle of {@code n} rows: fold i tests on the i-th slice and
     * trains on the rest; every row is tested exactly once. With labels, each fold keeps the class
     * proportions (rows are dealt class by class).
     */
    public static List<Split> kFold(int n, int k, long seed, int[] labels) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k-fold needs 2 <= k <= " + n + ", got " + k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (int[] group : groups(n, labels)) {
            ValidationSplit.shuffle(group, random);
            for (int row : group) {
                folds.get(next).add(row);
                next = (next + 1) % k;
            }
        }
        List<Split> splits = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    train.addAll(folds.get(g));
                }
            }
            splits.add(new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                    folds.get(f).stream().mapToInt(Integer::intValue).toArray()));
        }
        return splits;
    }

    private static List<int[]> groups(int n, int[] labels) {
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byClass.computeIfAbsent(labels == null ? 0 : labels[i], c -> new ArrayList<>()).add(i);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> g : byClass.values()) {
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }
}
