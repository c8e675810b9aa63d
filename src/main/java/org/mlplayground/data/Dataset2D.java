package org.mlplayground.data;

import org.mlplayground.nn.Features;

/** Points in the plane with class labels. */
public record Dataset2D(double[][] points, int[] labels) {

    /** The points as the network's input matrix (n x 2). */
    public Features features() {
        return Features.of(points);
    }

    /** Number of points. */
    public int size() {
        return labels.length;
    }
}
