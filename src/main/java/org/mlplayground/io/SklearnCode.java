package org.mlplayground.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;

/** The scikit-learn constructor call that trains the same network, for students to paste into Python. */
public final class SklearnCode {

    private SklearnCode() {
    }

    /**
     * {@code MLPClassifier(hidden_layer_sizes=(4, 2), activation='tanh', ...)}: from
     * {@link Hyperparameter#ALL}, in its order, every sklearn parameter that has an effect under
     * {@code c} ({@link Hyperparameter#appliesTo}) and is either one a reader looks for first
     * ({@link Hyperparameter#common}) or differs from sklearn's default. The seed is sklearn's
     * {@code random_state}; this project's own settings (the shuffle seed) have no counterpart.
     * Settings that change the network and that sklearn lacks ({@link MlpConfig#notInSklearn()}:
     * per-layer activations, L1, another initialization) are named in a trailing Python comment
     * that says the line trains a different network.
     */
    public static String constructor(MlpConfig c, boolean classifier) {
        StringBuilder b = new StringBuilder(classifier ? "MLPClassifier(" : "MLPRegressor(");
        String separator = "";
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (p.inSklearn() && p.appliesTo(c) && (p.common() || !p.isDefault(c))) {
                b.append(separator).append(p.name()).append('=').append(python(p, c));
                separator = ", ";
            }
        }
        b.append(')');
        List<String> missing = c.notInSklearn();
        if (!missing.isEmpty()) {
            b.append("  # sklearn cannot express ").append(String.join("; ", missing))
                    .append(": this line trains a different network");
        }
        return b.toString();
    }

    /** The value of {@code p} in {@code c} as a Python literal: 0.001, 'relu', True, (4, 2), (100,), 'auto'. */
    public static <T> String python(Hyperparameter<T> p, MlpConfig c) {
        T v = p.get(c);
        if (v instanceof int[] widths) {
            return widths.length == 1 ? "(" + widths[0] + ",)"
                    : "(" + Arrays.stream(widths).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")";
        }
        if (v instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        if (v instanceof Double d) {
            return number(d);
        }
        String text = p.format(v);
        return v instanceof Number && text.matches("-?\\d+") ? text : "'" + text + "'";
    }

    /** Whether sklearn can train exactly this configuration (no per-layer activations, L1 or other init). */
    public static boolean canExpress(MlpConfig c) {
        return c.notInSklearn().isEmpty();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toString().toLowerCase(Locale.ROOT)
                .replace("e+", "e");
    }
}
