package org.mlplayground.io;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Solver;

/**
 * Everything that reproduces a playground run, as a short text like a web address's query
 * ({@code dataset=spiral&noise=0&...&seed=0}): dataset, its points, noise, test share and seed,
 * the input features, hidden layers, activation, solver, learning rate, alpha, batch size and the
 * weights' seed, the input scaler; and when there are any, the points of a loaded CSV table
 * ({@code table=x1,x2,class;...}, replacing the generator's) and the points the user clicked in
 * ({@code added=...}). Parsing checks every field and names the one at fault; fields added after
 * the first version ({@code scaler}, {@code table}, {@code added}) may be missing.
 *
 * @param table the loaded table's points as rows (x1, x2, class), or null for generated data
 * @param added the points the user added, as rows (x1, x2, class)
 */
public record PlaygroundState(Generators dataset, int points, double noise, double testFraction, long dataSeed,
                              Set<Feature2D> features, int[] hidden, Activation activation, Solver solver,
                              double learningRate, double alpha, int batchSize, long seed, Scaler scaler,
                              double[][] table, double[][] added) {

    public PlaygroundState {
        features = java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
        hidden = hidden.clone();
        table = table == null ? null : java.util.Arrays.stream(table).map(double[]::clone).toArray(double[][]::new);
        added = java.util.Arrays.stream(added).map(double[]::clone).toArray(double[][]::new);
    }

    /** The state as text. */
    public String toText() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("dataset", dataset.displayName());
        f.put("points", Integer.toString(points));
        f.put("noise", number(noise));
        f.put("test", number(testFraction));
        f.put("dataSeed", Long.toString(dataSeed));
        f.put("features", features.stream().map(Feature2D::label).collect(Collectors.joining(",")));
        f.put("hidden", java.util.Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        f.put("activation", activation.sklearnName());
        f.put("solver", solver.sklearnName());
        f.put("lr", number(learningRate));
        f.put("alpha", number(alpha));
        f.put("batch", Integer.toString(batchSize));
        f.put("seed", Long.toString(seed));
        if (scaler != Scaler.NONE) {
            f.put("scaler", scaler.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (table != null) {
            f.put("table", points(table));
        }
        if (added.length > 0) {
            f.put("added", points(added));
        }
        return f.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** Reads a state written by {@link #toText()}; a missing or bad field is refused with its name. */
    public static PlaygroundState parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : text.trim().split("&")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("The playground state has '" + part + "' where a name=value belongs");
            }
            f.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        try {
            Set<Feature2D> features = EnumSet.noneOf(Feature2D.class);
            for (String name : field(f, "features").split(",")) {
                features.add(Feature2D.fromName(name));
            }
            String hiddenText = field(f, "hidden");
            int[] hidden = hiddenText.isEmpty() ? new int[0]
                    : java.util.Arrays.stream(hiddenText.split(",")).mapToInt(h -> positive("hidden", h)).toArray();
            double noise = Double.parseDouble(field(f, "noise"));
            double test = Double.parseDouble(field(f, "test"));
            if (!(noise >= 0 && noise <= 0.5) || !(test > 0 && test < 1)) {
                throw new IllegalArgumentException("The playground state's noise must be in [0, 0.5] and test in (0, 1)");
            }
            double lr = Double.parseDouble(field(f, "lr"));
            double alpha = Double.parseDouble(field(f, "alpha"));
            if (!(lr > 0) || !Double.isFinite(lr) || !(alpha >= 0) || !Double.isFinite(alpha)) {
                throw new IllegalArgumentException("The playground state's lr must be > 0 and alpha >= 0, got " + lr
                        + " and " + alpha);
            }
            return new PlaygroundState(Generators.fromName(field(f, "dataset")), positive("points", field(f, "points")),
                    noise, test, Long.parseLong(field(f, "dataSeed")), features, hidden,
                    Activation.fromName(field(f, "activation")), Solver.fromName(field(f, "solver")),
                    lr, alpha,
                    positive("batch", field(f, "batch")), Long.parseLong(field(f, "seed")),
                    f.containsKey("scaler") ? Scaler.fromName(f.get("scaler")) : Scaler.NONE,
                    f.containsKey("table") ? points("table", f.get("table")) : null,
                    f.containsKey("added") ? points("added", f.get("added")) : new double[0][]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The playground state has a number that is not one: " + e.getMessage());
        }
    }

    /** Rows (x1, x2, class) as {@code x1,x2,class;x1,x2,class}. */
    private static String points(double[][] rows) {
        return java.util.Arrays.stream(rows).map(r -> number(r[0]) + "," + number(r[1]) + "," + (int) r[2])
                .collect(Collectors.joining(";"));
    }

    private static double[][] points(String name, String text) {
        String[] parts = text.split(";");
        double[][] rows = new double[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] v = parts[i].split(",");
            if (v.length != 3) {
                throw new IllegalArgumentException("The playground state's " + name + " has '" + parts[i]
                        + "' at point " + (i + 1) + " where x1,x2,class belongs");
            }
            double x1 = Double.parseDouble(v[0]);
            double x2 = Double.parseDouble(v[1]);
            int label = Integer.parseInt(v[2].trim());
            if (!Double.isFinite(x1) || !Double.isFinite(x2) || label < 0) {
                throw new IllegalArgumentException("The playground state's " + name + " has '" + parts[i]
                        + "' at point " + (i + 1) + ": coordinates must be finite and the class at least 0");
            }
            rows[i] = new double[] {x1, x2, label};
        }
        return rows;
    }

    private static String field(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null) {
            throw new IllegalArgumentException("The playground state has no '" + name + "'");
        }
        return v;
    }

    private static int positive(String name, String value) {
        int v = Integer.parseInt(value.trim());
        if (v < 1) {
            throw new IllegalArgumentException("The playground state's " + name + " must be at least 1, got " + v);
        }
        return v;
    }

    private static String number(double v) {
        return v == 0 ? "0" : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
