package org.mlplayground.ui.playground;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.Command;

/**
 * The playground's network and its training, as the controls set them: hidden layers, activation,
 * solver, learning rate, alpha, batch size and the seed (the playground's teaching defaults: a 4-2
 * tanh network, adam at 0.03, no penalty, batches of 10). Properties and layer commands only: the
 * playground listens, sends the live ones to the running training and rebuilds for the others.
 */
public final class NetworkSettings {

    /** Full speed: the steps per second the playground allows at most. */
    public static final double FULL_SPEED = 2000;
    /** The width a new layer starts with. */
    static final int NEW_LAYER_WIDTH = 4;

    private final ObservableList<Integer> hidden = FXCollections.observableArrayList(4, 2);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.TANH);
    private final ObjectProperty<Solver> solver = new SimpleObjectProperty<>(Solver.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(0.03);
    private final DoubleProperty alpha = new SimpleDoubleProperty(0);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(10);
    private final LongProperty seed = new SimpleLongProperty(0);
    private final DoubleProperty speedLimit = new SimpleDoubleProperty(FULL_SPEED);
    private final ObjectProperty<Command.Step.Unit> stepUnit = new SimpleObjectProperty<>(Command.Step.Unit.EPOCH);

    NetworkSettings() {
    }

    /** The configuration these controls describe (the seed also orders the samples). */
    MlpConfig.Builder config() {
        return MlpConfig.builder().hiddenLayerSizes(hidden.stream().mapToInt(Integer::intValue).toArray())
                .activation(activation.get()).solver(solver.get()).learningRateInit(learningRate.get())
                .alpha(alpha.get()).batchSize(batchSize.get()).seed(seed.get()).shuffleSeed(seed.get());
    }

    /** Adds a hidden layer after the last one. */
    public void addLayer() {
        hidden.add(NEW_LAYER_WIDTH);
    }

    /** Removes the last hidden layer. */
    public void removeLayer() {
        if (!hidden.isEmpty()) {
            hidden.remove(hidden.size() - 1);
        }
    }

    /** Changes the width of hidden layer {@code layer} (0-based) by {@code delta}, keeping at least one unit. */
    public void resizeLayer(int layer, int delta) {
        int width = Math.max(1, hidden.get(layer) + delta);
        if (width != hidden.get(layer)) {
            hidden.set(layer, width);
        }
    }

    /** The hidden layers' widths, input side first (m[1] .. m[L-1]). */
    public ObservableList<Integer> hiddenLayers() {
        return hidden;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ObjectProperty<Solver> solverProperty() {
        return solver;
    }

    /** learning_rate_init, > 0. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The L2 penalty, >= 0. */
    public DoubleProperty alphaProperty() {
        return alpha;
    }

    /** Samples per weight update, 1 or more. */
    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    /** The seed of the initial weights and of the order of samples. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** The most steps per second while playing: 1 (slow motion, the boundary moves step by step) to {@link #FULL_SPEED}. */
    public DoubleProperty speedLimitProperty() {
        return speedLimit;
    }

    /** What Step takes: one epoch (the default) or one minibatch. */
    public ObjectProperty<Command.Step.Unit> stepUnitProperty() {
        return stepUnit;
    }
}
