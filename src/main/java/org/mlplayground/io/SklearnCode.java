package org.mlplayground.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlplayground.nn.LearningRateSchedule;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;

/** The scikit-learn constructor call that trains the same network, for students to paste into Python. */
public final class SklearnCode {

    private SklearnCode() {
    }

    /**
     * {@code MLPClassifier(hidden_layer_sizes=(4, 2), activation='tanh', ...)}: every setting that
     * differs from sklearn's default, plus the ones a reader looks for first. The seed is sklearn's
     * {@code random_state}; this project's separate shuffle seed has no sklearn counterpart.
     * Settings sklearn lacks ({@link MlpConfig#notInSklearn()}) are named in a trailing Python
     * comment that says the line trains a different network.
     */
    public static String constructor(MlpConfig c, boolean classifier) {
        MlpConfig d = MlpConfig.builder().build();
        StringBuilder b = new StringBuilder(classifier ? "MLPClassifier(" : "MLPRegressor(");
        int[] hidden = c.hiddenLayerSizes();
        String sizes = hidden.length == 1 ? "(" + hidden[0] + ",)"
                : "(" + Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")";
        b.append("hidden_layer_sizes=").append(sizes);
        b.append(", activation='").append(c.activation().sklearnName()).append('\'');
        b.append(", solver='").append(c.solver().sklearnName()).append('\'');
        b.append(", alpha=").append(number(c.alpha()));
        b.append(", batch_size=").append(c.batchSize() == 0 ? "'auto'" : Integer.toString(c.batchSize()));
        if (c.solver() == Solver.SGD && c.learningRate() != LearningRateSchedule.CONSTANT) {
            b.append(", learning_rate='").append(c.learningRate().sklearnName()).append('\'');
        }
        if (c.solver() != Solver.LBFGS) {
            b.append(", learning_rate_init=").append(number(c.learningRateInit()));
        }
        b.append(", max_iter=").append(c.maxIter());
        if (c.tol() != d.tol()) {
            b.append(", tol=").append(number(c.tol()));
        }
        if (c.solver() == Solver.SGD) {
            b.append(", momentum=").append(number(c.momentum()));
            b.append(", nesterovs_momentum=").append(c.nesterov() ? "True" : "False");
            if (c.learningRate() == LearningRateSchedule.INVSCALING) {
                b.append(", power_t=").append(number(c.powerT()));
            }
        }
        if (c.solver() == Solver.ADAM && (c.beta1() != d.beta1() || c.beta2() != d.beta2() || c.epsilon() != d.epsilon())) {
            b.append(", beta_1=").append(number(c.beta1())).append(", beta_2=").append(number(c.beta2()))
                    .append(", epsilon=").append(number(c.epsilon()));
        }
        if (c.earlyStopping()) {
            b.append(", early_stopping=True, validation_fraction=").append(number(c.validationFraction()));
        }
        if (c.nIterNoChange() != d.nIterNoChange()) {
            b.append(", n_iter_no_change=").append(c.nIterNoChange());
        }
        if (!c.shuffle()) {
            b.append(", shuffle=False");
        }
        b.append(", random_state=").append(c.seed()).append(')');
        List<String> missing = c.notInSklearn();
        if (!missing.isEmpty()) {
            b.append("  # sklearn cannot express ").append(String.join("; ", missing))
                    .append(": this line trains a different network");
        }
        return b.toString();
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
