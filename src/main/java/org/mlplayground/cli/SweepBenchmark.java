package org.mlplayground.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mlplayground.data.CsvReader;
import org.mlplayground.data.CsvTable;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.sweep.Sweep;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.train.sweep.SweepSpec;
import org.mlplayground.train.sweep.Validation;

/**
 * {@code bench --sweep} and {@code bench --sweep-grid}: the two sweeps, timed wall-clock on
 * every core, the counterparts of {@code bench/sklearn_sweep.py moons} and {@code ... mnist}.
 */
final class SweepBenchmark {

    /** 0 then 1e-6 .. 1e-1, the lecture's range. */
    static final double[] MOONS_ALPHAS = SweepSpec.DEFAULT_ALPHAS;
    /** Epochs of each MNIST grid fit: modest, so that 108 fits finish in minutes. */
    static final int GRID_EPOCHS = 10;

    private SweepBenchmark() {
    }

    /** The moons sweep: sklearn's MLPClassifier((10,), max_iter=2000) defaults, 7 alphas x 5 folds. */
    static SweepSpec moonsSpec() {
        MlpConfig base = MlpConfig.builder().hiddenLayerSizes(10).maxIter(2000).seed(0).shuffleSeed(0).build();
        return new SweepSpec(base, List.of(new int[] {10}), MOONS_ALPHAS, Validation.KFolds.of(5), false);
    }

    /** The MNIST grid: the lecture's 6 architectures x alphas 1e-6 .. 1e-1, 3 folds, {@link #GRID_EPOCHS} epochs. */
    static SweepSpec gridSpec() {
        MlpConfig base = MlpConfig.builder().maxIter(GRID_EPOCHS).seed(0).shuffleSeed(0).build();
        return new SweepSpec(base, SweepSpec.LECTURE_ARCHITECTURES, Arrays.copyOfRange(SweepSpec.DEFAULT_ALPHAS, 1, 7),
                Validation.KFolds.of(3), false);
    }

    /** sklearn's make_moons(500, noise=0.3, random_state=0), shipped as a CSV. */
    static TrainingProblem moons() throws DataFileException, IOException {
        try (InputStream in = SweepBenchmark.class.getResourceAsStream("/datasets/moons500.csv")) {
            if (in == null) {
                throw new IOException("datasets/moons500.csv is missing from the application");
            }
            CsvTable t = CsvReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "moons500.csv", "label", true);
            return TrainingProblem.classification(Features.of(t.features()), t.labels(), null, null, null);
        }
    }

    /** The first 10,000 bundled MNIST training digits, pixels in [0, 1]. */
    static TrainingProblem mnist10k() throws DataFileException {
        LabeledImages train = Mnist.bundled().train().head(10_000);
        return TrainingProblem.classification(train.features(), train.labels(), null, null, null);
    }

    /** CPU seconds this process has used on every thread (NaN where the JVM does not say). */
    static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Runs {@code spec} {@code repeats} times and prints each wall time, the median and the best cell. */
    static void run(PrintWriter out, String name, TrainingProblem problem, SweepSpec spec, int repeats) {
        int threads = Runtime.getRuntime().availableProcessors();
        int fits = spec.rows() * spec.cols() * spec.validation().splits(problem.train().rows(), problem.trainLabels()).size();
        out.printf(Locale.ROOT, "%s: %d architectures x %d alphas, %s: %d fits on %d threads%n", name, spec.rows(),
                spec.cols(), spec.validation().describe(), fits, threads);
        double[] seconds = new double[repeats];
        SweepResult result = null;
        for (int r = 0; r < repeats; r++) {
            double cpu0 = processCpuSeconds();
            result = new Sweep(problem, spec).run(null, threads);
            seconds[r] = result.wallSeconds();
            out.printf(Locale.ROOT, "  run %d: %.2f s (%.1f cpu s)%n", r + 1, seconds[r], processCpuSeconds() - cpu0);
            out.flush();
        }
        SweepCell best = result.best();
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = repeats % 2 == 1 ? sorted[repeats / 2] : (sorted[repeats / 2 - 1] + sorted[repeats / 2]) / 2;
        out.printf(Locale.ROOT, "%s: median %.2f s over %d runs; best hidden %s alpha %s: validation accuracy %.4f ± %.4f, "
                        + "macro F1 %.4f%n", name, median, repeats, SweepSpec.name(best.hidden()),
                SweepCommand.alpha(best.alpha()), best.meanValidation(), best.stdValidation(), best.meanMacroF1());
    }
}
