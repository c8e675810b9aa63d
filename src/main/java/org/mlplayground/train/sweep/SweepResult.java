package org.mlplayground.train.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A finished sweep: every cell, row by row (architecture), then column (alpha). Immutable.
 *
 * @param classification whether the scores are accuracies (else R²)
 * @param cells          rows() x cols() cells, row-major
 * @param wallSeconds    wall time of the whole sweep
 * @param threads        fits that ran side by side (the result does not depend on it)
 */
public record SweepResult(SweepSpec spec, boolean classification, List<SweepCell> cells, double wallSeconds,
                          int threads) {

    public SweepResult {
        cells = List.copyOf(cells);
        if (cells.size() != spec.rows() * spec.cols()) {
            throw new IllegalArgumentException("A sweep of " + spec.rows() + " x " + spec.cols() + " has "
                    + cells.size() + " cells");
        }
    }

    /** The cell of architecture {@code row} and alpha {@code col}. */
    public SweepCell cell(int row, int col) {
        return cells.get(row * spec.cols() + col);
    }

    /** The cells of one architecture, by alpha: a validation curve and the alpha strip. */
    public List<SweepCell> row(int row) {
        return new ArrayList<>(cells.subList(row * spec.cols(), (row + 1) * spec.cols()));
    }

    /**
     * The cell with the highest mean validation score; ties go to the earlier cell (smaller row,
     * then smaller alpha index), as sklearn's grid search ranks.
     */
    public SweepCell best() {
        SweepCell best = cells.get(0);
        for (SweepCell c : cells) {
            if (c.meanValidation() > best.meanValidation() || Double.isNaN(best.meanValidation())) {
                best = c;
            }
        }
        return best;
    }

    /** "accuracy" or "R²". */
    public String scoreName() {
        return classification ? "accuracy" : "R²";
    }
}
