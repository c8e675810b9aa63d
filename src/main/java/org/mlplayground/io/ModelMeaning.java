package org.mlplayground.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.mlplayground.data.CsvText;
import org.mlplayground.data.Feature2D;

/**
 * A model file checked for meaning, not only syntax: classes that are distinct and sorted (as
 * sklearn's {@code classes_}), string classes from sklearn accepted, input names one per input.
 * Faults are {@link IllegalArgumentException}s that {@link ModelFile} reports with the file's name.
 */
final class ModelMeaning {

    /** The classes of a model file: the labels of the outputs in order, and their names when given as text. */
    record Classes(int[] labels, String[] names) {
    }

    private ModelMeaning() {
    }

    /**
     * Whole numbers, strictly ascending, are the labels themselves; anything else (strings, as
     * sklearn holds {@code ["Class_A", ...]}, or fractions) names outputs numbered 0..k-1.
     */
    static Classes classes(JsonNode list) {
        if (allWholeNumbers(list)) {
            int[] classes = JsonFields.ints(list, "classes");
            for (int i = 1; i < classes.length; i++) {
                if (classes[i] <= classes[i - 1]) {
                    throw new IllegalArgumentException("\"classes\" " + (classes[i] == classes[i - 1] ? "repeats "
                            + classes[i] : "is not in ascending order (" + classes[i - 1] + " before " + classes[i]
                            + ")") + ": each output needs its own class, sorted as sklearn's classes_");
                }
            }
            return new Classes(classes, null);
        }
        String[] text = JsonFields.strings(list);
        requireDistinct(text, "classes");
        return new Classes(IntStream.range(0, text.length).toArray(), text);
    }

    /** Feature names one per input and distinct; 2D features known, distinct and one per input. */
    static void checkInputs(String[] featureNames, String[] features2d, int inputs) {
        if (features2d != null && features2d.length > 0) {
            EnumSet<Feature2D> set = EnumSet.noneOf(Feature2D.class);
            for (String f : features2d) {
                set.add(Feature2D.fromName(f));
            }
            if (set.size() != features2d.length || set.size() != inputs) {
                throw new IllegalArgumentException("\"features_2d\" names " + set.size() + " distinct features for "
                        + inputs + " inputs");
            }
        } else if (featureNames != null && featureNames.length != inputs) {
            throw new IllegalArgumentException("\"feature_names\" has " + featureNames.length + " names for " + inputs
                    + " inputs");
        }
        if (featureNames != null) {
            requireDistinct(featureNames, "feature_names");
        }
    }

    static void requireDistinct(String[] names, String field) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("\"" + field + "\" repeats '" + CsvText.cut(n)
                        + "': " + (field.startsWith("class") ? "each output needs its own class" : "each input needs its own name"));
            }
        }
    }

    private static boolean allWholeNumbers(JsonNode list) {
        if (list == null || !list.isArray()) {
            return true; // JsonFields.ints says what is wrong
        }
        for (JsonNode v : list) {
            if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble()) || Math.abs(v.asDouble()) > Integer.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }
}
