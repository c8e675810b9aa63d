package org.mlplayground.ui.playground;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.ui.shared.Palette;

/** Paints the neurons' pictures: each neuron's value over the plane, as a small heatmap. */
final class NeuronPictures {

    private int[] pixels = new int[0];

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
     * Recolours a thumbnail in place (its image is made once per resolution): diverging colours
     * scaled to the grid's largest magnitude; the output's probabilities around 0.5. A thumbnail
     * is drawn 40 pixels wide, so it takes every other cell of a fine grid: a quarter of the work
     * on the FX thread.
     */
    void paint(ImageView view, float[] values, int res, boolean output) {
        int stride = res >= 80 ? 2 : 1;
        int side = res / stride;
        WritableImage image = (WritableImage) view.getImage();
        if ((int) image.getWidth() != side) {
            image = new WritableImage(side, side);
            view.setImage(image);
        }
        float largest = 1e-9f;
        if (!output) { // the scale of the cells drawn (a quarter of a fine grid's): the output needs none
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    largest = Math.max(largest, Math.abs(values[r * stride * res + c * stride]));
                }
            }
        }
        if (pixels.length != side * side) {
            pixels = new int[side * side];
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                float v = values[r * stride * res + c * stride];
                pixels[r * side + c] = Palette.diverging(output ? v : 0.5 + 0.5 * v / largest);
            }
        }
        // the colours are opaque, so premultiplied is the same and skips a conversion per pixel
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbPreInstance(), pixels, 0, side);
    }
}
