package org.mlplayground.train.sweep;

import java.util.List;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Network;

/**
 * The result of one (architecture, alpha) cell: every fold's scores and, if asked for, the network
 * trained on all the training rows. Immutable (the network is copied in and out). Means and
 * standard deviations are over folds, the standard deviation the population one (numpy's
 * {@code std}, as sklearn's {@code cv_results_}).
 *
 * @param row     the architecture's index in the spec
 * @param col     the alpha's index in the spec
 * @param config  the configuration every fit of this cell used
 * @param folds        one score per fold, in fold order
 * @param finalNetwork the network trained on all the training rows, or null if the sweep kept none
 * @param classes      the class labels of the final model (classification), else null
 * @param finalFit     the scores of that final fit (its validation score is NaN), or null
 */
public record SweepCell(int row, int col, MlpConfig config, List<FoldScore> folds, Network finalNetwork,
                        int[] classes, FoldScore finalFit) {

    public SweepCell {
        folds = List.copyOf(folds);
        finalNetwork = finalNetwork == null ? null : finalNetwork.copy();
        classes = classes == null ? null : classes.clone();
    }

    /** The cell's hidden layer sizes. */
    public int[] hidden() {
        return config.hiddenLayerSizes();
    }

    /** The cell's alpha. */
    public double alpha() {
        return config.alpha();
    }

    /** A copy of the network trained on all the training rows, or null if the sweep kept none. */
    @Override
    public Network finalNetwork() {
        return finalNetwork == null ? null : finalNetwork.copy();
    }

    @Override
    public int[] classes() {
        return classes == null ? null : classes.clone();
    }

    /** Whether the network trained on all the training rows is kept. */
    public boolean hasFinalModel() {
        return finalNetwork != null;
    }

    /**
     * A fresh estimator holding a copy of the final network (ready to predict, e.g. a thumbnail of
     * its decision boundary, or to load into the playground); throws if the sweep kept none.
     */
    public MlpEstimator finalModel() {
        if (finalNetwork == null) {
            throw new IllegalStateException("This sweep kept no final models (turn on finalModels)");
        }
        if (classes != null) {
            MlpClassifier c = new MlpClassifier(config);
            c.setClasses(classes);
            c.setNetwork(finalNetwork);
            return c;
        }
        MlpRegressor r = new MlpRegressor(config);
        r.setNetwork(finalNetwork);
        return r;
    }

    /** Mean training score over folds. */
    public double meanTrain() {
        return mean(0);
    }

    /** Population standard deviation of the training score over folds. */
    public double stdTrain() {
        return std(0);
    }

    /** Mean validation score over folds (what the grid ranks by). */
    public double meanValidation() {
        return mean(1);
    }

    /** Population standard deviation of the validation score over folds. */
    public double stdValidation() {
        return std(1);
    }

    /** Mean macro F1 on the held-out rows (NaN for regression). */
    public double meanMacroF1() {
        return mean(2);
    }

    /** Mean fit time per fold, seconds. */
    public double meanFitSeconds() {
        return mean(3);
    }

    /**
     * L2 norm of the weights (no biases): of the final model if kept, else the mean over folds.
     */
    public double weightNorm() {
        return finalFit != null ? finalFit.weightNorm() : mean(4);
    }

    private double value(FoldScore f, int which) {
        return switch (which) {
            case 0 -> f.trainScore();
            case 1 -> f.validationScore();
            case 2 -> f.macroF1();
            case 3 -> f.fitSeconds();
            default -> f.weightNorm();
        };
    }

    private double mean(int which) {
        double s = 0;
        for (FoldScore f : folds) {
            s += value(f, which);
        }
        return s / folds.size();
    }

    private double std(int which) {
        double m = mean(which);
        double s = 0;
        for (FoldScore f : folds) {
            double d = value(f, which) - m;
            s += d * d;
        }
        return Math.sqrt(s / folds.size());
    }
}
