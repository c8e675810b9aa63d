package org.mlplayground.train;

import java.util.Arrays;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Probe;

/**
 * What the network computes over a {@link PlaneGrid}: {@code output[k]} is output unit k
 * (probability or prediction) at every cell, {@code hidden[l][j]} is unit j of hidden layer l+1
 * ({@code hidden[l]} is null for a layer that was not asked for). {@code thumbnails}, when not
 * null, is the same network over a second, coarser grid (the neurons' small pictures: output and
 * the hidden layers shown), and then this one holds the output only.
 * Arrays have {@code resolution^2} entries in the grid's order and are never changed after
 * publication.
 */
public record PlaneOutputs(PlaneGrid grid, float[][] output, float[][][] hidden, PlaneOutputs thumbnails) {

    /** Outputs on one grid, the thumbnails drawn from the same. */
    public PlaneOutputs(PlaneGrid grid, float[][] output, float[][][] hidden) {
        this(grid, output, hidden, null);
    }

    /** The outputs the neurons' small pictures are drawn from: {@link #thumbnails()}, or this one without. */
    public PlaneOutputs pictures() {
        return thumbnails != null ? thumbnails : this;
    }

    /** Every unit of {@code weights} over the grid, in fresh arrays; {@code probe} must be on the grid's inputs. */
    public static PlaneOutputs compute(Network weights, PlaneGrid grid, Probe probe) {
        return compute(weights, grid, probe, null);
    }

    /**
     * The output and the hidden layers that are shown: {@code hiddenShown[l]} false leaves
     * {@code hidden[l]} null and skips copying it out (a null mask shows every layer). The
     * forward pass itself runs through the training kernels, at the grid's own resolution: a grid
     * made at the drawn size ({@link PlaneGrid#of(double, double, double, double, int, PlaneGrid.FeatureMap)})
     * costs in proportion to its cells.
     */
    public static PlaneOutputs compute(Network weights, PlaneGrid grid, Probe probe, boolean[] hiddenShown) {
        int[] sizes = weights.layerSizes();
        int cells = grid.resolution() * grid.resolution();
        float[][][] out = new float[sizes.length - 1][][];
        for (int l = 0; l < out.length; l++) {
            boolean shown = l == out.length - 1 || hiddenShown == null || (l < hiddenShown.length && hiddenShown[l]);
            out[l] = shown ? new float[sizes[l + 1]][cells] : null;
        }
        probe.run(weights, out);
        return new PlaneOutputs(grid, out[out.length - 1], Arrays.copyOf(out, out.length - 1));
    }

    /**
     * Two resolutions: the output alone over {@code grid} (the big decision boundary) and, as
     * {@link #thumbnails()}, the output and the hidden layers shown over {@code thumbGrid} (the
     * neurons' pictures). Each probe must be on its grid's inputs.
     */
    public static PlaneOutputs compute(Network weights, PlaneGrid grid, Probe probe, PlaneGrid thumbGrid, Probe thumbProbe,
                                       boolean[] hiddenShown) {
        PlaneOutputs fine = compute(weights, grid, probe, new boolean[0]);
        PlaneOutputs small = compute(weights, thumbGrid, thumbProbe, hiddenShown);
        return new PlaneOutputs(grid, fine.output(), fine.hidden(), small);
    }
}
