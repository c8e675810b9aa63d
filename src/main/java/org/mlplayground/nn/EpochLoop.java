package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.ValidationSplit;


/**
 * The one training loop: minibatch epochs over the data until a stop rule fires. Both
 * {@code fit} (which calls {@link #run()}) and the window's training service (which calls
 * {@link #step()} between its commands) go through it, so they stop alike and, from the same
 * seed, with the same weights. The rules, checked after every epoch as sklearn's
 * {@code _fit_stochastic} checks them:
 * <ul>
 * <li>tol with n_iter_no_change: the training loss (or, with early stopping, the validation
 *     score) did not improve by {@code tol} for more than {@code nIterNoChange} epochs in a row
 *     ({@link StopReason.Converged}, {@link StopReason.EarlyStopping}; the adaptive sgd schedule
 *     divides the learning rate by 5 instead while it can);</li>
 * <li>max_iter epochs in this run ({@link StopReason.MaxIter});</li>
 * <li>early stopping holds out {@code validationFraction} of the rows (a seeded, stratified
 *     split) and, when training stops, restores the weights of the epoch with the best score;</li>
 * <li>a NaN or infinite minibatch loss stops at once ({@link StopReason.Diverged}).</li>
 * </ul>
 * tol, nIterNoChange and maxIter are read from the estimator's configuration at every epoch end,
 * so they may change between steps; early stopping and its split are fixed when the loop is made.
 * An endless loop (the window before it honours the rules) keeps the bookkeeping but stops only
 * on divergence.
 *
 * <p>Owned by one thread, like its estimator. {@link #step()} allocates nothing; the end of an
 * epoch may (the validation score, the history).
 */
public final class EpochLoop {

    /** What one {@link #step()} did. */
    public enum Status {
        /** A minibatch step inside an epoch. */
        STEPPED,
        /** The step completed an epoch and no rule fired. */
        EPOCH_ENDED,
        /** A rule fired: {@link #stopReason()} says which; nothing more runs until {@link #continueAfterStop()}. */
        STOPPED
    }

    /** How the loop applies the rules. */
    enum Mode {
        /** fit: every rule, early stopping as configured. */
        FIT,
        /** partial_fit: one epoch, the no-change bookkeeping, no early stopping. */
        PARTIAL,
        /** Divergence only; no early stopping. */
        ENDLESS
    }

    private final MlpEstimator estimator;
    private final Mode mode;
    private final boolean early;
    private final Features x;
    private final DMatrixRMaj y;
    private final Features xVal;
    private final DMatrixRMaj yVal;
    private Network best;
    private int bestEpoch = -1;
    private int epochsThisRun;
    private StopReason stopReason;

    EpochLoop(MlpEstimator estimator, Features x, DMatrixRMaj y, Mode mode) {
        this.estimator = estimator;
        this.mode = mode;
        MlpConfig config = estimator.config();
        early = mode == Mode.FIT && config.earlyStopping();
        if (early) {
            ValidationSplit split = ValidationSplit.of(x.rows(), config.validationFraction(), config.seed(),
                    estimator.stratificationLabels(y));
            if (split.validation().length < 2) {
                throw new IllegalArgumentException("Early stopping needs at least 2 validation rows; validation_fraction "
                        + config.validationFraction() + " of " + x.rows() + " training rows gives "
                        + split.validation().length + ": use more data, a larger validation fraction or no early stopping");
            }
            this.x = x.select(split.train());
            this.y = Features.selectRows(y, split.train());
            xVal = x.select(split.validation());
            yVal = Features.selectRows(y, split.validation());
            TrainingHistory h = estimator.history();
            if (h.bestValidationScore > Double.NEGATIVE_INFINITY) {
                // a warm start after early stopping: the weights now are the best so far (sklearn's _best_coefs)
                best = estimator.network().copy();
                bestEpoch = h.iterations;
            }
        } else {
            this.x = x;
            this.y = y;
            xVal = null;
            yVal = null;
        }
    }

    /**
     * One minibatch step; at the end of an epoch, the stop rules. Returns {@link Status#STOPPED}
     * when a rule fired (the best weights are then restored with early stopping).
     *
     * @throws IllegalStateException when the loop has stopped and not been continued, or the
     *                               solver is lbfgs (it has no minibatch steps)
     */
    public Status step() {
        if (stopReason != null) {
            throw new IllegalStateException("Training has stopped (" + stopReason.message() + "): continue it first");
        }
        if (estimator.config().solver() == Solver.LBFGS) {
            throw new IllegalStateException("The lbfgs solver trains on all rows at once, not step by step: "
                    + "choose sgd or adam to train here");
        }
        boolean ended = estimator.batchStep(x, y);
        TrainingHistory h = estimator.history();
        if (!Double.isFinite(h.lastBatchLoss)) {
            stop(new StopReason.Diverged(ended ? h.iterations - 1 : h.iterations, h.steps, h.lastBatchLoss));
            return Status.STOPPED;
        }
        if (!ended) {
            return Status.STEPPED;
        }
        epochsThisRun++;
        StopReason r = endOfEpoch(h);
        if (r != null) {
            stop(r);
            return Status.STOPPED;
        }
        return Status.EPOCH_ENDED;
    }

    /** Steps to the end of the current epoch or until a rule fires; returns the rule, or null. */
    public StopReason runEpoch() {
        Status s;
        do {
            s = step();
        } while (s == Status.STEPPED);
        return stopReason;
    }

    /**
     * Runs epochs until a rule fires and returns it (an endless loop: until it diverges); a
     * partial-fit loop runs one epoch and may return null.
     */
    public StopReason run() {
        while (runEpoch() == null) {
            if (mode == Mode.PARTIAL) {
                return null;
            }
        }
        return stopReason;
    }

    /**
     * Goes on after a stop, as sklearn's warm start: a fresh optimizer, the no-improvement count at
     * zero and a new budget of maxIter epochs; the weights, the epoch counter and the best values
     * stay. Divergence cannot be continued.
     *
     * @throws IllegalStateException after divergence
     */
    public void continueAfterStop() {
        if (stopReason instanceof StopReason.Diverged) {
            throw new IllegalStateException("Training diverged: reset before going on");
        }
        if (stopReason != null) {
            stopReason = null;
            epochsThisRun = 0;
            estimator.history().noImprovementCount = 0;
            estimator.restartOptimizer();
        }
    }

    /** The rule that stopped the loop, or null while it may go on. */
    public StopReason stopReason() {
        return stopReason;
    }

    /** Epochs completed in this run (since the loop was made or last continued). */
    public int epochsThisRun() {
        return epochsThisRun;
    }

    /** Whether a validation split is held out (early stopping). */
    public boolean earlyStopping() {
        return early;
    }

    /** The 1-based epoch of the best validation score so far, or -1 (no early stopping, no epoch yet). */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The rows trained on: all of them, or those not held out for early stopping. */
    public Features trainingRows() {
        return x;
    }

    private StopReason endOfEpoch(TrainingHistory h) {
        MlpConfig config = estimator.config();
        double tol = config.tol();
        double loss = h.lastLoss();
        if (!Double.isFinite(loss)) {
            return new StopReason.Diverged(h.iterations - 1, h.steps, loss);
        }
        if (early) {
            double score = estimator.validationScore(xVal, yVal);
            h.addValidationScore(score);
            h.noImprovementCount = score < h.bestValidationScore + tol ? h.noImprovementCount + 1 : 0;
            if (score > h.bestValidationScore) {
                h.bestValidationScore = score;
                keepBest();
                bestEpoch = h.iterations;
            }
        } else {
            h.noImprovementCount = loss > h.bestLoss - tol ? h.noImprovementCount + 1 : 0;
            h.bestLoss = Math.min(h.bestLoss, loss);
        }
        Optimizer optimizer = estimator.optimizer();
        optimizer.iterationEnds(h.samplesSeen);
        estimator.epochListener().accept(h);
        if (h.noImprovementCount > config.nIterNoChange()) {
            if (optimizer.triggerStopping() && mode != Mode.ENDLESS) {
                return early ? new StopReason.EarlyStopping(h.iterations, tol, config.nIterNoChange(), bestEpoch,
                        h.bestValidationScore) : new StopReason.Converged(h.iterations, tol, config.nIterNoChange());
            }
            h.noImprovementCount = 0;
        }
        if (mode == Mode.FIT && epochsThisRun >= config.maxIter()) {
            return new StopReason.MaxIter(h.iterations, config.maxIter(), early ? bestEpoch : -1);
        }
        return null;
    }

    private void keepBest() {
        Network net = estimator.network();
        if (best == null) {
            best = net.copy();
        } else {
            best.copyParametersFrom(net);
        }
    }

    private void stop(StopReason reason) {
        stopReason = reason;
        if (early && best != null) {
            estimator.network().copyParametersFrom(best);
        }
        TrainingHistory h = estimator.history();
        h.stop = reason;
        h.stopReason = reason.message();
    }
}
