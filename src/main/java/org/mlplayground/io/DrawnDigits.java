package org.mlplayground.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlplayground.data.DataFileException;

/**
 * The personal test set: digits drawn on the pad with the label their author gave them, as the
 * network saw them (28 x 28 after preprocessing). One line per digit: the label, then 784 grey
 * levels 0-255 row after row; lines starting with # are comments.
 */
public final class DrawnDigits {

    private static final int PIXELS = 784;
    /** The largest file read: 64 MiB, some 20,000 digits. */
    public static final long MAX_BYTES = 64L << 20;

    /** One drawn digit: 784 values in [0, 1] and its label 0-9. */
    public record Digit(double[] pixels, int label) {

        public Digit {
            if (pixels.length != PIXELS) {
                throw new IllegalArgumentException("A drawn digit has 784 pixels, got " + pixels.length);
            }
            if (label < 0 || label > 9) {
                throw new IllegalArgumentException("A digit's label is 0-9, got " + label);
            }
            pixels = pixels.clone();
        }

        /** The 784 values in [0, 1] (a copy). */
        @Override
        public double[] pixels() {
            return pixels.clone();
        }

        /** Whether {@code other} is the same drawing as saved: equal grey levels 0-255 everywhere (labels aside). */
        public boolean sameDrawing(Digit other) {
            for (int i = 0; i < PIXELS; i++) {
                if (level(pixels[i]) != level(other.pixels[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A value in [0, 1] as the file's grey level 0-255. */
    private static long level(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /** The index of the first digit in {@code digits} that is the same drawing as {@code digit}, or -1. */
    public static int indexOfCopy(List<Digit> digits, Digit digit) {
        for (int i = 0; i < digits.size(); i++) {
            if (digits.get(i).sameDrawing(digit)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code digits} with {@code digit} added at the end, written to {@code file} atomically first.
     *
     * @return the new list (unmodifiable); {@code digits} is left as it was
     * @throws IllegalArgumentException one sentence when the same drawing is already kept (the file is not touched)
     * @throws IOException              when the file cannot be written (nothing changed)
     */
    public static List<Digit> add(Path file, List<Digit> digits, Digit digit) throws IOException {
        int copy = indexOfCopy(digits, digit);
        if (copy >= 0) {
            throw new IllegalArgumentException("This drawing is already kept (number " + (copy + 1) + ", as a "
                    + digits.get(copy).label() + ").");
        }
        List<Digit> out = new ArrayList<>(digits);
        out.add(digit);
        return saved(file, out);
    }

    /**
     * {@code digits} with the one at {@code index} (0-based) given {@code label}, written atomically first.
     *
     * @throws IllegalArgumentException one sentence when the index or the label is out of range
     * @throws IOException              when the file cannot be written (nothing changed)
     */
    public static List<Digit> relabel(Path file, List<Digit> digits, int index, int label) throws IOException {
        check(digits, index);
        List<Digit> out = new ArrayList<>(digits);
        out.set(index, new Digit(digits.get(index).pixels, label));
        return saved(file, out);
    }

    /**
     * {@code digits} without the one at {@code index} (0-based), written atomically first.
     *
     * @throws IllegalArgumentException one sentence when the index is out of range
     * @throws IOException              when the file cannot be written (nothing changed)
     */
    public static List<Digit> delete(Path file, List<Digit> digits, int index) throws IOException {
        check(digits, index);
        List<Digit> out = new ArrayList<>(digits);
        out.remove(index);
        return saved(file, out);
    }

    private static void check(List<Digit> digits, int index) {
        if (index < 0 || index >= digits.size()) {
            throw new IllegalArgumentException("There is no kept drawing number " + (index + 1) + " (there are "
                    + digits.size() + ").");
        }
    }

    private static List<Digit> saved(Path file, List<Digit> digits) throws IOException {
        save(file, digits);
        return java.util.Collections.unmodifiableList(digits);
    }

    private DrawnDigits() {
    }

    /** Writes the digits atomically (a temporary file renamed over {@code file}). */
    public static void save(Path file, List<Digit> digits) throws IOException {
        StringBuilder s = new StringBuilder("# MLP Playground: digits drawn on the pad; label, then 784 grey levels 0-255 (28x28)\n");
        for (Digit d : digits) {
            s.append(d.label());
            for (double v : d.pixels()) {
                s.append(',').append(level(v));
            }
            s.append('\n');
        }
        ModelFile.writeAtomically(file, s.toString());
    }

    /** Reads digits saved by {@link #save}; a bad line is refused with its number. */
    public static List<Digit> load(Path file) throws DataFileException {
        return parse(new String(org.mlplayground.data.UserFiles.readAll(file, MAX_BYTES), StandardCharsets.UTF_8),
                file.toString());
    }

    /** Parses the text of a digits file; {@code source} names it in messages. */
    public static List<Digit> parse(String text, String source) throws DataFileException {
        List<String> lines = text.lines().toList();
        List<Digit> digits = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",", PIXELS + 2);
            if (parts.length != PIXELS + 1) {
                throw new DataFileException(source + " line " + (n + 1) + ": expected a label and 784 grey levels, got "
                        + (parts.length > PIXELS + 1 ? "more" : Integer.toString(parts.length)) + " values");
            }
            double[] pixels = new double[PIXELS];
            for (int i = 0; i < PIXELS; i++) {
                int v = whole(parts[i + 1], source, n + 1);
                if (v < 0 || v > 255) {
                    throw new DataFileException(source + " line " + (n + 1) + ": grey level " + v + " is outside 0-255");
                }
                pixels[i] = v / 255.0;
            }
            int label = whole(parts[0], source, n + 1);
            if (label < 0 || label > 9) {
                throw new DataFileException(source + " line " + (n + 1) + ": A digit's label is 0-9, got " + label);
            }
            digits.add(new Digit(pixels, label));
        }
        return digits;
    }

    private static int whole(String text, String source, int line) throws DataFileException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new DataFileException(source + " line " + line + ": '" + org.mlplayground.data.CsvText.cut(text.trim())
                    + "' is not a whole number");
        }
    }
}
