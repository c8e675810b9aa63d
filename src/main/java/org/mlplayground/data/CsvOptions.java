package org.mlplayground.data;

import java.util.List;

/**
 * How to read a CSV table.
 *
 * @param targets        the target columns by name or number from 1 (null or empty: the last
 *                       column); several only for regression (multi-output)
 * @param features       the input columns by name or number (null or empty: every column that is
 *                       not a target); a target can never be an input
 * @param classification whether the target holds class labels (else real numbers)
 * @param withTarget     false for a table of inputs only (predictions): every column is an input
 * @param delimiter      the field separator, or null to detect it (comma, semicolon, tab or |)
 * @param decimal        the decimal mark, '.' or ',', or null to detect it (',' only when the
 *                       delimiter is not a comma)
 * @param header         whether the first row names the columns; without one, columns are named
 *                       by their numbers "1", "2", ...
 */
public record CsvOptions(List<String> targets, List<String> features, boolean classification, boolean withTarget,
                         Character delimiter, Character decimal, boolean header) {

    public CsvOptions {
        targets = targets == null ? List.of() : List.copyOf(targets);
        features = features == null ? List.of() : List.copyOf(features);
        if (decimal != null && decimal != '.' && decimal != ',') {
            throw new IllegalArgumentException("The decimal mark is '.' or ',', got '" + decimal + "'");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r'
                || Character.isLetterOrDigit(delimiter) || delimiter == '.' || delimiter == '-' || delimiter == '+')) {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate fields");
        }
        if (delimiter != null && decimal != null && delimiter.charValue() == decimal.charValue()) {
            throw new IllegalArgumentException("The delimiter and the decimal mark cannot both be '" + delimiter + "'");
        }
    }

    /** A table with one target (null: the last column), a header, delimiter and decimal mark detected. */
    public static CsvOptions of(String target, boolean classification) {
        return new CsvOptions(target == null ? List.of() : List.of(target), List.of(), classification, true, null, null,
                true);
    }

    /** A table of inputs only, with a header, delimiter and decimal mark detected. */
    public static CsvOptions inputs() {
        return new CsvOptions(List.of(), List.of(), false, false, null, null, true);
    }

    /** These options with the given delimiter and decimal mark (null: detect). */
    public CsvOptions withFormat(Character newDelimiter, Character newDecimal, boolean newHeader) {
        return new CsvOptions(targets, features, classification, withTarget, newDelimiter, newDecimal, newHeader);
    }

    /** These options with the given target and feature columns. */
    public CsvOptions withColumns(List<String> newTargets, List<String> newFeatures) {
        return new CsvOptions(newTargets, newFeatures, classification, withTarget, delimiter, decimal, header);
    }

    /**
     * Parses a delimiter as a user writes it: one character, or comma, semicolon, tab (or \t),
     * pipe, space.
     */
    public static char parseDelimiter(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "comma":
                return ',';
            case "semicolon":
                return ';';
            case "tab":
            case "\\t":
                return '\t';
            case "pipe":
                return '|';
            case "space":
                return ' ';
            default:
                if (text.length() == 1) {
                    return text.charAt(0);
                }
                throw new IllegalArgumentException("--delimiter takes one character or comma, semicolon, tab, pipe, space; got '"
                        + CsvText.cut(text) + "'");
        }
    }
}
