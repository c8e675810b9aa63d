package org.mlplayground.ui.lessons;

import java.util.List;
import java.util.Locale;
import org.mlplayground.nn.Network;
import org.mlplayground.train.TrainingSnapshot;

/**
 * The live values a lesson text's placeholders show ({@code {formula}}, {@code {weights}},
 * {@code {epoch}}, {@code {trainLoss}}, {@code {testLoss}}, {@code {testAccuracy}}), from the
 * newest snapshot of the playground's training.
 */
final class LessonPlaceholders {

    /** More numbers than this and {@code {weights}} shows only the shapes. */
    private static final int MOST_WEIGHTS = 48;

    private LessonPlaceholders() {
    }

    /**
     * The text placeholder {@code name} shows.
     *
     * @param s        the newest snapshot, or null before any
     * @param features the input features' names (x1, x2, ...), in input order
     */
    static String value(String name, TrainingSnapshot s, List<String> features) {
        if (s == null) {
            return "\u2013";
        }
        switch (name) {
            case "epoch":
                return String.format(Locale.ROOT, "%,d", s.epoch());
            case "trainLoss":
                return number(s.trainLoss());
            case "testLoss":
                return number(s.testLoss());
            case "testAccuracy":
                return Double.isNaN(s.testScore()) ? "\u2013" : String.format(Locale.ROOT, "%.1f %%", 100 * s.testScore());
            case "formula":
                return formula(s.weights(), features);
            case "weights":
                return weights(s.weights());
            default:
                return "{" + name + "}";
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** {@code z = 0.31 + 1.20 x1 - 0.84 x2} for a network without hidden layers (its first output). */
    static String formula(Network n, List<String> features) {
        if (n == null) {
            return "\u2013";
        }
        if (n.weightLayers() != 1) {
            return "(the formula is shown for a network without hidden layers)";
        }
        StringBuilder z = new StringBuilder(String.format(Locale.ROOT, "z = %.2f", n.intercepts(0)[0]));
        for (int i = 0; i < n.inputs(); i++) {
            double w = n.weight(0, i, 0);
            z.append(w < 0 ? " \u2212 " : " + ").append(String.format(Locale.ROOT, "%.2f", Math.abs(w))).append(' ')
                    .append(i < features.size() ? features.get(i) : "x" + (i + 1));
        }
        return z.toString();
    }

    /** Each W[l] in the lecture's layout (m[l] rows, the bias in column 0), or its shape when large. */
    static String weights(Network n) {
        if (n == null) {
            return "\u2013";
        }
        int[] sizes = n.layerSizes();
        StringBuilder out = new StringBuilder();
        boolean large = n.parameterCount() > MOST_WEIGHTS;
        for (int l = 0; l < n.weightLayers(); l++) {
            out.append(out.length() > 0 ? (large ? ", " : "\n") : "").append("W[").append(l + 1).append("]");
            if (large) {
                out.append(": ").append(sizes[l + 1]).append(" x ").append(sizes[l] + 1);
                continue;
            }
            out.append(" = [");
            double[] b = n.intercepts(l);
            for (int j = 0; j < sizes[l + 1]; j++) {
                out.append(j > 0 ? "; " : "").append(String.format(Locale.ROOT, "%.2f", b[j]));
                for (int i = 0; i < sizes[l]; i++) {
                    out.append(String.format(Locale.ROOT, " %.2f", n.weight(l, i, j)));
                }
            }
            out.append("]");
        }
        return out.toString();
    }
}
