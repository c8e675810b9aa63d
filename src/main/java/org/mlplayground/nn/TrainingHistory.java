package org.mlplayground.nn;

/**
 * The fitted state sklearn keeps beside the weights: loss per epoch, validation score per epoch
 * (early stopping), best values, the epoch and sample counters, and why training stopped.
 *
 * <p>Memory is bounded: the loss curve and the validation scores keep every epoch up to 4096
 * epochs (then they are exactly sklearn's {@code loss_curve_} and {@code validation_scores_});
 * past that they are thinned to evenly spaced epochs ({@link #curveEpochs()}), while the best
 * values and the latest loss stay exact.
 */
public final class TrainingHistory {

    private final BoundedCurve lossCurve = new BoundedCurve();
    private final BoundedCurve validationScores = new BoundedCurve();
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestValidationScore = Double.NEGATIVE_INFINITY;
    int noImprovementCount;
    int iterations;
    long samplesSeen;
    long steps;
    double lastBatchLoss = Double.NaN;
    double lastDataLoss = Double.NaN;
    String stopReason = "not trained yet";
    StopReason stop;

    void addLoss(double loss) {
        lossCurve.add(loss);
    }

    void addValidationScore(double score) {
        validationScores.add(score);
    }

    /**
     * sklearn's {@code loss_curve_}: training loss after each epoch (lbfgs: each iteration). Past
     * 4096 epochs, the loss of the epochs {@link #curveEpochs()} names.
     */
    public double[] lossCurve() {
        return lossCurve.values();
    }

    /**
     * The 1-based epoch of each value of {@link #lossCurve()}: 1, 2, 3, ... for runs of at most
     * 4096 epochs, then evenly spaced (a power-of-two spacing).
     */
    public long[] curveEpochs() {
        return lossCurve.epochs();
    }

    /**
     * sklearn's {@code validation_scores_}: held-out score per epoch, empty without early
     * stopping; thinned like the loss curve past 4096 epochs.
     */
    public double[] validationScores() {
        return validationScores.values();
    }

    /** Number of values in {@link #lossCurve()} (at most 4096). */
    public int lossCount() {
        return lossCurve.size();
    }

    /** The latest training loss ({@code loss_}), NaN before training. */
    public double lastLoss() {
        return lossCurve.last();
    }

    /** sklearn's {@code best_loss_}: the lowest training loss (without early stopping). */
    public double bestLoss() {
        return bestLoss;
    }

    /** sklearn's {@code best_validation_score_} (with early stopping). */
    public double bestValidationScore() {
        return bestValidationScore;
    }

    /** sklearn's {@code _no_improvement_count}: epochs in a row without improvement by tol. */
    public int noImprovementCount() {
        return noImprovementCount;
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

    /**
     * The stop rule that ended the last sgd/adam fit, or null when none did (not trained, a
     * partial fit that ran its one epoch, lbfgs, which says why in {@link #stopReason()}).
     */
    public StopReason stop() {
        return stop;
    }
}
