package org.mlplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Features;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The test report of a saved model on a dataset. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = {"Report a saved model's figures on a dataset's test data",
        "(MNIST and IDX folders: their test set; 2D and CSV data: the held-out part of the split)."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model saved by train --save (or exported from sklearn).")
    Path model;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SavedModel saved = ModelFile.load(model);
        data.defaultFeaturesOf(saved);
        if (data.dataset.trim().startsWith("csv:")) {
            data.modelFeatures = !saved.features2d().isEmpty() ? new String[] {"x1", "x2"} : saved.featureNames();
        }
        if (data.testFraction == 0 && !data.dataset.trim().equalsIgnoreCase("mnist") && !data.dataset.trim().startsWith("idx:")) {
            throw new IllegalArgumentException("--test-fraction 0 leaves no rows to evaluate: evaluate scores the held-out "
                    + "part of the split (give a fraction above 0, or evaluate a CSV of new rows with --test-fraction 0.99)");
        }
        LoadedData d = data.load();
        if (d.testX().rows() == 0) {
            throw new IllegalArgumentException("--test-fraction leaves no rows of " + d.description() + " to evaluate");
        }
        if (d.isClassification() != saved.isClassifier()) {
            throw new IllegalArgumentException(model + " is a " + (saved.isClassifier() ? "classifier" : "regressor")
                    + " but " + d.description() + " is a " + (d.isClassification() ? "classification" : "regression")
                    + " problem");
        }
        Features x = saved.prepare(d.rawTest());
        String note = "";
        Evaluation eval;
        if (saved.isClassifier()) {
            String[] names = names(saved, d);
            int[] labels = modelLabels(saved, names, d);
            note = absentNote(saved, names, labels);
            eval = Evaluation.of(saved.classifier(), x, labels, names);
        } else {
            if (d.testTargets().numCols != saved.network().outputs()) {
                throw new IllegalArgumentException(model + " predicts " + saved.network().outputs() + " targets but "
                        + d.description() + " has " + d.testTargets().numCols);
            }
            eval = Evaluation.of(saved.regressor(), x, d.testTargets());
        }
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("model", model.toString());
            o.put("dataset", d.description());
            o.setAll(eval.json());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            out.printf("model: %s%ndataset: %s%n", model, d.description());
            out.print(note);
            out.print(eval.text());
        }
        return 0;
    }

    /**
     * The data's labels as the model's class labels, matched by class name (1 and 1.0 alike): a
     * class the model does not know is refused, naming it.
     */
    private int[] modelLabels(SavedModel saved, String[] modelNames, LoadedData d) {
        String[] dataNames = d.classNames();
        int[] mapped = new int[d.testLabels().length];
        java.util.Map<Integer, Integer> byDataLabel = new java.util.HashMap<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (int label : d.classes()) {
            String name = dataNames != null && label >= 0 && label < dataNames.length ? dataNames[label] : Integer.toString(label);
            int found = -1;
            for (int j = 0; j < modelNames.length; j++) {
                if (sameClass(modelNames[j], name)) {
                    found = j;
                }
            }
            if (found < 0) {
                unknown.add(name);
            } else {
                byDataLabel.put(label, saved.classes()[found]);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(d.description() + " has classes the model does not know: "
                    + String.join(", ", unknown) + " (the model's classes: " + String.join(", ", modelNames) + ")");
        }
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = byDataLabel.get(d.testLabels()[i]);
        }
        return mapped;
    }

    private static boolean sameClass(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A line naming the model's classes that the evaluated rows never hold (left out of the averages). */
    private static String absentNote(SavedModel saved, String[] names, int[] labels) {
        java.util.List<String> absent = new java.util.ArrayList<>();
        for (int j = 0; j < saved.classes().length; j++) {
            int c = saved.classes()[j];
            if (java.util.Arrays.stream(labels).noneMatch(l -> l == c)) {
                absent.add(names[j]);
            }
        }
        return absent.isEmpty() ? "" : "note: the model has " + saved.classes().length + " classes; the test rows have no "
                + String.join(", ", absent) + System.lineSeparator();
    }

    private static String[] names(SavedModel saved, LoadedData d) {
        return saved.classNames() != null ? saved.classNames() : Evaluation.align(d.classNames(), saved.classes());
    }
}
