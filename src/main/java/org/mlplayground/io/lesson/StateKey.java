package org.mlplayground.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Domain;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.Solver;

/**
 * The keys a lesson step's {@code state} may set, each with its JSON form, its rule and a
 * sentence. Unprefixed keys are those of the playground's state text (ui's {@code PlaygroundState}:
 * {@code dataset=spiral&noise=0&...}) with the same value rules; {@code digits.*} keys are the
 * Digits tab's training settings. A value is normalised to the text the state text uses
 * ({@code hidden: [8, 8]} becomes {@code 8,8}).
 *
 * @param name        the key, e.g. {@code lr} or {@code digits.epochs}
 * @param kind        the JSON form of its value
 * @param description one sentence with the range and units
 */
public record StateKey(String name, Kind kind, String description, Function<JsonNode, String> normalizer) {

    /** The JSON form of a value. */
    public enum Kind {
        STRING("text"), INTEGER("whole number"), NUMBER("number"), BOOLEAN("true or false"),
        INTEGER_LIST("list of whole numbers"), STRING_LIST("list of texts"), POINTS("list of [x1, x2, class]");

        private final String shown;

        Kind(String shown) {
            this.shown = shown;
        }

        /** How the README's key table names the form ("whole number"). */
        public String shown() {
            return shown;
        }
    }

    private static final List<StateKey> TABLE = table(List.of(
            new StateKey("dataset", Kind.STRING, "The generated data: " + Arrays.stream(Generators.values())
                    .map(Generators::displayName).collect(Collectors.joining(", ")) + ".",
                    v -> Generators.fromName(text(v)).displayName()),
            new StateKey("points", Kind.INTEGER, "Number of generated points, 2 to " + Generators.MAX_POINTS + ".",
                    v -> Long.toString(integer(v, 2, Generators.MAX_POINTS))),
            new StateKey("noise", Kind.NUMBER, "How far points stray from their pattern, 0 to 0.5.",
                    v -> number(v, 0, 0.5, true)),
            new StateKey("test", Kind.NUMBER, "Share of the points held out for testing, between 0 and 1 (exclusive).",
                    v -> number(v, 0, 1, false)),
            new StateKey("dataSeed", Kind.INTEGER, "Seed of the points and of the split.",
                    v -> Long.toString(integer(v, Long.MIN_VALUE, Long.MAX_VALUE))),
            new StateKey("features", Kind.STRING_LIST, "The input features, at least one of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2).",
                    StateKey::features),
            new StateKey("scaler", Kind.STRING, "The input scaler: none, standardize, minmax or minus-one-to-one.",
                    v -> Scaler.fromName(text(v)).name().toLowerCase(Locale.ROOT).replace('_', '-')),
            new StateKey("stop", Kind.BOOLEAN, "Whether training stops by itself (the Stopping menu: tol, n_iter_no_change, "
                    + "early stopping, max epochs).", v -> Boolean.toString(flag(v))),
            new StateKey("x2scale", Kind.NUMBER, "x2 is multiplied by this before the features and the scaler (1000: x2 in other units), 1e-6 to 1e6.",
                    v -> number(v, 1e-6, 1e6, true)),
            new StateKey("table", Kind.POINTS, "Points [x1, x2, class] used instead of the generated data (at least two, of two classes).",
                    v -> points(v, 2)),
            new StateKey("added", Kind.POINTS, "Training points [x1, x2, class] added to the data, as if clicked in.",
                    v -> points(v, 0)),
            new StateKey("digits.hidden", Kind.INTEGER_LIST, "The Digits network's hidden layer sizes (0 to 10 layers of 1 to 2000 units).",
                    v -> sizes(v, 10, 2000)),
            new StateKey("digits.activation", Kind.STRING, "The Digits network's activation: identity, logistic, tanh or relu.",
                    v -> Activation.fromName(text(v)).sklearnName()),
            new StateKey("digits.solver", Kind.STRING, "The Digits network's solver: sgd, adam or lbfgs.",
                    v -> Solver.fromName(text(v)).sklearnName()),
            new StateKey("digits.alpha", Kind.NUMBER, "The Digits network's L2 penalty alpha, a finite number >= 0.",
                    v -> number(v, 0, Double.MAX_VALUE, true)),
            new StateKey("digits.batch", Kind.INTEGER, "The Digits network's batch_size, 1 to 60000.",
                    v -> Long.toString(integer(v, 1, 60_000))),
            new StateKey("digits.epochs", Kind.INTEGER, "Epochs the Train button runs, 1 to 1000.",
                    v -> Long.toString(integer(v, 1, 1000))),
            new StateKey("digits.scaler", Kind.STRING, "The Digits inputs' scaler: none, standardize, minmax or minus-one-to-one.",
                    v -> Scaler.fromName(text(v)).name().toLowerCase(Locale.ROOT).replace('_', '-')),
            new StateKey("digits.trainSize", Kind.INTEGER, "Training digits used, 1 to 60000 (the first of MNIST's training set).",
                    v -> Long.toString(integer(v, 1, 60_000))),
            new StateKey("digits.seed", Kind.INTEGER, "Seed of the Digits network's initial weights and sample order.",
                    v -> Long.toString(integer(v, Long.MIN_VALUE, Long.MAX_VALUE)))));

    private static final Map<String, StateKey> BY_NAME = TABLE.stream()
            .collect(Collectors.toUnmodifiableMap(StateKey::name, k -> k));

    /**
     * The data keys, with every hyperparameter of {@link Hyperparameter#ALL} the state text writes
     * (all but shuffle_seed, which the playground ties to the seed) after {@code features}: their
     * rules and sentences are the hyperparameter table's, so a lesson takes what the window takes.
     */
    private static List<StateKey> table(List<StateKey> data) {
        List<StateKey> out = new ArrayList<>();
        for (StateKey k : data) {
            out.add(k);
            if (k.name.equals("features")) {
                Hyperparameter.ALL.stream().filter(p -> p != Hyperparameter.SHUFFLE_SEED)
                        .map(StateKey::of).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The key of a hyperparameter: its state key, JSON form from its domain, its sentence and range. */
    private static <T> StateKey of(Hyperparameter<T> p) {
        Domain<T> d = p.domain();
        Kind kind = d instanceof Domain.Real ? Kind.NUMBER
                : d instanceof Domain.Whole || d instanceof Domain.Seed ? Kind.INTEGER
                : d instanceof Domain.Flag ? Kind.BOOLEAN
                : d instanceof Domain.Layers ? Kind.INTEGER_LIST
                : d instanceof Domain.ActivationList ? Kind.STRING_LIST : Kind.STRING;
        String description = p.description() + " It is " + (p.inSklearn() ? "sklearn's " : "this project's ") + p.name()
                + ", " + d.describe() + ".";
        return new StateKey(p.stateKey(), kind, description, v -> {
            String text = asText(v, kind);
            T value = d.parse(text);
            if (value == null) {
                throw new IllegalArgumentException("must be " + d.describe() + ", got " + v);
            }
            String fault = d.fault(value);
            if (fault != null) {
                throw new IllegalArgumentException(fault);
            }
            return p.format(value);
        });
    }

    /** A JSON value of the form {@code kind} as the text a domain parses ({@code [8, 8]} as {@code 8,8}). */
    private static String asText(JsonNode v, Kind kind) {
        switch (kind) {
            case NUMBER:
                if (!v.isNumber()) {
                    throw new IllegalArgumentException("expected a number, got " + v);
                }
                return v.asText();
            case INTEGER:
                if (!v.isIntegralNumber() && !v.isTextual()) {
                    throw new IllegalArgumentException("expected a whole number, got " + v);
                }
                return v.asText();
            case BOOLEAN:
                return Boolean.toString(flag(v));
            case INTEGER_LIST:
            case STRING_LIST: {
                if (!v.isArray()) {
                    throw new IllegalArgumentException("expected a list, e.g. " + (kind == Kind.INTEGER_LIST ? "[8, 8]" : "[\"relu\", \"tanh\"]")
                            + ", got " + v);
                }
                List<String> parts = new ArrayList<>();
                for (JsonNode x : v) {
                    if (kind == Kind.INTEGER_LIST ? !x.isIntegralNumber() : !x.isTextual()) {
                        throw new IllegalArgumentException("expected a list of " + kind.shown().substring(8) + ", got " + v);
                    }
                    parts.add(x.asText());
                }
                return String.join(",", parts);
            }
            default:
                return text(v);
        }
    }

    private static boolean flag(JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("expected true or false, got " + v);
        }
        return v.asBoolean();
    }

    /**
     * Every key as a Markdown table ({@code | key | value | meaning |}), as the README's Lessons
     * section and {@code lesson --keys} show it.
     */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder("| key | value | meaning |\n|---|---|---|\n");
        for (StateKey k : TABLE) {
            b.append("| `").append(k.name).append("` | ").append(k.kind.shown()).append(" | ")
                    .append(k.description.replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    /** Every key, in the order the README documents them. */
    public static List<StateKey> all() {
        return TABLE;
    }

    /** The key named {@code name}; throws IllegalArgumentException naming the known keys. */
    public static StateKey of(String name) {
        StateKey k = BY_NAME.get(name);
        if (k == null) {
            throw new IllegalArgumentException("unknown state key '" + name + "': expected one of "
                    + TABLE.stream().map(StateKey::name).collect(Collectors.joining(", ")));
        }
        return k;
    }

    /**
     * The value as the state text writes it; throws IllegalArgumentException with one sentence
     * (without the key's name, which the caller adds with the line) when the value has the wrong
     * form or is out of range.
     */
    public String normalize(JsonNode value) {
        try {
            return normalizer.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(lower(e.getMessage()), e);
        }
    }

    /**
     * The value written as in the state text ({@code 8,8}, {@code x1,x2}, {@code 0.001},
     * {@code 1,2,0;3,4,1}), checked and normalised as {@link #normalize}; throws
     * IllegalArgumentException with one sentence.
     */
    public String normalizeText(String text) {
        return normalize(fromText(text.trim()));
    }

    /**
     * A whole or partial state text ({@code dataset=xor&hidden=4,4&...}, as the playground's Share
     * menu copies it) as checked, normalised keys and values in text order: what "add the current
     * state as a step" stores. A {@code digits.} key may be included the same way. Throws
     * IllegalArgumentException naming the key at fault.
     */
    public static Map<String, String> parseStateText(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String part : text.trim().split("&")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("The state text has '" + part + "' where a name=value belongs");
            }
            String name = part.substring(0, eq).trim();
            try {
                out.put(name, of(name).normalizeText(part.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The state text's " + name + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private JsonNode fromText(String t) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        try {
            switch (kind) {
                case INTEGER:
                    return t.matches("[-+]?\\d+") ? f.numberNode(Long.parseLong(t)) : f.textNode(t);
                case BOOLEAN:
                    return t.equals("true") || t.equals("false") ? f.booleanNode(Boolean.parseBoolean(t)) : f.textNode(t);
                case NUMBER:
                    return f.numberNode(new java.math.BigDecimal(t));
                case INTEGER_LIST: {
                    var a = f.arrayNode();
                    for (String x : t.isEmpty() ? new String[0] : t.split(",")) {
                        a.add(Long.parseLong(x.trim()));
                    }
                    return a;
                }
                case STRING_LIST: {
                    var a = f.arrayNode();
                    for (String x : t.isEmpty() ? new String[0] : t.split(",")) {
                        a.add(x.trim());
                    }
                    return a;
                }
                case POINTS: {
                    var a = f.arrayNode();
                    for (String p : t.isEmpty() ? new String[0] : t.split(";")) {
                        var row = a.addArray();
                        String[] xs = p.split(",");
                        for (int i = 0; i < xs.length; i++) {
                            if (i == 2) {
                                row.add(Long.parseLong(xs[i].trim()));
                            } else {
                                row.add(new java.math.BigDecimal(xs[i].trim()));
                            }
                        }
                    }
                    return a;
                }
                default:
                    return f.textNode(t);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not " + (kind == Kind.INTEGER || kind == Kind.INTEGER_LIST
                    ? "whole numbers" : "numbers") + " as expected");
        }
    }

    /** Whether the key is one of the Digits tab's settings. */
    public boolean isDigits() {
        return name.startsWith("digits.");
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("expected a text in quotes, got " + v);
        }
        return v.asText();
    }

    private static long integer(JsonNode v, long min, long max) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException("expected a whole number, got " + v);
        }
        long x = v.asLong();
        if (x < min || x > max) {
            throw new IllegalArgumentException("must be from " + min + " to " + max + ", got " + x);
        }
        return x;
    }

    private static String number(JsonNode v, double min, double max, boolean minIncluded) {
        if (!v.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + v);
        }
        double x = v.asDouble();
        if (!Double.isFinite(x) || x > max || x < min || (!minIncluded && x == min)) {
            throw new IllegalArgumentException("must be " + (minIncluded ? "at least " : "more than ") + min
                    + (max < Double.MAX_VALUE ? " and at most " + max : "") + ", got " + v);
        }
        return plain(x);
    }

    /** A number as the state text writes it: {@code 0.001}, {@code 3}, no exponent. */
    static String plain(double v) {
        return v == 0 ? "0" : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String features(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException("expected a list of at least one feature, e.g. [\"x1\", \"x2\"], got " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode f : v) {
            String label = Feature2D.fromName(text(f)).label();
            if (out.contains(label)) {
                throw new IllegalArgumentException("names feature " + label + " twice");
            }
            out.add(label);
        }
        return String.join(",", out);
    }

    private static String sizes(JsonNode v, int maxLayers, int maxUnits) {
        if (!v.isArray() || v.size() > maxLayers) {
            throw new IllegalArgumentException("expected a list of at most " + maxLayers + " layer sizes, e.g. [8, 8], got " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            out.add(Long.toString(integer(s, 1, maxUnits)));
        }
        return String.join(",", out);
    }

    private static String points(JsonNode v, int min) {
        if (!v.isArray() || v.size() < min || v.size() > 100_000) {
            throw new IllegalArgumentException("expected a list of " + (min > 0 ? "at least " + min + " " : "")
                    + "points [x1, x2, class] (at most 100000)");
        }
        List<String> out = new ArrayList<>();
        java.util.Set<Long> classes = new java.util.TreeSet<>();
        for (JsonNode p : v) {
            if (!p.isArray() || p.size() != 3) {
                throw new IllegalArgumentException("has " + p + " where a point [x1, x2, class] belongs");
            }
            long label = integer(p.get(2), 0, 99);
            classes.add(label);
            out.add(number(p.get(0), -Double.MAX_VALUE, Double.MAX_VALUE, true) + ","
                    + number(p.get(1), -Double.MAX_VALUE, Double.MAX_VALUE, true) + "," + label);
        }
        if (min >= 2 && classes.size() < 2) {
            throw new IllegalArgumentException("needs points of at least two classes");
        }
        return String.join(";", out);
    }
}
