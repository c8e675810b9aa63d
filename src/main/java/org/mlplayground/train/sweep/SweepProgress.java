package org.mlplayground.train.sweep;

/**
 * How far a sweep is, reported on the thread that runs it after every finished fit, and between
 * them as epochs end (every hundredth of the estimated work).
 *
 * @param fitsDone       fits finished (folds and final models)
 * @param fitsTotal      fits in the sweep
 * @param cellsDone      cells whose every fit has finished
 * @param cellsTotal     cells in the grid
 * @param elapsedSeconds wall time since the start
 * @param secondsLeft    estimated wall time left (from the work done so far, weighted by each fit's
 *                       size); NaN before the first fit ends
 * @param workFraction   the estimated work done, 0..1 (epochs run, weighted by each fit's size;
 *                       1 once every fit has finished)
 * @param finishedCell   the cell this report completes, or null
 */
public record SweepProgress(int fitsDone, int fitsTotal, int cellsDone, int cellsTotal, double elapsedSeconds,
                            double secondsLeft, double workFraction, SweepCell finishedCell) {

    /** Fraction done, 0..1, by the work done (what a progress bar shows). */
    public double fraction() {
        return fitsTotal == 0 ? 1 : workFraction;
    }
}
