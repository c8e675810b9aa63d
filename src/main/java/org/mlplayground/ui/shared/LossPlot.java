package org.mlplayground.ui.shared;

import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The loss chart's plot on one canvas that fills its pane: the axes with their ticks, tick labels
 * and names, dashed grid lines, the training and test curves and the best test epoch's ring, in
 * the look of a JavaFX line chart (the AtlantaFX Primer theme's colours and sizes; the tick labels 14 px and the lines
 * 4 px in presentation mode). A canvas, so that a new epoch costs the scene no layout, bounds or
 * CSS pass over axes and paths. It only draws; {@link LossChartView} says what.
 */
final class LossPlot extends Pane {

    /** The theme's (Primer's) axis and grid colour, its text colour and its background. */
    private static final Color AXIS = Color.web("#d0d7de");
    private static final Color GRID = Color.web("#d0d7de");
    private static final Color TEXT = Color.web("#24292f");
    private static final Color GROUND = Color.WHITE;
    static final Color TRAIN = Color.web("#0072B2");
    static final Color TEST = Color.web("#E69F00");
    static final Color BEST = Color.web("#009E73");
    /** The chart's padding and its content's (the theme's 4 + 10 pixels). */
    private static final double PAD = 14;
    private static final double TICK = 8;
    private static final double MINOR_TICK = 5;
    private static final int MINOR_COUNT = 5;

    private final Canvas canvas = new Canvas();
    private final javafx.scene.transform.Scale unzoom = new javafx.scene.transform.Scale(1, 1, 0, 0);
    /** The pane's size and the scene's pixels per pane pixel the canvas is drawn for. */
    private double width;
    private double height;
    private double zoom = 1;
    /** Reads the text size the style sheets give this pane (17 px in presentation mode). */
    private final Label probe = new Label();

    private LossCurves curves = LossCurves.NONE;
    /** The plot area of the last drawing: x, y, width, height in the pane's pixels. */
    private final double[] area = new double[4];
    private double yLower;
    private double yUpper = 1;

    LossPlot() {
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        getChildren().addAll(canvas, probe);
        probe.fontProperty().addListener(o -> redraw());
        setMinSize(120, 100);
        canvas.getTransforms().add(unzoom);
    }

    /** Draws {@code curves} from now on. */
    void show(LossCurves curves) {
        this.curves = curves;
        redraw();
    }

    /** The loss axis's tick unit as last drawn. */
    double yUnit() {
        return yUnit;
    }

    /** The epoch at pane x-coordinate {@code x}, or NaN outside the plot. */
    double epochAt(double x) {
        if (area[2] <= 0 || x < area[0] || x > area[0] + area[2]) {
            return Double.NaN;
        }
        return (x - area[0]) / area[2] * curves.xUpper();
    }

    @Override
    protected void layoutChildren() {
        double z = getLocalToSceneTransform().getMxx();
        if (width != getWidth() || height != getHeight() || (z > 0 && z != zoom)) {
            width = getWidth();
            height = getHeight();
            zoom = z > 0 ? z : 1;
            // as many pixels as the plot has on the screen (the window may be zoomed): sharp text and lines
            canvas.setWidth(Math.ceil(width * zoom) + 1);
            canvas.setHeight(Math.ceil(height * zoom) + 1);
            unzoom.setX(1 / zoom);
            unzoom.setY(1 / zoom);
            redraw();
        }
    }

    private boolean presentation() {
        return probe.getFont().getSize() > TextScale.NORMAL + 0.5;
    }

    private void redraw() {
        double w = width;
        double h = height;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(new javafx.scene.transform.Affine());
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        // on whole screen pixels: moved back by the fraction of a pixel the pane stands at
        double dx = 0;
        double dy = 0;
        if (getScene() != null) {
            javafx.geometry.Point2D origin = localToScene(0, 0);
            dx = origin.getX() - Math.floor(origin.getX());
            dy = origin.getY() - Math.floor(origin.getY());
        }
        canvas.setTranslateX(-dx / zoom);
        canvas.setTranslateY(-dy / zoom);
        g.setTransform(new javafx.scene.transform.Affine(javafx.scene.transform.Affine.translate(dx, dy)
                .createConcatenation(javafx.scene.transform.Affine.scale(zoom, zoom))));
        if (w < 40 || h < 40) {
            return;
        }
        Font text = probe.getFont();
        Font ticks = Font.font(text.getFamily(), presentation() ? 14 : text.getSize() * 0.8);
        double tickH = TextMetrics.height(ticks);
        double nameH = TextMetrics.height(text);
        // the loss axis's range first: its labels' width sets the plot's left edge
        // below, the legend follows within the chart's padding (it is a node of its own under the canvas)
        double bottom = h - nameH - 4 - tickH - 3 - TICK;
        double top = PAD + tickH / 2;
        double[] axis = curves.yAxis(bottom - top, tickH);
        yLower = axis[0];
        yUpper = axis[1];
        yUnit = axis[2];
        double unit = yUnit;
        double xUpper = curves.xUpper();
        double xUnit = curves.xUnit();
        DoubleFunction<String> xLabel = curves.xLabel();
        DoubleFunction<String> yLabel = curves.yLabel();
        double labelsW = 0;
        java.util.List<String> yTexts = new java.util.ArrayList<>();
        for (double v = yLower; v <= yUpper + unit * 1e-9; v += unit) {
            yTexts.add(yLabel.apply(v));
            labelsW = Math.max(labelsW, TextMetrics.width(yTexts.get(yTexts.size() - 1), ticks));
        }
        double left = PAD + nameH + 4 + labelsW + 3 + TICK;
        double right = w - PAD;
        area[0] = left;
        area[1] = top;
        area[2] = Math.max(1, right - left);
        area[3] = Math.max(1, bottom - top);
        double pw = area[2];
        double ph = area[3];
        g.setFill(GROUND);
        g.fillRect(left, top, pw, ph);
        // grid lines, dashed as modena's
        g.setLineWidth(1);
        g.setStroke(GRID);
        g.setLineDashes(text.getSize() * 0.25, text.getSize() * 0.25);
        for (double v = 0; v <= xUpper + xUnit * 1e-9; v += xUnit) {
            double x = snap(left + v / xUpper * pw);
            g.strokeLine(x, top, x, bottom);
        }
        for (double v = yLower; v <= yUpper + unit * 1e-9; v += unit) {
            double y = snap(yPixel(v, top, ph));
            g.strokeLine(left, y, left + pw, y);
        }
        g.setLineDashes();
        // the axes: a line, major and minor ticks, labels and the name
        g.setStroke(AXIS);
        g.strokeLine(snap(left), top, snap(left), bottom);
        g.strokeLine(left, snap(bottom), left + pw, snap(bottom));
        g.setFont(ticks);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lastTick = 0;
        for (double v = 0; v <= xUpper + xUnit * 1e-9; v += xUnit) {
            double x = snap(left + v / xUpper * pw);
            g.strokeLine(x, bottom, x, bottom + TICK);
            g.fillText(xLabel.apply(v), x, bottom + TICK + 3);
            lastTick = v;
            for (int m = 1; m < MINOR_COUNT && v + m * xUnit / MINOR_COUNT <= xUpper + xUnit * 1e-9; m++) {
                double mx = snap(left + (v + m * xUnit / MINOR_COUNT) / xUpper * pw);
                g.strokeLine(mx, bottom, mx, bottom + MINOR_TICK);
            }
        }
        // the axis ends at the last epoch: its tick, and its label where it clears the last one's
        if (xUpper - lastTick > xUnit * 1e-9) {
            double x = snap(left + pw);
            g.strokeLine(x, bottom, x, bottom + TICK);
            String end = xLabel.apply(xUpper);
            double room = (xUpper - lastTick) / xUpper * pw;
            if (room >= (TextMetrics.width(xLabel.apply(lastTick), ticks) + TextMetrics.width(end, ticks)) / 2 + ticks.getSize() * 0.5) {
                g.fillText(end, x, bottom + TICK + 3);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int label = 0;
        for (double v = yLower; v <= yUpper + unit * 1e-9; v += unit) {
            double y = snap(yPixel(v, top, ph));
            g.strokeLine(left - TICK, y, left, y);
            g.fillText(label < yTexts.size() ? yTexts.get(label++) : yLabel.apply(v), left - TICK - 3, y);
            for (int m = 1; m < MINOR_COUNT && v + unit <= yUpper + unit * 1e-9; m++) {
                double my = snap(yPixel(v + m * unit / MINOR_COUNT, top, ph));
                g.strokeLine(left - MINOR_TICK, my, left, my);
            }
        }
        g.setFont(text);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("epoch", left + pw / 2, h);
        g.save();
        g.translate(PAD + nameH / 2, top + ph / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(curves.yName(), 0, 0);
        g.restore();
        // the curves, clipped to the plot as a chart's
        g.save();
        g.beginPath();
        g.rect(left, top, pw, ph);
        g.clip();
        g.setLineWidth(presentation() ? 4 : 2.5);
        g.setLineCap(StrokeLineCap.SQUARE);
        curve(g, curves.trainX(), curves.trainY(), curves.trainN(), TRAIN, left, top, pw, ph);
        curve(g, curves.testX(), curves.testY(), curves.testN(), TEST, left, top, pw, ph);
        g.restore();
        double[] best = curves.best();
        if (best != null) {
            double x = left + best[0] / xUpper * pw;
            double y = yPixel(best[1], top, ph);
            g.setFill(Color.WHITE);
            g.setStroke(BEST);
            g.setLineWidth(3);
            g.fillOval(x - 5, y - 5, 10, 10);
            g.strokeOval(x - 5, y - 5, 10, 10);
        }
    }

    private double[] xs = new double[0];
    private double[] ys = new double[0];

    private void curve(GraphicsContext g, double[] x, double[] y, int n, Color colour, double left, double top,
                       double pw, double ph) {
        if (n < 2) {
            return;
        }
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = left + x[i] / curves.xUpper() * pw;
            ys[i] = yPixel(y[i], top, ph);
        }
        g.setStroke(colour);
        g.strokePolyline(xs, ys, n);
    }

    private double yPixel(double v, double top, double ph) {
        return top + (yUpper - v) / (yUpper - yLower) * ph;
    }

    private double yUnit = 1;

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

}
