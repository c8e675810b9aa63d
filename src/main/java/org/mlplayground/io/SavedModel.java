package org.mlplayground.io;

import java.util.List;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;

/**
 * Everything needed to use a trained model again: its weights, how it was trained, and how its
 * inputs must be prepared.
 *
 * @param network      the weights (sklearn layout: coefs fan_in x fan_out, intercepts)
 * @param config       the hyperparameters and seeds it was trained with
 * @param classes      the class labels of the outputs, or null for a regressor
 * @param classNames   a name per class (may be null)
 * @param featureNames the name of each input (may be null)
 * @param features2d   for 2D problems the feature map's features ({@code x1}, {@code x1^2}...), else empty
 * @param scaler       the fitted input scaler (NONE when unscaled)
 * @param lossCurve    the training loss per epoch
 * @param dataset      what it was trained on, in words
 */
public record SavedModel(Network network, MlpConfig config, int[] classes, String[] classNames, String[] featureNames,
                         List<String> features2d, Scaler.Fitted scaler, double[] lossCurve, String dataset) {

    public SavedModel {
        features2d = List.copyOf(features2d);
    }

    /** Whether the model is a classifier. */
    public boolean isClassifier() {
        return classes != null;
    }
}
