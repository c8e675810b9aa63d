package org.mlplayground.ui.digits;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mlplayground.metrics.ClassifierEvaluation;
import org.mlplayground.metrics.RocCurve;

/**
 * ROC curves: each class against the rest (thin, one colour per class), their micro average
 * (black, dashed) and macro average (black), with the chance diagonal and the AUCs in the legend.
 * The legend stands under the plot, so it covers no curve on either scale; a set without a
 * class and its rest (one class only) says so instead of showing an empty plot.
 */
final class RocView {

    /**
     * Ten distinguishable colours: Okabe and Ito's first seven, then wine, grey and brown; none is
     * black, the averages' colour.
     */
    private static final Color[] COLOURS = {
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#D55E00"), Color.web("#CC79A7"),
        Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#882255"), Color.web("#999999"), Color.web("#8C564B")};
    /** The colour of the micro and macro averages. */
    static final Color AVERAGES = Color.BLACK;
    private static final double LEFT = 48;
    private static final double TOP = 12;
    private static final double PLOT = 246;

    /** The smallest false positive rate the log scale shows. */
    private static final double LOG_FLOOR = 1e-4;

    /** The legend: two columns of up to six rows, under the plot and its axis title. */
    private static final double LEGEND_X = 8;
    private static final double LEGEND_TOP = TOP + PLOT + 44;
    private static final double LEGEND_COLUMN = 150;
    private static final double ROW = 17;
    private static final double WIDTH = LEFT + PLOT + 20;
    private static final double HEIGHT = LEGEND_TOP + 6 * ROW + 10;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private boolean logScale;
    /** Drawn this many times larger (presentation mode). */
    private double scale = 1;
    private ClassifierEvaluation last;
    private String message = "";
    private javafx.geometry.Rectangle2D legendBounds = javafx.geometry.Rectangle2D.EMPTY;

    RocView() {
        canvas.setId("roc");
        show(null);
    }

    Canvas node() {
        return canvas;
    }

    /**
     * A log scale for the false positive rate (1e-4 to 1): a good classifier's curves all hug the
     * top-left corner on a linear scale; on a log scale one sees how many false alarms each class
     * costs at every hit rate.
     */
    void setLogScale(boolean on) {
        logScale = on;
        show(last);
    }

    /** Draws everything {@code k} times larger, sharp. */
    void setScale(double k) {
        scale = k;
        canvas.setWidth(WIDTH * k);
        canvas.setHeight(HEIGHT * k);
        show(last);
    }

    /** A false positive rate as a share of the plot's width. */
    private double across(double fpr) {
        return logScale ? (Math.log10(Math.max(fpr, LOG_FLOOR)) - Math.log10(LOG_FLOOR)) / -Math.log10(LOG_FLOOR) : fpr;
    }

    void show(ClassifierEvaluation e) {
        last = e;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.gray(0.6));
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, PLOT, PLOT);
        // chance: true positives as often as false ones
        g.setLineDashes(4, 4);
        g.beginPath();
        for (int i = 0; i <= 100; i++) {
            double fpr = logScale ? Math.pow(10, Math.log10(LOG_FLOOR) * (1 - i / 100.0)) : i / 100.0;
            double px = LEFT + across(fpr) * PLOT;
            double py = TOP + PLOT - fpr * PLOT;
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setLineDashes();
        g.setFont(Font.font(12));
        g.setFill(Color.gray(0.2));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i <= 4; i++) {
            double v = logScale ? Math.pow(10, i - 4) : i / 4.0;
            String label = logScale ? new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString()
                    : String.format(Locale.ROOT, "%.2f", v);
            g.fillText(label, LEFT + across(v) * PLOT, TOP + PLOT + 4);
        }
        g.fillText(logScale ? "false positive rate (log scale)" : "false positive rate", LEFT + PLOT / 2, TOP + PLOT + 22);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0;
            g.fillText(String.format(Locale.ROOT, "%.2f", v), LEFT - 4, TOP + PLOT - v * PLOT);
        }
        g.save();
        g.translate(10, TOP + PLOT / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("true positive rate", 0, 0);
        g.restore();
        message = "";
        legendBounds = javafx.geometry.Rectangle2D.EMPTY;
        if (e == null) {
            return;
        }
        int curves = (int) java.util.Arrays.stream(e.roc()).filter(java.util.Objects::nonNull).count();
        if (curves == 0) {
            message = "No ROC curve: every digit in this set has the same label.\n"
                    + "A curve needs digits of a class and of the others.";
            g.setTextAlign(TextAlignment.CENTER);
            g.setFill(Color.gray(0.15));
            g.setFont(Font.font(12));
            g.fillText(message, LEFT + PLOT / 2, TOP + PLOT / 2);
            return;
        }
        // the legend stands under the plot: it covers no curve on either scale
        java.util.List<String> entries = new java.util.ArrayList<>();
        java.util.List<Color> colours = new java.util.ArrayList<>();
        for (int c = 0; c < e.roc().length; c++) {
            RocCurve curve = e.roc()[c];
            if (curve == null) {
                continue;
            }
            g.setStroke(colour(c));
            g.setLineWidth(1.5);
            draw(g, curve);
            entries.add(String.format(Locale.ROOT, "%d  AUC %.4f", c, curve.auc()));
            colours.add(colour(c));
        }
        if (e.microRoc() != null) {
            g.setStroke(AVERAGES);
            g.setLineWidth(2.5);
            g.setLineDashes(7, 4);
            draw(g, e.microRoc());
            g.setLineDashes();
            draw(g, e.macroRoc());
            entries.add(String.format(Locale.ROOT, "micro  AUC %.4f", e.microRoc().auc()));
            entries.add(String.format(Locale.ROOT, "macro  AUC %.4f", e.macroRoc().auc()));
            colours.add(AVERAGES);
            colours.add(AVERAGES);
        }
        int perColumn = Math.min(6, (entries.size() + 1) / 2);
        int columns = (entries.size() + perColumn - 1) / perColumn;
        legendBounds = new javafx.geometry.Rectangle2D(LEGEND_X, LEGEND_TOP, columns * LEGEND_COLUMN, perColumn * ROW + 6);
        g.setStroke(Color.gray(0.8));
        g.setLineWidth(1);
        g.strokeRect(LEGEND_X, LEGEND_TOP, columns * LEGEND_COLUMN, perColumn * ROW + 6);
        g.setFont(Font.font(11.5));
        g.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < entries.size() && k < 2 * perColumn; k++) {
            boolean micro = e.microRoc() != null && k == entries.size() - 2;
            boolean average = e.microRoc() != null && k >= entries.size() - 2;
            g.setStroke(colours.get(k));
            g.setLineWidth(average ? 2.5 : 1.5);
            if (micro) {
                g.setLineDashes(7, 4);
            }
            legend(g, LEGEND_X + 6 + (k / perColumn) * LEGEND_COLUMN, LEGEND_TOP + 11 + (k % perColumn) * ROW, entries.get(k), micro);
            g.setLineDashes();
        }
    }

    /** Why the plot is empty (one sentence or two), or "" when it shows curves or nothing was evaluated. */
    String message() {
        return message;
    }

    /** Where the legend stands, in unscaled canvas coordinates (empty when there is none). */
    javafx.geometry.Rectangle2D legendBounds() {
        return legendBounds;
    }

    /** Where the curves are drawn, in unscaled canvas coordinates. */
    static javafx.geometry.Rectangle2D plotBounds() {
        return new javafx.geometry.Rectangle2D(LEFT, TOP, PLOT, PLOT);
    }

    /** The colour of class {@code c}'s curve. */
    static Color colour(int c) {
        return COLOURS[c % COLOURS.length];
    }

    /** The curve, thinned to at most ~400 points (a point only where it moves at least half a pixel). */
    private void draw(GraphicsContext g, RocCurve curve) {
        double[] x = curve.falsePositiveRate();
        double[] y = curve.truePositiveRate();
        g.beginPath();
        double lastX = across(x[0]);
        double lastY = y[0];
        g.moveTo(LEFT + lastX * PLOT, TOP + PLOT - lastY * PLOT);
        for (int i = 1; i < x.length; i++) {
            boolean end = i == x.length - 1;
            double u = across(x[i]);
            if (end || Math.abs(u - lastX) * PLOT >= 0.5 || Math.abs(y[i] - lastY) * PLOT >= 0.5) {
                g.lineTo(LEFT + u * PLOT, TOP + PLOT - y[i] * PLOT);
                lastX = u;
                lastY = y[i];
            }
        }
        g.stroke();
    }

    private static void legend(GraphicsContext g, double x, double y, String text, boolean dashed) {
        g.strokeLine(x, y, x + 20, y);
        g.setFill(Color.gray(0.15));
        g.fillText(text, x + 26, y);
    }
}
