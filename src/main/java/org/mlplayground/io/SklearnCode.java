package org.mlplayground.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Scaler;
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

    /**
     * The whole scikit-learn pipeline the playground trains: the input features it computes from
     * (x1, x2), the scaler fitted on them, then the network. Just the constructor when the inputs
     * are x1, x2 unscaled.
     * {@code make_pipeline(FunctionTransformer(lambda X: np.c_[X[:, 0], X[:, 1], np.sin(X[:, 0])]), StandardScaler(), MLPClassifier(...))}
     *
     * @param features the input features in input order (x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2))
     */
    public static String pipeline(List<Feature2D> features, Scaler scaler, MlpConfig c, boolean classifier) {
        String network = constructor(c, classifier);
        boolean plain = features.equals(List.of(Feature2D.X1, Feature2D.X2));
        if (plain && scaler == Scaler.NONE) {
            return network;
        }
        List<String> steps = new java.util.ArrayList<>();
        if (!plain) {
            steps.add("FunctionTransformer(lambda X: np.c_[" + features.stream().map(SklearnCode::column)
                    .collect(Collectors.joining(", ")) + "])");
        }
        switch (scaler) {
            case STANDARDIZE -> steps.add("StandardScaler()");
            case MIN_MAX -> steps.add("MinMaxScaler()");
            case MINUS_ONE_TO_ONE -> steps.add("MinMaxScaler(feature_range=(-1, 1))");
            default -> { }
        }
        int comment = network.indexOf("  # ");
        String model = comment < 0 ? network : network.substring(0, comment);
        return "make_pipeline(" + String.join(", ", steps) + ", " + model + ")" + (comment < 0 ? "" : network.substring(comment));
    }

    /** A feature as numpy computes it from the points X (n x 2). */
    private static String column(Feature2D f) {
        return switch (f) {
            case X1 -> "X[:, 0]";
            case X2 -> "X[:, 1]";
            case X1_SQUARED -> "X[:, 0]**2";
            case X2_SQUARED -> "X[:, 1]**2";
            case X1_TIMES_X2 -> "X[:, 0]*X[:, 1]";
            case SIN_X1 -> "np.sin(X[:, 0])";
            case SIN_X2 -> "np.sin(X[:, 1])";
        };
    }
}
