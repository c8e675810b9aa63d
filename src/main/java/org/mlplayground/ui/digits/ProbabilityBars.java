package org.mlplayground.ui.digits;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.mlplayground.nn.ForwardTrace;

/** The ten class probabilities as horizontal bars, the most probable class highlighted. */
final class ProbabilityBars {

    private static final double LENGTH = 220;
    private static final Color OTHER = Color.web("#0072B2");
    private static final Color TOP = Color.web("#E69F00");

    private final GridPane grid = new GridPane();
    private final Rectangle[] bars = new Rectangle[10];
    private final Label[] values = new Label[10];
    private final Label[] names = new Label[10];

    ProbabilityBars() {
        grid.setId("probabilities");
        grid.setHgap(8);
        grid.setVgap(4);
        for (int c = 0; c < 10; c++) {
            names[c] = new Label(Integer.toString(c));
            names[c].setStyle("-fx-font-size: 1.2em; -fx-font-family: monospace;");
            bars[c] = new Rectangle(0, 18, OTHER);
            Rectangle track = new Rectangle(LENGTH, 18, Color.web("#eef1f4"));
            javafx.scene.layout.StackPane bar = new javafx.scene.layout.StackPane(track, bars[c]);
            bar.setAlignment(Pos.CENTER_LEFT);
            values[c] = new Label("");
            values[c].setMinWidth(Region.USE_PREF_SIZE);
            values[c].setId("probability-" + c);
            grid.addRow(c, names[c], bar, values[c]);
        }
    }

    Region node() {
        return grid;
    }

    /** Shows the output layer of {@code trace}; null (nothing drawn) empties the bars. */
    void show(ForwardTrace trace) {
        double[] p = trace == null ? new double[10] : trace.output();
        int best = 0;
        for (int c = 1; c < 10; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        for (int c = 0; c < 10; c++) {
            boolean top = trace != null && c == best;
            bars[c].setWidth(LENGTH * Math.max(0, Math.min(1, p[c])));
            bars[c].setFill(top ? TOP : OTHER);
            values[c].setText(trace == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * p[c]));
            String weight = top ? "-fx-font-weight: bold;" : "";
            values[c].setStyle(weight);
            names[c].setStyle("-fx-font-size: 1.2em; -fx-font-family: monospace;" + weight);
        }
    }
}
