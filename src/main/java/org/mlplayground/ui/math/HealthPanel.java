package org.mlplayground.ui.math;

import org.mlplayground.ui.shared.MatrixView;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.mlplayground.nn.LayerHealth;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Controls;

/**
 * The gradient-health panel: per layer over the measured epochs the gradient norm and the
 * update/weight ratio (log scales), the shares of saturated and of dead units, and each layer's
 * latest activation histogram; buttons load the presets "deep logistic" and "deep relu". One
 * colour per layer, from dark (layer 1, next to the inputs) to light (the output). Draws only.
 */
public final class HealthPanel {

    private static final double W = 420;
    private static final double H = 210;
    private final PlaygroundViewModel playground;
    private final Canvas norms = new Canvas(W, H);
    private final Canvas ratios = new Canvas(W, H);
    private final Canvas saturated = new Canvas(W, H);
    private final Canvas dead = new Canvas(W, H);
    private final FlowPane histograms = new FlowPane(8, 8);
    private final Label summary = new Label();
    private HealthSeries series = HealthSeries.of(java.util.List.of());
    private java.util.List<org.mlplayground.nn.GradientHealth> shown;
    /** The text's scale (presentation mode): the charts grow with it. */
    private javafx.beans.value.ObservableDoubleValue scale = new javafx.beans.property.SimpleDoubleProperty(1);

    public HealthPanel(PlaygroundViewModel playground) {
        this.playground = playground;
    }

    /** The panel's data now (what it draws). */
    public HealthSeries series() {
        return series;
    }

    /** The tab's content, following {@code snapshots}. */
    public Region createView(ObservableValue<TrainingSnapshot> snapshots) {
        summary.setId("health-summary");
        summary.setWrapText(true);
        HBox presets = new HBox(8,
                Controls.button("Deep logistic", "8 hidden layers of 8 logistic units: watch the gradients vanish",
                        () -> playground.applyPreset("deep-logistic")),
                Controls.button("Deep relu", "The same 8 layers of 8 with relu", () -> playground.applyPreset("deep-relu")),
                Controls.button("Play / pause", "Train or stop", playground::togglePlay));
        VBox root = new VBox(8, Controls.heading("Gradient health, per layer over the epochs"), presets, summary,
                new HBox(12, titled("gradient norm ||dJ/dW[l]|| (log)", norms), titled("update / weight ratio (log)", ratios)),
                new HBox(12, titled("share of saturated logistic/tanh units", saturated),
                        titled("share of dead relu units", dead)),
                Controls.heading("Activations A[l] at the latest epoch"), histograms);
        root.setId("health-panel");
        root.setPadding(new Insets(10));
        snapshots.addListener((o, was, s) -> show(s));
        scale = org.mlplayground.ui.shared.TextScale.of(root);
        scale.addListener(o -> {
            for (Canvas c : java.util.List.of(norms, ratios, saturated, dead)) {
                org.mlplayground.ui.shared.TextScale.fit(c, W, H, scale.get());
            }
            shown = null;
            show(snapshots.getValue());
        });
        show(snapshots.getValue());
        return Controls.scrolling(root);
    }

    private void show(TrainingSnapshot s) {
        if (s == null || s.health() == shown) {
            return;
        }
        shown = s.health();
        series = HealthSeries.of(s.health());
        int layers = series.layers();
        if (layers == 0) {
            summary.setText("No epoch measured yet: press Play. The gradient norm of each layer is measured once an epoch.");
        } else {
            double ratio = series.latestNorm(1) / series.latestNorm(layers);
            summary.setText(String.format(Locale.ROOT, "Epoch %d: the first layer's gradient is %.2g times the output layer's%s",
                    series.epochs()[series.epochs().length - 1], ratio,
                    ratio < 1e-3 ? " - it vanishes." : ratio > 1e3 ? " - it explodes." : "."));
        }
        plot(norms, series.norms(), true, layers);
        plot(ratios, series.ratios(), true, layers);
        plot(saturated, series.saturated(), false, layers);
        plot(dead, series.dead(), false, layers);
        histograms.getChildren().clear();
        for (LayerHealth h : series.latest()) {
            histograms.getChildren().add(titled("A[" + h.layer() + "]", histogram(h)));
        }
    }

    private static VBox titled(String title, Canvas c) {
        return new VBox(2, new Label(title), c);
    }

    static Color layerColor(int l, int layers) {
        return Color.hsb(210 - 180.0 * (l - 1) / Math.max(1, layers - 1), 0.8, 0.75);
    }

    private void plot(Canvas c, double[][] data, boolean log, int layers) {
        GraphicsContext g = org.mlplayground.ui.shared.TextScale.fit(c, W, H, scale.get());
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setStroke(Color.LIGHTGRAY);
        g.strokeRect(0.5, 0.5, W - 1, H - 1);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : data) {
            for (double v : s) {
                double t = value(v, log);
                if (Double.isFinite(t)) {
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
        }
        if (!log) {
            lo = 0;
            hi = Math.max(hi, 1e-9);
            hi = Math.max(hi, 0.05);
        }
        if (!(hi >= lo)) {
            return;
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        // the curves end short of the right margin, where the layers are named
        double left = 44;
        g.setFill(Color.GRAY);
        g.setFont(Font.font(11));
        g.fillText(log ? "1e" + Math.round(Math.ceil(hi)) : String.format(Locale.ROOT, "%.2f", hi), 2, 12);
        g.fillText(log ? "1e" + Math.round(Math.floor(lo)) : "0", 2, H - 4);
        for (int l = 0; l < data.length; l++) {
            double[] s = data[l];
            g.setStroke(layerColor(l + 1, layers));
            g.setLineWidth(1.6);
            g.beginPath();
            boolean started = false;
            for (int e = 0; e < s.length; e++) {
                double t = value(s[e], log);
                if (!Double.isFinite(t)) {
                    continue;
                }
                double x = left + (W - left - 48) * (s.length == 1 ? 0.5 : (double) e / (s.length - 1));
                double y = H - 8 - (H - 16) * (t - lo) / (hi - lo);
                if (started) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    started = true;
                }
            }
            g.stroke();
            g.setFill(layerColor(l + 1, layers));
            g.fillText("l=" + (l + 1), W - 36, 14 + 13 * l);
        }
    }

    private static double value(double v, boolean log) {
        return log ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
    }

    private Canvas histogram(LayerHealth h) {
        int[] counts = h.histogram();
        Canvas c = new Canvas();
        GraphicsContext g = org.mlplayground.ui.shared.TextScale.fit(c, 160, 70, scale.get());
        int max = java.util.Arrays.stream(counts).max().orElse(1);
        double bar = 160.0 / counts.length;
        g.setFill(layerColor(h.layer(), series.layers()));
        for (int i = 0; i < counts.length; i++) {
            double height = 54.0 * counts[i] / Math.max(1, max);
            g.fillRect(i * bar, 56 - height, bar - 1, height);
        }
        g.setFill(Color.GRAY);
        g.setFont(Font.font(11));
        g.fillText(MatrixView.format(h.histogramMin()), 0, 68);
        g.setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
        g.fillText(MatrixView.format(h.histogramMax()), 160, 68);
        return c;
    }
}
