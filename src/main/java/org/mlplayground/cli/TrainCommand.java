package org.mlplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mlplayground.data.Scaler;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.LearningRateSchedule;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Solver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a network on a dataset, reports its test figures and optionally saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train an MLP on a dataset and report how it does on the held-out test data.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--hidden", paramLabel = "SIZES", description = {"Hidden layer sizes, e.g. 128,64; empty (\"\") for none",
            "(default 64,64 for 2D data, else sklearn's 100)."})
    String hidden;

    @Option(names = "--activation", defaultValue = "relu", description = "identity, logistic, tanh or relu (default ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--solver", defaultValue = "adam", description = "sgd, adam or lbfgs (default ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--alpha", defaultValue = "0.0001", description = "L2 penalty (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--learning-rate", description = "Initial learning rate (default 0.01 for 2D data, else 0.001).")
    Double learningRate;

    @Option(names = "--schedule", defaultValue = "constant", description = "sgd: constant, invscaling or adaptive (default ${DEFAULT-VALUE}).")
    String schedule;

    @Option(names = "--batch-size", description = "Minibatch size, or auto = min(200, n) (default 32 for 2D data, else auto).")
    String batchSize;

    @Option(names = "--epochs", defaultValue = "200", description = "Maximum epochs (lbfgs: iterations) (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--tol", defaultValue = "0.0001", description = "Stop when the loss improves less than this for 10 epochs (default ${DEFAULT-VALUE}).")
    double tol;

    @Option(names = "--early-stopping", description = "Hold out 10%% of the training data and keep the best epoch.")
    boolean earlyStopping;

    @Option(names = "--scaler", defaultValue = "none", description = "none, standardize, minmax or minus-one-to-one (default ${DEFAULT-VALUE}).")
    String scaler;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the initial weights (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--shuffle-seed", defaultValue = "0", description = "Seed of the order of samples (default ${DEFAULT-VALUE}).")
    long shuffleSeed;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the trained model as JSON.")
    Path save;

    @Option(names = "--json", description = "Print the final figures as one JSON object instead of the report.")
    boolean json;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        }
        LoadedData d = data.load();
        Scaler.Fitted fitted = Scaler.fromName(scaler).fit(needsDense() ? d.trainX().toDense() : new org.ejml.data.DMatrixRMaj(0, d.trainX().cols()));
        Features trainX = scaled(fitted, d.trainX());
        Features testX = scaled(fitted, d.testX());
        // small problems in the plane want a deeper net, bigger steps and smaller batches than sklearn's defaults
        boolean plane = !d.features2d().isEmpty();
        MlpConfig config = MlpConfig.builder()
                .hiddenLayerSizes(sizes(hidden != null ? hidden : plane ? "64,64" : "100"))
                .activation(Activation.fromName(activation)).solver(Solver.fromName(solver)).alpha(alpha)
                .learningRateInit(learningRate != null ? learningRate : plane ? 0.01 : 0.001)
                .learningRate(LearningRateSchedule.fromName(schedule))
                .batchSize(batch(batchSize != null ? batchSize : plane ? "32" : "auto")).maxIter(epochs)
                .tol(tol).earlyStopping(earlyStopping).seed(seed).shuffleSeed(shuffleSeed).build();
        MlpEstimator model = d.isClassification() ? new MlpClassifier(config) : new MlpRegressor(config);
        if (d.isClassification() && java.util.Arrays.stream(d.trainLabels()).distinct().count() < 2) {
            int only = d.trainLabels().length == 0 ? -1 : d.trainLabels()[0];
            throw new IllegalArgumentException("the training rows of " + d.description() + " hold a single class"
                    + (only < 0 ? "" : ", '" + Evaluation.align(d.classNames(), new int[] {only})[0] + "'")
                    + ": classification needs at least two (a larger file, or another --split-seed)");
        }
        int outputs = d.isClassification() ? Math.max(1, d.classes().length == 2 ? 1 : d.classes().length)
                : d.trainTargets().numCols;
        try {
            org.mlplayground.nn.Network.requireSize(model.layerSizes(trainX.cols(), outputs));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--hidden: " + e.getMessage());
        }

        long start = System.nanoTime();
        ProgressBar shown = progressBar(err);
        try (ProgressBar bar = shown) {
            model.setEpochListener(h -> {
                if (bar != null) {
                    bar.stepTo(h.iterations());
                    bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f", h.lastLoss()));
                }
            });
            if (model instanceof MlpClassifier c) {
                c.fit(trainX, d.trainLabels());
            } else {
                ((MlpRegressor) model).fit(trainX, d.trainTargets());
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Early stopping")) {
                throw new IllegalArgumentException("--early-stopping: " + e.getMessage());
            }
            throw e;
        }
        Divergence.check(model, config, save);
        String chance = model instanceof MlpClassifier c ? Divergence.atChance(c, trainX, d.trainLabels(), config) : null;
        if (chance != null) {
            err.println("warning: " + chance);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (shown != null) {
            err.println();
        }
        int ran = model.history().iterations();
        Evaluation eval = model instanceof MlpClassifier c
                ? Evaluation.of(c, testX, d.testLabels(), Evaluation.align(d.classNames(), c.classes()))
                : Evaluation.of((MlpRegressor) model, testX, d.testTargets());
        int[] layerSizes = model.networkCopy().layerSizes();
        String network = Arrays.stream(layerSizes).mapToObj(Integer::toString).reduce((a, b) -> a + "-" + b).orElse("")
                + " " + config.activation().sklearnName() + ", " + config.solver().sklearnName();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("dataset", d.description());
            o.put("network", network);
            o.put("epochs", ran);
            o.put("seconds", seconds);
            o.put("seconds_per_epoch", seconds / Math.max(1, ran));
            o.put("train_loss", model.history().lastLoss());
            o.setAll(eval.json());
            o.put("stop_reason", model.history().stopReason());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "dataset: %s%nnetwork: %s, alpha %s, %d epochs in %.2f s (%.4f s per epoch)%n"
                    + "stopped: %s%ntrain loss %.4f (with the L2 penalty)%n", d.description(), network,
                    new java.math.BigDecimal(Double.toString(alpha)).stripTrailingZeros().toPlainString(), ran,
                    seconds, seconds / Math.max(1, ran), model.history().stopReason(), model.history().lastLoss());
            out.print(eval.text());
        }
        if (save != null) {
            SavedModel saved = new SavedModel(model.networkCopy(), config,
                    model instanceof MlpClassifier c ? c.classes() : null,
                    model instanceof MlpClassifier c ? Evaluation.align(d.classNames(), c.classes()) : null, d.featureNames(),
                    d.features2d(), fitted, model.history().lossCurve(), d.description());
            ModelFile.save(saved, save);
            if (!json) {
                out.println("saved to " + save);
            }
        }
        return 0;
    }

    private boolean needsDense() {
        return Scaler.fromName(scaler) != Scaler.NONE;
    }

    private static Features scaled(Scaler.Fitted fitted, Features x) {
        return fitted.kind() == Scaler.NONE ? x : Features.of(fitted.transform(x.toDense()));
    }

    private ProgressBar progressBar(PrintWriter err) {
        if (quiet || json) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("train").setInitialMax(epochs).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                })).build();
    }

    /** "128,64" (or 256-128, 2+3+2) to {128, 64}; "" or "none" to no hidden layer. */
    static int[] sizes(String text) {
        try {
            return org.mlplayground.nn.HiddenLayers.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--hidden: " + e.getMessage());
        }
    }

    private static int batch(String text) {
        if (text.trim().equalsIgnoreCase("auto")) {
            return 0;
        }
        try {
            int b = Integer.parseInt(text.trim());
            if (b < 1) {
                throw new IllegalArgumentException("--batch-size must be at least 1 or auto, got " + b);
            }
            return b;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--batch-size: '" + text + "' is not a number or auto");
        }
    }
}
