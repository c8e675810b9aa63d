package org.mlplayground.io;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.FeatureMap2D;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Network;

/**
 * Everything needed to use a trained model again: its weights, how it was trained, and how its
 * inputs must be prepared.
 *
 * @param network      the weights (sklearn layout: coefs fan_in x fan_out, intercepts)
 * @param config       the hyperparameters and seeds it was trained with
 * @param classes      the class labels of the outputs, or null for a regressor
 * @param classNames   a name per entry of {@code classes}, in the same order (may be null)
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

    /**
     * The network's inputs for raw rows: the 2D feature map (when the model has one, rows are
     * points (x1, x2)), then the scaler.
     */
    public Features prepare(DMatrixRMaj raw) {
        DMatrixRMaj x = raw;
        if (!features2d.isEmpty()) {
            if (raw.numCols != 2) {
                throw new IllegalArgumentException("This model takes points (x1, x2): 2 columns, got " + raw.numCols);
            }
            java.util.EnumSet<Feature2D> set = java.util.EnumSet.noneOf(Feature2D.class);
            for (String f : features2d) {
                set.add(Feature2D.fromName(f));
            }
            FeatureMap2D map = new FeatureMap2D(set);
            double[][] rows = new double[raw.numRows][];
            for (int r = 0; r < raw.numRows; r++) {
                rows[r] = map.at(raw.get(r, 0), raw.get(r, 1));
            }
            x = new DMatrixRMaj(rows);
        }
        if (x.numCols != network.inputs()) {
            throw new IllegalArgumentException("This model takes " + network.inputs() + " inputs, the data has " + x.numCols);
        }
        return Features.of(scaler == null || scaler.kind() == Scaler.NONE ? x : scaler.transform(x));
    }

    /** A classifier with these weights and classes, ready to predict. */
    public MlpClassifier classifier() {
        MlpClassifier c = new MlpClassifier(config);
        c.setClasses(classes);
        c.setNetwork(network);
        return c;
    }

    /** A regressor with these weights, ready to predict. */
    public MlpRegressor regressor() {
        MlpRegressor r = new MlpRegressor(config);
        r.setNetwork(network);
        return r;
    }
}
