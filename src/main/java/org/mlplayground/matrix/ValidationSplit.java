package org.mlplayground.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded split of row indices into a training part and a held-out part, stratified when labels
 * are given: early stopping's validation set, and (through {@code data.Split}) the train/test
 * split of the data.
 */
public record ValidationSplit(int[] train, int[] validation) {

    /**
     * Holds out about {@code fraction} of {@code n} samples (at least one, and at least one left to
     * train on); with {@code labels}, each class contributes its share.
     */
    public static ValidationSplit of(int n, double fraction, long seed, int[] labels) {
        if (n < 2) {
            throw new IllegalArgumentException("Early stopping needs at least 2 samples, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(labels == null ? 0 : labels[i], k -> new ArrayList<>()).add(i);
        }
        List<Integer> validation = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        double share = 0;
        for (List<Integer> group : groups.values()) {
            int[] g = group.stream().mapToInt(Integer::intValue).toArray();
            shuffle(g, random);
            share += fraction * g.length;
            int take = (int) Math.max(0, Math.min(g.length, Math.round(share) - validation.size()));
            for (int i = 0; i < g.length; i++) {
                (i < take ? validation : train).add(g[i]);
            }
        }
        if (validation.isEmpty()) {
            validation.add(train.remove(train.size() - 1));
        }
        if (train.isEmpty()) {
            train.add(validation.remove(validation.size() - 1));
        }
        return new ValidationSplit(train.stream().mapToInt(Integer::intValue).toArray(),
                validation.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Fisher-Yates, in place. */
    public static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
