package org.mlplayground.train;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Features;

/**
 * The Digits tab's slow work, as plain functions for a worker thread: building a training run
 * from MNIST.
 */
public final class DigitRuns {

    private DigitRuns() {
    }

    /**
     * A run ready for the training service.
     *
     * @param problem the first {@code rows} training digits and the test set, scaled
     * @param scaler  the scaler fitted on those training digits
     * @param rows    how many training digits there are
     * @param name    "MLP 256-128", or "MLP (no hidden layer)"
     */
    public record PreparedRun(TrainingProblem problem, Scaler.Fitted scaler, int rows, String name) {
    }

    /** The name of a network by its hidden layers: {@code MLP 256-128}. */
    public static String name(int[] hidden) {
        return "MLP " + (hidden.length == 0 ? "(no hidden layer)"
                : Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining("-")));
    }

    /** The first {@code rows} training digits and the test set, scaled by {@code kind} fitted on the former. */
    public static PreparedRun prepare(Mnist data, int rows, Scaler kind, int[] hidden) {
        LabeledImages train = data.train().head(rows);
        Features x = Features.of(train.pixelRows());
        Scaler.Fitted fitted = kind.fit(kind == Scaler.NONE ? new DMatrixRMaj(0, 784) : x.toDense());
        Features testX = Features.of(data.test().pixelRows());
        if (fitted.kind() != Scaler.NONE) {
            x = Features.of(fitted.transform(x.toDense()));
            testX = Features.of(fitted.transform(testX.toDense()));
        }
        TrainingProblem problem = TrainingProblem.classification(x, train.labels(), testX, data.test().labels(), null);
        return new PreparedRun(problem, fitted, train.count(), name(hidden));
    }

    /** {@code 0.0001} rather than {@code 1.0E-4}. */
    public static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A percentage with two decimals. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
