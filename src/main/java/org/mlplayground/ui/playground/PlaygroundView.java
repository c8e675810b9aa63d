package org.mlplayground.ui.playground;

import static org.mlplayground.ui.shared.Controls.button;
import static org.mlplayground.ui.shared.Controls.combo;
import static org.mlplayground.ui.shared.Controls.heading;
import static org.mlplayground.ui.shared.Controls.labelled;
import static org.mlplayground.ui.shared.Controls.named;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.shared.Controls;
import org.mlplayground.ui.shared.LossChartView;




/**
 * The playground window's layout: the toolbar (play, step, reset, epoch, hyperparameters), the
 * data panel (dataset, noise, test share, points, input features), the network graph, and the
 * decision boundary over the loss curves. Space plays or pauses, S steps, R resets, P switches
 * presentation mode.
 */
public final class PlaygroundView {

    private static final List<Double> LEARNING_RATES = List.of(0.00001, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    /** The problem kinds the toolbar offers; each shows its own datasets. */
    static final List<String> PROBLEMS = List.of("classification", "regression");
    private static final List<Double> ALPHAS = List.of(0.0, 0.000001, 0.00001, 0.0001, 0.001, 0.01, 0.1, 1.0, 3.0, 10.0);

    private final PlaygroundViewModel model;
    private final Label epoch = new Label();
    /** "%,d" in the default locale, made once (String.format looks the locale's symbols up on every call). */
    private final java.text.NumberFormat grouped = java.text.NumberFormat.getIntegerInstance();
    private final Label speed = new Label();
    private final Label status = new Label();
    private final ComboBox<String> problem = combo(PROBLEMS, "classification",
            "Classification predicts a class for each point, regression a number; each has its own datasets");
    private final javafx.scene.control.ToggleButton presentation = new javafx.scene.control.ToggleButton("Presentation");

    /** The playground's view of {@code model}. */
    public PlaygroundView(PlaygroundViewModel model) {
        this.model = model;
    }

    /** Whether presentation mode is on (larger text and thicker lines); the Digits tab follows it. */
    public javafx.beans.property.BooleanProperty presentationProperty() {
        return presentation.selectedProperty();
    }

    /** Builds the window's content. */
    public Parent createView() {
        BorderPane root = new BorderPane();
        root.setTop(toolbar());
        // a scroll pane, so that a short screen scrolls the data panel instead of clipping it
        ScrollPane data = new ScrollPane(new DataPanel(model, problem, PROBLEMS).node());
        data.setFitToWidth(true);
        data.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        data.getStyleClass().add("edge-to-edge");
        data.setMinViewportWidth(262);
        data.setPrefViewportWidth(262);
        root.setLeft(data);
        NetworkView network = new NetworkView(model);
        network.weightErrorProperty().addListener((o, was, now) -> status.setText(now));
        model.noticeProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                status.setText(now);
                // it stays while training stands still: the snapshot a changed setting brings
                // (a clamped Max epochs) would replace it at once
                notice = now;
                noticeEpoch = -1;
                model.noticeProperty().set("");
            }
        });
        ScrollPane graph = new ScrollPane(network.node());
        graph.setStyle("-fx-background-color: transparent;");
        graph.setPrefViewportHeight(480);
        graph.setFitToHeight(true);
        graph.setFitToWidth(true);
        NetworkParts.uncached(graph);
        BoundaryView boundary = new BoundaryView(model.snapshotProperty(), model.trainDataProperty(),
                model.testDataProperty(), 430, 400);
        boundary.namesProperty().bind(model.data().namesProperty());
        CheckBox showTest = new CheckBox("show test data");
        showTest.setId("show-test");
        showTest.selectedProperty().bindBidirectional(boundary.showTestProperty());
        CheckBox discretize = new CheckBox("discretize output");
        discretize.setId("discretize");
        discretize.selectedProperty().bindBidirectional(boundary.discretizeProperty());
        // a click adds a point of class 1, a shift-click one of class 0
        boundary.node().setOnMouseClicked(e -> {
            double[] p = boundary.toPlane(e.getX(), e.getY());
            if (org.mlplayground.ui.playground.ExamplePicker.picks(e, model, p)) {
                return;
            }
            if (p != null && model.trainDataProperty().get().isClassification()) {
                model.addPoint(p[0], p[1], e.isShiftDown() ? 0 : 1);
            }
        });
        Tooltip.install(boundary.node(), new Tooltip("Click to add a point of class 1, shift-click for class 0, right-click a point to explain it on the Math tab"));
        // the graph takes the middle; the output and its loss curves share the right column, as in the lecture's figures
        LossChartView losses = new LossChartView(model.snapshotProperty());
        losses.classificationProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.trainDataProperty().get() == null || model.trainDataProperty().get().isClassification(),
                model.trainDataProperty()));
        // as wide as the plane, and in presentation mode wide enough for its legend on one line
        losses.node().prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(boundary.node().getWidth(), presentation.isSelected() && boundary.plotSide() >= 200 ? 390 : 0),
                boundary.node().widthProperty(), presentation.selectedProperty()));
        // a taller window gets a larger plane (the root's height, so the canvas never feeds back into it),
        // as large as leaves the loss chart below room for its legend; presentation mode gives the plane
        // a larger share, so that it is never smaller than without (its margins grow with the text)
        javafx.beans.InvalidationListener size = o -> {
            double avail = root.getHeight() - (root.getTop() == null ? 0 : root.getTop().getLayoutBounds().getHeight())
                    - status.getHeight();
            boolean on = presentation.isSelected();
            double h = Math.min(on ? 0.6 * avail : 0.55 * avail, avail - (on ? 240 : 270) - 50);
            // and leaves the graph room beside it when the window is narrow (a lesson's panel open)
            double room = root.getWidth() - data.getWidth() - 370 - (on ? 156 : 120) - 18;
            boundary.plotSideProperty().set(Math.max(140, Math.min(Math.max(200, Math.min(600, h - 52)), room)));
        };
        root.heightProperty().addListener(size);
        root.widthProperty().addListener(size);
        data.widthProperty().addListener(size);
        status.heightProperty().addListener(size);
        root.getTop().layoutBoundsProperty().addListener(size);
        presentation.selectedProperty().addListener(size);
        VBox.setVgrow(losses.node(), javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(graph);
        VBox right = new VBox(6, boundary.node(), new HBox(14, showTest, discretize), losses.node());
        right.setPadding(new Insets(10, 12, 6, 6));
        root.setRight(right);
        status.setId("status");
        status.setPadding(new Insets(4, 12, 8, 12));
        status.setStyle("-fx-font-size: 1em;");
        root.setBottom(status);
        Controls.styleView(root, presentation.selectedProperty());
        presentation.selectedProperty().addListener((o, was, on) -> {
            // the canvas draws its own text, and the data panel is as wide as its text
            boundary.fontSizeProperty().set(on ? 17 : 13);
            network.designRowsProperty().set(on ? 7 : NetworkView.SHOWN);
            data.setMinViewportWidth(on ? 272 : 262);
            data.setPrefViewportWidth(on ? 272 : 262);
        });
        model.snapshotProperty().addListener((o, old, s) -> show(s));
        show(model.snapshotProperty().get());
        // a filter, so that space still plays when a button has the focus
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Controls.typing(e)) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                model.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                model.step();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                model.reset();
                e.consume();
            } else if (e.getCode() == KeyCode.P) {
                presentation.setSelected(!presentation.isSelected());
                e.consume();
            }
        });
        return root;
    }

    private Region toolbar() {
        Button play = button("Play", "Train continuously (space)", model::togglePlay);
        play.setId("play");
        play.setPrefWidth(80);
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty()).then("Pause").otherwise("Play"));
        Button step = button("Step", "Train one epoch or one batch (Step by), then pause (S)", model::step);
        step.setId("step");
        Button reset = button("Reset", "Back to the initial weights of the seed (R)", model::reset);
        reset.setId("reset");
        epoch.setId("epoch");
        // wide enough for "epoch 100,000", so the toolbar does not shift as the counter grows
        epoch.setStyle("-fx-font-size: 1.25em; -fx-font-family: monospace; -fx-min-width: 8.2em; -fx-pref-width: 8.2em;");
        speed.setId("speed");
        speed.setStyle("-fx-font-size: 0.85em;");
        VBox counter = new VBox(0, epoch, speed);
        counter.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Activation> activation = combo(List.of(Activation.values()), model.network().activationProperty().get(),
                Hyperparameter.ACTIVATION.help());
        activation.setId("activation");
        activation.setConverter(named(Activation::sklearnName));
        activation.valueProperty().bindBidirectional(model.network().activationProperty());
        ComboBox<Solver> solver = combo(List.of(Solver.values()), model.network().solverProperty().get(),
                Hyperparameter.SOLVER.help());
        solver.setId("solver");
        solver.setConverter(named(Solver::sklearnName));
        solver.valueProperty().bindBidirectional(model.network().solverProperty());
        ComboBox<Double> rate = combo(LEARNING_RATES, model.network().learningRateProperty().get(),
                Hyperparameter.LEARNING_RATE_INIT.help());
        rate.setId("learning-rate");
        rate.setConverter(numbers());
        rate.valueProperty().addListener((o, was, now) -> model.network().learningRateProperty().set(now));
        model.network().learningRateProperty().addListener((o, was, now) -> select(rate, now.doubleValue()));
        ComboBox<Double> alpha = combo(ALPHAS, model.network().alphaProperty().get(),
                Hyperparameter.ALPHA.help());
        alpha.setId("alpha");
        alpha.setConverter(alphas());
        alpha.valueProperty().addListener((o, was, now) -> model.network().alphaProperty().set(now));
        model.network().alphaProperty().addListener((o, was, now) -> select(alpha, now.doubleValue()));
        Slider batch = new Slider(1, 50, model.network().batchSizeProperty().get());
        Controls.keysStayOn(batch);
        batch.setId("batch");
        batch.setPrefWidth(80);
        batch.setTooltip(new Tooltip(Hyperparameter.BATCH_SIZE.help()));
        Label batchLabel = new Label();
        batch.valueProperty().addListener((o, was, now) -> model.network().batchSizeProperty().set(now.intValue()));
        model.network().batchSizeProperty().addListener((o, was, now) -> batch.setValue(now.intValue()));
        batchLabel.textProperty().bind(model.network().batchSizeProperty().asString("%d"));
        batchLabel.setMinWidth(24);
        javafx.scene.control.TextField seed = new javafx.scene.control.TextField(Long.toString(model.network().seedProperty().get()));
        seed.setId("seed");
        seed.setPrefColumnCount(3);
        seed.setTooltip(new Tooltip(Hyperparameter.RANDOM_STATE.help() + " The same seed, the same run."));
        seed.setOnAction(e -> {
            try {
                model.network().seedProperty().set(Long.parseLong(seed.getText().trim()));
            } catch (NumberFormatException bad) {
                status.setText("The seed must be a whole number, got '" + seed.getText() + "'");
                seed.setText(Long.toString(model.network().seedProperty().get()));
            }
        });
        model.network().seedProperty().addListener((o, was, now) -> seed.setText(Long.toString(now.longValue())));
        for (Region r : new Region[] {activation, solver, rate, alpha}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // a flow, so that a narrow screen wraps the toolbar instead of clipping it
        PlaygroundMenus menus = new PlaygroundMenus(model, status);
        javafx.scene.control.MenuButton export = menus.file();
        javafx.scene.control.MenuButton share = menus.share();
        presentation.setId("presentation");
        presentation.setTooltip(new Tooltip("Larger text and thicker lines, for a projector (P)"));
        problem.setId("problem");
        // widths in em, so that presentation mode widens them with their text
        problem.setStyle("-fx-pref-width: 10.5em;");
        rate.setStyle("-fx-pref-width: 7em;");
        alpha.setStyle("-fx-pref-width: 7em;");
        // fixed widths: a combo whose list has opened once keeps its width, and the toolbar does not shift
        activation.setStyle("-fx-pref-width: 7.5em;");
        solver.setStyle("-fx-pref-width: 6.8em;");
        javafx.scene.control.MenuButton stopping = StopRulesMenu.of(model.stopRules(), model.noticeProperty()::set);
        stopping.setStyle("-fx-pref-width: 10.5em;");
        FlowPane bar = new FlowPane(5, 6, play, step, reset, counter, labelled("Speed", SpeedControls.speed(model)),
                labelled("Step by", SpeedControls.stepUnit(model)), labelled("Problem", problem),
                labelled("Activation", activation), labelled("Solver", solver), labelled("Learning rate", rate),
                labelled("Alpha", alpha), labelled("Batch size", new HBox(4, batch, batchLabel)), labelled("Seed", seed),
                labelled("Stopping", stopping), EngineOptionsMenu.of(model), export, share, HelpMenu.of(), presentation);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.setStyle("-fx-background-color: #e8eef4;");
        return bar;
    }

    /**
     * The last notice (a file saved, a value clamped, a network loaded) and the epoch of the first
     * snapshot after it (-1 until then): kept until training moves on.
     */
    private String notice;
    private long noticeEpoch;

    private void show(TrainingSnapshot s) {
        if (s == null) {
            return;
        }
        epoch.setText("epoch " + grouped.format(s.epoch()));
        // the snapshot's own state: the running property follows it only after this listener
        speed.setText(s.state() != org.mlplayground.train.TrainingState.RUNNING ? "paused"
                : s.stepsPerSecond() < 0.5 ? "starting\u2026" : StatusText.speed(s.stepsPerSecond()));
        if (s.message().isEmpty() && notice != null && s.state() != org.mlplayground.train.TrainingState.RUNNING) {
            // the epoch of the first snapshot after the notice (a loaded network's, a clamped setting's)
            noticeEpoch = noticeEpoch < 0 ? s.epoch() : noticeEpoch;
            if (s.epoch() == noticeEpoch) {
                status.setText(notice);
                return;
            }
        }
        notice = null;
        if (!s.message().isEmpty()) {
            status.setText(s.message());
        } else if (s.epoch() == 0) {
            status.setText("Press Play (space) to train, Step (S) for one epoch, Reset (R) to start over. "
                    + "Hover a neuron or a link to see what it computes.");
        } else {
            boolean classes = model.trainDataProperty().get() != null && model.trainDataProperty().get().isClassification();
            status.setText(StatusText.status(s, classes));
        }
    }

    /** Shows {@code value} in a list of numbers, adding it if it is not one of the choices. */
    private static void select(ComboBox<Double> combo, double value) {
        if (!combo.getItems().contains(value)) {
            combo.getItems().add(value);
            combo.getItems().sort(Double::compare);
        }
        combo.setValue(value);
    }

    /** Alphas as the lecture writes them ("1e-5"), read back in either notation. */
    private static StringConverter<Double> alphas() {
        return numbers(Controls::alpha);
    }

    private static StringConverter<Double> numbers() {
        return numbers(Controls::number);
    }

    /** Numbers written by {@code write}, read back by {@link Double#valueOf}. */
    private static StringConverter<Double> numbers(java.util.function.DoubleFunction<String> write) {
        return new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : write.apply(d);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        };
    }
}
