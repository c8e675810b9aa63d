package org.mlplayground.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.mlplayground.data.Feature2D;

/**
 * A state key's value: read from a lesson's JSON or from the state text ({@code 8,8}), checked
 * against a range, and written as the state text writes it. Messages are one sentence without the
 * key's name, which the caller adds with the place.
 */
final class StateValues {

    private StateValues() {
    }

    /** A JSON value of the form {@code kind} as the text a domain parses ({@code [8, 8]} as {@code 8,8}). */
    static String asText(JsonNode v, StateKind kind) {
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
                    throw new IllegalArgumentException("expected a list, e.g. " + (kind == StateKind.INTEGER_LIST ? "[8, 8]" : "[\"relu\", \"tanh\"]")
                            + ", got " + v);
                }
                List<String> parts = new ArrayList<>();
                for (JsonNode x : v) {
                    if (kind == StateKind.INTEGER_LIST ? !x.isIntegralNumber() : !x.isTextual()) {
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
    static boolean flag(JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("expected true or false, got " + v);
        }
        return v.asBoolean();
    }
    static JsonNode fromText(String t, StateKind kind) {
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
            throw new IllegalArgumentException("'" + t + "' is not " + (kind == StateKind.INTEGER || kind == StateKind.INTEGER_LIST
                    ? "whole numbers" : "numbers") + " as expected");
        }
    }
    static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("expected a text in quotes, got " + v);
        }
        return v.asText();
    }
    static long integer(JsonNode v, long min, long max) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException("expected a whole number, got " + v);
        }
        long x = v.asLong();
        if (x < min || x > max) {
            throw new IllegalArgumentException("must be from " + min + " to " + max + ", got " + x);
        }
        return x;
    }
    static String number(JsonNode v, double min, double max, boolean minIncluded) {
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
    static String features(JsonNode v) {
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
    static String sizes(JsonNode v, int maxLayers, int maxUnits) {
        if (!v.isArray() || v.size() > maxLayers) {
            throw new IllegalArgumentException("expected a list of at most " + maxLayers + " layer sizes, e.g. [8, 8], got " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            out.add(Long.toString(integer(s, 1, maxUnits)));
        }
        return String.join(",", out);
    }
    static String points(JsonNode v, int min) {
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
