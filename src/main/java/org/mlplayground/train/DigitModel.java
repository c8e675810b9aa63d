package org.mlplayground.train;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.ForwardTrace;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;

/**
 * A network that reads 28 x 28 digits: 784 inputs, 10 outputs, with the input scaler it was
 * trained with and a description of where it came from.
 *
 * @param network     784 - ... - 10
 * @param scaler      fitted on the training pixels ({@code NONE} for raw pixels in [0, 1])
 * @param config      the hyperparameters it was trained with
 * @param description a phrase such as "the shipped model (784-128-10, 98.0% on the test set)"
 */
public record DigitModel(Network network, Scaler.Fitted scaler, MlpConfig config, String description) {

    /** The names of the ten classes. */
    public static final String[] DIGITS = IntStream.range(0, 10).mapToObj(Integer::toString).toArray(String[]::new);

    public DigitModel {
        if (network.inputs() != 784 || network.outputs() != 10) {
            throw new IllegalArgumentException("this is not a digit model: it takes " + network.inputs()
                    + " inputs and gives " + network.outputs() + " outputs (a digit model: 784 and 10)");
        }
    }

    /** Unscaled pixels in, as MNIST's: the identity scaler for 784 columns. */
    public static Scaler.Fitted rawPixels() {
        return Scaler.NONE.fit(new DMatrixRMaj(0, 784));
    }

    /** The network's trace for one 784-pixel input (scaled first when the model was). */
    public ForwardTrace trace(double[] pixels) {
        return network.trace(scaler.kind() == Scaler.NONE ? pixels : scaler.transform(pixels));
    }

    /** Class probabilities (n x 10) for rows of pixels (n x 784). */
    public DMatrixRMaj probabilities(Features pixels) {
        return network.predict(scaler.kind() == Scaler.NONE ? pixels : Features.of(scaler.transform(pixels.toDense())));
    }
}
