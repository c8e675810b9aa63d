package org.mlplayground.ui.playground;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import org.mlplayground.ui.shared.Palette;

/**
 * Link thickness on one fixed scale, the same for every network and every epoch: a weight of
 * magnitude {@link #CLAMP} or more is drawn {@link #THICKEST} pixels wide, zero {@link #THINNEST},
 * linearly in between. So regularisation (a large alpha) visibly thins the links, where a scale
 * relative to the largest weight would draw a collapsed network as thick as a trained one.
 */
final class LinkScale {

    /** Weights at least this large (in magnitude) are drawn at full width. */
    static final double CLAMP = 3;
    /** The width in pixels of a zero weight. */
    static final double THINNEST = 0.3;
    /** The width in pixels of a weight of magnitude {@link #CLAMP} or more. */
    static final double THICKEST = 6;

    private LinkScale() {
    }

    /** The stroke width in pixels of a link of weight {@code w}; NaN is drawn thinnest. */
    static double width(double w) {
        double m = Math.abs(w);
        if (Double.isNaN(m)) {
            return THINNEST;
        }
        return THINNEST + (THICKEST - THINNEST) * Math.min(m, CLAMP) / CLAMP;
    }

    /** A legend of the scale: sample links of |w| = 0.1, 1 and at least 3, and the colours' meaning. */
    static HBox legend() {
        HBox box = new HBox(6);
        box.setId("link-legend");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(small("links: |w|"));
        for (double w : new double[] {0.1, 1, CLAMP}) {
            Line sample = new Line(0, 0, 22, 0);
            sample.setStrokeWidth(width(w));
            sample.setStroke(Palette.CLASSES[1]);
            box.getChildren().addAll(sample, small(w >= CLAMP ? String.format(Locale.ROOT, "\u2265 %.0f", w)
                    : new java.math.BigDecimal(Double.toString(w)).stripTrailingZeros().toPlainString()));
        }
        Line positive = new Line(0, 0, 22, 0);
        positive.setStrokeWidth(width(1));
        positive.setStroke(Palette.CLASSES[1]);
        Line negative = new Line(0, 0, 22, 0);
        negative.setStrokeWidth(width(1));
        negative.setStroke(Palette.CLASSES[0]);
        box.getChildren().addAll(small("   "), positive, small("w > 0"), negative, small("w < 0"));
        Tooltip.install(box, new Tooltip("Link width is proportional to the weight's magnitude, on one fixed scale "
                + "(the same in every epoch), clamped at |w| = " + (int) CLAMP + "."));
        return box;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 0.85em;");
        return l;
    }

    /**
     * The neurons' colour legend: a hidden neuron's value from blue (its most negative over the
     * plane) through white (0) to orange (its most positive); the output's probability from blue
     * (0) through white (0.5) to orange (1).
     */
    static HBox activationLegend() {
        javafx.scene.shape.Rectangle bar = new javafx.scene.shape.Rectangle(70, 10);
        bar.setFill(new javafx.scene.paint.LinearGradient(0, 0, 1, 0, true, javafx.scene.paint.CycleMethod.NO_CYCLE,
                new javafx.scene.paint.Stop(0, Palette.LOW), new javafx.scene.paint.Stop(0.5, javafx.scene.paint.Color.WHITE),
                new javafx.scene.paint.Stop(1, Palette.HIGH)));
        bar.setStroke(javafx.scene.paint.Color.gray(0.6));
        HBox box = new HBox(6, small("neurons: \u2212max"), bar, small("+max over the plane\n(output: p from 0 to 1)"));
        box.setId("activation-legend");
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip("Each hidden neuron's picture is scaled to its own largest |value| over the plane: "
                + "blue negative, white 0, orange positive. The output shows the probability of class 1."));
        return box;
    }
}
