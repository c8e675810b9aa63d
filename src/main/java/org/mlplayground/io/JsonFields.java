package org.mlplayground.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Reading and writing the model file's JSON values: required fields, numbers, lists and matrices,
 * each refused with a sentence naming the field (an {@link IllegalArgumentException} the reader
 * turns into its one-line message).
 */
final class JsonFields {

    private JsonFields() {
    }

    static String commaList(JsonNode list) {
        List<String> parts = new ArrayList<>();
        list.forEach(e -> parts.add(e.asText()));
        return String.join(",", parts);
    }

    static void putInts(ArrayNode a, int[] values) {
        for (int v : values) {
            a.add(v);
        }
    }

    static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the field \"" + field + "\" is missing");
        }
        return v;
    }

    static DMatrixRMaj matrix(JsonNode rows, String what) {
        if (rows == null || !rows.isArray() || rows.size() == 0) {
            throw new IllegalArgumentException(what + " must be a non-empty list of rows");
        }
        int cols = -1;
        double[][] data = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            data[i] = doubles(rows.get(i), what + "[" + i + "]");
            if (cols >= 0 && data[i].length != cols) {
                throw new IllegalArgumentException(what + "[" + i + "] has " + data[i].length + " values; row 0 has " + cols);
            }
            cols = data[i].length;
        }
        if (cols == 0) {
            throw new IllegalArgumentException(what + " has empty rows");
        }
        return new DMatrixRMaj(data);
    }

    static double[] doubles(JsonNode list, String what) {
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(what + " must be a list of numbers");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = list.get(i);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new IllegalArgumentException(what + "[" + i + "] is " + v + ", not a finite number");
            }
            out[i] = v.asDouble();
        }
        return out;
    }

    static int[] ints(JsonNode list, String what) {
        double[] d = doubles(list, what);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is " + d[i] + ", not a whole number");
            }
            out[i] = (int) d[i];
        }
        return out;
    }

    static String[] strings(JsonNode list) {
        if (list == null || list.isMissingNode() || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("expected a list of names, got " + list);
        }
        String[] out = new String[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).asText();
        }
        return out;
    }

    static void putStrings(ObjectNode root, String field, String[] values) {
        if (values != null && values.length > 0) {
            ArrayNode a = root.putArray(field);
            for (String v : values) {
                a.add(v);
            }
        }
    }

    static void putDoubles(ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(v);
        }
    }
}
