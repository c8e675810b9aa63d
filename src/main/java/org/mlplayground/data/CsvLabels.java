package org.mlplayground.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * A CSV file's class labels as class indices and names: numbers compared as numbers (1 and 1.0
 * are one class), pandas' true/false spellings as booleans, else text; names sorted.
 *
 * @param index  each row's class, 0 .. names.length - 1
 * @param names  the classes' names in order
 */
record CsvLabels(int[] index, String[] names) {

    /**
     * The labels of {@code raw}; with a decimal comma, a label such as {@code 1,0} is the number
     * 1 (it reads as {@code 1.0}), one class with {@code 1}.
     */
    static CsvLabels of(String[] raw, char decimal) {
        if (decimal == ',') {
            String[] asRead = raw.clone();
            for (int i = 0; i < asRead.length; i++) {
                String dotted = asRead[i].replace(',', '.');
                if (CsvReader.plainNumber(dotted)) {
                    asRead[i] = dotted;
                }
            }
            raw = asRead;
        }
        String[] distinct = new LinkedHashSet<>(Arrays.asList(raw)).toArray(new String[0]);
        Map<String, String> canonical = new HashMap<>();
        boolean numeric = true;
        boolean bool = true;
        for (String s : distinct) {
            numeric &= CsvReader.plainNumber(s) && Double.isFinite(Double.parseDouble(s));
            bool &= s.equals("True") || s.equals("TRUE") || s.equals("true") || s.equals("False")
                    || s.equals("FALSE") || s.equals("false");
        }
        for (String s : distinct) {
            canonical.put(s, numeric ? numberName(Double.parseDouble(s))
                    : bool ? (s.equalsIgnoreCase("true") ? "True" : "False") : s);
        }
        String[] names = new LinkedHashSet<>(canonical.values()).toArray(new String[0]);
        if (numeric) {
            Arrays.sort(names, (a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        } else {
            Arrays.sort(names); // False before True, text alphabetically
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            position.put(names[i], i);
        }
        int[] index = new int[raw.length];
        for (int r = 0; r < raw.length; r++) {
            index[r] = position.get(canonical.get(raw[r]));
        }
        return new CsvLabels(index, names);
    }

    /** A whole number without ".0" (1 and 1.0 are "1"), others in Java's shortest form; -0 is 0. */
    private static String numberName(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
