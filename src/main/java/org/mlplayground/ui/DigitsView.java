package org.mlplayground.ui;

import static org.mlplayground.ui.Controls.button;
import static org.mlplayground.ui.Controls.combo;
import static org.mlplayground.ui.Controls.heading;
import static org.mlplayground.ui.Controls.labelled;
import static org.mlplayground.ui.Controls.named;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.mlplayground.baseline.ComparisonRow;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.data.Scaler;
import org.mlplayground.metrics.ClassificationReport;
import org.mlplayground.metrics.ClassifierEvaluation;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;

/**
 * The Digits tab: train a network on MNIST (settings on top, progress, live curves and
 * first-layer weights), draw a digit and see the preprocessing, the probabilities and every
 * hidden layer, keep drawings as a personal test set, and evaluate and compare (report,
 * confusion matrix with its digits, ROC, runs side by side with an SVM and logistic regression).
 */
public final class DigitsView {

    private static final List<Integer> TRAIN_SIZES = List.of(1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000);
    private static final List<Integer> SVM_SIZES = List.of(500, 1_000, 2_000, 5_000, 10_000);
    private static final List<Double> ALPHAS = List.of(0.0, 0.000001, 0.00001, 0.0001, 0.001, 0.01, 0.1, 1.0, 10.0);

    private final DigitsViewModel model;
    private final Label status = new Label();
    private final Label progress = new Label();
    private final javafx.scene.control.ToggleButton presentation = new javafx.scene.control.ToggleButton("Presentation");

    public DigitsView(DigitsViewModel model) {
        this.model = model;
    }

    /** Whether presentation mode is on (larger text for a projector). */
    public javafx.beans.property.BooleanProperty presentationProperty() {
        return presentation.selectedProperty();
    }

    /** Builds the tab's content. */
    public Parent createView() {
        BorderPane root = new BorderPane();
        root.setId("digits");
        root.getStylesheets().add(DigitsView.class.getResource("/css/playground.css").toExternalForm());
        root.getStyleClass().add("mlp-view");
        VBox top = new VBox(4, trainingBar(), progress);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.setStyle("-fx-background-color: #e8eef4;");
        progress.setId("digits-progress");
        root.setTop(top);
        Region details = detailTabs();
        HBox centre = new HBox(16, drawPanel(), outputPanel(), details);
        HBox.setHgrow(details, javafx.scene.layout.Priority.ALWAYS);
        centre.setPadding(new Insets(10, 12, 6, 12));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
        status.setId("digits-status");
        status.setPadding(new Insets(4, 12, 8, 12));
        status.textProperty().bind(model.statusProperty());
        root.setBottom(status);
        model.snapshotProperty().addListener((o, was, s) -> progress.setText(model.progress(s)));
        presentation.setTooltip(new Tooltip("Larger text and thicker lines, for a projector"));
        presentation.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                root.getStyleClass().add("presentation");
            } else {
                root.getStyleClass().remove("presentation");
            }
        });
        return root;
    }

    // ---- training settings ----

    private Region trainingBar() {
        TextField hidden = new TextField();
        hidden.setId("digits-hidden");
        hidden.setPrefColumnCount(6);
        hidden.textProperty().bindBidirectional(model.hiddenProperty());
        hidden.setTooltip(new Tooltip("Hidden layer sizes: 128, 256-128, 2+3+2 or {3,3}; empty for none (logistic regression)"));
        ComboBox<Activation> activation = choice(List.of(Activation.values()), "The hidden units' activation");
        activation.setConverter(named(Activation::sklearnName));
        activation.valueProperty().bindBidirectional(model.activationProperty());
        ComboBox<Solver> solver = choice(List.of(Solver.values()), "How the weights are updated");
        solver.setConverter(named(Solver::sklearnName));
        solver.valueProperty().bindBidirectional(model.solverProperty());
        ComboBox<Double> alpha = choice(ALPHAS, "The L2 penalty on the weights");
        alpha.setConverter(named(Controls::number));
        alpha.setValue(model.alphaProperty().get());
        alpha.valueProperty().addListener((o, was, now) -> model.alphaProperty().set(now));
        TextField batch = integerField(model.batchSizeProperty(), "batch size", 1, "Samples per weight update");
        TextField epochs = integerField(model.epochsProperty(), "epochs", 1, "Passes over the training digits");
        epochs.setId("digits-epochs");
        ComboBox<Scaler> scaler = choice(List.of(Scaler.values()), "Scaling of the pixels before the network (they are already in [0, 1])");
        scaler.setConverter(named(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        scaler.valueProperty().bindBidirectional(model.scalerProperty());
        scaler.setStyle("-fx-pref-width: 8em;");
        scaler.setMinWidth(0);
        ComboBox<Integer> size = choice(TRAIN_SIZES, "How many of the 60,000 training digits to train on");
        size.setId("digits-train-size");
        size.setConverter(named(n -> String.format(Locale.ROOT, "%,d", n)));
        size.setValue(model.trainSizeProperty().get());
        size.valueProperty().addListener((o, was, now) -> model.trainSizeProperty().set(now));
        model.trainSizeProperty().addListener((o, was, now) -> size.setValue(now.intValue()));
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setPrefColumnCount(3);
        seed.setTooltip(new Tooltip("The seed of the initial weights and of the order of samples"));
        seed.textProperty().addListener((o, was, now) -> {
            try {
                model.seedProperty().set(Long.parseLong(now.trim()));
            } catch (NumberFormatException e) {
                model.setStatus("The seed must be a whole number, got '" + now + "'");
            }
        });
        Button train = button("Train", "Train a new network with these settings", model::train);
        train.setId("digits-train");
        train.setDefaultButton(false);
        Button stop = button("Stop", "Stop training; the network so far is used", model::stop);
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> model.snapshotProperty().get() == null
                || model.snapshotProperty().get().state() != TrainingState.RUNNING, model.snapshotProperty()));
        train.disableProperty().bind(model.mnistProperty().isNull().or(stop.disableProperty().not())
                .or(model.preparingProperty()));
        Button load = button("Load model\u2026", "Use a digit model saved before", this::loadModel);
        Button save = button("Save model\u2026", "Save the model in use (the format predict, evaluate and classify read)",
                this::saveModel);
        save.disableProperty().bind(model.modelProperty().isNull());
        FlowPane bar = new FlowPane(7, 6, labelled("Hidden layers", hidden), labelled("Activation", activation),
                labelled("Solver", solver), labelled("Alpha", alpha), labelled("Batch", batch), labelled("Epochs", epochs),
                labelled("Scaler", scaler), labelled("Training digits", size), labelled("Seed", seed), train, stop, load, save,
                presentation);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TextField integerField(javafx.beans.property.IntegerProperty property, String name, int min, String help) {
        TextField field = new TextField(Integer.toString(property.get()));
        field.setPrefColumnCount(3);
        field.setTooltip(new Tooltip(help));
        field.textProperty().addListener((o, was, now) -> {
            try {
                int v = Integer.parseInt(now.trim());
                if (v < min) {
                    throw new NumberFormatException();
                }
                property.set(v);
            } catch (NumberFormatException e) {
                model.setStatus("The " + name + " must be a whole number of at least " + min + ", got '" + now + "'");
            }
        });
        return field;
    }

    // ---- drawing ----

    private Region drawPanel() {
        GreyImage[] stepImages = {new GreyImage(64), new GreyImage(64), new GreyImage(64), new GreyImage(64)};
        DrawingPad pad = new DrawingPad(280, model::setInk);
        Button clear = button("Clear", "Start a new drawing", pad::clear);
        clear.setId("pad-clear");
        Button undo = button("Undo stroke", "Remove the last stroke", pad::undo);
        CheckBox skip = new CheckBox("Skip fitting and centring");
        skip.setId("skip-centring");
        skip.setTooltip(new Tooltip("Only shrink the whole pad to 28x28, as naive code would: see how much worse the network does"));
        skip.selectedProperty().bindBidirectional(model.skipCentringProperty());
        String[] captions = {"crop to the ink", "fit in 20\u00d720", "place in 28\u00d728", "centre the mass"};
        HBox stepsRow = new HBox(8);
        for (int i = 0; i < 4; i++) {
            Label caption = new Label(captions[i]);
            caption.setStyle("-fx-font-size: 0.8em;");
            caption.setWrapText(true);
            caption.setMaxWidth(64);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            VBox cell = new VBox(2, stepImages[i].node(), caption);
            cell.setStyle("-fx-background-color: black; -fx-background-insets: 0 0 30 0;");
            stepsRow.getChildren().add(cell);
        }
        model.stepsProperty().addListener((o, was, s) -> {
            if (s == null) {
                return;
            }
            stepImages[0].show(s.cropped());
            stepImages[1].show(s.fitted());
            stepImages[2].show(s.placed());
            stepImages[3].show(s.result());
        });
        FlowPane labels = new FlowPane(4, 4);
        labels.setPrefWrapLength(280);
        for (int d = 0; d < 10; d++) {
            int digit = d;
            Button b = button(Integer.toString(d), "Keep this drawing as a " + d + " in your personal test set",
                    () -> model.keepDrawing(digit));
            b.setId("keep-" + d);
            b.setMinWidth(26);
            labels.getChildren().add(b);
        }
        Label kept = new Label();
        kept.textProperty().bind(Bindings.size(model.personalDigits()).asString("%d drawings kept"));
        Label gets = new Label("What the network gets, step by step:");
        gets.setWrapText(true);
        gets.setMinHeight(Region.USE_PREF_SIZE);
        VBox panel = new VBox(8, heading("Draw a digit"), pad.node(), new HBox(8, clear, undo), skip,
                gets, stepsRow, new Label("This was a \u2026"), labels, kept);
        panel.setPrefWidth(290);
        panel.setMinWidth(290);
        return panel;
    }

    private Region outputPanel() {
        ProbabilityBars bars = new ProbabilityBars();
        ActivationStrips strips = new ActivationStrips();
        model.traceProperty().addListener((o, was, t) -> {
            bars.show(t);
            strips.show(t);
        });
        bars.show(null);
        strips.show(null);
        Label which = new Label();
        which.setWrapText(true);
        which.setMaxWidth(370);
        which.textProperty().bind(Bindings.createStringBinding(() -> model.modelProperty().get() == null ? "Loading\u2026"
                : "Model: " + model.modelProperty().get().description(), model.modelProperty()));
        VBox panel = new VBox(8, heading("What the network thinks"), which, bars.node(), heading("Hidden layers"), strips.node());
        panel.setPrefWidth(380);
        panel.setMinWidth(380);
        return panel;
    }

    // ---- training, evaluation, comparison ----

    private Region detailTabs() {
        TabPane tabs = new TabPane(new Tab("Training", trainingTab()), new Tab("Evaluation", evaluationTab()),
                new Tab("Comparison", comparisonTab()));
        tabs.setId("digits-details");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // -Dplayground.digits.details=evaluation or comparison opens that tab (the screenshots use it)
        String start = System.getProperty("playground.digits.details", "training");
        tabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(start)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        tabs.setPrefWidth(720);
        tabs.setMinWidth(560);
        return tabs;
    }

    private Region trainingTab() {
        LossChartView curves = new LossChartView(model.snapshotProperty());
        curves.node().setId("digits-curves");
        curves.node().setPrefHeight(330);
        WeightImages weights = new WeightImages(300);
        model.snapshotProperty().addListener((o, was, s) -> {
            if (s != null && s.weights() != null) {
                weights.show(s.weights());
            }
        });
        model.modelProperty().addListener((o, was, m) -> {
            TrainingSnapshot s = model.snapshotProperty().get();
            if (m != null && (s == null || s.state() != TrainingState.RUNNING)) {
                weights.show(m.network());
            }
        });
        VBox box = new VBox(8, curves.node(), heading("What the first hidden units look for"), weights.node());
        box.setPadding(new Insets(8));
        return scrolling(box);
    }

    private Region evaluationTab() {
        ComboBox<DigitsViewModel.EvaluationSet> set = choice(List.of(DigitsViewModel.EvaluationSet.values()),
                "Evaluate on MNIST's 10,000 test digits or on the digits you drew and kept");
        set.setId("evaluation-set");
        set.setConverter(named(s -> s == DigitsViewModel.EvaluationSet.TEST ? "MNIST test set (10,000 digits)"
                : "my drawn digits"));
        set.valueProperty().bindBidirectional(model.evaluationSetProperty());
        GridPane report = new GridPane();
        report.setId("report");
        report.setHgap(14);
        report.setVgap(2);
        ConfusionMatrixView confusion = new ConfusionMatrixView(this::showCell);
        RocView roc = new RocView();
        presentation.selectedProperty().addListener((o, was, on) -> {
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
        return scrolling(box);
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
        if (status.getScene() != null) {
            stage.initOwner(status.getScene().getWindow());
        }
        ScrollPane scroll = new ScrollPane(new VBox(6, heading(title), rows.length == 0 ? new Label("No digits here.") : digits));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 700, 480));
        stage.show();
    }

    private Region comparisonTab() {
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

    private void loadModel() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Models", "*.json", "*.json.gz"));
        java.io.File f = chooser.showOpenDialog(status.getScene().getWindow());
        if (f != null) {
            model.loadModel(f.toPath());
        }
    }

    private void saveModel() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("digits-model.json");
        java.io.File f = chooser.showSaveDialog(status.getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            model.saveModel(f.toPath());
            model.setStatus("Saved the model to " + f + " (java -jar mlp-playground.jar classify --model ... reads it).");
        } catch (java.io.IOException | RuntimeException e) {
            model.setStatus("Not saved: " + e.getMessage());
        }
    }

    // ---- small helpers ----

    /** A choice starting at its first item, never squeezed. */
    private static <T> ComboBox<T> choice(List<T> items, String help) {
        ComboBox<T> c = combo(items, items.get(0), help);
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    /** Content that scrolls up and down and fits the tab's width. */
    private static ScrollPane scrolling(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
