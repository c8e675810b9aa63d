package org.mlplayground.train;

import org.mlplayground.nn.Features;

/**
 * A square grid over a rectangle of the input plane, for drawing what a network computes at
 * every point: cell (row, col) has index {@code row * resolution + col}, row 0 at the top
 * ({@code yMax}), each value taken at the cell's centre. {@link #inputs()} are the network inputs
 * at those points, after the problem's feature map (x1, x2, x1^2, ...).
 */
public record PlaneGrid(double xMin, double xMax, double yMin, double yMax, int resolution, Features inputs) {

    /** Maps a point of the plane to the network's input features. */
    @FunctionalInterface
    public interface FeatureMap {
        /** The input features at (x1, x2). */
        double[] at(double x1, double x2);

        /** The plain coordinates. */
        FeatureMap IDENTITY = (x1, x2) -> new double[] {x1, x2};
    }

    /** The playground's grid: 100 x 100 cells. */
    public static final int DEFAULT_RESOLUTION = 100;

    public PlaneGrid {
        if (resolution < 2) {
            throw new IllegalArgumentException("A grid needs a resolution of at least 2, got " + resolution);
        }
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("The grid's rectangle is empty: x " + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
        if (inputs.rows() != resolution * resolution) {
            throw new IllegalArgumentException("A " + resolution + " x " + resolution + " grid needs "
                    + resolution * resolution + " input rows, got " + inputs.rows());
        }
    }

    /** A {@link #DEFAULT_RESOLUTION} grid over the rectangle, mapped by {@code map}. */
    public static PlaneGrid of(double xMin, double xMax, double yMin, double yMax, FeatureMap map) {
        return of(xMin, xMax, yMin, yMax, DEFAULT_RESOLUTION, map);
    }

    /** A grid of {@code resolution}^2 points over the rectangle, mapped by {@code map}. */
    public static PlaneGrid of(double xMin, double xMax, double yMin, double yMax, int resolution, FeatureMap map) {
        double[][] rows = new double[resolution * resolution][];
        for (int r = 0; r < resolution; r++) {
            for (int c = 0; c < resolution; c++) {
                rows[r * resolution + c] = map.at(xAt(xMin, xMax, resolution, c), yAt(yMin, yMax, resolution, r));
            }
        }
        return new PlaneGrid(xMin, xMax, yMin, yMax, resolution, Features.of(rows));
    }

    /** The x coordinate of column c's centre. */
    public double x(int c) {
        return xAt(xMin, xMax, resolution, c);
    }

    /** The y coordinate of row r's centre (row 0 at the top). */
    public double y(int r) {
        return yAt(yMin, yMax, resolution, r);
    }

    private static double xAt(double xMin, double xMax, int resolution, int c) {
        return xMin + (c + 0.5) * (xMax - xMin) / resolution;
    }

    private static double yAt(double yMin, double yMax, int resolution, int r) {
        return yMax - (r + 0.5) * (yMax - yMin) / resolution;
    }
}
