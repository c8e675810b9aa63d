package org.mlplayground.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.CsvReader;
import org.mlplayground.data.CsvTable;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Features;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** One prediction per row of a CSV file (with class probabilities for a classifier), as CSV on stdout. */
@Command(name = "predict", mixinStandardHelpOptions = true, description = {"Predict every row of a CSV file of inputs (header row, numbers only;",
        "a 2D model takes the points x1,x2) with a saved model; prints CSV: the prediction, then each class's probability."})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model saved by train --save.")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "CSV",
            description = "The inputs, one row per sample; columns are matched to the model's inputs by header name.")
    Path input;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The field separator, one character or comma, semicolon, tab, pipe, space (default: detected).")
    String delimiter;

    @Option(names = "--decimal", paramLabel = "MARK", description = "The decimal mark, . or , (default: detected).")
    String decimal;

    @Option(names = "--no-header", description = "The file has no header row: its columns are the model's inputs in order.")
    boolean noHeader;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SavedModel saved = ModelFile.load(model);
        DataOptions format = new DataOptions();
        format.delimiter = delimiter;
        format.decimal = decimal;
        format.noHeader = noHeader;
        CsvTable table = CsvReader.read(input, format.csvOptions(false, false));
        String[] names = !saved.features2d().isEmpty() ? new String[] {"x1", "x2"} : saved.featureNames();
        table = ColumnMatch.reorder(table, names, !noHeader);
        DMatrixRMaj raw = table.features();
        Features x;
        try {
            x = saved.prepare(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(input + ": " + e.getMessage());
        }
        if (saved.isClassifier()) {
            int[] classes = saved.classes();
            StringBuilder header = new StringBuilder("prediction");
            for (int c = 0; c < classes.length; c++) {
                header.append(",p(").append(Evaluation.className(saved, c)).append(')');
            }
            out.println(header);
            DMatrixRMaj p = saved.classifier().predictProba(x);
            for (int r = 0; r < p.numRows; r++) {
                int best = 0;
                for (int c = 1; c < p.numCols; c++) {
                    if (p.get(r, c) > p.get(r, best)) {
                        best = c;
                    }
                }
                StringBuilder line = new StringBuilder(Evaluation.className(saved, best));
                for (int c = 0; c < p.numCols; c++) {
                    line.append(String.format(Locale.ROOT, ",%.6f", p.get(r, c)));
                }
                out.println(line);
            }
        } else {
            DMatrixRMaj y = saved.regressor().predict(x);
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < y.numCols; c++) {
                header.append(c == 0 ? "" : ",").append(y.numCols == 1 ? "prediction" : "prediction" + (c + 1));
            }
            out.println(header);
            for (int r = 0; r < y.numRows; r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < y.numCols; c++) {
                    line.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", y.get(r, c)));
                }
                out.println(line);
            }
        }
        return 0;
    }
}
