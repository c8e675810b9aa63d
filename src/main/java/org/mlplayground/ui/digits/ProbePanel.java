package org.mlplayground.ui.digits;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mlplayground.ui.shared.Controls;

/**
 * Robustness probes on the current drawing: shift, rotation, scale and stroke width applied to the
 * drawn ink before the preprocessing, with the probabilities following live, so a student sees what
 * the network is and is not invariant to. Views only: the values live in {@link DigitProbeSettings}.
 */
final class ProbePanel {

    private ProbePanel() {
    }

    /** A collapsed "Probe the network" section for {@code probes}. */
    static TitledPane of(DigitProbeSettings probes) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        row(grid, 0, "Right", probes.rightProperty(), -70, 70, v -> String.format(Locale.ROOT, "%+.0f px", v),
                "Moves the drawing right (left when negative) before the preprocessing, which centres it again");
        row(grid, 1, "Down", probes.downProperty(), -70, 70, v -> String.format(Locale.ROOT, "%+.0f px", v),
                "Moves the drawing down (up when negative) before the preprocessing");
        row(grid, 2, "Turn", probes.degreesProperty(), -90, 90, v -> String.format(Locale.ROOT, "%+.0f\u00b0", v),
                "Turns the drawing about its centre of mass: the preprocessing does not undo this");
        row(grid, 3, "Scale", probes.scaleProperty(), 0.3, 1.5, v -> String.format(Locale.ROOT, "\u00d7%.2f", v),
                "Shrinks or grows the drawing: the fit into 20x20 undoes most of it");
        row(grid, 4, "Stroke", probes.strokeProperty(), -10, 10, v -> String.format(Locale.ROOT, "%+.0f px", v),
                "Thickens or thins the strokes: the stroke-width step evens out thin ones");
        VBox box = new VBox(6, grid, Controls.button("Back to the drawing", "Sets every probe back", probes::reset));
        TitledPane pane = new TitledPane("Probe the network", box);
        pane.setId("digit-probes");
        pane.setExpanded(false);
        return pane;
    }

    private static void row(GridPane grid, int r, String name, DoubleProperty p, double min, double max,
                            DoubleFunction<String> text, String help) {
        Slider s = new Slider(min, max, p.get());
        org.mlplayground.ui.shared.Controls.keysStayOn(s);
        s.setId("probe-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        s.setPrefWidth(120);
        s.setTooltip(new Tooltip(help));
        s.valueProperty().bindBidirectional(p);
        Label value = new Label(text.apply(p.get()));
        value.setMinWidth(52);
        value.setAlignment(Pos.CENTER_RIGHT);
        p.addListener((o, was, now) -> value.setText(text.apply(now.doubleValue())));
        grid.addRow(r, new Label(name), s, value);
    }
}
