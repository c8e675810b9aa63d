package org.mlplayground.ui.sweep;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.ui.shared.Palette;
import org.mlplayground.ui.shared.TextMetrics;

/**
 * The L2 norm of the final network's weights (biases excluded) per alpha, as bars in alpha order:
 * "alpha shrinks the weights". Draws only.
 */
final class WeightNormChart extends SweepChart {

    private static final double LEFT = 14;
    private static final double TOP = 28;
    private static final double BOTTOM = 40;

    WeightNormChart(double width, double height) {
        super(width, height, "sweep-weight-norms");
        draw(null);
    }

    @Override
    void paint(GraphicsContext g, SweepResult result, double w, double h) {
        if (result == null) {
            // as the validation curve beside it says before a sweep, not a title over nothing
            g.fillText("Weight norms: run an alpha sweep.", LEFT, h / 2);
            return;
        }
        g.fillText("weight L2 norm ||W|| per alpha", LEFT, 16);
        List<SweepCell> cells = result.row(0);
        double max = cells.stream().mapToDouble(SweepCell::weightNorm).max().orElse(1);
        max = max > 0 ? max : 1;
        double plotH = h - TOP - BOTTOM;
        double slot = (w - 2 * LEFT) / cells.size();
        g.setTextAlign(TextAlignment.CENTER);
        double lineHeight = TextMetrics.height(g.getFont());
        double previousRight = Double.NEGATIVE_INFINITY;
        double previousY = 0;
        for (int i = 0; i < cells.size(); i++) {
            SweepCell c = cells.get(i);
            double bh = c.weightNorm() / max * (plotH - 16);
            double x = LEFT + i * slot;
            g.setFill(Palette.classColor(2));
            g.fillRect(x + slot * 0.15, TOP + plotH - bh, slot * 0.7, bh);
            g.setFill(Color.gray(0.2));
            String value = label(c.weightNorm());
            double half = TextMetrics.width(value, g.getFont()) / 2;
            double y = TOP + plotH - bh - 4;
            // a value wider than its bar that would run into its left neighbour's goes a line up
            if (x + slot / 2 - half < previousRight + 3 && Math.abs(y - previousY) < lineHeight) {
                y = previousY - lineHeight;
            }
            g.fillText(value, x + slot / 2, y);
            previousRight = x + slot / 2 + half;
            previousY = y;
        }
        double[] xs = new double[cells.size()];
        String[] labels = new String[cells.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = LEFT + i * slot + slot / 2;
            labels[i] = SweepInputs.label(cells.get(i).alpha());
        }
        axisLabels(g, labels, xs, TOP + plotH + 16);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("alpha", w / 2, TOP + plotH + 33);
        g.setStroke(Color.gray(0.4));
        g.strokeLine(LEFT, TOP + plotH, w - LEFT, TOP + plotH);
    }

    /** A bar's value: two significant digits below 1 (a perceptron's norms of 0.04 read "0.040", not "0.0"). */
    static String label(double norm) {
        if (norm >= 100) {
            return String.format(Locale.ROOT, "%.0f", norm);
        }
        if (norm >= 1 || norm == 0) {
            return String.format(Locale.ROOT, "%.1f", norm);
        }
        return String.format(Locale.ROOT, "%.2g", norm);
    }
}
