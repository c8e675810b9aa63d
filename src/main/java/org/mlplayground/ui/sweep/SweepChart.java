package org.mlplayground.ui.sweep;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.ui.shared.TextMetrics;
import org.mlplayground.ui.shared.TextScale;

/**
 * A chart of a sweep's result drawn on a canvas of a fixed design size, redrawn larger with
 * presentation mode's text scale. Subclasses paint on a white ground; they draw only.
 */
abstract class SweepChart extends Canvas {

    /** The size drawn at scale 1, and the scale (presentation mode's text scale). */
    private final double baseWidth;
    private final double baseHeight;
    private double scale = 1;
    private SweepResult last;

    SweepChart(double width, double height, String styleClass) {
        super(width, height);
        baseWidth = width;
        baseHeight = height;
        getStyleClass().add(styleClass);
    }

    /** Draws the last result again {@code k} times as large (presentation mode's text scale). */
    final void rescale(double k) {
        scale = k;
        draw(last);
    }

    /** Draws {@code result}'s first architecture, or an empty frame when null. */
    final void draw(SweepResult result) {
        last = result;
        GraphicsContext g = TextScale.fit(this, baseWidth, baseHeight, scale);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, baseWidth, baseHeight);
        g.setFill(Color.gray(0.2));
        g.setTextAlign(TextAlignment.LEFT);
        paint(g, result, baseWidth, baseHeight);
    }

    /**
     * Draws centred labels under an axis at {@code xs} (increasing), leaving out a label that would
     * touch the last one drawn (twelve alphas at 1280 x 800 ran into "1e-61e-51e-4").
     */
    static void axisLabels(GraphicsContext g, String[] labels, double[] xs, double y) {
        double lastRight = Double.NEGATIVE_INFINITY;
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < labels.length; i++) {
            double half = TextMetrics.width(labels[i], g.getFont()) / 2;
            if (xs[i] - half >= lastRight + 4) {
                g.fillText(labels[i], xs[i], y);
                lastRight = xs[i] + half;
            }
        }
    }

    /** Paints {@code result} (null: the empty frame) on the white ground of the design size w x h. */
    abstract void paint(GraphicsContext g, SweepResult result, double w, double h);
}
