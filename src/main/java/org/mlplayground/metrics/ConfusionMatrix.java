package org.mlplayground.metrics;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class): {@code count(i, j)} samples of class
 * {@code labels[i]} were predicted as {@code labels[j]}. Rows are truth, columns predictions, as
 * in sklearn's {@code confusion_matrix}.
 */
public record ConfusionMatrix(int[] labels, long[][] counts) {

    public ConfusionMatrix {
        labels = labels.clone();
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /**
     * Tallies predictions against the truth. {@code labels} lists the classes in order; null means
     * every label that occurs in either array, sorted.
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int[] labels) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("There are " + truth.length + " true labels but " + predicted.length
                    + " predictions");
        }
        int[] classes = labels != null ? labels.clone()
                : java.util.stream.IntStream.concat(Arrays.stream(truth), Arrays.stream(predicted)).distinct().sorted().toArray();
        int[] sorted = classes.clone();
        Arrays.sort(sorted);
        long[][] counts = new long[classes.length][classes.length];
        for (int s = 0; s < truth.length; s++) {
            int i = indexOf(classes, sorted, truth[s]);
            int j = indexOf(classes, sorted, predicted[s]);
            if (i < 0 || j < 0) {
                throw new IllegalArgumentException("Sample " + s + " has label " + (i < 0 ? truth[s] : predicted[s])
                        + ", which is not among the classes " + Arrays.toString(classes));
            }
            counts[i][j]++;
        }
        return new ConfusionMatrix(classes, counts);
    }

    private static int indexOf(int[] classes, int[] sorted, int label) {
        if (Arrays.binarySearch(sorted, label) < 0) {
            return -1;
        }
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == label) {
                return i;
            }
        }
        return -1;
    }

    /** The class labels (a copy). */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** Number of classes. */
    public int size() {
        return labels.length;
    }

    /** Samples of class i predicted as class j. */
    public long count(int i, int j) {
        return counts[i][j];
    }

    /** All samples. */
    public long total() {
        long t = 0;
        for (long[] row : counts) {
            for (long v : row) {
                t += v;
            }
        }
        return t;
    }

    /** Samples whose true class is i (the support). */
    public long trueCount(int i) {
        long t = 0;
        for (long v : counts[i]) {
            t += v;
        }
        return t;
    }

    /** Samples predicted as class j. */
    public long predictedCount(int j) {
        long t = 0;
        for (long[] row : counts) {
            t += row[j];
        }
        return t;
    }

    /** Fraction of samples on the diagonal. */
    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        long total = total();
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
