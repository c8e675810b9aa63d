package org.mlplayground.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.nn.Activation;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.DenseFeatures;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The engine benchmark: 784-128-10 relu, adam, batch 200, alpha 1e-4, learning rate 1e-3, seed 0
 * on the bundled MNIST scaled to [0, 1]; prints seconds per epoch and test accuracy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {"Train 784-128-10 on MNIST and print seconds per epoch and test accuracy;",
        "with --toy, measure the training service on a 2D problem."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--epochs", defaultValue = "10", description = "Epochs to train (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--hidden", defaultValue = "128", split = ",", description = "Hidden layer sizes (default ${DEFAULT-VALUE}).")
    int[] hidden;

    @Option(names = "--train-size", defaultValue = "60000", description = "Training images used (default ${DEFAULT-VALUE}).")
    int trainSize;

    @Option(names = "--dense", description = "Store the pixels densely (measures the dense path).")
    boolean dense;

    @Option(names = "--scaler", defaultValue = "none", converter = ScalerConverter.class,
            description = "Scale the pixels after /255: none, standardize, minmax, minus-one-to-one "
                    + "(standardize makes every input non-zero: the fully dense path).")
    Scaler scaler;

    @Option(names = "--data", paramLabel = "DIR",
            description = "An MNIST-layout IDX folder to use instead of the bundled MNIST (e.g. Fashion-MNIST).")
    java.nio.file.Path dataDir;

    @Option(names = "--toy", description = "Measure the training service on a 2D problem instead "
            + "(epochs per second with and without snapshots, and the snapshot build time).")
    boolean toy;

    @Option(names = "--digits", description = "Measure the Digits tab instead: evaluating the test set with every "
            + "metric, and a drawing to probabilities, with the shipped model.")
    boolean digits;

    @Option(names = "--sweep", description = "Time the moons alpha sweep instead: 7 alphas x 5 folds of sklearn's "
            + "MLPClassifier((10,), max_iter=2000) on every core (bench/sklearn_sweep.py moons is sklearn's).")
    boolean sweep;

    @Option(names = "--sweep-grid", description = "Time the MNIST grid instead: 6 architectures x 6 alphas x 3 folds "
            + "on 10,000 digits, 10 epochs per fit (bench/sklearn_sweep.py mnist is sklearn's).")
    boolean sweepGrid;

    @Option(names = "--repeat", description = "With --sweep or --sweep-grid: runs to take the median of (default 3 and 1).")
    Integer repeat;

    @Option(names = "--seconds", defaultValue = "3", description = "With --toy: seconds per measurement (default ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (sweep || sweepGrid) {
            int runs = repeat != null ? repeat : sweep ? 3 : 1;
            if (runs < 1) {
                throw new IllegalArgumentException("--repeat must be at least 1, got " + runs);
            }
            if (sweep) {
                SweepBenchmark.run(out, "moons sweep", SweepBenchmark.moons(), SweepBenchmark.moonsSpec(), runs);
            }
            if (sweepGrid) {
                SweepBenchmark.run(out, "mnist grid", SweepBenchmark.mnist10k(), SweepBenchmark.gridSpec(), runs);
            }
            return 0;
        }
        if (digits) {
            DigitsBenchmark.run(out);
            return 0;
        }
        if (toy) {
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("--seconds must be > 0");
            }
            ToyBenchmark.run(out, seconds);
            return 0;
        }
        if (epochs < 1 || trainSize < 1) {
            throw new IllegalArgumentException("--epochs and --train-size must be at least 1");
        }
        long t0 = System.nanoTime();
        Mnist mnist = dataDir == null ? Mnist.bundled() : Mnist.fromDirectory(dataDir);
        LabeledImages train = mnist.train().head(trainSize);
        Features x;
        Features xTest;
        if (scaler != Scaler.NONE) {
            Scaler.Fitted fitted = scaler.fit(train.denseMatrix());
            x = Features.of(fitted.transform(train.denseMatrix()));
            xTest = Features.of(fitted.transform(mnist.test().denseMatrix()));
        } else {
            x = dense ? new DenseFeatures(train.denseMatrix()) : train.features();
            xTest = mnist.test().features();
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("%s loaded in %.2f s: %d training and %d test images, %s storage%n",
                dataDir == null ? "MNIST" : dataDir.toString(), loadSeconds, train.count(), mnist.test().count(),
                x instanceof DenseFeatures ? "dense" : "sparse");

        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(hidden).activation(Activation.RELU)
                .solver(Solver.ADAM).batchSize(200).alpha(1e-4).learningRateInit(1e-3).seed(0).shuffleSeed(0)
                .build();
        MlpClassifier model = new MlpClassifier(config);
        int[] classes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] seconds = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long s = System.nanoTime();
            model.partialFit(x, train.labels(), e == 0 ? classes : null);
            seconds[e] = (System.nanoTime() - s) / 1e9;
            out.printf("epoch %2d  loss %.5f  %.3f s%n", e + 1, model.history().lastLoss(), seconds[e]);
        }
        double accuracy = model.score(xTest, mnist.test().labels());
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = epochs % 2 == 1 ? sorted[epochs / 2] : (sorted[epochs / 2 - 1] + sorted[epochs / 2]) / 2;
        out.printf("784-%s-10 relu adam batch 200: median %.3f s per epoch over %d epochs, test accuracy %.2f%%%n",
                joined(hidden), median, epochs, 100 * accuracy);
        return 0;
    }

    /** picocli converter for {@link Scaler#fromName}. */
    static final class ScalerConverter implements picocli.CommandLine.ITypeConverter<Scaler> {
        @Override
        public Scaler convert(String value) {
            return Scaler.fromName(value);
        }
    }

    private static String joined(int[] sizes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            b.append(i == 0 ? "" : "-").append(sizes[i]);
        }
        return b.toString();
    }
}
