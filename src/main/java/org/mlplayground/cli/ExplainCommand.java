package org.mlplayground.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.Gradients;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.lecture.LayerBackward;
import org.mlplayground.nn.lecture.LayerForward;
import org.mlplayground.nn.lecture.NetworkPass;
import org.mlplayground.nn.lecture.Vectorization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The forward and backward pass of one training example as text: the lecture's matrices with their shapes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the forward and backward pass of one training example: each layer's W[l], [1; A[l-1]], Z[l], "
                + "A[l], then dZ[l] and dW[l], and the gradient check.")
final class ExplainCommand implements Callable<Integer> {

    /** Matrices larger than this are shown by their corners. */
    private static final int SHOWN = 8;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--hidden", defaultValue = "2", paramLabel = "SIZES",
            description = "Hidden layer sizes, e.g. 4,2; empty (\"\") for logistic regression (default ${DEFAULT-VALUE}).")
    String hidden;

    @Option(names = "--activation", defaultValue = "tanh", description = "identity, logistic, tanh or relu (default ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--layer-activations", split = ",", paramLabel = "G",
            description = "Not in sklearn: one activation per hidden layer, e.g. tanh,relu.")
    List<String> layerActivations;

    @Option(names = "--init", defaultValue = "glorot",
            description = "zeros, constant, small-random, glorot (sklearn's) or he (default ${DEFAULT-VALUE}).")
    String init;

    @Option(names = "--alpha", defaultValue = "0.0001", description = "L2 penalty (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--l1", defaultValue = "0", description = "Not in sklearn: L1 penalty (default ${DEFAULT-VALUE}).")
    double l1;

    @Option(names = "--example", defaultValue = "0", paramLabel = "ROW",
            description = "Row of the training data, counted from 0 (default ${DEFAULT-VALUE}).")
    int example;

    @Option(names = "--epochs", defaultValue = "0",
            description = "Train this many epochs (adam) before explaining; 0 shows the initial weights (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the initial weights (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--vectorize", paramLabel = "REPEATS", arity = "0..1", fallbackValue = "5",
            description = "Also time one forward and backward pass over the whole training set three ways "
                    + "(scalar loops, per example, whole batch), median of REPEATS runs (default 5).")
    Integer vectorize;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (epochs < 0) {
            throw new IllegalArgumentException("--epochs must be 0 or more, got " + epochs);
        }
        LoadedData d = data.load();
        Features x = d.trainX();
        if (example < 0 || example >= x.rows()) {
            throw new IllegalArgumentException("--example must be a training row from 0 to " + (x.rows() - 1) + ", got " + example);
        }
        boolean plane = !d.features2d().isEmpty();
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(org.mlplayground.nn.Hyperparameter.HIDDEN_LAYER_SIZES.parse(hidden, "--hidden"))
                .activation(Activation.fromName(activation)).layerActivations(activations()).init(Initialization.fromName(init))
                .alpha(alpha).l1(l1).learningRateInit(plane ? 0.01 : 0.001).batchSize(plane ? 32 : 0)
                .maxIter(Math.max(1, epochs)).seed(seed).build();
        MlpEstimator model;
        DMatrixRMaj targets;
        if (d.isClassification()) {
            MlpClassifier c = new MlpClassifier(config);
            c.setClasses(d.classes());
            if (epochs > 0) {
                c.fit(x, d.trainLabels());
            }
            targets = c.encodeLabels(d.trainLabels());
            model = c;
        } else {
            MlpRegressor r = new MlpRegressor(config);
            if (epochs > 0) {
                r.fit(x, d.trainTargets());
            }
            targets = d.trainTargets();
            model = r;
        }
        if (!model.isFitted()) {
            model.initialize(x.cols(), targets.numCols);
        }
        Network net = model.networkCopy();
        double[] row = new double[x.cols()];
        x.copyRow(example, row);
        DMatrixRMaj xRow = new DMatrixRMaj(1, row.length, true, row);
        DMatrixRMaj yRow = Features.selectRows(targets, new int[] {example});
        NetworkPass pass = NetworkPass.of(net, xRow, yRow, alpha, l1);

        out.println("dataset: " + d.description());
        out.printf(Locale.ROOT, "network: %s, hidden %s, output %s; weights after %d epochs (seed %d, init %s)%n",
                String.join("-", Arrays.stream(net.layerSizes()).mapToObj(Integer::toString).toList()),
                hiddenNames(net), pass.forward().get(pass.layers() - 1).g(), model.history().iterations(), seed, init);
        if (!config.notInSklearn().isEmpty()) {
            out.println("not in sklearn: " + String.join("; ", config.notInSklearn()));
        }
        out.println("example " + example + ": x = " + vector(row) + (d.isClassification()
                ? ", label " + d.trainLabels()[example] : "") + ", target y = " + vector(yRow.data));
        out.println();
        out.println("forward (examples in columns, n = 1)");
        for (LayerForward f : pass.forward()) {
            int l = f.layer();
            out.println("layer " + l + ":");
            matrix(out, "  W[" + l + "] (bias in column 0)", f.w());
            matrix(out, "  [1; A[" + (l - 1) + "]]", f.augmented());
            matrix(out, "  Z[" + l + "] = W[" + l + "] [1; A[" + (l - 1) + "]]", f.z());
            matrix(out, "  A[" + l + "] = " + f.g() + "(Z[" + l + "])", f.a());
        }
        out.printf(Locale.ROOT, "cost J = %.6g (loss of this example + penalties)%n", pass.cost());
        out.println();
        out.println("backward");
        for (int l = pass.layers(); l >= 1; l--) {
            LayerBackward b = pass.backward().get(l - 1);
            out.println("layer " + l + ":");
            matrix(out, l == pass.layers() ? "  dZ[" + l + "] = A[" + l + "] - Y"
                    : "  dZ[" + l + "] = W[" + (l + 1) + "](:, 2:end)^T dZ[" + (l + 1) + "] .* g'(Z[" + l + "])", b.dZ());
            matrix(out, "  dW[" + l + "] = (1/n) dZ[" + l + "] [1; A[" + (l - 1) + "]]^T"
                    + (alpha > 0 || l1 > 0 ? " + penalty" : ""), b.dW());
        }
        out.println();
        double[] check = NetworkPass.gradientCheck(net, xRow, yRow, alpha, l1);
        out.println("gradient check (central differences, h = 1e-6; relative error per layer, ok below 1e-6):");
        for (int l = 0; l < check.length; l++) {
            out.printf(Locale.ROOT, "  layer %d: %.2e %s%n", l + 1, check[l], check[l] < NetworkPass.CHECK_PASSES ? "ok" : "WRONG");
        }
        Gradients engine = Gradients.compute(net, Features.of(xRow), yRow, alpha, l1);
        double diff = 0;
        for (int l = 1; l <= pass.layers(); l++) {
            double[] a = engine.augmented(l).data;
            double[] b = pass.backward().get(l - 1).dW().data;
            for (int i = 0; i < a.length; i++) {
                diff = Math.max(diff, Math.abs(a[i] - b[i]));
            }
        }
        out.printf(Locale.ROOT, "the fast engine's gradients differ from these by at most %.1e%n", diff);
        if (vectorize != null) {
            if (vectorize < 1) {
                throw new IllegalArgumentException("--vectorize needs at least 1 repeat, got " + vectorize);
            }
            Vectorization.Result v = Vectorization.compare(net, x.toDense(), targets, vectorize);
            out.println();
            out.printf(Locale.ROOT, "vectorize: one forward and backward pass over %d examples, median of %d runs%n",
                    v.examples(), v.repeats());
            for (Vectorization.Way way : Vectorization.Way.values()) {
                out.printf(Locale.ROOT, "  %-12s %10.3f ms  %6.1fx the whole-batch time%n", way.name().toLowerCase(Locale.ROOT),
                        v.nanos()[way.ordinal()] / 1e6, v.ratioToMatrix(way));
            }
            out.printf(Locale.ROOT, "  the three gradients %s (largest difference %.1e)%n", v.equal() ? "agree" : "DIFFER",
                    v.maxDifference());
        }
        return 0;
    }

    private Activation[] activations() {
        if (layerActivations == null || layerActivations.isEmpty()) {
            return null;
        }
        return layerActivations.stream().map(Activation::fromName).toArray(Activation[]::new);
    }

    private static String hiddenNames(Network net) {
        if (net.weightLayers() == 1) {
            return "none";
        }
        return String.join(",", Arrays.stream(net.hiddenActivations()).map(Activation::sklearnName).toList());
    }

    /** A title with the shape, then the rows (at most {@value #SHOWN} of each, the rest as "..."). */
    private static void matrix(PrintWriter out, String title, DMatrixRMaj m) {
        out.printf(Locale.ROOT, "%s  %d x %d%n", title, m.numRows, m.numCols);
        for (int i = 0; i < Math.min(m.numRows, SHOWN); i++) {
            StringBuilder b = new StringBuilder("    [");
            for (int j = 0; j < Math.min(m.numCols, SHOWN); j++) {
                b.append(String.format(Locale.ROOT, "%11.4g", m.get(i, j)));
            }
            if (m.numCols > SHOWN) {
                b.append("  ... (").append(m.numCols - SHOWN).append(" more)");
            }
            out.println(b.append(" ]"));
        }
        if (m.numRows > SHOWN) {
            out.println("    ... (" + (m.numRows - SHOWN) + " more rows)");
        }
    }

    private static String vector(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length && i < SHOWN; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", v[i]));
        }
        return b.append(v.length > SHOWN ? ", ...]" : "]").toString();
    }
}
