package org.mlplayground.io;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;

/**
 * Everything that reproduces a playground run, as a short text like a web address's query
 * ({@code dataset=spiral&noise=0&...&seed=0}): dataset, its points, noise, test share and seed,
 * the input features and their scaler; the network and its training as the hyperparameter table's
 * state keys ({@code hidden}, {@code activation}, {@code solver}, {@code lr}, {@code alpha},
 * {@code batch}, {@code seed} always, any other entry of {@link Hyperparameter#ALL} when it is not
 * the playground's default); whether training stops by itself ({@code stop}); and when there are
 * any, the points of a loaded CSV table ({@code table=x1,x2,class;...}, replacing the generator's)
 * and the points the user clicked in ({@code added=...}). A partial text is read over
 * {@link #DEFAULT}: every key it names is checked and a bad one refused with its name; the others
 * keep the playground's defaults.
 *
 * @param config the network and its training (sklearn's names; the playground's defaults differ)
 * @param stopRules whether training stops by itself (tol, early stopping, max_iter from {@code config})
 * @param x2Scale x2 in other units: the generated x2 times this ({@code x2scale}, written when not 1)
 * @param table the loaded table's points as rows (x1, x2, class), or null for generated data
 * @param added the points the user added, as rows (x1, x2, class)
 */
public record PlaygroundState(Generators dataset, int points, double noise, double testFraction, long dataSeed,
                              Set<Feature2D> features, MlpConfig config, boolean stopRules, Scaler scaler,
                              double x2Scale, double[][] table, double[][] added) {

    /** The keys written whatever their values: the ones a reader looks for first. */
    private static final List<Hyperparameter<?>> ALWAYS_WRITTEN = List.of(Hyperparameter.HIDDEN_LAYER_SIZES,
            Hyperparameter.ACTIVATION, Hyperparameter.SOLVER, Hyperparameter.LEARNING_RATE_INIT, Hyperparameter.ALPHA,
            Hyperparameter.BATCH_SIZE, Hyperparameter.RANDOM_STATE);

    /** The playground's defaults (its teaching choices: a 4-2 tanh network on the circle, adam at 0.03). */
    public static final PlaygroundState DEFAULT = new PlaygroundState(Generators.CIRCLE, 400, 0.1, 0.5, 1,
            EnumSet.of(Feature2D.X1, Feature2D.X2), MlpConfig.builder().hiddenLayerSizes(4, 2)
                    .activation(Activation.TANH).learningRateInit(0.03).alpha(0).batchSize(10).maxIter(1000).build(),
            true, Scaler.NONE, 1, null, new double[0][]);

    public PlaygroundState {
        features = java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
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
        for (Hyperparameter<?> p : ALWAYS_WRITTEN) {
            f.putAll(HyperparameterText.write(config, List.of(p)));
        }
        List<Hyperparameter<?>> changed = Hyperparameter.ALL.stream()
                .filter(p -> !ALWAYS_WRITTEN.contains(p) && p != Hyperparameter.SHUFFLE_SEED && differs(p, config))
                .toList();
        f.putAll(HyperparameterText.write(config, changed));
        if (stopRules != DEFAULT.stopRules) {
            f.put("stop", Boolean.toString(stopRules));
        }
        if (scaler != Scaler.NONE) {
            f.put("scaler", scaler.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (x2Scale != 1) {
            f.put("x2scale", number(x2Scale));
        }
        if (table != null) {
            f.put("table", points(table));
        }
        if (added.length > 0) {
            f.put("added", points(added));
        }
        return f.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static <T> boolean differs(Hyperparameter<T> p, MlpConfig c) {
        return !p.format(p.get(c)).equals(p.format(p.get(DEFAULT.config)));
    }

    /**
     * Reads a state written by {@link #toText()}, or a part of one (the rest from {@link #DEFAULT});
     * a bad or unknown field is refused with its name.
     */
    public static PlaygroundState parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : text.trim().split("&")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("This is not a playground state (name=value pairs joined by &, as Share"
                        + " > Copy state writes them, e.g. dataset=xor&hidden=4,4): it has '" + cut(part)
                        + "' where a name=value belongs");
            }
            f.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        for (String key : f.keySet()) {
            if (!DATA_KEYS.contains(key) && Hyperparameter.ALL.stream().noneMatch(p -> p.stateKey().equals(key))) {
                throw new IllegalArgumentException("The playground state has an unknown field '" + cut(key) + "'");
            }
        }
        PlaygroundState d = DEFAULT;
        try {
            Set<Feature2D> features = d.features;
            if (f.containsKey("features")) {
                features = EnumSet.noneOf(Feature2D.class);
                for (String name : f.get("features").split(",")) {
                    features.add(Feature2D.fromName(name));
                }
            }
            double noise = f.containsKey("noise") ? Double.parseDouble(f.get("noise")) : d.noise;
            double test = f.containsKey("test") ? Double.parseDouble(f.get("test")) : d.testFraction;
            if (!(noise >= 0 && noise <= 0.5) || !(test > 0 && test < 1)) {
                throw new IllegalArgumentException("The playground state's noise must be in [0, 0.5] and test in (0, 1)");
            }
            MlpConfig config = HyperparameterText.read(f, d.config.toBuilder()).build();
            // the playground shuffles with the weights' seed
            config = config.toBuilder().shuffleSeed(config.seed()).build();
            return new PlaygroundState(
                    f.containsKey("dataset") ? Generators.fromName(f.get("dataset")) : d.dataset,
                    f.containsKey("points") ? points(f.get("points")) : d.points,
                    noise, test, f.containsKey("dataSeed") ? Long.parseLong(f.get("dataSeed").trim()) : d.dataSeed,
                    features, config, f.containsKey("stop") ? stop(f.get("stop")) : d.stopRules,
                    f.containsKey("scaler") ? Scaler.fromName(f.get("scaler")) : d.scaler,
                    f.containsKey("x2scale") ? x2Scale(f.get("x2scale")) : d.x2Scale,
                    f.containsKey("table") ? points("table", f.get("table")) : null,
                    f.containsKey("added") ? points("added", f.get("added")) : new double[0][]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The playground state has a number that is not one: " + cut(e.getMessage()));
        }
    }

    /** Whether training stops by itself: {@code true} or {@code false}, nothing else. */
    private static boolean stop(String text) {
        String t = text.trim();
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("The playground state's stop must be true or false, got " + cut(t));
        }
        return Boolean.parseBoolean(t);
    }

    /** x2's scale, 1e-6 to 1e6. */
    private static double x2Scale(String text) {
        double v = Double.parseDouble(text.trim());
        if (!(v >= 1e-6 && v <= 1e6)) {
            throw new IllegalArgumentException("The playground state's x2scale must be from 1e-6 to 1e6, got " + text.trim());
        }
        return v;
    }

    /** The number of points, 2 to {@link Generators#MAX_POINTS}. */
    private static int points(String text) {
        int n = positive("points", text);
        if (n < 2 || n > Generators.MAX_POINTS) {
            throw new IllegalArgumentException("The playground state's points must be from 2 to " + Generators.MAX_POINTS
                    + ", got " + n);
        }
        return n;
    }

    /** The keys of the data (the network's are the hyperparameter table's). */
    public static final Set<String> DATA_KEYS = Set.of("dataset", "points", "noise", "test", "dataSeed", "features",
            "stop", "scaler", "x2scale", "table", "added");

    /** Whether a state text may name {@code key}: a data key or a hyperparameter's state key. */
    public static boolean knows(String key) {
        return DATA_KEYS.contains(key) || Hyperparameter.ALL.stream().anyMatch(p -> p.stateKey().equals(key));
    }

    /** At most 60 characters of a piece of the text, for a message. */
    private static String cut(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 57) + "\u2026";
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
