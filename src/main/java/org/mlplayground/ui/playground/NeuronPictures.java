package org.mlplayground.ui.playground;

import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.ui.shared.Palette;

/** Paints the neurons' pictures: each neuron's value over the plane, as a small heatmap. */
final class NeuronPictures {

    /** {@link Palette#diverging(double)} at 1,024 steps from 0 to 1. */
    private static final int[] COLOURS = new int[1024];

    static {
        for (int i = 0; i < COLOURS.length; i++) {
            COLOURS[i] = Palette.diverging(i / (COLOURS.length - 1.0));
        }
    }

    private int[] pixels = new int[0];

    /** {@link Palette#diverging}{@code (t)} by the table (one look-up a pixel): t in [0, 1], NaN white. */
    static int diverging(float t) {
        if (t != t) {
            return Palette.diverging(Double.NaN);
        }
        float at = t * (COLOURS.length - 1) + 0.5f;
        return COLOURS[at <= 0 ? 0 : at >= COLOURS.length - 1 ? COLOURS.length - 1 : (int) at];
    }

    /** The input features' own values over the plane, from the grid's inputs. */
    static float[][] inputGrids(PlaneOutputs plane, int inputs) {
        int cells = plane.grid().resolution() * plane.grid().resolution();
        float[][] out = new float[inputs][cells];
        double[] row = new double[inputs];
        for (int i = 0; i < cells; i++) {
            plane.grid().inputs().copyRow(i, row);
            for (int k = 0; k < inputs; k++) {
                out[k][i] = (float) row[k];
            }
        }
        return out;
    }

    /** The side in pixels of a picture from a grid of {@code res} x {@code res} cells. */
    static int side(int res) {
        return res >= 80 ? res / 2 : res;
    }

    /**
     * Paints a neuron's picture, {@link #side}{@code (res)} pixels square, into a buffer it
     * returns (the same one the next call overwrites; {@link LinkLayer} copies it): diverging colours
     * scaled to the grid's largest magnitude; the output's probabilities around 0.5. A thumbnail
     * is drawn 40 pixels wide, so it takes every other cell of a fine grid: a quarter of the work
     * on the FX thread. Null {@code values} (not computed) paint the neutral colour.
     */
    int[] paint(float[] values, int res, boolean output) {
        int stride = res >= 80 ? 2 : 1;
        int side = side(res);
        if (pixels.length != side * side) {
            pixels = new int[side * side];
        }
        if (values == null) {
            java.util.Arrays.fill(pixels, Palette.diverging(0.5));
            return pixels;
        }
        float largest = 1e-9f;
        if (!output) { // the scale of the cells drawn (a quarter of a fine grid's): the output needs none
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    largest = Math.max(largest, Math.abs(values[r * stride * res + c * stride]));
                }
            }
        }
        // the palette's colour of 0.5 + 0.5 v / largest (the output: v), looked up in one pass
        int top = COLOURS.length - 1;
        float k = output ? top : 0.5f * top / largest;
        float shift = output ? 0.5f : 0.5f * top + 0.5f;
        int neutral = COLOURS[top / 2 + 1];
        for (int r = 0; r < side; r++) {
            int from = r * stride * res;
            int to = r * side;
            for (int c = 0; c < side; c++) {
                float v = values[from + c * stride];
                float at = v * k + shift;
                pixels[to + c] = at != at ? neutral : COLOURS[at <= 0 ? 0 : at >= top ? top : (int) at];
            }
        }
        return pixels;
    }
}
