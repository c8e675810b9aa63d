package org.mlplayground.ui.digits;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.mlplayground.nn.Network;
import org.mlplayground.ui.shared.Palette;


/**
 * The first layer's weights of up to 64 hidden units, each as a 28 x 28 image of what it looks
 * for, on one shared diverging scale (orange positive, blue negative, white 0). One image is
 * reused for the whole 8 x 8 grid.
 */
final class WeightImages {

    private static final int GRID = 8;
    private static final int CELL = 29; // 28 pixels and a one-pixel gap
    private static final int SIDE = GRID * CELL + 1;

    private final WritableImage image = new WritableImage(SIDE, SIDE);
    private final int[] pixels = new int[SIDE * SIDE];
    private final Label caption = new Label();
    private final VBox box;

    WeightImages(double shownSide) {
        ImageView view = new ImageView(image);
        view.setId("weight-images");
        view.setFitWidth(shownSide);
        view.setFitHeight(shownSide);
        view.setSmooth(false);
        caption.setWrapText(true);
        caption.setMaxWidth(shownSide);
        caption.setStyle("-fx-font-size: 0.9em;");
        box = new VBox(4, view, caption);
        show(null);
    }

    VBox node() {
        return box;
    }

    /** Shows {@code net}'s first-layer weights (784 inputs); anything else shows an empty grid. */
    void show(Network net) {
        java.util.Arrays.fill(pixels, 0xffd0d5db);
        if (net == null || net.inputs() != 784 || net.layerSizes().length < 3) {
            caption.setText(net == null ? "" : "A network without hidden layers has no first-layer units to show.");
            paint();
            return;
        }
        // W[1] is 784 x m[1] (sklearn's fan_in x fan_out): column j holds unit j's weights
        int units = Math.min(GRID * GRID, net.layerSizes()[1]);
        // the shared scale: three times the weights' root mean square (about the 99.7th percentile
        // of a bell curve), so that a few large weights do not wash out the rest; one pass, no sort
        double squares = 0;
        for (int i = 0; i < 784; i++) {
            for (int j = 0; j < units; j++) {
                double v = net.weight(0, i, j);
                squares += v * v;
            }
        }
        double max = 3 * Math.sqrt(squares / (784.0 * units));
        for (int j = 0; j < units; j++) {
            int top = (j / GRID) * CELL + 1;
            int left = (j % GRID) * CELL + 1;
            for (int i = 0; i < 784; i++) {
                double t = max == 0 ? 0.5 : 0.5 + 0.5 * Math.max(-1, Math.min(1, net.weight(0, i, j) / max));
                pixels[(top + i / 28) * SIDE + left + i % 28] = Palette.diverging(t);
            }
        }
        caption.setText(String.format(java.util.Locale.ROOT, "First-layer weights of %d of %d hidden units, "
                + "as 28x28 images; one scale for all: full colour from |w| = %.3f (three times their RMS).", units,
                net.layerSizes()[1], max));
        paint();
    }

    private void paint() {
        image.getPixelWriter().setPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbInstance(), pixels, 0, SIDE);
    }
}
