package org.mlplayground.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.mlplayground.train.HistoryPoint;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;

/**
 * Training and test loss per epoch on a log10 scale (at most 600 points drawn). A chart relayout
 * is costly, so it is redrawn at most {@link #REDRAWS_PER_SECOND} times a second; the newest
 * history is always drawn in the end.
 */
public final class LossChartView {

    private static final int MAX_POINTS = 600;
    private static final int REDRAWS_PER_SECOND = 5;

    private final XYChart.Series<Number, Number> trainSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> testSeries = new XYChart.Series<>();
    private final LineChart<Number, Number> chart;
    private HistoryView drawn;
    private TrainingSnapshot pending;
    private long lastDraw;
    private final javafx.animation.PauseTransition trailing =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(1000.0 / REDRAWS_PER_SECOND));

    public LossChartView(ObservableValue<TrainingSnapshot> snapshots) {
        NumberAxis epochs = new NumberAxis();
        epochs.setLabel("epoch");
        NumberAxis loss = new NumberAxis();
        loss.setLabel("log10 of the loss");
        loss.setForceZeroInRange(false);
        chart = new LineChart<>(epochs, loss);
        chart.setId("loss-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        trainSeries.setName("training loss");
        testSeries.setName("test loss");
        chart.getData().add(trainSeries);
        chart.getData().add(testSeries);
        trailing.setOnFinished(e -> draw(pending));
        snapshots.addListener((o, old, s) -> offer(s));
        draw(snapshots.getValue());
    }

    private void offer(TrainingSnapshot s) {
        pending = s;
        if (System.nanoTime() - lastDraw >= 1_000_000_000L / REDRAWS_PER_SECOND) {
            draw(s);
        } else {
            trailing.playFromStart();
        }
    }

    /** The node to place in a layout. */
    public LineChart<Number, Number> node() {
        return chart;
    }

    private void draw(TrainingSnapshot s) {
        if (s == null || s.history() == drawn) {
            return;
        }
        HistoryView history = s.history();
        drawn = history;
        lastDraw = System.nanoTime();
        int stride = Math.max(1, (history.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<XYChart.Data<Number, Number>> train = new ArrayList<>();
        List<XYChart.Data<Number, Number>> test = new ArrayList<>();
        for (int i = 0; i < history.size(); i += stride) {
            HistoryPoint p = history.get(i);
            train.add(new XYChart.Data<>(p.epoch(), Math.log10(p.trainLoss())));
            if (!Double.isNaN(p.testLoss())) {
                test.add(new XYChart.Data<>(p.epoch(), Math.log10(p.testLoss())));
            }
        }
        trainSeries.getData().setAll(train);
        testSeries.getData().setAll(test);
    }
}
