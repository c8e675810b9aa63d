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
    }

    private DrawnDigits() {
    }

    /** Writes the digits atomically. */
    public static void save(Path file, List<Digit> digits) throws IOException {
        StringBuilder s = new StringBuilder("# MLP Playground: digits drawn on the pad; label, then 784 grey levels 0-255 (28x28)\n");
        for (Digit d : digits) {
            s.append(d.label());
            for (double v : d.pixels()) {
                s.append(',').append(Math.round(Math.max(0, Math.min(1, v)) * 255));
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
