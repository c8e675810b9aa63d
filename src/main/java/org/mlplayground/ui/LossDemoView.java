package org.mlplayground.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.train.HistoryPoint;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;

/**
 * Draws the demo: play/pause and reset, the epoch, losses and accuracy, the decision boundary
 * with the points, and both loss curves on a log scale.
 */
public final class LossDemoView {

    private static final int MAX_POINTS = 600;

    private final LossDemoViewModel model;
    private final XYChart.Series<Number, Number> trainSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> testSeries = new XYChart.Series<>();
    private final Label status = new Label();

    public LossDemoView(LossDemoViewModel model) {
        this.model = model;
    }

    /** Builds the node tree and binds it to the view-model. */
    public Parent createView() {
        Button play = new Button("Play");
        play.setId("play");
        play.setPrefWidth(80);
        play.setOnAction(e -> model.togglePlay());
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty()).then("Pause").otherwise("Play"));
        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setOnAction(e -> model.reset());
        Label title = new Label("Circle dataset (20% noise), 2-8-8-1 tanh, adam");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        status.setId("status");
        status.setStyle("-fx-font-size: 15px; -fx-font-family: monospace;");
        for (Region r : new Region[] {play, reset, title}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        BoundaryView boundary = new BoundaryView(model.snapshotProperty(), model.trainData(), model.testData(), 500, 500);
        CheckBox showTest = new CheckBox("show test data");
        showTest.setId("show-test");
        showTest.selectedProperty().bindBidirectional(boundary.showTestProperty());
        CheckBox discretize = new CheckBox("discretize output");
        discretize.setId("discretize");
        discretize.selectedProperty().bindBidirectional(boundary.discretizeProperty());
        HBox bar = new HBox(12, play, reset, title, showTest, discretize);
        bar.setAlignment(Pos.CENTER_LEFT);
        status.setMaxWidth(Double.MAX_VALUE);
        VBox top = new VBox(8, bar, status);
        top.setPadding(new Insets(12, 12, 4, 12));

        NumberAxis epochs = new NumberAxis();
        epochs.setLabel("epoch");
        epochs.setForceZeroInRange(true);
        NumberAxis loss = new NumberAxis();
        loss.setLabel("log10 of the loss (cross-entropy)");
        loss.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(epochs, loss);
        chart.setId("loss-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        trainSeries.setName("training loss");
        testSeries.setName("test loss");
        chart.getData().add(trainSeries);
        chart.getData().add(testSeries);

        model.snapshotProperty().addListener((o, old, s) -> draw(s));
        draw(model.snapshotProperty().get());
        HBox.setHgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        HBox body = new HBox(8, boundary.node(), chart);
        BorderPane root = new BorderPane(body, top, null, null, null);
        root.setPadding(new Insets(8));
        root.getStylesheets().add(LossDemoView.class.getResource("/css/playground.css").toExternalForm());
        return root;
    }

    private void draw(TrainingSnapshot s) {
        if (!s.message().isEmpty()) {
            status.setText(s.message());
        } else if (s.epoch() == 0) {
            status.setText("press Play to train");
        } else {
            status.setText(String.format("epoch %5d    loss train %.4f  test %.4f    accuracy train %5.1f%%  test %5.1f%%    %,6.0f steps/s",
                    s.epoch(), s.trainLoss(), s.testLoss(), 100 * s.trainScore(), 100 * s.testScore(), s.stepsPerSecond()));
        }
        HistoryView history = s.history();
        int stride = Math.max(1, (history.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<XYChart.Data<Number, Number>> train = new ArrayList<>();
        List<XYChart.Data<Number, Number>> test = new ArrayList<>();
        for (int i = 0; i < history.size(); i += stride) {
            HistoryPoint p = history.get(i);
            train.add(new XYChart.Data<>(p.epoch(), Math.log10(p.trainLoss())));
            test.add(new XYChart.Data<>(p.epoch(), Math.log10(p.testLoss())));
        }
        trainSeries.getData().setAll(train);
        testSeries.getData().setAll(test);
    }
}
