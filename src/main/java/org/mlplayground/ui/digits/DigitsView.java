package org.mlplayground.ui.digits;

import static org.mlplayground.ui.shared.Controls.button;
import static org.mlplayground.ui.shared.Controls.choice;
import static org.mlplayground.ui.shared.Controls.heading;
import static org.mlplayground.ui.shared.Controls.labelled;
import static org.mlplayground.ui.shared.Controls.named;
import static org.mlplayground.ui.shared.Controls.scrolling;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.Controls;
import org.mlplayground.ui.shared.LossChartView;



/**
 * The Digits tab: train a network on MNIST (settings on top, progress, live curves and
 * first-layer weights), draw a digit and see the preprocessing, the probabilities and every
 * hidden layer, keep drawings as a personal test set, and evaluate and compare (report,
 * confusion matrix with its digits, ROC, runs side by side with an SVM and logistic regression).
 */
public final class DigitsView {

    private static final List<Integer> TRAIN_SIZES = List.of(1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000);
    private static final List<Double> ALPHAS = List.of(0.0, 0.000001, 0.00001, 0.0001, 0.001, 0.01, 0.1, 1.0, 10.0);

    private final DigitsViewModel model;
    private final Label status = new Label();
    private final Label progress = new Label();
    private final javafx.scene.control.ToggleButton presentation = new javafx.scene.control.ToggleButton("Presentation");
    private DrawingPad pad;
    private Region viewRoot;

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
        viewRoot = root;
        root.setId("digits");
        Controls.styleView(root, presentation.selectedProperty());
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
        // keys for drawing in front of a class: a digit keeps the drawing with that label, C or
        // Escape clears, Ctrl+Z or Backspace undoes a stroke (not while typing in a field)
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Controls.typing(e)) {
                return;
            }
            javafx.scene.input.KeyCode code = e.getCode();
            if (code.isDigitKey() && !e.isShortcutDown()) {
                // the key's name ends in its digit: "7", "Numpad 7"
                model.keepDrawing(code.getName().charAt(code.getName().length() - 1) - '0');
            } else if (code == javafx.scene.input.KeyCode.C || code == javafx.scene.input.KeyCode.ESCAPE) {
                pad.clear();
            } else if ((code == javafx.scene.input.KeyCode.Z && e.isShortcutDown()) || code == javafx.scene.input.KeyCode.BACK_SPACE) {
                pad.undo();
            } else {
                return;
            }
            e.consume();
        });
        presentation.setTooltip(new Tooltip("Larger text and thicker lines, for a projector"));
        return root;
    }

    /** Draws {@code unitStrokes} (polylines in the pad's unit square, y downwards) on the pad, as a lesson's prepared digit. */
    public void drawStrokes(java.util.List<java.util.List<double[]>> unitStrokes) {
        if (pad != null) { // null until the view is built (the window builds it when the tab opens)
            pad.draw(unitStrokes);
        }
    }

    // ---- training settings ----

    private Region trainingBar() {
        TextField hidden = new TextField();
        hidden.setId("digits-hidden");
        hidden.setPrefColumnCount(6);
        hidden.textProperty().bindBidirectional(model.settings().hiddenProperty());
        hidden.setTooltip(new Tooltip(Hyperparameter.HIDDEN_LAYER_SIZES.help() + " Type 128, 256-128, 2+3+2 or {3,3}; empty for none."));
        ComboBox<Activation> activation = choice(List.of(Activation.values()), Hyperparameter.ACTIVATION.help());
        activation.setId("digits-activation");
        activation.setConverter(named(Activation::sklearnName));
        activation.valueProperty().bindBidirectional(model.settings().activationProperty());
        ComboBox<Solver> solver = choice(List.of(Solver.values()), Hyperparameter.SOLVER.help());
        solver.setId("digits-solver");
        solver.setConverter(named(Solver::sklearnName));
        solver.valueProperty().bindBidirectional(model.settings().solverProperty());
        ComboBox<Double> alpha = choice(ALPHAS, Hyperparameter.ALPHA.help());
        alpha.setId("digits-alpha");
        alpha.setConverter(named(Controls::alpha));
        alpha.setValue(model.settings().alphaProperty().get());
        alpha.valueProperty().addListener((o, was, now) -> model.settings().alphaProperty().set(now));
        // and back: a sweep's cell or a lesson sets the alpha too (the box kept 0.0001 beside a 0.1 model)
        model.settings().alphaProperty().addListener((o, was, now) -> alpha.setValue(now.doubleValue()));
        TextField batch = integerField(model.settings().batchSizeProperty(), Hyperparameter.BATCH_SIZE.label(), 1, Hyperparameter.BATCH_SIZE.help());
        batch.setId("digits-batch");
        TextField epochs = integerField(model.settings().epochsProperty(), "Epochs", 1, Hyperparameter.MAX_ITER.help());
        epochs.setId("digits-epochs");
        ComboBox<Scaler> scaler = choice(List.of(Scaler.values()), "Scaling of the pixels before the network (they are already in [0, 1])");
        scaler.setId("digits-scaler");
        scaler.setConverter(named(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        scaler.valueProperty().bindBidirectional(model.settings().scalerProperty());
        scaler.setStyle("-fx-pref-width: 8em;");
        scaler.setMinWidth(0);
        ComboBox<Integer> size = choice(TRAIN_SIZES, "How many of the 60,000 training digits to train on");
        size.setId("digits-train-size");
        size.setConverter(named(n -> String.format(Locale.ROOT, "%,d", n)));
        size.setValue(model.settings().trainSizeProperty().get());
        size.valueProperty().addListener((o, was, now) -> model.settings().trainSizeProperty().set(now));
        model.settings().trainSizeProperty().addListener((o, was, now) -> size.setValue(now.intValue()));
        TextField seed = new TextField(Long.toString(model.settings().seedProperty().get()));
        seed.setId("digits-seed");
        seed.setPrefColumnCount(3);
        seed.setTooltip(new Tooltip(Hyperparameter.RANDOM_STATE.help()));
        seed.textProperty().addListener((o, was, now) -> {
            try {
                model.settings().seedProperty().set(Long.parseLong(now.trim()));
                model.settings().setUnreadable("Seed", null);
            } catch (NumberFormatException e) {
                model.settings().setUnreadable("Seed", "Seed must be a whole number, got '" + now + "'");
                model.setStatus("Seed must be a whole number, got '" + now + "'");
            }
        });
        showWhenSet(seed, model.settings().seedProperty());
        Button train = button("Train", "Train a new network with these settings", model::train);
        train.setId("digits-train");
        train.setDefaultButton(false);
        Button stop = button("Stop", "Stop training; the network so far is used", model::stop);
        stop.setId("digits-stop");
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> model.snapshotProperty().get() == null
                || model.snapshotProperty().get().state() != TrainingState.RUNNING, model.snapshotProperty()));
        train.disableProperty().bind(model.mnistProperty().isNull().or(stop.disableProperty().not())
                .or(model.preparingProperty()));
        Button load = button("Load model\u2026", "Use a digit model saved before", this::loadModel);
        Button save = button("Save model\u2026", "Save the model in use (the format predict, evaluate and classify read)",
                this::saveModel);
        save.disableProperty().bind(model.modelProperty().isNull());
        load.setId("digits-load");
        save.setId("digits-save");
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
                model.settings().setUnreadable(name, null);
            } catch (NumberFormatException e) {
                String sentence = name + " must be a whole number of at least " + min + ", got '" + now + "'";
                model.settings().setUnreadable(name, sentence);
                model.setStatus(sentence);
            }
        });
        showWhenSet(field, property);
        return field;
    }

    /** Puts a value set elsewhere (a sweep's cell, a lesson) into {@code field}, unless its text already reads so. */
    private static void showWhenSet(TextField field, javafx.beans.value.ObservableValue<? extends Number> property) {
        property.addListener((o, was, now) -> {
            if (!field.getText().trim().equals(now.toString())) {
                field.setText(now.toString());
            }
        });
    }

    // ---- drawing ----

    private Region drawPanel() {
        pad = new DrawingPad(280, model::setInk);
        // a kept drawing leaves the pad: the next one starts on a clean page
        model.personalDigits().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasRemoved()) {
                    pad.clear();
                }
            }
        });
        Button clear = button("Clear", "Start a new drawing (C or Escape)", pad::clear);
        clear.setId("pad-clear");
        Button undo = button("Undo stroke", "Remove the last stroke (Ctrl+Z or Backspace)", pad::undo);
        CheckBox skip = new CheckBox("Skip fitting and centring");
        skip.setId("skip-centring");
        skip.setTooltip(new Tooltip("Only shrink the whole pad to 28x28, as naive code would: see how much worse the network does"));
        skip.selectedProperty().bindBidirectional(model.skipCentringProperty());
        PreprocessingStrip stepsRow = new PreprocessingStrip(model.stepsProperty());
        FlowPane labels = new FlowPane(4, 4);
        labels.setPrefWrapLength(280);
        for (int d = 0; d < 10; d++) {
            int digit = d;
            Button b = button(Integer.toString(d), "Keep this drawing as a " + d + " in your personal test set (key " + d + ")",
                    () -> model.keepDrawing(digit));
            b.setId("keep-" + d);
            b.setMinWidth(26);
            labels.getChildren().add(b);
        }
        Label kept = new Label();
        kept.textProperty().bind(Bindings.createStringBinding(() -> model.personalDigits().size()
                + (model.personalDigits().size() == 1 ? " drawing kept" : " drawings kept"), model.personalDigits()));
        Label gets = new Label("What the network gets, step by step:");
        gets.setWrapText(true);
        gets.setMinHeight(Region.USE_PREF_SIZE);
        // presentation mode draws the pad 1.35 times larger (its strokes follow the mouse through the transform)
        javafx.scene.transform.Scale padScale = new javafx.scene.transform.Scale(1, 1, 0, 0);
        pad.node().getTransforms().add(padScale);
        // "This was a ..." right under the pad, so that a short window keeps it in sight; the steps follow
        VBox panel = new VBox(8, heading("Draw a digit"), new javafx.scene.Group(pad.node()), new HBox(8, clear, undo),
                new Label("This was a \u2026"), labels, kept, skip, gets, stepsRow.node(), ProbePanel.of(model.probes()));
        panel.setPrefWidth(290);
        panel.setMinWidth(290);
        // only where the window is tall enough to keep "This was a ..." in sight
        javafx.beans.InvalidationListener grow = o -> {
            boolean on = presentation.isSelected() && viewRoot.getHeight() >= 940;
            padScale.setX(on ? 1.35 : 1);
            padScale.setY(on ? 1.35 : 1);
            panel.setPrefWidth(on ? 390 : 290);
            panel.setMinWidth(on ? 390 : 290);
        };
        presentation.selectedProperty().addListener(grow);
        viewRoot.heightProperty().addListener(grow);
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
        Label noDigit = new Label();
        noDigit.setId("no-digit");
        noDigit.setWrapText(true);
        noDigit.setMaxWidth(370);
        noDigit.setStyle("-fx-font-weight: bold;");
        noDigit.textProperty().bind(Bindings.createStringBinding(() -> model.stepsProperty().get() == null
                || model.stepsProperty().get().hasDigit() || model.stepsProperty().get().noDigit() == null ? ""
                : model.stepsProperty().get().noDigit().message(), model.stepsProperty()));
        noDigit.managedProperty().bind(noDigit.textProperty().isNotEmpty());
        VBox panel = new VBox(8, heading("What the network thinks"), which, noDigit, bars.node(), heading("Hidden layers"),
                strips.node());
        panel.setPrefWidth(380);
        panel.setMinWidth(380);
        return panel;
    }

    // ---- training, evaluation, comparison ----

    /** The training, evaluation and comparison tabs, and those the window adds. */
    private TabPane details;

    /**
     * Adds a tab beside Training, Evaluation and Comparison (the window adds the Digits sweep this
     * way); {@code -Dplayground.digits.details=TITLE} opens it. Call after {@link #createView()}.
     */
    public void addDetails(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        details.getTabs().add(tab);
        if (title.equalsIgnoreCase(System.getProperty("playground.digits.details", ""))) {
            details.getSelectionModel().select(tab);
        }
    }

    private Region detailTabs() {
        TabPane tabs = new TabPane(new Tab("Training", trainingTab()),
                new Tab("Evaluation", new EvaluationPanel(model.evaluation(), presentation.selectedProperty()).node()),
                new Tab("Comparison", new ComparisonPanel(model.evaluation()).node()),
                new Tab("My drawings", new KeptDrawingsPanel(model).node()));
        details = tabs;
        tabs.setId("digits-details");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // -Dplayground.digits.details=evaluation or comparison opens that tab (the screenshots use it)
        String start = System.getProperty("playground.digits.details", "training");
        tabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(start)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        tabs.setPrefWidth(720);
        // narrower beside a lesson's panel: the tab headers then scroll, the charts shrink
        tabs.setMinWidth(420);
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

    private void loadModel() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Models", "*.json", "*.json.gz"));
        java.io.File f = chooser.showOpenDialog(status.getScene().getWindow());
        if (f != null) {
            model.loadModel(f);
        }
    }

    private void saveModel() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("digits-model.json");
        java.io.File f = chooser.showSaveDialog(status.getScene().getWindow());
        if (f == null) {
            return;
        }
        model.saveModel(f);
    }

    // ---- small helpers ----

}
