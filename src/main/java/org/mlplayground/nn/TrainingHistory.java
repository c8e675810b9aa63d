package org.mlplayground.nn;

import java.util.Arrays;

/**
 * The fitted state sklearn keeps beside the weights: loss per epoch, validation score per epoch
 * (early stopping), best values, the epoch and sample counters, and why training stopped.
 */
public final class TrainingHistory {

    private double[] lossCurve = new double[16];
    private int losses;
    private double[] validationScores = new double[16];
    private int scores;
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestValidationScore = Double.NEGATIVE_INFINITY;
    int noImprovementCount;
    int iterations;
    long samplesSeen;
    long steps;
    double lastBatchLoss = Double.NaN;
    double lastDataLoss = Double.NaN;
    String stopReason = "not trained yet";

    void addLoss(double loss) {
        if (losses == lossCurve.length) {
            lossCurve = Arrays.copyOf(lossCurve, 2 * losses);
        }
        lossCurve[losses++] = loss;
    }

    void addValidationScore(double score) {
        if (scores == validationScores.length) {
            validationScores = Arrays.copyOf(validationScores, 2 * scores);
        }
        validationScores[scores++] = score;
    }

    /** sklearn's {@code loss_curve_}: training loss after each epoch (lbfgs: each iteration). */
    public double[] lossCurve() {
        return Arrays.copyOf(lossCurve, losses);
    }

    /** sklearn's {@code validation_scores_}: held-out score per epoch, empty without early stopping. */
    public double[] validationScores() {
        return Arrays.copyOf(validationScores, scores);
    }

    /** Number of losses recorded. */
    public int lossCount() {
        return losses;
    }

    /** The latest training loss ({@code loss_}), NaN before training. */
    public double lastLoss() {
        return losses == 0 ? Double.NaN : lossCurve[losses - 1];
    }

    /** sklearn's {@code best_loss_}: the lowest training loss (without early stopping). */
    public double bestLoss() {
        return bestLoss;
    }

    /** sklearn's {@code best_validation_score_} (with early stopping). */
    public double bestValidationScore() {
        return bestValidationScore;
    }

    /** sklearn's {@code n_iter_}: epochs (or lbfgs iterations) run. */
    public int iterations() {
        return iterations;
    }

    /** sklearn's {@code t_}: training samples seen. */
    public long samplesSeen() {
        return samplesSeen;
    }

    /** Minibatch steps taken (optimizer updates). */
    public long steps() {
        return steps;
    }

    /** Loss of the latest minibatch (NaN before the first). */
    public double lastBatchLoss() {
        return lastBatchLoss;
    }

    /**
     * The latest epoch's mean data loss: {@link #lastLoss()} without the L2 penalty, comparable
     * with a loss measured on test data.
     */
    public double lastDataLoss() {
        return lastDataLoss;
    }

    /** A sentence saying why the last fit stopped. */
    public String stopReason() {
        return stopReason;
    }
}
