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

/** Training and test loss per epoch on a log10 scale (at most 600 points drawn). */
public final class LossChartView {

    private static final int MAX_POINTS = 600;

    private final XYChart.Series<Number, Number> trainSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> testSeries = new XYChart.Series<>();
    private final LineChart<Number, Number> chart;
    private HistoryView drawn;

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
        snapshots.addListener((o, old, s) -> draw(s));
        draw(snapshots.getValue());
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
