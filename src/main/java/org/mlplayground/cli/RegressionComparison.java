package org.mlplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.metrics.Metrics;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpRegressor;

/**
 * {@code compare} on a regression dataset: MLP regressors (one per --hidden) and linear regression
 * (an MLP without hidden layer, trained by the same solver) on the same split, ranked by test R^2
 * (best first; an undefined R^2 last), with the mean squared error beside it.
 */
final class RegressionComparison {

    /** One regressor's figures. */
    record Row(String name, String settings, int trainRows, double trainSeconds, double predictSeconds, double r2,
               double mse) {
    }

    private RegressionComparison() {
    }

    /** Trains every configuration on {@code d} and prints the ranked table (or JSON). */
    static void run(LoadedData d, List<MlpConfig> networks, MlpConfig linear, boolean json, PrintWriter out,
                    PrintWriter err) throws Exception {
        List<Row> rows = new ArrayList<>();
        List<MlpConfig> all = new ArrayList<>(networks);
        if (linear != null) {
            all.add(linear);
        }
        for (MlpConfig c : all) {
            String name = c.hiddenLayerSizes().length == 0 ? "linear regression" : "MLP " + String.join("-",
                    java.util.Arrays.stream(c.hiddenLayerSizes()).mapToObj(Integer::toString).toList());
            String settings = (c.hiddenLayerSizes().length == 0 ? "" : c.activation().sklearnName() + ", ")
                    + c.solver().sklearnName() + ", alpha " + c.alpha() + ", " + c.maxIter() + " epochs";
            if (!json) {
                err.println("training " + name + " (" + settings + ") ...");
            }
            MlpRegressor model = new MlpRegressor(c);
            long t0 = System.nanoTime();
            model.fit(d.trainX(), d.trainTargets());
            long t1 = System.nanoTime();
            DMatrixRMaj predicted = model.predict(d.testX());
            long t2 = System.nanoTime();
            rows.add(new Row(name, settings, d.trainX().rows(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    Metrics.r2(d.testTargets(), predicted), Metrics.meanSquaredError(d.testTargets(), predicted)));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.r2()) ? Double.NEGATIVE_INFINITY : r.r2()).reversed());
        if (json) {
            ArrayNode array = new ObjectMapper().createArrayNode();
            for (Row r : rows) {
                ObjectNode o = array.addObject();
                o.put("regressor", r.name());
                o.put("settings", r.settings());
                o.put("train_rows", r.trainRows());
                o.put("train_seconds", r.trainSeconds());
                o.put("predict_seconds", r.predictSeconds());
                o.put("r2", r.r2());
                o.put("mse", r.mse());
            }
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("dataset", d.description());
            root.set("rows", array);
            out.println(new ObjectMapper().writeValueAsString(root));
            return;
        }
        out.println("dataset: " + d.description() + ", the same test set for every row, best R^2 first");
        int nameWidth = Math.max(10, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + nameWidth + "s  %10s  %9s  %9s  %8s  %12s  %s%n", "regressor", "train rows",
                "train s", "predict s", "R^2", "MSE", "settings");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-" + nameWidth + "s  %,10d  %9.2f  %9.2f  %8s  %12.6g  %s%n", r.name(), r.trainRows(),
                    r.trainSeconds(), r.predictSeconds(), Double.isNaN(r.r2()) ? "nan" : String.format(Locale.ROOT, "%.4f", r.r2()),
                    r.mse(), r.settings());
        }
        if (rows.stream().anyMatch(r -> Double.isNaN(r.r2()))) {
            out.println("note: R^2 is undefined (nan) with fewer than two test rows");
        }
    }
}
