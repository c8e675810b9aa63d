package org.mlplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mlplayground.data.Scaler;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a network on a dataset (or continues a saved one), reports its test figures and optionally saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, modelTransformer = HyperparameterOptions.class,
        sortOptions = false, description = {
            "Train an MLP on a dataset and report how it does on the held-out test data.",
            "The defaults are sklearn's MLPClassifier() and MLPRegressor(), except that random_state is 0 (so every run "
                + "repeats) and that the 2D datasets train a 64,64 network with learning rate 0.01 and batches of 32.",
            "With --model FILE it continues the saved model (sklearn's warm_start): its hyperparameters are the "
                + "defaults, its layers and scaler stay, and it trains up to --epochs more epochs."})
final class TrainCommand implements Callable<Integer>, HyperparameterOptions.Command {

    /** Where the 2D datasets' defaults differ from sklearn's (small problems in the plane). */
    private static final Map<Hyperparameter<?>, String> PLANE_DEFAULTS = Map.of(
            Hyperparameter.HIDDEN_LAYER_SIZES, "For the 2D datasets it is 64,64.",
            Hyperparameter.LEARNING_RATE_INIT, "For the 2D datasets it is 0.01.",
            Hyperparameter.BATCH_SIZE, "For the 2D datasets it is 32.");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Continue training this saved model (warm start) instead of starting from random weights.")
    Path model;

    @Option(names = "--scaler", defaultValue = "none", description = "How the inputs are scaled: none, standardize, minmax or minus-one-to-one (default ${DEFAULT-VALUE}).")
    String scaler;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the trained model as JSON.")
    Path save;

    @Option(names = "--json", description = "Print the final figures as one JSON object instead of the report.")
    boolean json;

    @Option(names = "--quiet", description = "Show no progress bar.")
    boolean quiet;

    @Override
    public Map<Hyperparameter<?>, String> defaultNotes() {
        return PLANE_DEFAULTS;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SavedModel continued = model == null ? null : ModelFile.load(model);
        if (continued != null) {
            data.defaultFeaturesOf(continued);
        }
        LoadedData d = data.load();
        boolean plane = !d.features2d().isEmpty();
        MlpConfig.Builder builder;
        if (continued != null) {
            keepsArchitecture(continued);
            ContinuedModel.check(continued, d);
            builder = continued.config().toBuilder().warmStart(true);
        } else {
            builder = MlpConfig.builder();
            if (plane) {
                builder.hiddenLayerSizes(64, 64).learningRateInit(0.01).batchSize(32);
            }
        }
        MlpConfig config = HyperparameterOptions.build(HyperparameterOptions.apply(spec, builder));
        Scaler.Fitted fitted = continued != null && continued.scaler() != null ? continued.scaler()
                : scalerKind().fit(needsDense() ? d.trainX().toDense() : new org.ejml.data.DMatrixRMaj(0, d.trainX().cols()));
        Features trainX = scaled(fitted, d.trainX());
        boolean noTest = d.testX().rows() == 0;
        Features testX = noTest ? trainX : scaled(fitted, d.testX());
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
        if (continued != null) {
            ContinuedModel.start(model, continued);
        }

        long start = System.nanoTime();
        ProgressBar shown = progressBar(err, config.maxIter());
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
        String part = noTest ? "training" : "test";
        Evaluation eval = model instanceof MlpClassifier c
                ? Evaluation.of(c, testX, noTest ? d.trainLabels() : d.testLabels(),
                        Evaluation.align(d.classNames(), c.classes()), part)
                : Evaluation.of((MlpRegressor) model, testX, noTest ? d.trainTargets() : d.testTargets(), part);
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
            o.put("test_set", !noTest);
            if (continued != null) {
                o.put("continued", this.model.toString());
            }
            o.setAll(eval.json());
            o.put("stop_reason", model.history().stopReason());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "dataset: %s%nnetwork: %s, alpha %s, %d epochs in %.2f s (%.4f s per epoch)%n"
                    + "%s%ntrain loss %.4f (with the L2 penalty)%n", d.description(), network,
                    new java.math.BigDecimal(Double.toString(config.alpha())).stripTrailingZeros().toPlainString(), ran,
                    seconds, seconds / Math.max(1, ran), model.history().stopReason(), model.history().lastLoss());
            if (continued != null) {
                out.println("continued from " + this.model);
            }
            if (noTest) {
                out.println("no test set (--test-fraction 0): the figures below are on the training data");
            }
            out.print(eval.text());
        }
        if (save != null) {
            SavedModel saved = new SavedModel(model.networkCopy(), config,
                    model instanceof MlpClassifier c ? c.classes() : null,
                    model instanceof MlpClassifier c ? Evaluation.align(d.classNames(), c.classes()) : null, d.featureNames(),
                    d.features2d(), fitted, ContinuedModel.lossCurve(continued, model.history().lossCurve()), d.description());
            ModelFile.save(saved, save);
            if (!json) {
                out.println("saved to " + save);
            }
        }
        return 0;
    }

    private boolean needsDense() {
        return scalerKind() != Scaler.NONE;
    }

    private static Features scaled(Scaler.Fitted fitted, Features x) {
        return fitted.kind() == Scaler.NONE ? x : Features.of(fitted.transform(x.toDense()));
    }

    private ProgressBar progressBar(PrintWriter err, int epochs) {
        if (quiet || json) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("train").setInitialMax(epochs).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                })).build();
    }

    /** A continued model keeps its layers and activation: options that would change them are refused. */
    private void keepsArchitecture(SavedModel saved) {
        for (Hyperparameter<?> p : List.of(Hyperparameter.HIDDEN_LAYER_SIZES, Hyperparameter.ACTIVATION)) {
            if (HyperparameterOptions.given(spec, p)
                    && !sameValue(p, HyperparameterOptions.value(spec, p), saved.config())) {
                throw new IllegalArgumentException(p.option() + " cannot change when training continues: " + model
                        + " has " + p.name() + " " + text(p, saved.config()));
            }
        }
        if (scalerGiven()) {
            throw new IllegalArgumentException("--scaler cannot change when training continues: " + model
                    + " keeps the scaler it was trained with");
        }
    }

    private boolean scalerGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--scaler");
    }

    private static <T> boolean sameValue(Hyperparameter<T> p, Object given, MlpConfig saved) {
        @SuppressWarnings("unchecked")
        T value = (T) given;
        return p.format(value).equals(p.format(p.get(saved)));
    }

    private static <T> String text(Hyperparameter<T> p, MlpConfig c) {
        return p.format(p.get(c));
    }

    /** The scaler named by --scaler. */
    private Scaler scalerKind() {
        try {
            return Scaler.fromName(scaler);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scaler: " + e.getMessage(), e);
        }
    }
}
