package org.mlplayground.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which columns of a CSV file are its targets and its inputs: a header's names checked (none
 * empty, none twice, not all numbers), columns chosen by name or by number from 1, and the inputs
 * defaulting to every column but the targets. Messages name the file, the line and the option
 * ({@code --target}, {@code --features}).
 */
final class CsvColumns {

    private CsvColumns() {
    }

    static String[] numbered(int count) {
        String[] names = new String[count];
        for (int c = 0; c < count; c++) {
            names[c] = Integer.toString(c + 1);
        }
        return names;
    }

    static void checkHeader(String[] header, String source, int line, char delimiter, char decimal)
            throws DataFileException {
        Set<String> seen = new LinkedHashSet<>();
        boolean allNumbers = true;
        for (int c = 0; c < header.length; c++) {
            if (header[c].isEmpty()) {
                throw new DataFileException(source + " line " + line + ": column " + (c + 1) + " has no name (the first line"
                        + " names the columns, e.g. x1,x2,label)");
            }
            if (!seen.add(header[c])) {
                throw new DataFileException(source + " line " + line + ": the column name '" + CsvText.cut(header[c])
                        + "' appears twice");
            }
            allNumbers &= CsvReader.isNumber(header[c], decimal);
        }
        if (allNumbers) {
            throw new DataFileException(source + " line " + line + " holds only numbers: it looks like data, not a header"
                    + " naming the columns. Add a header row, or say the file has none (--no-header)");
        }
    }

    /** Column indices of names or numbers from 1; empty {@code wanted} means the last column (targets). */
    static int[] columns(String[] header, List<String> wanted, String source, boolean target)
            throws DataFileException {
        if (wanted.isEmpty()) {
            return new int[] {header.length - 1};
        }
        int[] out = new int[wanted.size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = column(header, wanted.get(i));
            if (out[i] < 0) {
                unknown.add("'" + CsvText.cut(wanted.get(i)) + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new DataFileException(source + " has no column " + String.join(", ", unknown) + " (columns: "
                    + CsvText.cut(String.join(", ", header)) + ")" + (target ? "" : "; see --features"));
        }
        if (Arrays.stream(out).distinct().count() != out.length) {
            throw new DataFileException((target ? "--target" : "--features") + " names a column twice");
        }
        return out;
    }

    static int column(String[] header, String name) {
        String t = name.trim();
        for (int c = 0; c < header.length; c++) {
            if (header[c].equals(t)) {
                return c;
            }
        }
        try {
            int number = Integer.parseInt(t);
            return number >= 1 && number <= header.length ? number - 1 : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    static int[] featureColumns(String[] header, int[] targets, List<String> wanted, String source)
            throws DataFileException {
        Set<Integer> targetSet = new java.util.HashSet<>();
        for (int t : targets) {
            targetSet.add(t);
        }
        int[] chosen = wanted.isEmpty() ? java.util.stream.IntStream.range(0, header.length)
                .filter(c -> !targetSet.contains(c)).toArray() : columns(header, wanted, source, false);
        for (int c : chosen) {
            if (targetSet.contains(c)) {
                throw new DataFileException("--features names '" + CsvText.cut(header[c])
                        + "', a target column: a target cannot be an input too");
            }
        }
        if (chosen.length == 0) {
            throw new DataFileException(source + " has no input columns besides the target");
        }
        return chosen;
    }
}
