package org.mlplayground.ui.math;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.lecture.ComputationGraph;
import org.mlplayground.nn.lecture.NetworkPass;
import org.mlplayground.nn.lecture.Vectorization;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;

/**
 * The Math tab's state and commands, following the playground's live network: the chosen
 * example (or a minibatch from it on), its forward and backward pass layer by layer
 * ({@link NetworkPass}), the logistic-regression computation graph when the network has no hidden
 * layer and two classes, the gradient check, one gradient-descent update sent to training, and
 * "Vectorize, and see why" on the worker. Every number comes from the engine's lecture classes.
 */
public final class MathViewModel {

    /** Steps of the computation graph: five nodes forward, five derivatives backward. */
    public static final int GRAPH_FORWARD = 5;
    /** Timed runs per way of "Vectorize, and see why". */
    public static final int VECTORIZE_REPEATS = 5;

    private final PlaygroundViewModel playground;
    private final Background background;
    private final BooleanProperty minibatch = new SimpleBooleanProperty(false);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NetworkPass> pass = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ComputationGraph> graph = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<double[]> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Vectorization.Result> vectorization = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper layerPosition = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper graphPosition = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Network> lastUpdate = new ReadOnlyObjectWrapper<>();
    private MathData data;
    /** The training rows an example can be picked from (0 while there is no data). */
    private final ReadOnlyIntegerWrapper rows = new ReadOnlyIntegerWrapper(0);

    /** A Math view-model on {@code playground}'s training; slow work goes through {@code background}. */
    public MathViewModel(PlaygroundViewModel playground, Background background) {
        this.playground = playground;
        this.background = background;
        playground.snapshotProperty().addListener((o, was, s) -> follow(s));
        playground.problemProperty().addListener((o, was, p) -> {
            data = p == null ? null : MathData.of(p);
            rows.set(data == null ? 0 : data.size());
            recompute();
        });
        if (playground.problemProperty().get() != null) {
            data = MathData.of(playground.problemProperty().get());
            rows.set(data.size());
        }
        playground.exampleProperty().addListener(o -> recompute());
        playground.network().batchSizeProperty().addListener(o -> recompute());
        minibatch.addListener(o -> recompute());
        active.addListener(o -> recompute());
        follow(playground.snapshotProperty().get());
    }

    private void follow(TrainingSnapshot s) {
        Network w = s == null ? null : s.weights();
        if (w == null || w == network.get()) {
            return;
        }
        Network was = network.get();
        if (was == null || !java.util.Arrays.equals(was.layerSizes(), w.layerSizes())) {
            layerPosition.set(0);
            graphPosition.set(0);
        }
        network.set(w);
        recompute();
    }

    /** The pass, graph and check for the network and examples now (only while the tab is shown). */
    private void recompute() {
        if (!active.get()) {
            return;
        }
        Network net = network.get();
        if (net == null || data == null || data.size() == 0 || net.inputs() != data.x().numCols
                || net.outputs() != data.y().numCols) {
            pass.set(null);
            graph.set(null);
            check.set(null);
            return;
        }
        int first = example();
        MathData rows = data.rows(first, minibatch.get() ? batch() : 1);
        double alpha = playground.network().alphaProperty().get();
        double l1 = playground.options().l1Property().get();
        try {
            pass.set(NetworkPass.of(net, rows.x(), rows.y(), alpha, l1));
            graph.set(net.weightLayers() == 1 && net.output() == OutputKind.LOGISTIC
                    ? ComputationGraph.of(net, data.input(first), data.y().get(first, 0)) : null);
            check.set(NetworkPass.gradientCheck(net.copy(), rows.x(), rows.y(), alpha, l1));
            layerPosition.set(Math.min(layerPosition.get(), 2 * net.weightLayers() + 1));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** How many training rows an example can be picked from (0 while there is no data). */
    public javafx.beans.property.ReadOnlyIntegerProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Says {@code sentence} on the tab's message line (a value typed out of range). */
    public void say(String sentence) {
        message.set(sentence);
    }

    /** The example explained: the playground's picked row, within the data. */
    public int example() {
        int n = data == null ? 1 : Math.max(1, data.size());
        return Math.floorMod(playground.exampleProperty().get(), n);
    }

    /** Columns of the minibatch view: the playground's batch size (auto = 200), at most n. */
    public int batch() {
        int b = playground.network().batchSizeProperty().get();
        return Math.min(b <= 0 ? 200 : b, data == null ? 1 : data.size());
    }

    /** One step forward: the next node of the graph and the next layer (pauses training). */
    public void forward() {
        pauseTraining();
        NetworkPass p = pass.get();
        if (p != null && layerPosition.get() < p.layers()) {
            layerPosition.set(layerPosition.get() + 1);
        }
        if (graph.get() != null && graphPosition.get() < GRAPH_FORWARD) {
            graphPosition.set(graphPosition.get() + 1);
        }
    }

    /** One step backward: the next derivative right to left (the forward pass is completed first). */
    public void backward() {
        pauseTraining();
        NetworkPass p = pass.get();
        if (p != null) {
            int at = Math.max(layerPosition.get(), p.layers());
            layerPosition.set(Math.min(2 * p.layers(), at + 1));
        }
        if (graph.get() != null) {
            int at = Math.max(graphPosition.get(), GRAPH_FORWARD);
            graphPosition.set(Math.min(2 * GRAPH_FORWARD, at + 1));
        }
    }

    /** Back to the start: nothing computed yet. */
    public void restart() {
        layerPosition.set(0);
        graphPosition.set(0);
    }

    /** Everything at once: every value and every derivative. */
    public void showAll() {
        NetworkPass p = pass.get();
        layerPosition.set(p == null ? 0 : 2 * p.layers());
        graphPosition.set(graph.get() == null ? 0 : 2 * GRAPH_FORWARD);
    }

    private void pauseTraining() {
        if (playground.runningProperty().get()) {
            playground.togglePlay();
        }
    }

    /**
     * One step of gradient descent over the whole training set, {@code W[l] -= eta dW[l]} with
     * eta the playground's learning rate, sent to training as the weights to go on from.
     */
    public void applyUpdate() {
        Network net = network.get();
        if (net == null || data == null) {
            message.set("There is no network to update yet.");
            return;
        }
        pauseTraining();
        Network updated = net.copy();
        NetworkPass.of(net, data.x(), data.y(), playground.network().alphaProperty().get(), playground.options().l1Property().get())
                .applyUpdate(updated, playground.network().learningRateProperty().get());
        lastUpdate.set(updated);
        playground.loadWeights(updated.copy());
        message.set("Applied W[l] -= eta dW[l] on all " + data.size() + " training examples, eta = "
                + playground.network().learningRateProperty().get() + ".");
    }

    /** Times the three ways over the training set on the worker; the result arrives in {@link #vectorizationProperty()}. */
    public void vectorize() {
        Network net = network.get();
        MathData d = data;
        if (net == null || d == null) {
            message.set("There is no network to time yet.");
            return;
        }
        Network copy = net.copy();
        message.set("Timing the three ways on " + d.size() + " examples...");
        background.run(() -> Vectorization.compare(copy, d.x(), d.y(), VECTORIZE_REPEATS), r -> {
            vectorization.set(r);
            message.set("");
        }, e -> message.set("The timing failed: " + Background.sentence(e)));
    }

    /** The training row explained (the playground's pick; wraps around the data). */
    public javafx.beans.property.IntegerProperty exampleProperty() {
        return playground.exampleProperty();
    }

    /** Whether the tab is shown; while not, snapshots are not explained (nothing is computed). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether the layer view shows the minibatch (vectorization) instead of one example. */
    public BooleanProperty minibatchProperty() {
        return minibatch;
    }

    /** The network explained (a copy from the latest snapshot), or null before training is configured. */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** The pass over the example (or minibatch), or null. */
    public ReadOnlyObjectProperty<NetworkPass> passProperty() {
        return pass.getReadOnlyProperty();
    }

    /** The computation graph of the example, or null unless the network is logistic regression. */
    public ReadOnlyObjectProperty<ComputationGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** The relative error of backpropagation against finite differences per layer (index l-1), or null. */
    public ReadOnlyObjectProperty<double[]> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** The last "Vectorize, and see why" result, or null. */
    public ReadOnlyObjectProperty<Vectorization.Result> vectorizationProperty() {
        return vectorization.getReadOnlyProperty();
    }

    /** Steps of the pass shown: 0 nothing, 1..L forward layers, L+1..2L backward layers L..1. */
    public ReadOnlyIntegerProperty layerPositionProperty() {
        return layerPosition.getReadOnlyProperty();
    }

    /** Steps of the graph shown: 0..5 forward nodes, 6..10 backward derivatives. */
    public ReadOnlyIntegerProperty graphPositionProperty() {
        return graphPosition.getReadOnlyProperty();
    }

    /** What happened last, for the tab's status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The weights the last update sent to training, or null. */
    public ReadOnlyObjectProperty<Network> lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }
}
