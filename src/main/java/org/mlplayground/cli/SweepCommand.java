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
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.sweep.FoldScore;
import org.mlplayground.train.sweep.Sweep;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.train.sweep.SweepSpec;
import org.mlplayground.train.sweep.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Cross-validates every (architecture, alpha) pair on the training part of a dataset and prints
 * a table of mean and std training and validation scores and fit times, naming the best cell
 * (then trained on all the training rows and scored on the test part).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, modelTransformer = HyperparameterOptions.class, description = {
        "Cross-validate architectures x alphas on the training data (every core, one fit per core)",
        "and print mean/std training and validation scores and fit time per cell, the best cell named."})
final class SweepCommand implements Callable<Integer>, HyperparameterOptions.Command {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--cv", defaultValue = "5", paramLabel = "K", description = "Folds of cross-validation, stratified for classes (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--shuffle-folds", description = "Shuffle the fold assignment (seeded by --fold-seed) instead of sklearn's unshuffled folds.")
    boolean shuffleFolds;

    @Option(names = "--fold-seed", defaultValue = "0", description = "The seed of --shuffle-folds (default ${DEFAULT-VALUE}).")
    long foldSeed;

    @Option(names = "--holdout", paramLabel = "FRACTION", description = "Score on one held-out part of the training data instead of k folds (e.g. 0.2).")
    Double holdout;

    @Option(names = "--threads", description = "Fits run side by side (default: one per core). The result does not depend on it.")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object with every fold's scores instead of the table.")
    boolean json;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Override
    public Set<Hyperparameter<?>> repeatable() {
        return Set.of(Hyperparameter.HIDDEN_LAYER_SIZES, Hyperparameter.ALPHA);
    }

    @Override
    public Map<Hyperparameter<?>, String> defaultNotes() {
        return Map.of(Hyperparameter.HIDDEN_LAYER_SIZES, "An architecture to try; repeat for more (default 10).",
                Hyperparameter.ALPHA, "The L2 penalties to try, separated by commas or repeated "
                        + "(default 0,1e-6,1e-5,1e-4,1e-3,1e-2,1e-1).");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepSpec sweepSpec = sweepSpec();
        LoadedData d = data.load();
        TrainingProblem problem = d.isClassification()
                ? TrainingProblem.classification(d.trainX(), d.trainLabels(), null, null, null)
                : TrainingProblem.regression(d.trainX(), d.trainTargets(), null, null, null);
        boolean progress = !quiet && !json;
        long[] lastShown = {0};
        SweepResult result;
        try {
            result = new Sweep(problem, sweepSpec).run(p -> {
                long now = System.nanoTime();
                if (progress && (now - lastShown[0] > 250_000_000L || p.fitsDone() == p.fitsTotal())) {
                    lastShown[0] = now;
                    err.printf(Locale.ROOT, "\rsweep: %d/%d fits, %d/%d cells, %.1f s, about %.0f s left   ", p.fitsDone(),
                            p.fitsTotal(), p.cellsDone(), p.cellsTotal(), p.elapsedSeconds(), p.secondsLeft());
                    err.flush();
                }
            }, threads != null ? requirePositive(threads) : Runtime.getRuntime().availableProcessors());
        } catch (org.mlplayground.train.sweep.Validation.CannotSplit e) {
            throw new IllegalArgumentException("--cv: " + e.getMessage(), e);
        }
        if (progress) {
            err.println();
        }
        SweepCell best = result.best();
        double test = testScore(d, best);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(json(d, result, test)));
        } else {
            out.print(table(d.description(), result, test));
        }
        return 0;
    }

    private SweepSpec sweepSpec() {
        List<int[]> architectures = new ArrayList<>();
        List<String> hidden = HyperparameterOptions.texts(spec, Hyperparameter.HIDDEN_LAYER_SIZES);
        for (String h : hidden.isEmpty() ? List.of("10") : hidden) {
            int[] sizes = Hyperparameter.HIDDEN_LAYER_SIZES.parse(h, "--hidden");
            for (int[] earlier : architectures) {
                if (java.util.Arrays.equals(earlier, sizes)) {
                    // as the window's Architectures field: a second identical row would only repeat the first
                    throw new IllegalArgumentException("--hidden " + SweepSpec.name(sizes) + " is given twice");
                }
            }
            architectures.add(sizes);
        }
        List<Double> alphas = new ArrayList<>();
        for (String text : HyperparameterOptions.texts(spec, Hyperparameter.ALPHA)) {
            for (String a : text.split(",")) {
                double alpha = Hyperparameter.ALPHA.parse(a, "--alpha");
                if (alphas.contains(alpha)) {
                    throw new IllegalArgumentException("--alpha " + alpha(alpha) + " is given twice");
                }
                alphas.add(alpha);
            }
        }
        double[] alphaValues = alphas.isEmpty() ? SweepSpec.DEFAULT_ALPHAS : alphas.stream().mapToDouble(Double::doubleValue).toArray();
        Validation validation;
        if (holdout != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--cv")) {
                throw new IllegalArgumentException("--holdout and --cv contradict each other: score on one held-out part "
                        + "or on k folds");
            }
            if (!(holdout > 0 && holdout < 1)) {
                throw new IllegalArgumentException("--holdout must be between 0 and 1, got " + CsvNumber.plain(holdout));
            }
            validation = new Validation.HoldOut(holdout, foldSeed);
        } else {
            if (folds < 2) {
                throw new IllegalArgumentException("--cv must be at least 2 folds, got " + folds);
            }
            validation = new Validation.KFolds(folds, shuffleFolds, foldSeed);
        }
        MlpConfig.Builder builder = HyperparameterOptions.apply(spec, MlpConfig.builder());
        MlpConfig base = HyperparameterOptions.build(builder);
        return new SweepSpec(base, architectures, alphaValues, validation, false);
    }

    /** The best cell trained on all the training rows, scored on the test part. */
    private static double testScore(LoadedData d, SweepCell best) {
        if (d.isClassification()) {
            return new MlpClassifier(best.config()).fit(d.trainX(), d.trainLabels()).score(d.testX(), d.testLabels());
        }
        return new MlpRegressor(best.config()).fit(d.trainX(), d.trainTargets()).score(d.testX(), d.testTargets());
    }

    static String table(String dataset, SweepResult r, double test) {
        StringBuilder s = new StringBuilder();
        String score = r.classification() ? "accuracy" : "R2";
        int fits = r.cells().size() * r.cell(0, 0).folds().size();
        s.append(String.format(Locale.ROOT, "dataset: %s%nsweep: %d architectures x %d alphas, %s: %d fits on %d threads in %.2f s%n",
                dataset, r.spec().rows(), r.spec().cols(), r.spec().validation().describe(), fits, r.threads(), r.wallSeconds()));
        s.append(String.format(Locale.ROOT, "%-10s %-8s %-17s %-20s %s%s%n", "hidden", "alpha", "train " + score,
                "validation " + score, r.classification() ? "macro F1  " : "", "fit s   epochs"));
        for (SweepCell c : r.cells()) {
            s.append(String.format(Locale.ROOT, "%-10s %-8s %.3f ± %.3f    %.3f ± %.3f       %s%-7.3f %.0f%s%n",
                    SweepSpec.name(c.hidden()), alpha(c.alpha()), c.meanTrain(), c.stdTrain(), c.meanValidation(),
                    c.stdValidation(), r.classification() ? String.format(Locale.ROOT, "%-9.3f ", c.meanMacroF1()) : "",
                    c.meanFitSeconds(), c.folds().stream().mapToInt(FoldScore::epochs).average().orElse(0),
                    c == r.best() ? "  <- best" : ""));
        }
        SweepCell b = r.best();
        s.append(String.format(Locale.ROOT, "best: hidden %s, alpha %s: validation %s %.3f ± %.3f; trained on all the "
                        + "training rows, test %s %.3f%n", SweepSpec.name(b.hidden()), alpha(b.alpha()), score,
                b.meanValidation(), b.stdValidation(), score, test));
        return s.toString();
    }

    private static ObjectNode json(LoadedData d, SweepResult r, double test) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("dataset", d.description());
        o.put("validation", r.spec().validation().describe());
        o.put("score", r.classification() ? "accuracy" : "r2");
        o.put("threads", r.threads());
        o.put("seconds", r.wallSeconds());
        ArrayNode cells = o.putArray("cells");
        for (SweepCell c : r.cells()) {
            ObjectNode n = cells.addObject();
            ArrayNode h = n.putArray("hidden");
            for (int w : c.hidden()) {
                h.add(w);
            }
            n.put("alpha", c.alpha());
            n.put("mean_train", c.meanTrain());
            n.put("std_train", c.stdTrain());
            n.put("mean_validation", c.meanValidation());
            n.put("std_validation", c.stdValidation());
            if (r.classification()) {
                n.put("mean_macro_f1", c.meanMacroF1());
            }
            n.put("mean_fit_seconds", c.meanFitSeconds());
            n.put("weight_norm", c.weightNorm());
            ArrayNode fs = n.putArray("folds");
            for (FoldScore f : c.folds()) {
                ObjectNode fo = fs.addObject();
                fo.put("train", f.trainScore());
                fo.put("validation", f.validationScore());
                if (r.classification()) {
                    fo.put("macro_f1", f.macroF1());
                }
                fo.put("epochs", f.epochs());
                fo.put("fit_seconds", f.fitSeconds());
            }
        }
        SweepCell b = r.best();
        ObjectNode best = o.putObject("best");
        ArrayNode h = best.putArray("hidden");
        for (int w : b.hidden()) {
            h.add(w);
        }
        best.put("alpha", b.alpha());
        best.put("mean_validation", b.meanValidation());
        best.put("test", test);
        return o;
    }

    /** 0.001 stays plain, 1e-06 becomes "1e-6", 2.5e-05 "2.5e-5". */
    static String alpha(double a) {
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(a)).stripTrailingZeros();
        if (a == 0 || (Math.abs(a) >= 1e-3 && Math.abs(a) < 1e4)) {
            return a == 0 ? "0" : d.toPlainString();
        }
        int digits = d.precision();
        int exponent = digits - 1 - d.scale();
        return d.unscaledValue().toString().replaceFirst("^(-?\\d)(\\d+)$", "$1.$2") + "e" + exponent;
    }

    private static int requirePositive(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + t);
        }
        return t;
    }

}
