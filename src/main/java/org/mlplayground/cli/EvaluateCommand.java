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
        if (data.features == null && !saved.features2d().isEmpty()) {
            data.features = saved.features2d();
        }
        LoadedData d = data.load();
        if (d.isClassification() != saved.isClassifier()) {
            throw new IllegalArgumentException(model + " is a " + (saved.isClassifier() ? "classifier" : "regressor")
                    + " but " + d.description() + " is a " + (d.isClassification() ? "classification" : "regression")
                    + " problem");
        }
        Features x = saved.prepare(d.rawTest());
        Evaluation eval = saved.isClassifier()
                ? Evaluation.of(saved.classifier(), x, d.testLabels(), names(saved, d))
                : Evaluation.of(saved.regressor(), x, d.testTargets());
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("model", model.toString());
            o.put("dataset", d.description());
            o.setAll(eval.json());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            out.printf("model: %s%ndataset: %s%n", model, d.description());
            out.print(eval.text());
        }
        return 0;
    }

    private static String[] names(SavedModel saved, LoadedData d) {
        return saved.classNames() != null ? saved.classNames() : Evaluation.align(d.classNames(), saved.classes());
    }
}
