package org.mlplayground.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
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
        "with --toy, measure the training service on a 2D problem; with --digits or --robustness, the digit tab's model "
        + "and preprocessing; with --fuzz N, fuzz every file reader."})
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

    @Option(names = "--step", description = "Measure the bare training step instead: 2-8-8-1 tanh and relu, 500 points, "
            + "full batch, steps per CPU second (no training service).")
    boolean step;

    @Option(names = "--warmup", description = "Measure the JIT warm-up instead: a 6x8 network on 1,000 points from "
            + "a cold JVM, steps per second in each half second of --seconds (use 20 or more).")
    boolean warmup;

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
    @Option(names = "--fuzz", paramLabel = "N", description = "Fuzz every file reader instead: N mutated files in all"
            + " (CSV, IDX, model JSON, drawn digits, images), and print how many loaded, were refused, or escaped.")
    Integer fuzz;

    @Option(names = "--fuzz-seed", defaultValue = "1", description = "With --fuzz: the seed of the mutations (default ${DEFAULT-VALUE}).")
    long fuzzSeed;

    @Option(names = "--robustness", description = "Measure the digit preprocessing on hard images instead: the shipped "
            + "model's accuracy per kind (thin strokes, light ink on a dark gradient, a dark frame, EXIF orientation, specks, "
            + "blank pages) and the time for a 4000x3000 photo.")
    boolean robustness;

    @Option(names = "--count", defaultValue = "200", description = "With --robustness: digits per kind (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--fx", description = "Measure the FX thread instead: per snapshot and per pulse, on the real window at "
            + "1920x1080 in presentation mode, a 6x8 network on the playground, then 784-256-128-10 on the Digits tab "
            + "(needs a display, e.g. xvfb-run; --seconds per screen, default 5).")
    boolean fx;

    @Option(names = "--seconds", defaultValue = "3", description = "With --toy or --step: seconds per measurement (default ${DEFAULT-VALUE}).")
    double seconds;

    /** Fuzzes every reader with an equal share of {@code fuzz} mutants; exit 1 if anything escaped. */
    private int fuzz(PrintWriter out) throws Exception {
        if (fuzz < 1 || fuzz > 100_000_000) {
            throw new IllegalArgumentException("--fuzz must be between 1 and 100000000, got " + fuzz);
        }
        java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("mlp-fuzz");
        int escaped = 0;
        long total = 0;
        long start = System.nanoTime();
        ReaderFuzz.Target[] targets = ReaderFuzz.Target.values();
        out.printf("%-7s %9s %9s %9s %10s %8s%n", "reader", "mutants", "loaded", "refused", "unexpected", "seconds");
        try {
            for (int t = 0; t < targets.length; t++) {
                int share = fuzz / targets.length + (t < fuzz % targets.length ? 1 : 0);
                long t0 = System.nanoTime();
                ReaderFuzz.Counts c = ReaderFuzz.run(targets[t], share, fuzzSeed + t, scratch);
                out.printf(java.util.Locale.ROOT, "%-7s %9d %9d %9d %10d %8.1f%n", c.target().name().toLowerCase(java.util.Locale.ROOT),
                        c.mutants(), c.loaded(), c.refused(), c.unexpected(), (System.nanoTime() - t0) / 1e9);
                for (String e : c.examples()) {
                    out.println("  unexpected: " + e);
                }
                escaped += c.unexpected();
                total += c.mutants();
            }
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(scratch)) {
                for (java.nio.file.Path p : files.toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
            java.nio.file.Files.deleteIfExists(scratch);
        }
        out.printf(java.util.Locale.ROOT, "%d mutants in %.1f s, seed %d: %d escaped as anything but the documented"
                + " DataFileException%n", total, (System.nanoTime() - start) / 1e9, fuzzSeed, escaped);
        return escaped == 0 ? 0 : 1;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (fx) {
            // the entry point runs bench --fx with the window before the command line sees it
            throw new IllegalArgumentException("bench --fx runs the window: start it as java -jar mlp-playground.jar bench --fx");
        }
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
        if (robustness) {
            if (count < 1) {
                throw new IllegalArgumentException("--count must be at least 1, got " + count);
            }
            RobustnessBenchmark.run(out, count);
            return 0;
        }
        if (digits) {
            DigitsBenchmark.run(out);
            return 0;
        }
        if (fuzz != null) {
            return fuzz(out);
        }
        if (warmup) {
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("--seconds must be > 0");
            }
            ToyBenchmark.warmup(out, seconds);
            return 0;
        }
        if (step) {
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("--seconds must be > 0");
            }
            StepBenchmark.run(out, seconds);
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
            x = dense ? new DenseFeatures(train.denseMatrix()) : Features.of(train.pixelRows());
            xTest = Features.of(mnist.test().pixelRows());
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
