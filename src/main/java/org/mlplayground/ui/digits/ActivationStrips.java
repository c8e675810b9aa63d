package org.mlplayground.ui.digits;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.mlplayground.nn.ForwardTrace;
import org.mlplayground.ui.shared.Palette;


/**
 * Every hidden layer's activations for the drawn digit, one strip of cells per layer (32 to a
 * row): white is 0, orange positive and blue negative, each layer on its own scale (its largest
 * |a| is full colour, said beside it).
 */
final class ActivationStrips {

    private static final int PER_ROW = 32;
    private static final double WIDTH = 352;

    private final VBox box = new VBox(6);

    ActivationStrips() {
        box.setId("activations");
    }

    VBox node() {
        return box;
    }

    /** Shows the hidden layers of {@code trace}; null shows a hint. Strips are reused while the layers stay the same. */
    void show(ForwardTrace trace) {
        if (trace == null) {
            shape = null;
            Label hint = new Label("Draw a digit to see every hidden unit's activation.");
            hint.setWrapText(true);
            box.getChildren().setAll(hint);
            return;
        }
        int hidden = trace.a().size() - 1;
        int[] sizes = new int[hidden];
        for (int l = 0; l < hidden; l++) {
            sizes[l] = trace.a().get(l).length;
        }
        if (!java.util.Arrays.equals(sizes, shape)) {
            build(sizes);
        }
        for (int l = 0; l < hidden; l++) {
            double[] a = trace.a().get(l);
            double max = 0;
            for (double v : a) {
                max = Math.max(max, Math.abs(v));
            }
            titles.get(l).setText(String.format(Locale.ROOT, "hidden layer %d: %d units, largest |a| %.2f", l + 1,
                    a.length, max));
            Canvas strip = strips.get(l);
            double cell = cell(a.length);
            GraphicsContext g = strip.getGraphicsContext2D();
            for (int i = 0; i < a.length; i++) {
                double t = max == 0 ? 0.5 : 0.5 + 0.5 * a[i] / max;
                g.setFill(Palette.divergingColor(t));
                g.fillRect((i % PER_ROW) * cell, (i / PER_ROW) * cell, cell, cell);
            }
            g.setStroke(Color.gray(0.75));
            g.setLineWidth(1);
            g.strokeRect(0.5, 0.5, strip.getWidth() - 1, strip.getHeight() - 1);
        }
    }

    private final java.util.List<Canvas> strips = new java.util.ArrayList<>();
    private final java.util.List<Label> titles = new java.util.ArrayList<>();
    private int[] shape;

    private static double cell(int units) {
        return Math.min(16, WIDTH / Math.min(PER_ROW, units));
    }

    private void build(int[] sizes) {
        shape = sizes;
        strips.clear();
        titles.clear();
        box.getChildren().clear();
        if (sizes.length == 0) {
            box.getChildren().add(new Label("This network has no hidden layer: logistic regression."));
        }
        for (int units : sizes) {
            int cols = Math.min(PER_ROW, units);
            int rows = (units + PER_ROW - 1) / PER_ROW;
            double cell = cell(units);
            Canvas strip = new Canvas(cols * cell, rows * cell);
            Label title = new Label();
            title.setStyle("-fx-font-size: 0.9em;");
            strips.add(strip);
            titles.add(title);
            box.getChildren().addAll(title, strip);
        }
    }
}
