package org.mlplayground.cli;

import java.util.Arrays;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpEstimator;

/** {@code train --model FILE}: a saved model's weights as the start of a warm-started fit, checked against the data. */
final class ContinuedModel {

    private ContinuedModel() {
    }

    /**
     * Checks that the data fits the saved weights: same kind (classes or values), same inputs and
     * 2D features, same classes.
     *
     * @throws IllegalArgumentException naming the file's and the data's figures when they differ
     */
    static void check(SavedModel saved, LoadedData d) {
        String from = "the model to continue";
        Features trainX = d.trainX();
        if (saved.isClassifier() != d.isClassification()) {
            throw new IllegalArgumentException(from + " is a " + (saved.isClassifier() ? "classifier" : "regressor")
                    + " but the dataset is " + (d.isClassification() ? "labelled with classes" : "a regression dataset"));
        }
        if (trainX.cols() != saved.network().inputs()) {
            throw new IllegalArgumentException(from + " takes " + saved.network().inputs() + " inputs, the data has "
                    + trainX.cols());
        }
        if (!d.features2d().isEmpty() && !saved.features2d().isEmpty() && !d.features2d().equals(saved.features2d())) {
            throw new IllegalArgumentException(from + " takes the features " + String.join(",", saved.features2d())
                    + ", the data has " + String.join(",", d.features2d()) + " (use --features)");
        }
        if (saved.isClassifier()) {
            int[] classes = d.classes();
            String[] names = Evaluation.align(d.classNames(), classes);
            String[] savedNames = saved.classNames() != null ? saved.classNames()
                    : Arrays.stream(saved.classes()).mapToObj(Integer::toString).toArray(String[]::new);
            if (!Arrays.equals(names, savedNames)) {
                throw new IllegalArgumentException(from + " has the classes " + Arrays.toString(savedNames)
                        + ", the data has " + Arrays.toString(names));
            }
        }
    }

    /** Puts the saved weights (and classes) into {@code model}, configured with warm start, as the start of its fit. */
    static void start(MlpEstimator model, SavedModel saved) {
        if (model instanceof MlpClassifier c) {
            c.setClasses(saved.classes());
        }
        model.initialize(saved.network().inputs(), saved.network().outputs());
        model.setNetwork(saved.network());
    }

    /** The saved loss curve followed by this run's, or only this run's when nothing was continued. */
    static double[] lossCurve(SavedModel continued, double[] now) {
        if (continued == null) {
            return now;
        }
        double[] before = continued.lossCurve();
        double[] all = Arrays.copyOf(before, before.length + now.length);
        System.arraycopy(now, 0, all, before.length, now.length);
        return all;
    }
}
