package org.mlplayground.ui.playground;

import org.mlplayground.nn.Activation;
import org.mlplayground.ui.playground.PlaygroundViewModel;

/**
 * The Math tabs' presets: "deep-logistic" and "deep-relu", eight hidden layers of eight units
 * with the logistic or relu activation, so that vanishing gradients are one click from healthy
 * ones; "logistic-regression", no hidden layer, the lecture's opening computation graph.
 */
public final class MathPresets {

    /** Hidden layers of the deep presets. */
    public static final int DEPTH = 8;
    /** Units per hidden layer of the deep presets. */
    public static final int WIDTH = 8;

    private MathPresets() {
    }

    /** Sets the playground's controls (called inside the playground's one-configuration preset). */
    public static void apply(PlaygroundViewModel m, boolean relu) {
        Integer[] sizes = new Integer[DEPTH];
        java.util.Arrays.fill(sizes, WIDTH);
        m.network().hiddenLayers().setAll(sizes);
        m.network().activationProperty().set(relu ? Activation.RELU : Activation.LOGISTIC);
        m.options().layerActivationsProperty().set(java.util.List.of());
    }

    /** No hidden layer: logistic regression, drawn as a computation graph on the Math tab. */
    public static void logisticRegression(PlaygroundViewModel m) {
        m.network().hiddenLayers().clear();
        m.options().layerActivationsProperty().set(java.util.List.of());
    }
}
