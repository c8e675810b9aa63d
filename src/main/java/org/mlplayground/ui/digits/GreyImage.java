package org.mlplayground.ui.digits;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A small picture of grey levels (ink in [0, 1], light on dark like MNIST) shown enlarged with
 * sharp pixels; its image is reused while the size stays the same.
 */
final class GreyImage {

    private final ImageView view = new ImageView();
    private WritableImage image;
    private int[] pixels = new int[0];

    /** Shown {@code size} pixels wide. */
    GreyImage(double size) {
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(false);
    }

    ImageView node() {
        return view;
    }

    /** Shows rows x cols ink; an empty array shows nothing. */
    void show(double[][] ink) {
        if (ink.length == 0 || ink[0].length == 0) {
            view.setImage(null);
            return;
        }
        int h = ink.length;
        int w = ink[0].length;
        double[] flat = new double[h * w];
        for (int r = 0; r < h; r++) {
            System.arraycopy(ink[r], 0, flat, r * w, w);
        }
        show(flat, h, w);
    }

    /** Shows {@code rows} x {@code cols} ink stored row after row. */
    void show(double[] ink, int rows, int cols) {
        if (image == null || (int) image.getWidth() != cols || (int) image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
            pixels = new int[rows * cols];
            view.setImage(image);
        }
        for (int i = 0; i < pixels.length; i++) {
            int g = (int) Math.round(255 * Math.max(0, Math.min(1, ink[i])));
            pixels[i] = 0xff000000 | g << 16 | g << 8 | g;
        }
        image.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), pixels, 0, cols);
        view.setImage(image);
    }
}
