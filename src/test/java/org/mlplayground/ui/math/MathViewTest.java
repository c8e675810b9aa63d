package org.mlplayground.ui.math;

import org.mlplayground.ui.shared.MatrixView;

import org.mlplayground.ui.playground.EngineOptions;
import org.mlplayground.ui.playground.EngineOptionsMenu;
import org.mlplayground.ui.playground.ExamplePicker;
import org.mlplayground.ui.playground.MathNotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.ForwardTrace;
import org.mlplayground.nn.Gradients;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.Command;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Math tab on a hand-fed training service: every number it shows is the engine's. */
@ExtendWith(ApplicationExtension.class)
class MathViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private record Fixture(HandFedTraining training, PlaygroundViewModel playground, MathViewModel math, Network net) {
    }

    /** A playground on the default data, a Math view on it, and a snapshot with {@code net}'s weights. */
    private Fixture open(FxRobot robot, Network net) throws Exception {
        HandFedTraining training = new HandFedTraining();
        Object[] made = new Object[2];
        robot.interact(() -> {
            PlaygroundViewModel p = new PlaygroundViewModel(training, Background.immediate());
            MathViewModel m = new MathViewModel(p, Background.immediate());
            Region view = new MathView(m).createView();
            stage.setScene(new Scene(view, 1400, 900));
            made[0] = p;
            made[1] = m;
        });
        PlaygroundViewModel p = (PlaygroundViewModel) made[0];
        training.publish(snapshot(net));
        MathViewModel m = (MathViewModel) made[1];
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> m.passProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return new Fixture(training, p, m, net);
    }

    private static TrainingSnapshot snapshot(Network net) {
        return new TrainingSnapshot(TrainingState.PAUSED, "", 1, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                0, 0, net, MlpConfig.builder().build(), null, HistoryView.EMPTY, null);
    }

    private static double[] row(TrainingProblem p, int r) {
        double[] x = new double[p.train().cols()];
        p.train().copyRow(r, x);
        return x;
    }

    private static DMatrixRMaj shown(FxRobot robot, String name) {
        Node box = robot.lookup("#matrix-" + name).query();
        DMatrixRMaj m = (DMatrixRMaj) box.getUserData();
        // the numbers in the cells are the matrix's entries, in order
        List<Label> cells = robot.from(box).lookup(".matrix-cell").queryAllAs(Label.class).stream().toList();
        assertEquals(m.getNumElements(), cells.size(), name);
        for (Label cell : cells) {
            double v = (double) cell.getUserData();
            assertEquals(MatrixView.format(v), cell.getText());
        }
        return m;
    }

    @Test
    void anExampleBeyondTheLastTrainingRowIsSaidAndTheLastRowUsed(FxRobot robot) throws Exception {
        Fixture f = open(robot, Network.glorot(new int[] {2, 3, 1}, Activation.TANH, OutputKind.LOGISTIC, 5));
        int rows = f.math().rowsProperty().get();
        assertTrue(rows > 1, "the default data has training rows");
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> example = robot.lookup("#math-example").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> example.getEditor().setText("99999"));
        robot.clickOn(example.getEditor()).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rows - 1, example.getValue());
        assertEquals(rows - 1, f.math().example());
        assertEquals("Example (training row): from 0 to " + (rows - 1) + ", got 99999; " + (rows - 1) + " is used.",
                robot.lookup("#math-message").queryAs(Label.class).getText());
    }

    @Test
    void everyMatrixShownIsTheEnginesTraceAndGradientForTheExample(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 4, 3, 1}, Activation.TANH, OutputKind.LOGISTIC, 5);
        Fixture f = open(robot, net);
        robot.interact(() -> f.playground().exampleProperty().set(7));
        robot.interact(() -> f.math().showAll());
        WaitForAsyncUtils.waitForFxEvents();
        TrainingProblem problem = f.playground().problemProperty().get();
        double[] x = row(problem, 7);
        ForwardTrace trace = net.trace(x);
        DMatrixRMaj y = new DMatrixRMaj(1, 1, true, problem.trainLabels()[7] == problem.classes()[1] ? 1 : 0);
        Gradients g = Gradients.compute(net, org.mlplayground.nn.Features.of(new DMatrixRMaj(new double[][] {x})), y, 0, 0);
        for (int l = 1; l <= 3; l++) {
            DMatrixRMaj w = shown(robot, "W[" + l + "]");
            DMatrixRMaj engineW = net.augmentedWeights(l);
            DMatrixRMaj z = shown(robot, "Z[" + l + "]");
            DMatrixRMaj a = shown(robot, "A[" + l + "]");
            DMatrixRMaj dW = shown(robot, "dW[" + l + "]");
            DMatrixRMaj engineDW = g.augmented(l);
            for (int i = 0; i < engineW.getNumElements(); i++) {
                assertEquals(engineW.data[i], w.data[i], 0, "W[" + l + "]");
                assertEquals(engineDW.data[i], dW.data[i], 1e-12, "dW[" + l + "]");
            }
            for (int i = 0; i < z.numRows; i++) {
                assertEquals(trace.z().get(l - 1)[i], z.get(i, 0), 1e-12, "Z[" + l + "]");
                assertEquals(trace.a().get(l - 1)[i], a.get(i, 0), 1e-12, "A[" + l + "]");
            }
        }
        // the gradient check beside it passes for backpropagation, and says so in green
        Label check = robot.lookup("#math-check-1").queryAs(Label.class);
        assertTrue(check.getText().endsWith("ok"), check.getText());
    }

    @Test
    void eachStepScrollsTheLayerJustComputedIntoView(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 4, 3, 1}, Activation.TANH, OutputKind.LOGISTIC, 5);
        Fixture f = open(robot, net);
        robot.interact(() -> stage.getScene().getRoot().resize(1400, 520));
        for (int step = 1; step <= 6; step++) {
            robot.interact(step <= 3 ? f.math()::forward : f.math()::backward);
            WaitForAsyncUtils.waitForFxEvents();
            String id = step <= 3 ? "#forward-" + step : "#backward-" + (7 - step);
            Node row = robot.lookup(id).query();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup("#layer-steps").query()
                    .getParent().getParent().getParent().getParent();
            javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            javafx.geometry.Bounds b = row.localToScene(row.getLayoutBounds());
            if (step == 6) {
                assertTrue(scroll.getContent().getLayoutBounds().getHeight() > view.getHeight(), "the steps overflow the view");
            }
            assertTrue(b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1,
                    id + " at " + b + " is out of view " + view);
        }
    }

    @Test
    void theGraphStepsLogisticRegressionNodeByNodeWithTheHandWorkedNumbers(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 1}, Activation.TANH, OutputKind.LOGISTIC, 5);
        net.setLayer(0, new DMatrixRMaj(new double[][] {{1.0}, {-2.0}}), new double[] {0.5});
        Fixture f = open(robot, net);
        TrainingProblem problem = f.playground().problemProperty().get();
        double[] x = row(problem, 0);
        double y = problem.trainLabels()[0] == problem.classes()[1] ? 1 : 0;
        // worked by hand: z = b + w1 x1 + w2 x2, y-hat = 1 / (1 + e^-z), L = -(y ln y-hat + (1-y) ln(1-y-hat))
        double z = 0.5 + 1.0 * x[0] - 2.0 * x[1];
        double p = 1 / (1 + Math.exp(-z));
        double loss = -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
        for (int k = 0; k < 5; k++) {
            robot.interact(() -> f.math().forward());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(z, value(robot, "graph-value-Z")[0], 1e-12);
        assertEquals(p, value(robot, "graph-value-Y_HAT")[0], 1e-12);
        assertEquals(loss, value(robot, "graph-value-L")[0], 1e-12);
        assertEquals(" ", robot.lookup("#graph-derivative-Z").queryAs(Label.class).getText(), "no derivative yet");
        for (int k = 0; k < 5; k++) {
            robot.interact(() -> f.math().backward());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-y / p + (1 - y) / (1 - p), value(robot, "graph-derivative-Y_HAT")[0], 1e-12);
        assertEquals(p - y, value(robot, "graph-derivative-Z")[0], 1e-12, "dL/dz simplifies to y-hat - y");
        double[] dw = value(robot, "graph-derivative-W");
        double[] augmented = {1, x[0], x[1]};
        for (int i = 0; i < 3; i++) {
            assertEquals((p - y) * augmented[i], dw[i], 1e-12, "dL/dw = (y-hat - y) x");
        }
        Label formulas = robot.lookup("#graph-formulas").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(Label.class::cast).reduce((a, b) -> b).orElseThrow();
        assertTrue(formulas.getText().startsWith("dL/dw = (y-hat - y) x"), formulas.getText());
    }

    private static double[] value(FxRobot robot, String id) {
        return (double[]) robot.lookup("#" + id).queryAs(Label.class).getUserData();
    }

    @Test
    void theUpdateSentToTrainingIsOneFullBatchSgdStepOfTheEngine(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 4, 2, 1}, Activation.TANH, OutputKind.LOGISTIC, 11);
        Fixture f = open(robot, net);
        robot.interact(() -> f.math().applyUpdate());
        Command last = f.training().commands().get(f.training().commands().size() - 1);
        Network sent = assertInstanceOf(Command.LoadModel.class, last).weights();
        TrainingProblem problem = f.playground().problemProperty().get();
        double eta = f.playground().network().learningRateProperty().get();
        MlpClassifier engine = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(4, 2).activation(Activation.TANH)
                .solver(Solver.SGD).momentum(0).learningRateInit(eta).batchSize(problem.train().rows()).alpha(0)
                .shuffle(false).build());
        engine.setClasses(problem.classes());
        engine.initialize(2, 1);
        engine.setNetwork(net);
        assertTrue(engine.trainBatch(problem.train(), problem.trainLabels()));
        Network stepped = engine.networkCopy();
        for (int l = 1; l <= 3; l++) {
            DMatrixRMaj a = stepped.augmentedWeights(l);
            DMatrixRMaj b = sent.augmentedWeights(l);
            for (int i = 0; i < a.getNumElements(); i++) {
                assertEquals(a.data[i], b.data[i], 1e-12, "W[" + l + "]");
            }
        }
    }

    @Test
    void theMinibatchShowsTheBroadcastBiasAndTheTargetsInColumns(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 3, 1}, Activation.RELU, OutputKind.LOGISTIC, 2);
        Fixture f = open(robot, net);
        robot.interact(() -> {
            f.math().minibatchProperty().set(true);
            f.math().showAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int n = f.math().batch();
        assertEquals(n, f.math().passProperty().get().examples());
        DMatrixRMaj bias = (DMatrixRMaj) robot.lookup("#matrix-b[1]-broadcast").query().getUserData();
        assertEquals(n, bias.numCols);
        assertEquals(net.augmentedWeights(1).get(2, 0), bias.get(2, n - 1), 0);
        DMatrixRMaj y = (DMatrixRMaj) robot.lookup("#matrix-Y").query().getUserData();
        assertEquals(n, y.numCols);
    }

    @Test
    void theEngineOptionsReachTheConfigurationAndZerosSaySymmetry(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 4, 2, 1}, Activation.TANH, OutputKind.LOGISTIC, 11);
        Fixture f = open(robot, net);
        robot.interact(() -> {
            f.playground().options().initProperty().set(Initialization.ZEROS);
            f.playground().options().l1Property().set(0.001);
            f.playground().options().layerActivationsProperty().set(EngineOptions.parseActivations("relu identity"));
        });
        List<Command> configures = f.training().commands().stream().filter(c -> c instanceof Command.Configure).toList();
        MlpConfig config = ((Command.Configure) configures.get(configures.size() - 1)).config();
        assertEquals(Initialization.ZEROS, config.init());
        assertEquals(0.001, config.l1());
        assertEquals(List.of(Activation.RELU, Activation.IDENTITY), List.of(config.hiddenActivations()));
        assertEquals(3, config.notInSklearn().size());
        Network zeros = Network.zeros(new int[] {2, 4, 2, 1}, Activation.TANH, OutputKind.LOGISTIC);
        robot.interact(() -> EngineOptionsMenu.of(f.playground()));
        f.training().publish(new TrainingSnapshot(TrainingState.PAUSED, "", 2, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, zeros, config, null, HistoryView.EMPTY, null));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> f.playground().noticeProperty().get().startsWith("All neurons"));
        assertEquals("Engine: zeros, L1, g per layer (not in sklearn)", EngineOptionsMenu.summary(f.playground().options()));
        String sentence = MathNotes.symmetrySentence(org.mlplayground.nn.lecture.Symmetry.layersWithIdenticalNeurons(zeros,
                MathNotes.IDENTICAL_WITHIN), Initialization.ZEROS);
        assertTrue(sentence.startsWith("All neurons of hidden layers 1, 2 are identical"), sentence);
        Network linear = Network.glorot(new int[] {2, 4, 2, 1}, Activation.IDENTITY, OutputKind.LOGISTIC, 3);
        assertTrue(MathNotes.identitySentence(linear).contains("(1 x 3, bias first)"), MathNotes.identitySentence(linear));
        assertNotNull(f.math().networkProperty().get());
    }

    @Test
    void keysStepAndVectorizeShowsTheThreeWaysAgreeing(FxRobot robot) throws Exception {
        Network net = Network.glorot(new int[] {2, 3, 1}, Activation.TANH, OutputKind.LOGISTIC, 6);
        Fixture f = open(robot, net);
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        robot.type(javafx.scene.input.KeyCode.F);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> f.math().layerPositionProperty().get() == 1);
        robot.type(javafx.scene.input.KeyCode.B);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> f.math().layerPositionProperty().get() == 3);
        robot.interact(() -> f.math().vectorize());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> f.math().vectorizationProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(f.math().vectorizationProperty().get().equal());
        String text = robot.lookup("#math-vectorized").queryAs(Label.class).getText();
        assertTrue(text.contains("whole-batch matrices") && text.contains("The three give the same dW"), text);
        // a right-click picks the training point nearest to the click
        org.mlplayground.data.Dataset2D train = f.playground().trainDataProperty().get();
        double[] p = train.points()[12];
        assertEquals(12, ExamplePicker.nearest(train, p[0] + 1e-9, p[1]));
    }
}
