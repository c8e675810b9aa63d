package org.mlplayground.ui.sweep;

import java.util.function.Consumer;
import org.mlplayground.train.sweep.Sweep;
import org.mlplayground.train.sweep.SweepProgress;
import org.mlplayground.train.sweep.SweepResult;

/**
 * One sweep started from the window: cancellable from the FX thread before and while it runs
 * on a worker; its fits run on a pool of all cores but one, so the window keeps a core.
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

    /** Runs {@code s} on this (worker) thread; {@code progress} hears every finished fit on it. */
    SweepResult run(Sweep s, Consumer<SweepProgress> progress) {
        sweep = s;
        if (cancelled) {
            s.cancel();
        }
        return s.run(progress, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** "3 of 7 cells (12 of 35 fits), about 4 s left". */
    static String describe(SweepProgress p) {
        String left = p.fitsDone() == p.fitsTotal() ? ", done"
                : Double.isNaN(p.secondsLeft()) ? "" : ", about " + SweepViewModel.seconds(p.secondsLeft()) + " left";
        return p.cellsDone() + " of " + p.cellsTotal() + " cells (" + p.fitsDone() + " of " + p.fitsTotal() + " fits)" + left;
    }
}
