package org.mlplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.metrics.ClassificationReport;
import org.mlplayground.metrics.ConfusionMatrix;
import org.mlplayground.metrics.Metrics;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpRegressor;

/** A trained model's figures on test data, as text (sklearn's report) or as one JSON object. */
final class Evaluation {

    private final ObjectNode json = new ObjectMapper().createObjectNode();
    private final StringBuilder text = new StringBuilder();

    /**
     * One name per class of {@code classes}: {@code byLabel[label]} where there is one, else the label.
     */
    /** The name of a saved model's class {@code classIndex} (names in the file are one per class, in order). */
    static String className(org.mlplayground.io.SavedModel saved, int classIndex) {
        String[] names = saved.classNames();
        return names != null ? names[classIndex] : Integer.toString(saved.classes()[classIndex]);
    }

    static String[] align(String[] byLabel, int[] classes) {
        String[] names = new String[classes.length];
        for (int i = 0; i < classes.length; i++) {
            int c = classes[i];
            names[i] = byLabel != null && c >= 0 && c < byLabel.length ? byLabel[c] : Integer.toString(c);
        }
        return names;
    }

    /**
     * Classification: loss, accuracy, per-class precision/recall/F1, confusion matrix;
     * {@code names} has one name per class of the model.
     */
    static Evaluation of(MlpClassifier model, Features x, int[] labels, String[] names) {
        Evaluation e = new Evaluation();
        int[] predicted = model.predict(x);
        int[] classes = model.classes();
        ConfusionMatrix m = ConfusionMatrix.of(labels, predicted, classes);
        ClassificationReport r = ClassificationReport.of(m, names);
        double loss = model.loss(x, labels);
        e.json.put("test_loss", loss);
        e.json.put("test_accuracy", r.accuracy());
        e.json.put("precision_macro", r.macroPrecision());
        e.json.put("recall_macro", r.macroRecall());
        e.json.put("f1_macro", r.macroF1());
        e.json.put("f1_weighted", r.weightedF1());
        ArrayNode names2 = e.json.putArray("class_names");
        for (String n : names) {
            names2.add(n);
        }
        ArrayNode cm = e.json.putArray("confusion_matrix");
        for (long[] row : m.counts()) {
            ArrayNode a = cm.addArray();
            for (long v : row) {
                a.add(v);
            }
        }
        e.text.append(String.format(Locale.ROOT, "test loss %.4f, test accuracy %.2f%%%n%n", loss, 100 * r.accuracy()));
        e.text.append(r.format());
        return e;
    }

    /** Regression: loss, R^2 and mean squared error. */
    static Evaluation of(MlpRegressor model, Features x, DMatrixRMaj targets) {
        Evaluation e = new Evaluation();
        DMatrixRMaj predicted = model.predict(x);
        double r2 = Metrics.r2(targets, predicted);
        double mse = Metrics.meanSquaredError(targets, predicted);
        double loss = model.loss(x, targets);
        e.json.put("test_loss", loss);
        e.json.put("r2", r2);
        e.json.put("mse", mse);
        e.text.append(String.format(Locale.ROOT, "test loss %.6f%nR^2 %.4f%nMSE %.6f%n", loss, r2, mse));
        return e;
    }

    /** The figures as JSON fields (to be merged into the command's object). */
    ObjectNode json() {
        return json;
    }

    /** The report as text. */
    String text() {
        return text.toString();
    }
}
