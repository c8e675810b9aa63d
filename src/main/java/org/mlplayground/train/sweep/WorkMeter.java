package org.mlplayground.train.sweep;

import java.util.concurrent.atomic.DoubleAdder;

/**
 * A sweep's estimated work done, in {@link RowFits#cost} units, added by the fits' threads as
 * their epochs end, and how many epochs fits end up running. A fit stops by its own rule, often
 * long before its {@code max_iter}: crediting each epoch as 1/max_iter of a fit made the time
 * left two to four times too long on the Sweep tab; once some fits have ended, an epoch counts as
 * 1/(the share of max_iter that ended fits ran, times max_iter) of its fit. Thread-safe.
 */
final class WorkMeter {

    private final DoubleAdder done = new DoubleAdder();
    private final DoubleAdder epochsRun = new DoubleAdder();
    private final DoubleAdder epochsAllowed = new DoubleAdder();

    /** Adds {@code work} (cost units, >= 0). */
    void add(double work) {
        done.add(work);
    }

    /** The work done so far (cost units). */
    double done() {
        return done.sum();
    }

    /** A fit ended after {@code epochs} of at most {@code maxIter}. */
    void fitEnded(int epochs, int maxIter) {
        epochsRun.add(epochs);
        epochsAllowed.add(Math.max(1, maxIter));
    }

    /**
     * The epochs a fit allowed {@code maxIter} is expected to run: {@code maxIter} until a fit has
     * ended, then {@code maxIter} times the share of their {@code max_iter} that ended fits ran
     * (at least 1).
     */
    double expectedEpochs(int maxIter) {
        double allowed = epochsAllowed.sum();
        double share = allowed > 0 ? Math.min(1, epochsRun.sum() / allowed) : 1;
        return Math.max(1, Math.max(1, maxIter) * share);
    }
}
