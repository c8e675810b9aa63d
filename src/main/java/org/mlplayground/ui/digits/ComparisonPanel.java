package org.mlplayground.ui.digits;

import static org.mlplayground.ui.shared.Controls.button;
import static org.mlplayground.ui.shared.Controls.choice;
import static org.mlplayground.ui.shared.Controls.heading;
import static org.mlplayground.ui.shared.Controls.named;
import static org.mlplayground.ui.shared.Controls.scrolling;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.baseline.ComparisonRow;


/**
 * The Digits tab's comparison: every finished run, SVM and logistic regression side by side
 * (training digits, training and prediction time, test accuracy, macro F1, settings), with the
 * networks' training loss curves overlaid.
 */
final class ComparisonPanel {

    private static final List<Integer> SVM_SIZES = List.of(500, 1_000, 2_000, 5_000, 10_000);

    private final DigitsEvaluation model;

    ComparisonPanel(DigitsEvaluation model) {
        this.model = model;
    }

    /** The tab's content. */
    Region node() {
        TableView<ComparisonRow> table = new TableView<>(model.comparison());
        table.setId("comparison");
        table.getColumns().add(column("classifier", ComparisonRow::name, 165));
        table.getColumns().add(column("digits", r -> String.format(Locale.ROOT, "%,d", r.trainRows()), 75));
        table.getColumns().add(column("train s", r -> String.format(Locale.ROOT, "%.1f", r.trainSeconds()), 80));
        table.getColumns().add(column("predict s", r -> String.format(Locale.ROOT, "%.2f", r.predictSeconds()), 95));
        table.getColumns().add(column("accuracy", r -> String.format(Locale.ROOT, "%.2f%%", 100 * r.accuracy()), 95));
        table.getColumns().add(column("macro F1", r -> String.format(Locale.ROOT, "%.4f", r.macroF1()), 95));
        table.getColumns().add(column("settings", ComparisonRow::settings, 330));
        table.setPrefWidth(400);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label("Train a network, or add an SVM or logistic regression, to compare them here."));
        NumberAxis epochs = new NumberAxis();
        epochs.setLabel("epoch");
        NumberAxis loss = new NumberAxis();
        loss.setLabel("log10 training loss");
        loss.setForceZeroInRange(false);
        LineChart<Number, Number> curves = new LineChart<>(epochs, loss);
        curves.setId("comparison-curves");
        curves.setCreateSymbols(false);
        curves.setAnimated(false);
        curves.setPrefHeight(300);
        model.comparison().addListener((javafx.collections.ListChangeListener<ComparisonRow>) c -> {
            curves.getData().clear();
            for (ComparisonRow r : model.comparison()) {
                if (r.lossCurve().length == 0) {
                    continue;
                }
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(r.name() + " (" + String.format(Locale.ROOT, "%.2f%%", 100 * r.accuracy()) + ")");
                for (int i = 0; i < r.lossCurve().length; i++) {
                    series.getData().add(new XYChart.Data<>(i + 1, Math.log10(r.lossCurve()[i])));
                }
                curves.getData().add(series);
            }
        });
        ComboBox<Integer> svmSize = choice(SVM_SIZES, "Kernel SVMs grow about quadratically with the training digits");
        svmSize.setConverter(named(n -> String.format(Locale.ROOT, "%,d", n)));
        svmSize.setValue(model.svmTrainSizeProperty().get());
        svmSize.valueProperty().addListener((o, was, now) -> model.svmTrainSizeProperty().set(now));
        Button svm = button("Add SVM (RBF, C 10)", "Train LIBSVM's RBF SVM on the first digits of the training set", model::compareSvm);
        svm.setId("add-svm");
        Button logistic = button("Add logistic regression", "No hidden layer: softmax of one affine map, on the training digits",
                model::compareLogistic);
        logistic.setId("add-logistic");
        svm.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busyProperty().get(), model.busyProperty()));
        logistic.disableProperty().bind(svm.disableProperty());
        HBox actions = new HBox(8, svm, new Label("on"), svmSize, new Label("digits"), logistic);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label("Every trained network is added when its training ends; all rows use the same 10,000 test digits.");
        note.setWrapText(true);
        VBox box = new VBox(8, note, actions, table, heading("Training loss of each run"), curves);
        box.setPadding(new Insets(8));
        return scrolling(box);
    }

    private static TableColumn<ComparisonRow, String> column(String title, java.util.function.Function<ComparisonRow, String> value,
                                                             double width) {
        TableColumn<ComparisonRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

}
