package org.mlplayground.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Domain;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.Solver;

import static org.mlplayground.io.lesson.StateValues.asText;
import static org.mlplayground.io.lesson.StateValues.flag;
import static org.mlplayground.io.lesson.StateValues.integer;
import static org.mlplayground.io.lesson.StateValues.number;
import static org.mlplayground.io.lesson.StateValues.points;
import static org.mlplayground.io.lesson.StateValues.sizes;
import static org.mlplayground.io.lesson.StateValues.text;

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
public record StateKey(String name, StateKind kind, String description, Function<JsonNode, String> normalizer) {

    private static final List<StateKey> TABLE = table(List.of(
            new StateKey("dataset", StateKind.STRING, "The generated data: " + Arrays.stream(Generators.values())
                    .map(Generators::displayName).collect(Collectors.joining(", ")) + ".",
                    v -> Generators.fromName(text(v)).displayName()),
            new StateKey("points", StateKind.INTEGER, "Number of generated points, 2 to " + Generators.MAX_POINTS + ".",
                    v -> Long.toString(integer(v, 2, Generators.MAX_POINTS))),
            new StateKey("noise", StateKind.NUMBER, "How far points stray from their pattern, 0 to 0.5.",
                    v -> number(v, 0, 0.5, true)),
            new StateKey("test", StateKind.NUMBER, "Share of the points held out for testing, between 0 and 1 (exclusive).",
                    v -> number(v, 0, 1, false)),
            new StateKey("dataSeed", StateKind.INTEGER, "Seed of the points and of the split.",
                    v -> Long.toString(integer(v, Long.MIN_VALUE, Long.MAX_VALUE))),
            new StateKey("features", StateKind.STRING_LIST, "The input features, at least one of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2).",
                    StateValues::features),
            new StateKey("scaler", StateKind.STRING, "The input scaler: none, standardize, minmax or minus-one-to-one.",
                    v -> Scaler.fromName(text(v)).name().toLowerCase(Locale.ROOT).replace('_', '-')),
            new StateKey("stop", StateKind.BOOLEAN, "Whether training stops by itself (the Stopping menu: tol, n_iter_no_change, "
                    + "early stopping, max epochs).", v -> Boolean.toString(flag(v))),
            new StateKey("x2scale", StateKind.NUMBER, "x2 is multiplied by this before the features and the scaler (1000: x2 in other units), 1e-6 to 1e6.",
                    v -> number(v, 1e-6, 1e6, true)),
            new StateKey("table", StateKind.POINTS, "Points [x1, x2, class] used instead of the generated data (at least two, of two classes).",
                    v -> points(v, 2)),
            new StateKey("added", StateKind.POINTS, "Training points [x1, x2, class] added to the data, as if clicked in.",
                    v -> points(v, 0)),
            new StateKey("digits.hidden", StateKind.INTEGER_LIST, "The Digits network's hidden layer sizes (0 to 10 layers of 1 to 2000 units).",
                    v -> sizes(v, 10, 2000)),
            new StateKey("digits.activation", StateKind.STRING, "The Digits network's activation: identity, logistic, tanh or relu.",
                    v -> Activation.fromName(text(v)).sklearnName()),
            new StateKey("digits.solver", StateKind.STRING, "The Digits network's solver: sgd, adam or lbfgs.",
                    v -> Solver.fromName(text(v)).sklearnName()),
            new StateKey("digits.alpha", StateKind.NUMBER, "The Digits network's L2 penalty alpha, a finite number >= 0.",
                    v -> number(v, 0, Double.MAX_VALUE, true)),
            new StateKey("digits.batch", StateKind.INTEGER, "The Digits network's batch_size, 1 to 60000.",
                    v -> Long.toString(integer(v, 1, 60_000))),
            new StateKey("digits.epochs", StateKind.INTEGER, "Epochs the Train button runs, 1 to 1000.",
                    v -> Long.toString(integer(v, 1, 1000))),
            new StateKey("digits.scaler", StateKind.STRING, "The Digits inputs' scaler: none, standardize, minmax or minus-one-to-one.",
                    v -> Scaler.fromName(text(v)).name().toLowerCase(Locale.ROOT).replace('_', '-')),
            new StateKey("digits.trainSize", StateKind.INTEGER, "Training digits used, 1 to 60000 (the first of MNIST's training set).",
                    v -> Long.toString(integer(v, 1, 60_000))),
            new StateKey("digits.seed", StateKind.INTEGER, "Seed of the Digits network's initial weights and sample order.",
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
        StateKind kind = d instanceof Domain.Real ? StateKind.NUMBER
                : d instanceof Domain.Whole || d instanceof Domain.Seed ? StateKind.INTEGER
                : d instanceof Domain.Flag ? StateKind.BOOLEAN
                : d instanceof Domain.Layers ? StateKind.INTEGER_LIST
                : d instanceof Domain.ActivationList ? StateKind.STRING_LIST : StateKind.STRING;
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
        return normalize(StateValues.fromText(text.trim(), kind));
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

    /** Whether the key is one of the Digits tab's settings. */
    public boolean isDigits() {
        return name.startsWith("digits.");
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
