package org.mlplayground.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mlplayground.train.HistoryPoint;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;

/**
 * Training and test loss per epoch (at most 600 points drawn), on a log10 or a linear scale,
 * with the epoch of the best test loss marked and a read-out of the epoch under the mouse; or,
 * switched, the accuracy (R^2 for regression) on both. The plot is one canvas ({@link LossPlot})
 * under a legend of the line chart's look, redrawn at most {@link #REDRAWS_PER_SECOND} times a
 * second; the newest history is always drawn in the end.
 */
public final class LossChartView {

    private static final int MAX_POINTS = 600;
    private static final int REDRAWS_PER_SECOND = 5;

    private final LossPlot plot = new LossPlot();
    private final BooleanProperty logScale = new SimpleBooleanProperty(true);
    private final BooleanProperty showScore = new SimpleBooleanProperty(false);
    /** Whether the scores are accuracies (classification) or R^2 (regression). */
    private final BooleanProperty classification = new SimpleBooleanProperty(true);
    private final Label readout = new Label(" ");
    private final Label trainName = legendItem(0);
    private final Label testName = legendItem(1);
    private final Label bestName = legendItem(2);
    private final TilePane legend = new TilePane(5, 5, trainName, testName, bestName);
    private final VBox root;
    private final PauseTransition trailing = new PauseTransition(Duration.millis(1000.0 / REDRAWS_PER_SECOND));
    private HistoryView drawn;
    private TrainingSnapshot pending;
    private long lastDraw;
    // the points drawn, {epoch, y} per series
    private double[] trainX = new double[0];
    private double[] trainY = new double[0];
    private int trainN;
    private double[] testX = new double[0];
    private double[] testY = new double[0];
    private int testN;
    private double[] best;
    private double epochUnit = 1;
    private double lastEpoch = 10;
    private String yName = "";

    public LossChartView(ObservableValue<TrainingSnapshot> snapshots) {
        plot.setId("loss-chart");
        plot.getProperties().put(LossChartView.class, this);
        bestName.setText("best test loss");
        legend.getStyleClass().add("chart-legend");
        legend.setStyle("-fx-padding: 6;");
        legend.setPrefRows(1);
        legend.setTileAlignment(Pos.CENTER_LEFT);
        legend.setMaxWidth(Region.USE_PREF_SIZE);
        legend.setMaxHeight(Region.USE_PREF_SIZE);
        HBox legendRow = new HBox(legend);
        legendRow.setAlignment(Pos.CENTER);
        legendRow.setStyle("-fx-padding: 6 0 8 0;");
        // one row of equal tiles, centred under the plot (as a chart's legend)
        legend.prefColumnsProperty().bind(javafx.beans.binding.Bindings.size(legend.getChildren()));
        CheckBox log = new CheckBox("log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(logScale);
        logScale.addListener(o -> redraw());
        CheckBox score = new CheckBox();
        score.textProperty().bind(javafx.beans.binding.Bindings.when(classification).then("accuracy").otherwise("R\u00b2"));
        score.setId("show-score");
        classification.addListener(o -> redraw());
        score.selectedProperty().bindBidirectional(showScore);
        showScore.addListener(o -> redraw());
        log.disableProperty().bind(showScore);
        readout.setId("loss-readout");
        readout.setStyle("-fx-font-family: monospace;");
        HBox bar = new HBox(16, log, score, readout);
        bar.setStyle("-fx-padding: 0 0 0 12;");
        root = new VBox(plot, legendRow, bar);
        VBox.setVgrow(plot, javafx.scene.layout.Priority.ALWAYS);
        plot.setOnMouseMoved(e -> readOut(e.getX()));
        plot.setOnMouseExited(e -> readout.setText(" "));
        trailing.setOnFinished(e -> draw(pending));
        snapshots.addListener((o, old, s) -> offer(s));
        pending = snapshots.getValue();
        draw(pending);
    }

    /** A legend entry of series {@code k}: its name beside a ring of its colour, as a line chart's legend. */
    private static Label legendItem(int k) {
        Region symbol = new Region();
        symbol.getStyleClass().addAll("chart-legend-item-symbol", "chart-line-symbol", "series" + k, "default-color" + k);
        Label item = new Label("", symbol);
        item.getStyleClass().add("chart-legend-item");
        return item;
    }

    /** The view whose plot is {@code plot} (the node with the id "loss-chart"), or null. */
    public static LossChartView of(javafx.scene.Node plot) {
        return plot.getProperties().get(LossChartView.class) instanceof LossChartView v ? v : null;
    }

    /** The node to place in a layout. */
    public VBox node() {
        return root;
    }

    /** Whether the scores are accuracies (else R^2): names the checkbox, the axis and the read-out. */
    public BooleanProperty classificationProperty() {
        return classification;
    }

    /** Whether the loss axis is log10 (else linear). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** The legend's names of the series drawn, in order: training and test, and the best test loss with losses. */
    public List<String> seriesNames() {
        return legend.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /**
     * The points drawn of the series named {@code name} in the legend, as {epoch, y} with y on the
     * axis's scale (log10 of a loss on the log scale); empty for a series not drawn.
     */
    public List<double[]> points(String name) {
        List<double[]> out = new ArrayList<>();
        if (name.equals(trainName.getText())) {
            for (int i = 0; i < trainN; i++) {
                out.add(new double[] {trainX[i], trainY[i]});
            }
        } else if (name.equals(testName.getText())) {
            for (int i = 0; i < testN; i++) {
                out.add(new double[] {testX[i], testY[i]});
            }
        } else if (name.equals(bestName.getText()) && best != null && legend.getChildren().contains(bestName)) {
            out.add(best.clone());
        }
        return out;
    }

    /** The epoch axis as drawn: {lower, upper, tick unit}. */
    public double[] epochAxis() {
        return new double[] {0, lastEpoch, epochUnit};
    }

    /** The name of the loss (or score) axis. */
    public String yAxisName() {
        return yName;
    }

    private void offer(TrainingSnapshot s) {
        pending = s;
        if (System.nanoTime() - lastDraw >= 1_000_000_000L / REDRAWS_PER_SECOND) {
            draw(s);
        } else {
            trailing.playFromStart();
        }
    }

    private double y(double loss) {
        return logScale.get() ? Math.log10(loss) : loss;
    }

    private void redraw() {
        drawn = null;
        draw(pending);
    }

    private void draw(TrainingSnapshot s) {
        if (s == null || s.history() == drawn) {
            return;
        }
        HistoryView history = s.history();
        drawn = history;
        lastDraw = System.nanoTime();
        boolean scores = showScore.get();
        boolean log = logScale.get() && !scores;
        String score = classification.get() ? "accuracy" : "R\u00b2";
        yName = scores ? score : logScale.get() ? "loss (log)" : "loss";
        trainName.setText(scores ? "training " + score : "training loss");
        testName.setText(scores ? "test " + score : "test loss");
        int stride = Math.max(1, (history.size() + MAX_POINTS - 1) / MAX_POINTS);
        int n = (history.size() + stride - 1) / stride;
        if (trainX.length < n) {
            trainX = new double[n];
            trainY = new double[n];
            testX = new double[n];
            testY = new double[n];
        }
        trainN = 0;
        testN = 0;
        for (int i = 0; i < history.size(); i += stride) {
            HistoryPoint p = history.get(i);
            trainX[trainN] = p.epoch();
            trainY[trainN++] = scores ? p.trainScore() : y(p.trainLoss());
            double t = scores ? p.testScore() : p.testLoss();
            if (!Double.isNaN(t)) {
                testX[testN] = p.epoch();
                testY[testN++] = scores ? t : y(t);
            }
        }
        lastEpoch = history.isEmpty() ? 10 : Math.max(1, history.get(history.size() - 1).epoch());
        // 1, 2 or 5 times a power of ten, whole, at most about 10 of them: 10 epochs end at 10, not 11
        epochUnit = history.isEmpty() ? 1 : LossCurves.niceUnit(lastEpoch / 10.0, true);
        // the best test loss is a loss: its entry leaves the legend of scores
        if (scores) {
            legend.getChildren().remove(bestName);
        } else if (!legend.getChildren().contains(bestName)) {
            legend.getChildren().add(bestName);
        }
        HistoryPoint bestPoint = history.bestTest();
        best = bestPoint == null || scores ? null : new double[] {bestPoint.epoch(), y(bestPoint.testLoss())};
        // before the first epoch, fixed axes of the right kind
        double[] fixed = !history.isEmpty() ? null : log ? new double[] {-3, 0, 1} : new double[] {0, 1, 0.25};
        plot.show(new LossCurves(trainX, trainY, trainN, testX, testY, testN, best, lastEpoch, epochUnit, fixed, log, yName,
                LossChartView::epochLabel, v -> yLabel(v, log)));
    }

    /** A whole epoch's tick label, grouped by thousands (1,000). */
    static String epochLabel(double v) {
        String digits = Long.toString(Math.abs((long) Math.rint(v)));
        StringBuilder b = new StringBuilder(v <= -0.5 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /** On the log scale the axis shows the losses themselves (0.01, 0.1, 1), not their logarithms. */
    private String yLabel(double v, boolean log) {
        if (!log) {
            return value(Math.abs(v) < 1e-12 ? 0 : v);
        }
        if (plot.yUnit() < 1) {
            // within one decade every tick, as the loss itself (0.3162 says nothing to a class)
            return new java.math.BigDecimal(Math.pow(10, v)).round(new java.math.MathContext(2))
                    .stripTrailingZeros().toPlainString();
        }
        return value(Math.pow(10, Math.rint(v)));
    }

    /** Shows the epoch nearest the mouse (at x in the plot's pane) with its losses. */
    private void readOut(double x) {
        HistoryView history = drawn;
        if (history == null || history.isEmpty()) {
            return;
        }
        double epoch = plot.epochAt(x);
        if (Double.isNaN(epoch)) {
            readout.setText(" ");
            return;
        }
        HistoryPoint nearest = history.get(0);
        for (HistoryPoint p : history) {
            if (Math.abs(p.epoch() - epoch) < Math.abs(nearest.epoch() - epoch)) {
                nearest = p;
            }
        }
        readout.setText(readOut(nearest, history.bestTest()));
    }

    /** The read-out of one epoch: its losses (or scores, as the chart shows them) and the best test loss. */
    String readOut(HistoryPoint p, HistoryPoint best) {
        if (showScore.get()) {
            String name = classification.get() ? "accuracy" : "R\u00b2";
            return String.format(Locale.ROOT, "epoch %,d: training %s %s, test %s", p.epoch(), name,
                    score(p.trainScore()), score(p.testScore()));
        }
        return String.format(Locale.ROOT, "epoch %,d: training loss %s, test loss %s%s", p.epoch(), value(p.trainLoss()),
                value(p.testLoss()), best == null ? ""
                        : String.format(Locale.ROOT, "   (best test loss %s at epoch %,d)", value(best.testLoss()), best.epoch()));
    }

    private String score(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return classification.get() ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Four significant digits, whatever the magnitude: 0.0001234, 0.5, 12.35. */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == 0) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
