package org.mlplayground.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mlplayground.train.HistoryPoint;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;

/**
 * Training and test loss per epoch (at most 600 points drawn), on a log10 or a linear scale,
 * with the epoch of the best test loss marked and a read-out of the epoch under the mouse; or,
 * switched, the accuracy (R^2 for regression) on both. A
 * chart relayout is costly, so it is redrawn at most {@link #REDRAWS_PER_SECOND} times a second;
 * the newest history is always drawn in the end.
 */
public final class LossChartView {

    private static final int MAX_POINTS = 600;
    private static final int REDRAWS_PER_SECOND = 5;

    private final XYChart.Series<Number, Number> trainSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> testSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bestSeries = new XYChart.Series<>();
    private final NumberAxis lossAxis = new NumberAxis();
    private final LineChart<Number, Number> chart;
    private final BooleanProperty logScale = new SimpleBooleanProperty(true);
    private final BooleanProperty showScore = new SimpleBooleanProperty(false);
    /** Whether the scores are accuracies (classification) or R^2 (regression). */
    private final BooleanProperty classification = new SimpleBooleanProperty(true);
    private final Label readout = new Label(" ");
    private final VBox root;
    private final PauseTransition trailing = new PauseTransition(Duration.millis(1000.0 / REDRAWS_PER_SECOND));
    private HistoryView drawn;
    private TrainingSnapshot pending;
    private long lastDraw;

    public LossChartView(ObservableValue<TrainingSnapshot> snapshots) {
        NumberAxis epochs = new NumberAxis();
        epochs.setLabel("epoch");
        // whole epochs only: no "2.5" and no "-0" ticks
        epochs.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return Math.abs(v - Math.rint(v)) > 1e-9 ? "" : String.format(java.util.Locale.ROOT, "%,d", (long) Math.rint(v) + 0);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
        lossAxis.setForceZeroInRange(false);
        chart = new LineChart<>(epochs, lossAxis);
        chart.setId("loss-chart");
        chart.setCreateSymbols(false);
        // on the log scale y = 0 is a loss of 1: the chart's zero line would read as a curve
        chart.setHorizontalZeroLineVisible(false);
        chart.setAnimated(false);
        trainSeries.setName("training loss");
        testSeries.setName("test loss");
        bestSeries.setName("best test loss");
        chart.getData().add(trainSeries);
        chart.getData().add(testSeries);
        chart.getData().add(bestSeries);
        CheckBox log = new CheckBox("log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(logScale);
        logScale.addListener(o -> {
            drawn = null;
            draw(pending);
        });
        CheckBox score = new CheckBox();
        score.textProperty().bind(javafx.beans.binding.Bindings.when(classification).then("accuracy").otherwise("R\u00b2"));
        score.setId("show-score");
        classification.addListener(o -> {
            drawn = null;
            draw(pending);
        });
        score.selectedProperty().bindBidirectional(showScore);
        showScore.addListener(o -> {
            drawn = null;
            draw(pending);
        });
        log.disableProperty().bind(showScore);
        // on the log scale the axis shows the losses themselves (0.01, 0.1, 1), not their logarithms
        lossAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number v) {
                if (logScale.get() && !showScore.get()) {
                    // powers of ten only when the axis spans a decade or more (0.3162 says nothing to a
                    // class); within one decade every tick, as the loss itself
                    double power = v.doubleValue();
                    boolean wide = lossAxis.getUpperBound() - lossAxis.getLowerBound() >= 1;
                    if (!wide) {
                        return new java.math.BigDecimal(Math.pow(10, power)).round(new java.math.MathContext(2))
                                .stripTrailingZeros().toPlainString();
                    }
                    return Math.abs(power - Math.rint(power)) < 1e-9 ? value(Math.pow(10, power)) : "";
                }
                return value(v.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        readout.setId("loss-readout");
        readout.setStyle("-fx-font-family: monospace;");
        HBox bar = new HBox(16, log, score, readout);
        bar.setStyle("-fx-padding: 0 0 0 12;");
        root = new VBox(chart, bar);
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        chart.setOnMouseMoved(e -> readOut(e.getSceneX(), e.getSceneY()));
        chart.setOnMouseExited(e -> readout.setText(" "));
        trailing.setOnFinished(e -> draw(pending));
        snapshots.addListener((o, old, s) -> offer(s));
        pending = snapshots.getValue();
        draw(pending);
    }

    /** The node to place in a layout. */
    public VBox node() {
        return root;
    }

    /** The chart itself. */
    public LineChart<Number, Number> chart() {
        return chart;
    }

    /** Whether the scores are accuracies (else R^2): names the checkbox, the axis and the read-out. */
    public BooleanProperty classificationProperty() {
        return classification;
    }

    /** Whether the loss axis is log10 (else linear). */
    public BooleanProperty logScaleProperty() {
        return logScale;
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

    private void draw(TrainingSnapshot s) {
        if (s == null || s.history() == drawn) {
            return;
        }
        HistoryView history = s.history();
        drawn = history;
        lastDraw = System.nanoTime();
        boolean scores = showScore.get();
        String score = classification.get() ? "accuracy" : "R\u00b2";
        lossAxis.setLabel(scores ? score : logScale.get() ? "loss (log)" : "loss");
        trainSeries.setName(scores ? "training " + score : "training loss");
        testSeries.setName(scores ? "test " + score : "test loss");
        int stride = Math.max(1, (history.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<double[]> train = new ArrayList<>();
        List<double[]> test = new ArrayList<>();
        for (int i = 0; i < history.size(); i += stride) {
            HistoryPoint p = history.get(i);
            train.add(new double[] {p.epoch(), scores ? p.trainScore() : y(p.trainLoss())});
            double t = scores ? p.testScore() : p.testLoss();
            if (!Double.isNaN(t)) {
                test.add(new double[] {p.epoch(), scores ? t : y(t)});
            }
        }
        setPoints(trainSeries, train);
        setPoints(testSeries, test);
        if (history.isEmpty()) {
            // a line chart keeps a series' old path when its data empties (JavaFX lays out no points):
            // clear the drawn lines too, so that a restarted run shows nothing of the last one
            for (XYChart.Series<Number, Number> series : List.of(trainSeries, testSeries, bestSeries)) {
                if (series.getNode() instanceof javafx.scene.shape.Path path) {
                    path.getElements().clear();
                }
            }
        }
        emptyAxes(history.isEmpty(), scores);
        if (!history.isEmpty()) {
            epochAxis(history.get(history.size() - 1).epoch());
        }
        HistoryPoint best = history.bestTest();
        // the best test loss is a loss: its series (and legend entry) leaves the chart of scores
        if (scores) {
            chart.getData().remove(bestSeries);
        } else if (!chart.getData().contains(bestSeries)) {
            chart.getData().add(bestSeries);
        }
        if (best == null || scores) {
            bestSeries.getData().clear();
        } else {
            if (bestSeries.getData().size() == 1) {
                setPoints(bestSeries, List.of(new double[] {best.epoch(), y(best.testLoss())}));
                return;
            }
            XYChart.Data<Number, Number> mark = new XYChart.Data<>(best.epoch(), y(best.testLoss()));
            javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5);
            dot.getStyleClass().add("best-test-mark");
            mark.setNode(dot);
            bestSeries.getData().setAll(List.of(mark));
        }
    }

    /**
     * The series' points become {@code points} ({x, y} each): the points it has are moved in place
     * and only the difference is added or removed, so no point's node is made again (each new
     * {@code XYChart.Data} costs the chart a node and a layout of its own).
     */
    private static void setPoints(XYChart.Series<Number, Number> series, List<double[]> points) {
        javafx.collections.ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int kept = Math.min(data.size(), points.size());
        for (int i = 0; i < kept; i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            double[] p = points.get(i);
            if (d.getXValue().doubleValue() != p[0]) {
                d.setXValue(p[0]);
            }
            if (Double.compare(d.getYValue().doubleValue(), p[1]) != 0) {
                d.setYValue(p[1]);
            }
        }
        if (data.size() > points.size()) {
            data.remove(points.size(), data.size());
        } else if (points.size() > kept) {
            List<XYChart.Data<Number, Number>> added = new ArrayList<>();
            for (double[] p : points.subList(kept, points.size())) {
                added.add(new XYChart.Data<>(p[0], p[1]));
            }
            data.addAll(added);
        }
    }

    /** Before the first epoch, fixed axes of the right kind instead of the chart's 0-100 defaults. */
    private void emptyAxes(boolean empty, boolean scores) {
        NumberAxis epochs = (NumberAxis) chart.getXAxis();
        epochs.setAutoRanging(!empty);
        lossAxis.setAutoRanging(!empty);
        if (empty) {
            epochs.setLowerBound(0);
            epochs.setUpperBound(10);
            epochs.setTickUnit(1);
            boolean log = logScale.get() && !scores;
            lossAxis.setLowerBound(log ? -3 : 0);
            lossAxis.setUpperBound(log ? 0 : 1);
            lossAxis.setTickUnit(log ? 1 : 0.25);
        }
    }

    /**
     * The epoch axis from 0 to the last epoch, in steps of 1, 2 or 5 times a power of ten (at most
     * about 10 of them): 10 epochs end at 10, not at the 11 a chart's own range would pad to.
     */
    private void epochAxis(long last) {
        NumberAxis epochs = (NumberAxis) chart.getXAxis();
        double top = Math.max(1, last);
        double raw = top / 10;
        double step = Math.pow(10, Math.floor(Math.log10(raw)));
        step = raw <= step ? step : raw <= 2 * step ? 2 * step : raw <= 5 * step ? 5 * step : 10 * step;
        epochs.setAutoRanging(false);
        epochs.setLowerBound(0);
        epochs.setUpperBound(top);
        epochs.setTickUnit(Math.max(1, step));
    }

    /** Shows the epoch nearest the mouse with its losses. */
    private void readOut(double sceneX, double sceneY) {
        HistoryView history = drawn;
        if (history == null || history.isEmpty()) {
            return;
        }
        Node plot = chart.lookup(".chart-plot-background");
        if (plot == null) {
            return;
        }
        Point2D local = plot.sceneToLocal(sceneX, sceneY);
        NumberAxis epochs = (NumberAxis) chart.getXAxis();
        Point2D inAxis = epochs.sceneToLocal(sceneX, sceneY);
        double epoch = epochs.getValueForDisplay(inAxis.getX()).doubleValue();
        if (local.getX() < 0 || local.getX() > plot.getBoundsInLocal().getWidth()) {
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
