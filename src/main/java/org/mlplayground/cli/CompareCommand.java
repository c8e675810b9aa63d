package org.mlplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mlplayground.baseline.ComparisonRow;
import org.mlplayground.baseline.Contender;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** MLPs, logistic regression and an RBF SVM on the same split, in one table. */
@Command(name = "compare", mixinStandardHelpOptions = true, modelTransformer = HyperparameterOptions.class,
        sortOptions = false, description = {
    "Train MLPs (one per --hidden), logistic regression and an RBF SVM (LIBSVM, on the first",
    "--svm-train-size training rows: kernel SVMs grow quadratically) on the same split, and print one table:",
    "training rows, training and prediction time, test accuracy and macro F1.",
    "The MLPs take sklearn's defaults except that each trains a fixed 10 epochs (--epochs 10, --tol 0) so the rows cost "
        + "alike; --seed also seeds the order of samples (unless --shuffle-seed is given) and LIBSVM.",
    "With --regression: MLP regressors and linear regression (no SVM), ranked by test R^2."})
final class CompareCommand implements Callable<Integer>, HyperparameterOptions.Command {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--svm-train-size", defaultValue = "10000", description = "Training rows for the SVM; 0 leaves it out (default ${DEFAULT-VALUE}).")
    int svmTrainSize;

    @Option(names = "--svm-c", defaultValue = "10", description = "The SVM's C (default ${DEFAULT-VALUE}).")
    double svmC;

    @Option(names = "--svm-gamma", defaultValue = "scale", description = "The RBF kernel's gamma, or scale = 1 / (d Var(X)) as sklearn (default ${DEFAULT-VALUE}).")
    String svmGamma;

    @Option(names = "--no-logistic", description = "Leave logistic regression (with --regression: linear regression) out.")
    boolean noLogistic;

    @Option(names = "--json", description = "Print the rows as JSON.")
    boolean json;

    @Override
    public Map<Hyperparameter<?>, String> defaultNotes() {
        return Map.of(Hyperparameter.MAX_ITER, "compare's default is 10.", Hyperparameter.TOL, "compare's default is 0.",
                Hyperparameter.HIDDEN_LAYER_SIZES, "Repeat it for several networks.");
    }

    @Override
    public Set<Hyperparameter<?>> repeatable() {
        return Set.of(Hyperparameter.HIDDEN_LAYER_SIZES);
    }

    @Override
    public Integer call() throws Exception {
        if (svmTrainSize < 0) {
            throw new IllegalArgumentException("--svm-train-size must be 0 or more, got " + svmTrainSize);
        }
        Double gamma = svmGamma.equalsIgnoreCase("scale") ? null : number("--svm-gamma", svmGamma);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedData d = data.load();
        if (d.testX().rows() == 0) {
            throw new IllegalArgumentException("compare ranks on a test set: --test-fraction must be above 0");
        }
        MlpConfig.Builder builder = HyperparameterOptions.apply(spec, MlpConfig.builder().maxIter(10).tol(0));
        if (!HyperparameterOptions.given(spec, Hyperparameter.SHUFFLE_SEED)) {
            builder.shuffleSeed(HyperparameterOptions.build(builder).seed());
        }
        MlpConfig base = HyperparameterOptions.build(builder);
        long seed = base.seed();
        if (!d.isClassification()) {
            List<MlpConfig> networks = new ArrayList<>();
            List<String> hidden = HyperparameterOptions.texts(spec, Hyperparameter.HIDDEN_LAYER_SIZES);
            for (String sizes : hidden.isEmpty() ? List.of(Hyperparameter.HIDDEN_LAYER_SIZES.format(base.hiddenLayerSizes())) : hidden) {
                networks.add(HyperparameterOptions.build(base.toBuilder()
                        .hiddenLayerSizes(Hyperparameter.HIDDEN_LAYER_SIZES.parse(sizes, "--hidden"))));
            }
            RegressionComparison.run(d, networks, noLogistic ? null : base.toBuilder().hiddenLayerSizes(new int[0]).build(),
                    json, out, err);
            return 0;
        }
        List<Contender> contenders = new ArrayList<>();
        List<String> hidden = HyperparameterOptions.texts(spec, Hyperparameter.HIDDEN_LAYER_SIZES);
        for (String sizes : hidden.isEmpty() ? List.of(Hyperparameter.HIDDEN_LAYER_SIZES.format(base.hiddenLayerSizes())) : hidden) {
            int[] widths = Hyperparameter.HIDDEN_LAYER_SIZES.parse(sizes, "--hidden");
            contenders.add(Contender.mlp(HyperparameterOptions.build(base.toBuilder().hiddenLayerSizes(widths))));
        }
        if (!noLogistic) {
            contenders.add(Contender.logisticRegression(base));
        }
        if (svmTrainSize > 0) {
            contenders.add(Contender.svm(svmC, gamma, svmTrainSize, seed));
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Contender c : contenders) {
            if (!json) {
                err.println("training " + c.name() + " (" + c.settings() + ") ...");
            }
            rows.add(c.run(d.trainX(), d.trainLabels(), d.testX(), d.testLabels()));
        }
        if (json) {
            ArrayNode array = new ObjectMapper().createArrayNode();
            for (ComparisonRow r : rows) {
                ObjectNode o = array.addObject();
                o.put("classifier", r.name());
                o.put("settings", r.settings());
                o.put("train_rows", r.trainRows());
                o.put("train_seconds", r.trainSeconds());
                o.put("predict_seconds", r.predictSeconds());
                o.put("accuracy", r.accuracy());
                o.put("macro_f1", r.macroF1());
            }
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("dataset", d.description());
            root.set("rows", array);
            out.println(new ObjectMapper().writeValueAsString(root));
        } else {
            out.println("dataset: " + d.description() + ", the same test set for every row");
            out.print(table(rows));
        }
        return 0;
    }

    /** The rows aligned in columns, settings last. */
    static String table(List<ComparisonRow> rows) {
        int nameWidth = Math.max(10, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-" + nameWidth + "s  %10s  %9s  %9s  %8s  %8s  %s%n", "classifier",
                "train rows", "train s", "predict s", "accuracy", "macro F1", "settings"));
        for (ComparisonRow r : rows) {
            s.append(String.format(Locale.ROOT, "%-" + nameWidth + "s  %,10d  %9.2f  %9.2f  %7.2f%%  %8.4f  %s%n", r.name(),
                    r.trainRows(), r.trainSeconds(), r.predictSeconds(), 100 * r.accuracy(), r.macroF1(), r.settings()));
        }
        return s.toString();
    }

    private static double number(String option, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number");
        }
    }
}
