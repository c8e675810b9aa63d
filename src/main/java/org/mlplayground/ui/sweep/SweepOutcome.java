package org.mlplayground.ui.sweep;

import java.util.List;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.train.PlaneSetup;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;

/**
 * A finished sweep as the Sweep tab shows it: the result, the data it ran on (for the thumbnails'
 * points) and, for an alpha sweep, each alpha's final network over the plane.
 *
 * @param result     every cell's scores and final network
 * @param setup      the playground data the sweep was trained on (a cell loads only onto the same data)
 * @param train      the training points
 * @param test       the test points
 * @param boundaries one per alpha of the first architecture, in alpha order (empty for a grid)
 */
public record SweepOutcome(SweepResult result, PlaneSetup setup, Dataset2D train, Dataset2D test,
                           List<PlaneOutputs> boundaries) {

    public SweepOutcome {
        boundaries = List.copyOf(boundaries);
    }

    /** The cell with the highest mean validation score. */
    public SweepCell best() {
        return result.best();
    }
}
