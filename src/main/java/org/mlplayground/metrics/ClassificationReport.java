package org.mlplayground.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision, recall, F1 and support per class, with accuracy and macro and weighted averages, as
 * sklearn's {@code classification_report}. A class that is never predicted (or never occurs) has
 * an undefined precision (or recall); it is reported as 0, as sklearn does, and named in
 * {@link #notes()} instead of turning into NaN. The macro and weighted averages run over sklearn's
 * default labels, the classes present in the truth or the predictions: a class that neither occurs
 * nor is predicted keeps its row (all zeros) but is left out of the averages, as
 * {@code classification_report(y_true, y_pred)} without {@code labels} leaves it out.
 */
public record ClassificationReport(int[] labels, String[] names, double[] precision, double[] recall, double[] f1,
                                   long[] support, double accuracy, double macroPrecision, double macroRecall,
                                   double macroF1, double weightedPrecision, double weightedRecall, double weightedF1,
                                   List<String> notes) {

    /** The report of a confusion matrix; {@code names} label the rows (null: the numbers). */
    public static ClassificationReport of(ConfusionMatrix m, String[] names) {
        int k = m.size();
        int[] labels = m.labels();
        String[] shown = new String[k];
        for (int i = 0; i < k; i++) {
            shown[i] = names != null && i < names.length && names[i] != null ? names[i] : Integer.toString(labels[i]);
        }
        double[] p = new double[k];
        double[] r = new double[k];
        double[] f = new double[k];
        long[] support = new long[k];
        boolean[] present = new boolean[k];
        List<String> notes = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < k; i++) {
            long tp = m.count(i, i);
            long predicted = m.predictedCount(i);
            support[i] = m.trueCount(i);
            total += support[i];
            present[i] = predicted > 0 || support[i] > 0;
            if (!present[i]) {
                notes.add("class " + shown[i] + " neither occurs nor is predicted: it is left out of the averages");
            } else if (predicted == 0) {
                notes.add("class " + shown[i] + " is never predicted: its precision is taken as 0");
            }
            if (support[i] == 0 && present[i]) {
                notes.add("class " + shown[i] + " has no samples: its recall is taken as 0");
            }
            p[i] = predicted == 0 ? 0 : (double) tp / predicted;
            r[i] = support[i] == 0 ? 0 : (double) tp / support[i];
            f[i] = p[i] + r[i] == 0 ? 0 : 2 * p[i] * r[i] / (p[i] + r[i]);
        }
        return new ClassificationReport(labels, shown, p, r, f, support, m.accuracy(), mean(p, present),
                mean(r, present), mean(f, present), weighted(p, support, total), weighted(r, support, total),
                weighted(f, support, total), List.copyOf(notes));
    }

    /** The unweighted mean over the present classes (NaN when there are none). */
    private static double mean(double[] v, boolean[] present) {
        double s = 0;
        int count = 0;
        for (int i = 0; i < v.length; i++) {
            if (present[i]) {
                s += v[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : s / count;
    }

    private static double weighted(double[] v, long[] w, long total) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * w[i];
        }
        return total == 0 ? Double.NaN : s / total;
    }

    /** The table as sklearn prints it, with the notes below. */
    public String format() {
        int width = "weighted avg".length();
        for (String n : names) {
            width = Math.max(width, n.length());
        }
        long total = 0;
        for (long s : support) {
            total += s;
        }
        StringBuilder b = new StringBuilder();
        String head = "%" + width + "s %9s %9s %9s %9s%n";
        String row = "%" + width + "s %9.2f %9.2f %9.2f %9d%n";
        b.append(String.format(Locale.ROOT, head, "", "precision", "recall", "f1-score", "support")).append('\n');
        for (int i = 0; i < names.length; i++) {
            b.append(String.format(Locale.ROOT, row, names[i], precision[i], recall[i], f1[i], support[i]));
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%" + width + "s %9s %9s %9.2f %9d%n", "accuracy", "", "", accuracy, total));
        b.append(String.format(Locale.ROOT, row, "macro avg", macroPrecision, macroRecall, macroF1, total));
        b.append(String.format(Locale.ROOT, row, "weighted avg", weightedPrecision, weightedRecall, weightedF1, total));
        for (String n : notes) {
            b.append("note: ").append(n).append('\n');
        }
        return b.toString();
    }
}
