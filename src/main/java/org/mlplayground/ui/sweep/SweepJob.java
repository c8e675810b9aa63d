package org.mlplayground.ui.sweep;

import java.util.function.Consumer;
import org.mlplayground.train.sweep.Sweep;
import org.mlplayground.train.sweep.SweepProgress;
import org.mlplayground.train.sweep.SweepResult;

/**
 * One sweep started from the window: cancellable from the FX thread before and while it runs
 * on a worker; its fits run on a pool of {@link #threads} threads.
 */
final class SweepJob {

    private volatile Sweep sweep;
    private volatile boolean cancelled;

    /** Stops the sweep (or keeps it from starting); it then throws {@link java.util.concurrent.CancellationException}. */
    void cancel() {
        cancelled = true;
        Sweep s = sweep;
        if (s != null) {
            s.cancel();
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /**
     * The fits side by side for a sweep started now: every core while nothing else trains, all but
     * one while the playground or the Digits tab trains, so that it keeps a core (its training and
     * drawing stay fluid). The result is the same either way.
     */
    static int threads(boolean trainingRuns) {
        int cores = Runtime.getRuntime().availableProcessors();
        return trainingRuns ? Math.max(1, cores - 1) : cores;
    }

    /** Runs {@code s} on this (worker) thread, {@code threads} fits at a time; {@code progress} hears every finished fit on it. */
    SweepResult run(Sweep s, Consumer<SweepProgress> progress, int threads) {
        sweep = s;
        if (cancelled) {
            s.cancel();
        }
        return s.run(progress, threads);
    }

    /**
     * "12 of 35 fits (3 of 7 cells), about 4 s left": fits first, as they end (the bar beside it
     * counts their work; a cell is done when all its fits are).
     */
    static String describe(SweepProgress p) {
        return p.fitsDone() + " of " + p.fitsTotal() + " fits (" + p.cellsDone() + " of " + p.cellsTotal() + " cells)"
                + (p.fitsDone() == p.fitsTotal() ? ", done" : left(p.secondsLeft()));
    }

    /** ", about 12 s left" in whole seconds, ", under 1 s left", or nothing while unknown (NaN). */
    static String left(double seconds) {
        if (Double.isNaN(seconds)) {
            return "";
        }
        return seconds < 1 ? ", under 1 s left" : ", about " + Math.round(seconds) + " s left";
    }
}
