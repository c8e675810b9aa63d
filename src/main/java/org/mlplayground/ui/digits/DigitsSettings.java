package org.mlplayground.ui.digits;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.HyperparameterException;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;

/** The Digits tab's training settings, as its controls set them (defaults: sklearn's, 10 epochs on 10,000 digits). */
public final class DigitsSettings {

    private final StringProperty hidden = new SimpleStringProperty("128");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.RELU);
    private final ObjectProperty<Solver> solver = new SimpleObjectProperty<>(Solver.ADAM);
    private final DoubleProperty alpha = new SimpleDoubleProperty(0.0001);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(200);
    private final IntegerProperty epochs = new SimpleIntegerProperty(10);
    private final ObjectProperty<Scaler> scaler = new SimpleObjectProperty<>(Scaler.NONE);
    private final IntegerProperty trainSize = new SimpleIntegerProperty(10_000);
    private final LongProperty seed = new SimpleLongProperty(0);
    /** Controls whose text is not a value (control name -> the sentence saying so), in the order typed. */
    private final java.util.Map<String, String> unreadable = new java.util.LinkedHashMap<>();

    /**
     * Records that control {@code name}'s text cannot be read (a null {@code sentence}: it can
     * again); while any cannot, {@link #config} refuses with its sentence, so nothing trains
     * on the value the control held before.
     */
    void setUnreadable(String name, String sentence) {
        if (sentence == null) {
            unreadable.remove(name);
        } else {
            unreadable.put(name, sentence);
        }
    }

    /**
     * The hidden layer sizes typed in ({@code 256-128}, {@code 2+3+2}, {@code {3,3}}...).
     *
     * @throws IllegalArgumentException naming the control
     */
    int[] hiddenSizes() {
        return Hyperparameter.HIDDEN_LAYER_SIZES.parse(hidden.get(), "Hidden layers");
    }

    /**
     * The network the controls describe.
     *
     * @param hidden its hidden layer sizes (none: logistic regression)
     * @throws HyperparameterException naming the control whose value is out of range
     * @throws IllegalArgumentException with the sentence of a control whose text cannot be read
     */
    MlpConfig config(int[] hidden) {
        if (!unreadable.isEmpty()) {
            throw new IllegalArgumentException(unreadable.values().iterator().next());
        }
        try {
            return build(hidden);
        } catch (HyperparameterException e) {
            throw e.named(e.parameter() == Hyperparameter.MAX_ITER ? "Epochs" : e.parameter().label());
        }
    }

    private MlpConfig build(int[] hidden) {
        return MlpConfig.builder().hiddenLayerSizes(hidden).activation(activation.get()).solver(solver.get())
                .alpha(alpha.get()).batchSize(batchSize.get()).maxIter(epochs.get()).seed(seed.get())
                .shuffleSeed(seed.get()).build();
    }

    public StringProperty hiddenProperty() {
        return hidden;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ObjectProperty<Solver> solverProperty() {
        return solver;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    /** Epochs to train, 1 or more. */
    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public ObjectProperty<Scaler> scalerProperty() {
        return scaler;
    }

    /** Training digits used, the first of MNIST's 60,000. */
    public IntegerProperty trainSizeProperty() {
        return trainSize;
    }

    public LongProperty seedProperty() {
        return seed;
    }
}
