package org.mlplayground.nn;

import java.util.List;

/**
 * One measurement of every layer's health (a value to publish with a training snapshot).
 *
 * @param epoch  the epoch (or any step count the caller uses) the measurement belongs to
 * @param loss   the cost J on the meter's sample, with the penalties
 * @param layers layers 1..L (index l-1)
 */
public record GradientHealth(long epoch, double loss, List<LayerHealth> layers) {

    public GradientHealth {
        layers = List.copyOf(layers);
    }

    /** The gradient norms of layers 1..L (index l-1): the panel's vanishing/exploding curve. */
    public double[] gradientNorms() {
        return layers.stream().mapToDouble(LayerHealth::gradientNorm).toArray();
    }
}
