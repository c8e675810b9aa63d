package org.mlplayground.ui.playground;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
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

    /**
     * Recolours a neuron's picture in place and returns it ({@code image}, or a new one when it is
     * null or of another resolution; {@link LinkLayer} draws it): diverging colours
     * scaled to the grid's largest magnitude; the output's probabilities around 0.5. A thumbnail
     * is drawn 40 pixels wide, so it takes every other cell of a fine grid: a quarter of the work
     * on the FX thread. Null {@code values} (not computed) paint the neutral colour.
     */
    WritableImage paint(WritableImage image, float[] values, int res, boolean output) {
        int stride = res >= 80 ? 2 : 1;
        int side = res / stride;
        if (image == null || (int) image.getWidth() != side) {
            image = new WritableImage(side, side);
        }
        if (pixels.length != side * side) {
            pixels = new int[side * side];
        }
        if (values == null) {
            java.util.Arrays.fill(pixels, Palette.diverging(0.5));
            image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbPreInstance(), pixels, 0, side);
            return image;
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
        // the colours are opaque, so premultiplied is the same and skips a conversion per pixel
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbPreInstance(), pixels, 0, side);
        return image;
    }
}
