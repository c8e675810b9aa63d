package org.mlplayground.ui;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.mlplayground.nn.ForwardTrace;

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

    /** Shows the hidden layers of {@code trace}; null shows a hint. */
    void show(ForwardTrace trace) {
        box.getChildren().clear();
        if (trace == null) {
            Label hint = new Label("Draw a digit to see every hidden unit's activation.");
            hint.setWrapText(true);
            box.getChildren().add(hint);
            return;
        }
        int hidden = trace.a().size() - 1;
        if (hidden == 0) {
            box.getChildren().add(new Label("This network has no hidden layer: logistic regression."));
        }
        for (int l = 0; l < hidden; l++) {
            double[] a = trace.a().get(l);
            double max = 0;
            for (double v : a) {
                max = Math.max(max, Math.abs(v));
            }
            int cols = Math.min(PER_ROW, a.length);
            int rows = (a.length + PER_ROW - 1) / PER_ROW;
            double cell = Math.min(16, WIDTH / cols);
            Canvas strip = new Canvas(cols * cell, rows * cell);
            GraphicsContext g = strip.getGraphicsContext2D();
            for (int i = 0; i < a.length; i++) {
                double t = max == 0 ? 0.5 : 0.5 + 0.5 * a[i] / max;
                g.setFill(Palette.divergingColor(t));
                g.fillRect((i % PER_ROW) * cell, (i / PER_ROW) * cell, cell, cell);
            }
            g.setStroke(Color.gray(0.75));
            g.setLineWidth(1);
            g.strokeRect(0.5, 0.5, cols * cell - 1, rows * cell - 1);
            Label title = new Label(String.format(Locale.ROOT, "hidden layer %d: %d units, largest |a| %.2f", l + 1,
                    a.length, max));
            title.setStyle("-fx-font-size: 0.9em;");
            box.getChildren().addAll(title, strip);
        }
    }
}
