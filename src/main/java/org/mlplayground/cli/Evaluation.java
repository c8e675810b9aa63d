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
        return of(model, x, labels, names, "test");
    }

    /** As {@link #of(MlpClassifier, Features, int[], String[])}, on the {@code part} ("test" or "training") rows. */
    static Evaluation of(MlpClassifier model, Features x, int[] labels, String[] names, String part) {
        Evaluation e = new Evaluation();
        int[] predicted = model.predict(x);
        int[] classes = model.classes();
        ConfusionMatrix m = ConfusionMatrix.of(labels, predicted, classes);
        ClassificationReport r = ClassificationReport.of(m, names);
        double loss = model.loss(x, labels);
        e.json.put(part + "_loss", loss);
        e.json.put(part + "_accuracy", r.accuracy());
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
        e.text.append(String.format(Locale.ROOT, "%s loss %.4f, %s accuracy %.2f%%%n%n", part, loss, part,
                100 * r.accuracy()));
        e.text.append(r.format());
        e.text.append(confusionText(m, names));
        e.rocAuc(model, x, labels, names);
        return e;
    }

    /** The confusion matrix as a table: rows are the true class, columns the predicted one. */
    private static String confusionText(ConfusionMatrix m, String[] names) {
        int width = 6;
        for (String n : names) {
            width = Math.max(width, n.length() + 1);
        }
        for (long[] row : m.counts()) {
            for (long v : row) {
                width = Math.max(width, Long.toString(v).length() + 1);
            }
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nconfusion matrix (rows: true class, columns: predicted)%n"));
        s.append(" ".repeat(width));
        for (String n : names) {
            s.append(String.format(Locale.ROOT, "%" + width + "s", n));
        }
        s.append(System.lineSeparator());
        for (int i = 0; i < m.size(); i++) {
            s.append(String.format(Locale.ROOT, "%" + width + "s", names[i]));
            for (long v : m.counts()[i]) {
                s.append(String.format(Locale.ROOT, "%" + width + "d", v));
            }
            s.append(System.lineSeparator());
        }
        return s.toString();
    }

    /** ROC AUC of each class against the rest, and their micro and macro averages (text and JSON). */
    private void rocAuc(MlpClassifier model, Features x, int[] labels, String[] names) {
        int[] classes = model.classes();
        int[] index = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            index[i] = java.util.Arrays.binarySearch(classes, labels[i]);
            if (index[i] < 0) {
                return; // a label the model does not know: no curves
            }
        }
        DMatrixRMaj p = model.predictProba(x);
        if (p.numCols == 1) {
            DMatrixRMaj two = new DMatrixRMaj(p.numRows, 2);
            for (int r = 0; r < p.numRows; r++) {
                two.set(r, 0, 1 - p.get(r, 0));
                two.set(r, 1, p.get(r, 0));
            }
            p = two;
        }
        org.mlplayground.metrics.ClassifierEvaluation ev = org.mlplayground.metrics.ClassifierEvaluation.of(p, index, names);
        if (ev.microRoc() == null) {
            return;
        }
        ObjectNode auc = json.putObject("roc_auc");
        text.append(String.format(Locale.ROOT, "%nROC AUC, each class against the rest: "));
        String sep = "";
        for (int c = 0; c < ev.roc().length; c++) {
            if (ev.roc()[c] != null) {
                auc.put(names[c], ev.roc()[c].auc());
                text.append(String.format(Locale.ROOT, "%s%s: %.4f", sep, names[c], ev.roc()[c].auc()));
                sep = ", ";
            }
        }
        json.put("roc_auc_micro", ev.microRoc().auc());
        json.put("roc_auc_macro", ev.macroAuc());
        json.put("roc_macro_curve_area", ev.macroRoc().auc());
        text.append(String.format(Locale.ROOT, "%nmicro average %.4f, macro average (mean of the classes) %.4f"
                + "%n(area under the macro-averaged curve %.4f)%n", ev.microRoc().auc(), ev.macroAuc(), ev.macroRoc().auc()));
    }

    /** Regression: loss, R^2 and mean squared error. */
    static Evaluation of(MlpRegressor model, Features x, DMatrixRMaj targets) {
        return of(model, x, targets, "test");
    }

    /** As {@link #of(MlpRegressor, Features, DMatrixRMaj)}, on the {@code part} ("test" or "training") rows. */
    static Evaluation of(MlpRegressor model, Features x, DMatrixRMaj targets, String part) {
        Evaluation e = new Evaluation();
        DMatrixRMaj predicted = model.predict(x);
        double r2 = Metrics.r2(targets, predicted);
        double mse = Metrics.meanSquaredError(targets, predicted);
        double loss = model.loss(x, targets);
        e.json.put(part + "_loss", loss);
        e.json.put("r2", r2);
        e.json.put("mse", mse);
        e.text.append(String.format(Locale.ROOT, "%s loss %.6f%n", part, loss));
        e.text.append(Double.isNaN(r2) ? String.format(Locale.ROOT, "R^2 undefined (nan): it needs at least two %s rows,"
                + " there is %d%n", part, targets.numRows) : String.format(Locale.ROOT, "R^2 %.4f%n", r2));
        e.text.append(String.format(Locale.ROOT, "MSE %.6f%n", mse));
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
