package org.mlplayground.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values a hyperparameter may take: how they are written as text, read back, and described in
 * a message ("a finite number &gt; 0"). Implementations are the nested records; a {@link Hyperparameter}
 * holds one.
 *
 * @param <T> the value type (Double, Integer, Long, Boolean, an enum, or int[] for layer widths)
 */
public sealed interface Domain<T> {

    /** The value written in {@code text}, or null when the text is not one of this domain's forms. */
    T parse(String text);

    /** Whether {@code value} is allowed. */
    boolean contains(T value);

    /** What is allowed, as the end of "... must be &lt;description&gt;". */
    String describe();

    /** The value as text that {@link #parse} reads back to an equal value. */
    String format(T value);

    /** Why {@code value} is not allowed, as the end of a sentence that starts with the name; null if it is. */
    default String fault(T value) {
        return contains(value) ? null : "must be " + describe() + ", got " + (value == null ? "nothing" : format(value));
    }

    /**
     * Real numbers from {@code min} to {@code max} (each bound included or not); always finite.
     */
    record Real(double min, boolean minIncluded, double max, boolean maxIncluded) implements Domain<Double> {
        @Override
        public Double parse(String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public boolean contains(Double v) {
            return v != null && Double.isFinite(v) && (minIncluded ? v >= min : v > min)
                    && (maxIncluded ? v <= max : v < max);
        }

        @Override
        public String describe() {
            boolean low = Double.isFinite(min);
            boolean high = Double.isFinite(max);
            if (low && high) {
                return "a number in " + (minIncluded ? "[" : "(") + number(min) + ", " + number(max) + (maxIncluded ? "]" : ")");
            }
            if (low) {
                return "a finite number " + (minIncluded ? ">= " : "> ") + number(min);
            }
            return high ? "a finite number " + (maxIncluded ? "<= " : "< ") + number(max) : "a finite number";
        }

        /** Plain decimals (0.0001, 1) between 1e-9 and 1e15 in size, else Java's form (1.0E-12); exact either way. */
        @Override
        public String format(Double v) {
            double a = Math.abs(v);
            if (Double.isFinite(v) && (a == 0 || a >= 1e-9 && a < 1e15)) {
                return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
            }
            return Double.toString(v);
        }
    }

    /** Whole numbers in [{@code min}, {@code max}]; with {@code autoZero}, 0 means "auto" and is written so. */
    record Whole(int min, int max, boolean autoZero) implements Domain<Integer> {
        @Override
        public Integer parse(String text) {
            String t = text.trim();
            if (autoZero && t.equalsIgnoreCase("auto")) {
                return 0;
            }
            try {
                double d = Double.parseDouble(t);
                if (autoZero && d == 0) {
                    return null; // 0 stands for auto inside, but the written form of auto is "auto"
                }
                return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (int) d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public boolean contains(Integer v) {
            return v != null && (autoZero && v == 0 || v >= min && v <= max);
        }

        @Override
        public String describe() {
            String range = max == Integer.MAX_VALUE ? "a whole number >= " + min : "a whole number from " + min + " to " + max;
            return autoZero ? range + ", or auto" : range;
        }

        @Override
        public String format(Integer v) {
            return autoZero && v == 0 ? "auto" : Integer.toString(v);
        }
    }

    /** Any whole number that fits in 64 bits (seeds). */
    record Seed() implements Domain<Long> {
        @Override
        public Long parse(String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public boolean contains(Long v) {
            return v != null;
        }

        @Override
        public String describe() {
            return "a whole number";
        }

        @Override
        public String format(Long v) {
            return Long.toString(v);
        }
    }

    /** true or false (also read: True/False as Python writes them, 1/0, yes/no, on/off). */
    record Flag() implements Domain<Boolean> {
        @Override
        public Boolean parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> true;
                case "false", "0", "no", "off" -> false;
                default -> null;
            };
        }

        @Override
        public boolean contains(Boolean v) {
            return v != null;
        }

        @Override
        public String describe() {
            return "true or false";
        }

        @Override
        public String format(Boolean v) {
            return Boolean.toString(v);
        }
    }

    /** One of an enum's constants, written by {@code name} (sklearn's spelling). */
    record Choice<E extends Enum<E>>(Class<E> type, Function<E, String> name) implements Domain<E> {
        @Override
        public E parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (name.apply(e).equals(t)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public boolean contains(E v) {
            return v != null;
        }

        @Override
        public String describe() {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(name).collect(Collectors.joining(", "));
        }

        @Override
        public String format(E v) {
            return name.apply(v);
        }

        /** The names allowed, in declaration order. */
        public String[] names() {
            return Arrays.stream(type.getEnumConstants()).map(name).toArray(String[]::new);
        }
    }

    /**
     * One activation per hidden layer, by sklearn's names separated by commas ({@code relu,tanh});
     * empty for the one {@code activation} everywhere. How many there must be depends on the hidden
     * layers, which {@link MlpConfig} checks.
     */
    record ActivationList() implements Domain<Activation[]> {
        @Override
        public Activation[] parse(String text) {
            String t = text.trim().replaceAll("[{}()\\[\\]]", "").trim();
            if (t.isEmpty() || t.equalsIgnoreCase("none")) {
                return new Activation[0];
            }
            String[] parts = t.split("\\s*,\\s*|\\s+", -1);
            Activation[] a = new Activation[parts.length];
            for (int i = 0; i < parts.length; i++) {
                a[i] = new Choice<>(Activation.class, Activation::sklearnName).parse(parts[i]);
                if (a[i] == null) {
                    return null;
                }
            }
            return a;
        }

        @Override
        public boolean contains(Activation[] v) {
            return v != null && Arrays.stream(v).allMatch(java.util.Objects::nonNull);
        }

        @Override
        public String describe() {
            return "activation names (identity, logistic, tanh, relu) separated by commas, one per hidden layer, or none";
        }

        @Override
        public String format(Activation[] v) {
            return Arrays.stream(v).map(Activation::sklearnName).collect(Collectors.joining(","));
        }
    }

    /**
     * Hidden layer widths: {@code 128,64} (also {@code 256-128}, {@code 2+3+2}, {@code (3, 3)});
     * empty or {@code none} for no hidden layer. At most {@code maxLayers} layers of
     * {@code 1..maxWidth} units and at most {@code maxWeights} weights between hidden layers.
     */
    record Layers(int maxLayers, int maxWidth, long maxWeights) implements Domain<int[]> {
        @Override
        public int[] parse(String text) {
            String t = text.trim().replaceAll("[{}()\\[\\]]", "").trim();
            if (t.isEmpty() || t.equalsIgnoreCase("none")) {
                return new int[0];
            }
            // commas separate when there are any (so 8,-5 keeps its minus); else + or - between digits, or spaces
            String separator = t.contains(",") ? "," : t.contains("+") ? "\\+" : "(?<=\\d)\\s*-\\s*(?=\\d)|\\s+";
            String[] parts = t.split(separator, -1);
            int[] sizes = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].trim();
                if (!p.matches("[-+]?\\d{1,10}")) {
                    return null;
                }
                long v = Long.parseLong(p);
                sizes[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
            }
            return sizes;
        }

        @Override
        public boolean contains(int[] v) {
            return fault(v) == null;
        }

        @Override
        public String fault(int[] v) {
            if (v == null || v.length > maxLayers || Arrays.stream(v).anyMatch(w -> w < 1 || w > maxWidth)) {
                return "must be " + describe() + ", got " + (v == null ? "nothing" : format(v));
            }
            long weights = weightsBetween(v);
            if (weights > maxWeights) {
                return format(v) + " would need " + weights + " weights between hidden layers; the limit is " + maxWeights;
            }
            return null;
        }

        @Override
        public String describe() {
            return "at most " + maxLayers + " layer widths from 1 to " + maxWidth + " separated by commas (e.g. 128,64)";
        }

        @Override
        public String format(int[] v) {
            return Arrays.stream(v).mapToObj(Integer::toString).collect(Collectors.joining(","));
        }

        /** The number of weights between consecutive layers of {@code sizes}. */
        public static long weightsBetween(int[] sizes) {
            long n = 0;
            for (int i = 0; i + 1 < sizes.length; i++) {
                n += (long) sizes[i] * sizes[i + 1];
            }
            return n;
        }
    }

    /** A number as people write it: no trailing zeros, no exponent for ordinary sizes. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
