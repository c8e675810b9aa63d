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
import org.mlplayground.nn.NativeGemm;
import org.mlplayground.nn.WorkerPool;
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

    @Option(names = "--reference", description = "Then run the same network in scikit-learn and PyTorch "
            + "(bench/*.py with /usr/bin/python3, same epochs, scaler and hidden sizes) and print the ratios.")
    boolean reference;

    @Option(names = "--warmup", description = "Measure the JIT warm-up instead: a 6x8 network on 1,000 points from "
            + "a cold JVM, steps per second in each half second of --seconds (use 20 or more).")
    boolean warmup;

    @Option(names = "--digits", description = "Measure the Digits tab instead: evaluating the test set with every "
            + "metric, and a drawing to probabilities, with the shipped model.")
    boolean digits;

    @Option(names = "--seconds", defaultValue = "3", description = "With --toy: seconds per measurement (default ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (digits) {
            DigitsBenchmark.run(out);
            return 0;
        }
        if (warmup) {
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("--seconds must be > 0");
            }
            ToyBenchmark.warmup(out, seconds);
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
        out.printf("%s loaded in %.2f s: %d training and %d test images, %s storage; dense products: %s, %d threads%n",
                dataDir == null ? "MNIST" : dataDir.toString(), loadSeconds, train.count(), mnist.test().count(),
                x instanceof DenseFeatures ? "dense" : "sparse", NativeGemm.describe(), WorkerPool.shared().parts());

        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(hidden).activation(Activation.RELU)
                .solver(Solver.ADAM).batchSize(200).alpha(1e-4).learningRateInit(1e-3).seed(0).shuffleSeed(0)
                .build();
        MlpClassifier model = new MlpClassifier(config);
        int[] classes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] seconds = new double[epochs];
        double[] cpuSeconds = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long s = System.nanoTime();
            long c = processCpuNanos();
            model.partialFit(x, train.labels(), e == 0 ? classes : null);
            seconds[e] = (System.nanoTime() - s) / 1e9;
            cpuSeconds[e] = (processCpuNanos() - c) / 1e9;
            out.printf("epoch %2d  loss %.5f  %.3f s  (%.3f CPU s)%n", e + 1, model.history().lastLoss(), seconds[e],
                    cpuSeconds[e]);
        }
        double accuracy = model.score(xTest, mnist.test().labels());
        out.printf("784-%s-10 relu adam batch 200: median %.3f s per epoch over %d epochs (%.3f CPU s), "
                        + "test accuracy %.2f%%%n", joined(hidden), median(seconds), epochs, median(cpuSeconds),
                100 * accuracy);
        if (reference && (dataDir != null || trainSize != 60000 || (scaler != Scaler.NONE && scaler != Scaler.STANDARDIZE))) {
            out.println("  (the references run the bundled MNIST, all 60,000 images, unscaled or standardized only)");
        } else if (reference) {
            java.util.List<String> args = java.util.List.of(String.valueOf(epochs), "--scaler",
                    scaler == Scaler.STANDARDIZE ? "standardize" : "none", "--hidden", joined(hidden).replace('-', ','));
            java.util.List<String> sklearnArgs = new java.util.ArrayList<>(args);
            sklearnArgs.add(1, "1");
            double[] sk = References.run(out, "sklearn_mnist_bench.py", sklearnArgs);
            References.ratio(out, "scikit-learn", median(seconds), median(cpuSeconds), sk);
            double[] torch = References.run(out, "torch_mnist_bench.py", args);
            References.ratio(out, "PyTorch", median(seconds), median(cpuSeconds), torch);
        }
        return 0;
    }

    /** picocli converter for {@link Scaler#fromName}. */
    static final class ScalerConverter implements picocli.CommandLine.ITypeConverter<Scaler> {
        @Override
        public Scaler convert(String value) {
            return Scaler.fromName(value);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** CPU time of the whole process (every thread, native ones included), or 0 where unknown. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() : 0;
    }

    private static String joined(int[] sizes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            b.append(i == 0 ? "" : "-").append(sizes[i]);
        }
        return b.toString();
    }
}
