package org.mlplayground.train.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlplayground.nn.MlpConfig;

/**
 * What a sweep trains: a grid of cells, one per (architecture, alpha), each scored by
 * {@code validation}. Every fit uses {@code base} with the cell's hidden layers and alpha, and
 * the base's seed and shuffle seed: the same initial weights and sample order in a fold whatever
 * the alpha (as sklearn's {@code validation_curve} with {@code random_state}).
 *
 * @param base          every other hyperparameter (solver, learning rate, epochs, seeds, ...)
 * @param architectures the rows: hidden layer sizes, each non-empty widths of at least 1 (an
 *                      empty array means no hidden layer)
 * @param alphas        the columns: L2 penalties, finite and at least 0
 * @param validation    k-fold or held-out scoring
 * @param finalModels   also train each cell on all the training rows and keep that network (the
 *                      alpha strip's thumbnails, "load this cell"): one more fit per cell
 */
public record SweepSpec(MlpConfig base, List<int[]> architectures, double[] alphas, Validation validation,
                        boolean finalModels) {

    /** The lecture's alphas, 0 then 1e-6 .. 1e-1. */
    public static final double[] DEFAULT_ALPHAS = {0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1};

    /** The lecture's architectures: {3,3}, 2+3+2, 10, 50, 100, 100,100. */
    public static final List<int[]> LECTURE_ARCHITECTURES = List.of(new int[] {3, 3}, new int[] {2, 3, 2},
            new int[] {10}, new int[] {50}, new int[] {100}, new int[] {100, 100});

    /** Checks the grid; messages name the list as a user types it. */
    public SweepSpec {
        if (base == null || validation == null) {
            throw new IllegalArgumentException("A sweep needs a base configuration and a validation scheme");
        }
        if (architectures == null || architectures.isEmpty()) {
            throw new IllegalArgumentException("The sweep needs at least one architecture (--hidden)");
        }
        if (alphas == null || alphas.length == 0) {
            throw new IllegalArgumentException("The sweep needs at least one alpha (--alpha)");
        }
        List<int[]> archs = new ArrayList<>();
        for (int[] a : architectures) {
            for (int w : a) {
                if (w < 1) {
                    throw new IllegalArgumentException("Architecture " + Arrays.toString(a) + " has a layer of width " + w
                            + ": every layer needs at least one neuron");
                }
            }
            archs.add(a.clone());
        }
        architectures = List.copyOf(archs);
        alphas = alphas.clone();
        for (double a : alphas) {
            if (!(a >= 0) || !Double.isFinite(a)) {
                throw new IllegalArgumentException("Every alpha must be a finite number >= 0, got " + a);
            }
        }
    }

    /** One architecture against several alphas (the alpha sweep), k-fold, with final models. */
    public static SweepSpec alphaSweep(MlpConfig base, double[] alphas, int folds) {
        return new SweepSpec(base, List.of(base.hiddenLayerSizes()), alphas, Validation.KFolds.of(folds), true);
    }

    /** Number of architectures (rows). */
    public int rows() {
        return architectures.size();
    }

    /** Number of alphas (columns). */
    public int cols() {
        return alphas.length;
    }

    /** The hidden layers of row {@code row} (a copy). */
    public int[] architecture(int row) {
        return architectures.get(row).clone();
    }

    /** The alpha of column {@code col}. */
    public double alpha(int col) {
        return alphas[col];
    }

    @Override
    public List<int[]> architectures() {
        List<int[]> copy = new ArrayList<>();
        for (int[] a : architectures) {
            copy.add(a.clone());
        }
        return copy;
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    /** The configuration of cell (row, col): the base with that row's layers and that column's alpha. */
    public MlpConfig config(int row, int col) {
        return base.toBuilder().hiddenLayerSizes(architectures.get(row)).alpha(alphas[col]).build();
    }

    /** "{3,3}"-style name of row {@code row}'s architecture ("none" for no hidden layer). */
    public String architectureName(int row) {
        return name(architectures.get(row));
    }

    /** Hidden sizes as people write them: "10", "3,3", "none" for no hidden layer. */
    public static String name(int[] hidden) {
        if (hidden.length == 0) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < hidden.length; i++) {
            s.append(i == 0 ? "" : ",").append(hidden[i]);
        }
        return s.toString();
    }
}
