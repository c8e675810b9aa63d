package org.mlplayground.io;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.mlplayground.data.CsvReader;
import org.mlplayground.data.CsvTable;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.Dataset2D;

/**
 * The files the window reads and writes besides models: tables of points, state texts, pictures
 * and drawn digits. Everything here blocks, so the window calls it off the FX thread; writes are
 * atomic (a temporary file renamed over the old one).
 */
public final class PlaygroundFiles {

    /** The largest state text read, in bytes (a state with a table of 10,000 points is about 250 KB). */
    public static final long MAX_STATE_BYTES = 16L << 20;

    private PlaygroundFiles() {
    }

    /**
     * A table of points in the plane: two numeric feature columns and a class label, with at
     * least two classes.
     *
     * @throws DataFileException with one sentence naming the file (and line) when it is not such a table
     */
    public static PointTable readPoints(Path file) throws DataFileException {
        CsvTable table = CsvReader.read(file, null, true);
        if (table.featureNames().length != 2) {
            throw new DataFileException(file + " has " + table.featureNames().length
                    + " feature columns; the playground plots tables of two (x1, x2) and a class label");
        }
        if (table.classNames().length < 2) {
            throw new DataFileException(file + " has a single class; classification needs two or more");
        }
        double[][] pts = new double[table.rows()][];
        for (int r = 0; r < pts.length; r++) {
            pts[r] = new double[] {table.features().get(r, 0), table.features().get(r, 1)};
        }
        return new PointTable(file.getFileName().toString(), new Dataset2D(pts, table.labels()),
                List.of(table.featureNames()), List.of(table.classNames()));
    }

    /**
     * A points table read from a file.
     *
     * @param name     the file's name
     * @param points   the points (n x 2) and their classes 0..k-1
     * @param features the two column names
     * @param classes  the class names, in class order
     */
    public record PointTable(String name, Dataset2D points, List<String> features, List<String> classes) {
    }

    /**
     * A text file such as a saved state, at most {@link #MAX_STATE_BYTES}.
     *
     * @throws DataFileException when it is missing, not a file, unreadable or too large
     */
    public static String readText(Path file) throws DataFileException {
        if (!Files.exists(file)) {
            throw new DataFileException(file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file + " is not a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_STATE_BYTES) {
                throw new DataFileException(file + " has " + size + " bytes; a state text has at most " + MAX_STATE_BYTES);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DataFileException(file + " is not a text file (its bytes are not UTF-8 text): not a playground state");
        } catch (IOException e) {
            throw new DataFileException(file + " cannot be read: " + e.getMessage());
        }
    }

    /** Writes {@code text} as UTF-8, atomically. */
    public static void writeText(Path file, String text) throws IOException {
        ModelFile.writeAtomically(file, text);
    }

    /** Writes {@code image} as a PNG file, atomically. */
    public static void writePng(Path file, RenderedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer is available");
        }
        ModelFile.writeAtomically(file, bytes.toByteArray());
    }
}
