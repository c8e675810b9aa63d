package org.mlplayground.ui.sweep;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.ui.shared.Palette;

/**
 * The validation curve of an alpha sweep: mean training and validation score against log alpha,
 * each with a band of plus or minus one standard deviation over the folds, the best alpha marked,
 * and a legend. Draws only.
 */
final class ValidationCurveView extends SweepChart {

    private static final Color TRAIN = Palette.classColor(0);
    private static final Color VALIDATION = Palette.classColor(1);
    private static final double LEFT = 52;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double BOTTOM = 40;
    /** Fraction of the plot's width left free at each end of the alpha axis. */
    private static final double INSET = 0.04;
    /** Pixels between the frame's top and the top of the score scale. */
    private static final double TOP_GAP = 6;

    ValidationCurveView(double width, double height) {
        super(width, height, "sweep-validation-curve");
        draw(null);
    }

    @Override
    void paint(GraphicsContext g, SweepResult result, double w, double h) {
        if (result == null) {
            g.fillText("Validation curve: run an alpha sweep.", LEFT, h / 2);
            return;
        }
        List<SweepCell> cells = result.row(0);
        double[] alphas = result.spec().alphas();
        AlphaAxis axis = new AlphaAxis(alphas);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SweepCell c : cells) {
            lo = Math.min(lo, Math.min(c.meanTrain() - c.stdTrain(), c.meanValidation() - c.stdValidation()));
            hi = Math.max(hi, Math.max(c.meanTrain() + c.stdTrain(), c.meanValidation() + c.stdValidation()));
        }
        // accuracy and R² both end at 1 (the band of a mean near 1 would run above it)
        hi = Math.min(1, hi);
        if (!(hi - lo > 1e-6)) {
            lo -= 0.05;
            hi += 0.05;
        }
        double pad = 0.05 * (hi - lo);
        double step = niceStep((hi - lo + 2 * pad) / 4);
        double yLo = Math.floor((lo - pad) / step) * step;
        double yHi = Math.min(1, Math.ceil((hi + pad) / step) * step);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        // the first and last alphas a little inside the frame, so that their points and the best
        // alpha's circle are not cut by it
        java.util.function.DoubleUnaryOperator px = u -> LEFT + (INSET + (1 - 2 * INSET) * u) * plotW;
        // the top of the scale a few pixels under the frame: a training score of 1 is a line of its own,
        // not the frame's edge
        java.util.function.DoubleUnaryOperator py = v -> TOP + TOP_GAP + (yHi - v) / (yHi - yLo) * (plotH - TOP_GAP);

        drawFrame(g, alphas, axis, px, py, yLo, yHi, step, LEFT + plotW, plotH, result.scoreName());
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotW, plotH);
        g.clip();
        band(g, cells, axis, px, py, true, TRAIN);
        band(g, cells, axis, px, py, false, VALIDATION);
        g.restore();
        SweepCell best = result.best();
        double bx = px.applyAsDouble(axis.unit(best.alpha()));
        double by = py.applyAsDouble(best.meanValidation());
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        g.strokeOval(bx - 7, by - 7, 14, 14);
        // on a white ground, so that the curves under it do not run through its letters
        String label = "best alpha " + SweepInputs.label(best.alpha());
        double tw = org.mlplayground.ui.shared.TextMetrics.width(label, g.getFont());
        double th = org.mlplayground.ui.shared.TextMetrics.height(g.getFont());
        double[][][] curves = {meanLine(cells, axis, px, py, true), meanLine(cells, axis, px, py, false)};
        double[] spot = LabelSpot.place(bx, by, tw + 6, th + 2, curves, new double[] {LEFT, TOP, LEFT + plotW, TOP + plotH});
        double tx = spot[0] + 3;
        double ty = spot[1] + th - 2;
        g.setFill(Color.color(1, 1, 1, 0.9));
        g.fillRect(tx - 3, ty - th + 2, tw + 6, th + 2);
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label, tx, ty);
        legend(g, w);
    }

    private void drawFrame(GraphicsContext g, double[] alphas, AlphaAxis axis, java.util.function.DoubleUnaryOperator px,
                           java.util.function.DoubleUnaryOperator py, double yLo, double yHi, double step, double plotRight, double plotH,
                           String score) {
        g.setStroke(Color.gray(0.85));
        g.setLineWidth(1);
        g.setFill(Color.gray(0.3));
        g.setTextAlign(TextAlignment.RIGHT);
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        for (double v = yLo; v <= yHi + step * 1e-6; v += step) {
            double y = py.applyAsDouble(v);
            g.strokeLine(LEFT, y, plotRight, y);
            g.fillText(String.format(Locale.ROOT, "%." + decimals + "f", v), LEFT - 5, y + 4);
        }
        double[] xs = new double[alphas.length];
        String[] labels = new String[alphas.length];
        for (int i = 0; i < alphas.length; i++) {
            xs[i] = px.applyAsDouble(axis.unit(alphas[i]));
            labels[i] = SweepInputs.label(alphas[i]);
            g.strokeLine(xs[i], TOP, xs[i], TOP + plotH);
        }
        axisLabels(g, labels, xs, TOP + plotH + 16);
        g.setTextAlign(TextAlignment.CENTER);
        // 0 has no logarithm: it stands one decade left of the smallest alpha, and the label says so
        boolean zero = java.util.Arrays.stream(alphas).anyMatch(a -> a == 0);
        g.fillText(zero ? "alpha (log scale; 0 one step left)" : "alpha (log scale)", (LEFT + plotRight) / 2,
                TOP + plotH + 33);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("mean " + score + " ± 1 std over folds", LEFT, 16);
        g.setStroke(Color.gray(0.4));
        g.strokeRect(LEFT, TOP, plotRight - LEFT, plotH);
    }

    private static void band(GraphicsContext g, List<SweepCell> cells, AlphaAxis axis,
                             java.util.function.DoubleUnaryOperator px, java.util.function.DoubleUnaryOperator py,
                             boolean train, Color color) {
        int n = cells.size();
        List<SweepCell> sorted = cells.stream().sorted(java.util.Comparator.comparingDouble(SweepCell::alpha)).toList();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            SweepCell c = sorted.get(i);
            double m = train ? c.meanTrain() : c.meanValidation();
            double s = train ? c.stdTrain() : c.stdValidation();
            xs[i] = px.applyAsDouble(axis.unit(c.alpha()));
            // a score ends at 1: the band of a mean near 1 stops there, not above the frame
            ys[i] = py.applyAsDouble(Math.min(1, m + s));
            xs[2 * n - 1 - i] = xs[i];
            ys[2 * n - 1 - i] = py.applyAsDouble(m - s);
        }
        g.setFill(color.deriveColor(0, 1, 1, 0.2));
        g.fillPolygon(xs, ys, 2 * n);
        g.setStroke(color);
        g.setLineWidth(2);
        g.setFill(color);
        double[][] line = meanLine(cells, axis, px, py, train);
        g.strokePolyline(line[0], line[1], n);
        for (int i = 0; i < n; i++) {
            g.fillOval(line[0][i] - 3, line[1][i] - 3, 6, 6);
        }
    }

    /** The polyline {xs, ys} of the mean training (or validation) score, in alpha order, px. */
    private static double[][] meanLine(List<SweepCell> cells, AlphaAxis axis, java.util.function.DoubleUnaryOperator px,
                                       java.util.function.DoubleUnaryOperator py, boolean train) {
        List<SweepCell> sorted = cells.stream().sorted(java.util.Comparator.comparingDouble(SweepCell::alpha)).toList();
        double[] xs = new double[sorted.size()];
        double[] ys = new double[sorted.size()];
        for (int i = 0; i < xs.length; i++) {
            SweepCell c = sorted.get(i);
            xs[i] = px.applyAsDouble(axis.unit(c.alpha()));
            ys[i] = py.applyAsDouble(train ? c.meanTrain() : c.meanValidation());
        }
        return new double[][] {xs, ys};
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static void legend(GraphicsContext g, double w) {
        double x = w - RIGHT - 190;
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineWidth(3);
        g.setStroke(TRAIN);
        g.strokeLine(x, 12, x + 18, 12);
        g.setFill(Color.gray(0.2));
        g.fillText("training", x + 22, 16);
        g.setStroke(VALIDATION);
        g.strokeLine(x + 85, 12, x + 103, 12);
        g.fillText("validation", x + 107, 16);
    }
}
