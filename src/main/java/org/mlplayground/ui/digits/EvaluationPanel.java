package org.mlplayground.ui.digits;

import static org.mlplayground.ui.shared.Controls.choice;
import static org.mlplayground.ui.shared.Controls.heading;
import static org.mlplayground.ui.shared.Controls.named;
import static org.mlplayground.ui.shared.Controls.scrolling;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mlplayground.metrics.ClassificationReport;
import org.mlplayground.metrics.ClassifierEvaluation;


/**
 * The Digits tab's evaluation: accuracy and macro F1, the confusion matrix (a click opens the
 * cell's digits), the ROC curves and the per-class report, for the test set or the drawn digits.
 */
final class EvaluationPanel {

    private final DigitsEvaluation model;
    private final ObservableValue<Boolean> presentation;
    private ScrollPane root;

    EvaluationPanel(DigitsEvaluation model, ObservableValue<Boolean> presentation) {
        this.model = model;
        this.presentation = presentation;
    }

    /** The tab's content. */
    Region node() {
        ComboBox<DigitsEvaluation.EvaluationSet> set = choice(List.of(DigitsEvaluation.EvaluationSet.values()),
                "Evaluate on MNIST's 10,000 test digits or on the digits you drew and kept");
        set.setId("evaluation-set");
        set.setConverter(named(s -> s == DigitsEvaluation.EvaluationSet.TEST ? "MNIST test set (10,000 digits)"
                : "my drawn digits"));
        set.valueProperty().bindBidirectional(model.evaluationSetProperty());
        GridPane report = new GridPane();
        report.setId("report");
        report.setHgap(14);
        report.setVgap(2);
        ConfusionMatrixView confusion = new ConfusionMatrixView(this::showCell);
        RocView roc = new RocView();
        presentation.addListener((o, was, on) -> {
            confusion.setScale(on ? 1.3 : 1);
            roc.setScale(on ? 1.3 : 1);
        });
        Label summary = new Label();
        summary.setId("evaluation-summary");
        summary.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold;");
        model.evaluationProperty().addListener((o, was, e) -> {
            confusion.show(e == null ? null : e.confusion());
            roc.show(e);
            fillReport(report, e == null ? null : e.report());
            summary.setText(e == null ? "" : String.format(Locale.ROOT, "accuracy %.2f%%, macro F1 %.4f on %,d digits",
                    100 * e.report().accuracy(), e.report().macroF1(), e.truth().length));
        });
        Label hint = new Label("Click a cell to see its digits.");
        hint.setStyle("-fx-font-size: 0.9em;");
        VBox left = new VBox(6, heading("Confusion matrix"), confusion.node(), hint);
        CheckBox logRoc = new CheckBox("log false positive rate");
        logRoc.setId("roc-log");
        logRoc.setTooltip(new Tooltip("Spreads out the corner where a good classifier's curves all crowd"));
        logRoc.selectedProperty().addListener((o, was, on) -> roc.setLogScale(on));
        VBox right = new VBox(6, heading("ROC, one class against the rest"), roc.node(), logRoc);
        HBox choose = new HBox(10, new Label("Evaluate on"), set);
        choose.setAlignment(Pos.CENTER_LEFT);
        // side by side where there is room, the ROC under the matrix where there is not
        FlowPane plots = new FlowPane(10, 12, left, right);
        VBox box = new VBox(8, choose, summary, plots, heading("Per class"), report);
        box.setPadding(new Insets(8));
        root = scrolling(box);
        return root;
    }

    private static void fillReport(GridPane grid, ClassificationReport r) {
        grid.getChildren().clear();
        if (r == null) {
            return;
        }
        String[] head = {"class", "precision", "recall", "F1", "support"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.setStyle("-fx-font-weight: bold;");
            grid.add(l, c, 0);
        }
        int row = 1;
        for (int k = 0; k < r.labels().length; k++) {
            addRow(grid, row++, r.names() != null ? r.names()[k] : Integer.toString(r.labels()[k]), r.precision()[k],
                    r.recall()[k], r.f1()[k], Long.toString(r.support()[k]));
        }
        long total = java.util.Arrays.stream(r.support()).sum();
        addRow(grid, row++, "macro avg", r.macroPrecision(), r.macroRecall(), r.macroF1(), Long.toString(total));
        addRow(grid, row, "weighted avg", r.weightedPrecision(), r.weightedRecall(), r.weightedF1(), Long.toString(total));
    }

    private static void addRow(GridPane grid, int row, String name, double p, double rec, double f1, String support) {
        grid.add(new Label(name), 0, row);
        String[] values = {String.format(Locale.ROOT, "%.3f", p), String.format(Locale.ROOT, "%.3f", rec),
            String.format(Locale.ROOT, "%.3f", f1), support};
        for (int c = 0; c < values.length; c++) {
            Label l = new Label(values[c]);
            l.setStyle("-fx-font-family: monospace;");
            grid.add(l, c + 1, row);
        }
    }

    /** A window with the digits of one confusion-matrix cell and their probabilities. */
    private void showCell(int actual, int predicted) {
        ClassifierEvaluation e = model.evaluationProperty().get();
        if (e == null) {
            return;
        }
        int[] rows = e.rowsIn(actual, predicted);
        FlowPane digits = new FlowPane(8, 8);
        digits.setId("cell-digits");
        digits.setPadding(new Insets(10));
        digits.setPrefWrapLength(640);
        int shown = Math.min(200, rows.length);
        for (int i = 0; i < shown; i++) {
            int r = rows[i];
            GreyImage image = new GreyImage(56);
            image.show(model.evaluatedImage(r), 28, 28);
            Label p = new Label(String.format(Locale.ROOT, "p(%d) %.2f", predicted, e.probabilities().get(r, predicted)));
            p.setStyle("-fx-font-size: 0.8em;");
            VBox cell = new VBox(2, image.node(), p);
            cell.setAlignment(Pos.CENTER);
            digits.getChildren().add(cell);
        }
        String title = String.format(Locale.ROOT, "True %d, predicted %d: %,d digit%s%s", actual, predicted, rows.length,
                rows.length == 1 ? "" : "s", shown < rows.length ? " (the first " + shown + " shown)" : "");
        Stage stage = new Stage();
        stage.setTitle(title);
        if (root != null && root.getScene() != null) {
            stage.initOwner(root.getScene().getWindow());
        }
        ScrollPane scroll = new ScrollPane(new VBox(6, heading(title), rows.length == 0 ? new Label("No digits here.") : digits));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 700, 480));
        stage.show();
    }

}
