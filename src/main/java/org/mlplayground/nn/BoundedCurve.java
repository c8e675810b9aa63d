package org.mlplayground.nn;

import java.util.Arrays;

/**
 * One value per epoch with bounded memory, as the service's metric history: up to
 * {@link #CAPACITY} values every epoch is kept; when full, every other value is dropped and
 * later epochs are kept half as often (epochs that are multiples of {@link #spacing()}), so any
 * run costs at most {@code CAPACITY} doubles. Short runs (at most {@code CAPACITY} epochs) keep
 * every value, exactly as sklearn's {@code loss_curve_}.
 */
final class BoundedCurve {

    static final int CAPACITY = 4096;

    private double[] values = new double[16];
    private int size;
    private long added;
    private long spacing = 1;
    private double last = Double.NaN;

    /** Records the value of the next epoch (1-based epoch {@code added + 1}). */
    void add(double value) {
        last = value;
        added++;
        if (added % spacing != 0) {
            return;
        }
        if (size == CAPACITY) {
            // keep the values of epochs 2s, 4s, ... (indices 1, 3, ...) and double the spacing
            for (int i = 1, j = 0; i < size; i += 2, j++) {
                values[j] = values[i];
            }
            size /= 2;
            spacing *= 2;
            if (added % spacing != 0) {
                return;
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.min(CAPACITY, 2 * size));
        }
        values[size++] = value;
    }

    /** The kept values, oldest first. */
    double[] values() {
        return Arrays.copyOf(values, size);
    }

    /** The 1-based epoch of each kept value: {@code spacing * (i + 1)}. */
    long[] epochs() {
        long[] e = new long[size];
        for (int i = 0; i < size; i++) {
            e[i] = spacing * (i + 1);
        }
        return e;
    }

    /** Epochs between kept values (1 until the curve first fills). */
    long spacing() {
        return spacing;
    }

    /** Values kept. */
    int size() {
        return size;
    }

    /** Values added (epochs recorded). */
    long added() {
        return added;
    }

    /** The latest value added, NaN before the first (kept even when thinning drops it from the curve). */
    double last() {
        return last;
    }
}
