package org.mlplayground.ui.math;

import org.mlplayground.nn.Activation;
import org.mlplayground.ui.playground.PlaygroundViewModel;

/**
 * The presets "deep-logistic" and "deep-relu": eight hidden layers of eight units with the
 * logistic or relu activation, so that vanishing gradients are one click from healthy ones.
 */
public final class GradientHealthPresets {

    /** Hidden layers of the deep presets. */
    public static final int DEPTH = 8;
    /** Units per hidden layer of the deep presets. */
    public static final int WIDTH = 8;

    private GradientHealthPresets() {
    }

    /** Sets the playground's controls (called inside the playground's one-configuration preset). */
    public static void apply(PlaygroundViewModel m, boolean relu) {
        Integer[] sizes = new Integer[DEPTH];
        java.util.Arrays.fill(sizes, WIDTH);
        m.hiddenLayers().setAll(sizes);
        m.activationProperty().set(relu ? Activation.RELU : Activation.LOGISTIC);
        m.options().layerActivationsProperty().set(java.util.List.of());
    }
}
