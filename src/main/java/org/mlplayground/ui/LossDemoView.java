package org.mlplayground.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Draws the demo: a play/pause button, the epoch and loss, and the training-loss curve on a log scale. */
public final class LossDemoView {

    private static final int MAX_POINTS = 600;

    private final LossDemoViewModel model;
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Label status = new Label();

    public LossDemoView(LossDemoViewModel model) {
        this.model = model;
    }

    /** Builds the node tree and binds it to the view-model. */
    public Parent createView() {
        Button play = new Button("Play");
        play.setId("play");
        play.setOnAction(e -> model.togglePlay());
        model.runningProperty().addListener((o, was, now) -> play.setText(now ? "Pause" : "Play"));
        Label title = new Label("Circle dataset, 2-8-8-1 tanh, adam");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        status.setId("status");
        status.setStyle("-fx-font-size: 15px; -fx-font-family: monospace;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, play, title, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12));

        NumberAxis epochs = new NumberAxis(0, LossDemoViewModel.EPOCHS, LossDemoViewModel.EPOCHS / 10.0);
        epochs.setLabel("epoch");
        NumberAxis loss = new NumberAxis();
        loss.setLabel("log10 of the training loss (cross-entropy)");
        loss.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(epochs, loss);
        chart.setId("loss-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        series.setName("training loss");
        chart.getData().add(series);

        model.progressProperty().addListener((o, old, p) -> draw(p));
        draw(model.progressProperty().get());
        BorderPane root = new BorderPane(chart, bar, null, null, null);
        root.setPadding(new Insets(8));
        return root;
    }

    private void draw(LossDemoViewModel.Progress p) {
        status.setText(p.epoch() == 0 ? "press Play to train"
                : String.format("epoch %5d   loss %.4f   accuracy %5.1f%%%s", p.epoch(),
                        p.losses()[p.losses().length - 1], 100 * p.accuracy(), p.finished() ? "   done" : ""));
        double[] losses = p.losses();
        int stride = Math.max(1, (losses.length + MAX_POINTS - 1) / MAX_POINTS);
        java.util.List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>();
        for (int i = 0; i < losses.length; i += stride) {
            points.add(new XYChart.Data<>(i + 1, Math.log10(losses[i])));
        }
        series.getData().setAll(points);
    }
}
