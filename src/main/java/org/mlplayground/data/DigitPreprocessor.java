package org.mlplayground.data;

/**
 * MNIST's preprocessing for a digit drawn on a pad or photographed: crop to the ink, fit it into a
 * 20 x 20 box keeping its aspect (grey levels by area averaging, as MNIST's anti-aliasing),
 * place the box in a 28 x 28 image, then shift by whole pixels so that the centre of mass lies
 * where MNIST's lies (row 14, column 14, measured on the bundled training set). Images are
 * {@code double[rows][cols]} of ink in [0, 1] (0 = paper).
 *
 * <p>Without fitting and centring ({@code fit = false}) the whole image is only shrunk to
 * 28 x 28, as naive code would: the lesson is how much worse a network does on that.
 */
public final class DigitPreprocessor {

    /** MNIST's side. */
    public static final int SIDE = 28;
    /** The box the ink is fitted into. */
    public static final int BOX = 20;
    /** Ink below this does not count towards the crop (stray specks of a photo). */
    private static final double CROP_THRESHOLD = 0.1;
    /** Where MNIST's centres of mass lie (row, column): 13.99 and 14.00 on the first 5,000 training digits. */
    private static final double CENTRE = 14.0;

    private DigitPreprocessor() {
    }

    /**
     * Each stage of the preprocessing, for showing step by step.
     *
     * @param cropped the ink's bounding box (empty for a blank image)
     * @param fitted  the crop fitted into 20 x 20 at most, aspect kept
     * @param placed  the fitted crop in the middle of 28 x 28
     * @param result  the 28 x 28 image the network sees
     */
    public record Steps(double[][] cropped, double[][] fitted, double[][] placed, double[][] result) {

        /** The result as the network's input row: 784 values in [0, 1], row after row. */
        public double[] input() {
            double[] x = new double[SIDE * SIDE];
            for (int r = 0; r < SIDE; r++) {
                System.arraycopy(result[r], 0, x, r * SIDE, SIDE);
            }
            return x;
        }

        /** Whether there was any ink at all. */
        public boolean isBlank() {
            return cropped.length == 0;
        }
    }

    /** Runs the preprocessing on {@code ink}; {@code fit = false} only shrinks the whole image. */
    public static Steps process(double[][] ink, boolean fit) {
        int rows = ink.length;
        int cols = rows == 0 ? 0 : ink[0].length;
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException("A digit image needs at least one pixel, got " + rows + " x " + cols);
        }
        int[] box = inkBounds(ink);
        if (box == null) {
            double[][] empty = new double[SIDE][SIDE];
            return new Steps(new double[0][0], new double[0][0], empty, empty);
        }
        double[][] cropped = crop(ink, box[0], box[1], box[2], box[3]);
        if (!fit) {
            double[][] shrunk = resample(ink, SIDE, SIDE);
            return new Steps(cropped, shrunk, shrunk, shrunk);
        }
        // the longer side becomes 20 pixels, the shorter keeps the aspect (at least one pixel)
        int h = cropped.length;
        int w = cropped[0].length;
        double scale = (double) BOX / Math.max(h, w);
        int fh = Math.max(1, (int) Math.round(h * scale));
        int fw = Math.max(1, (int) Math.round(w * scale));
        double[][] fitted = resample(cropped, fh, fw);
        double[][] placed = new double[SIDE][SIDE];
        int top = (SIDE - fh) / 2;
        int left = (SIDE - fw) / 2;
        for (int r = 0; r < fh; r++) {
            System.arraycopy(fitted[r], 0, placed[top + r], left, fw);
        }
        double[] mass = centreOfMass(placed);
        int down = (int) Math.round(CENTRE - mass[0]);
        int right = (int) Math.round(CENTRE - mass[1]);
        return new Steps(cropped, fitted, placed, shift(placed, down, right));
    }

    /** The rows and columns holding ink, as {top, left, bottom (exclusive), right (exclusive)}, or null. */
    static int[] inkBounds(double[][] ink) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (int r = 0; r < ink.length; r++) {
            for (int c = 0; c < ink[r].length; c++) {
                if (ink[r][c] > CROP_THRESHOLD) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        return bottom < 0 ? null : new int[] {top, left, bottom + 1, right + 1};
    }

    private static double[][] crop(double[][] ink, int top, int left, int bottom, int right) {
        double[][] out = new double[bottom - top][];
        for (int r = top; r < bottom; r++) {
            out[r - top] = java.util.Arrays.copyOfRange(ink[r], left, right);
        }
        return out;
    }

    /**
     * Resamples to {@code rows} x {@code cols} by area averaging: each new pixel is the mean of the
     * old image over the rectangle it covers, counting partly covered pixels by their share. It
     * anti-aliases when shrinking and spreads pixels evenly when enlarging. Separable: columns, then rows.
     */
    public static double[][] resample(double[][] image, int rows, int cols) {
        return separable(image, line -> resampleLine(line, cols), line -> resampleLine(line, rows));
    }

    /**
     * An image filtered one line at a time: each row through {@code alongRows}, then each column
     * of the result through {@code alongColumns} (either may change the line's length).
     */
    static double[][] separable(double[][] image, java.util.function.UnaryOperator<double[]> alongRows,
                                java.util.function.UnaryOperator<double[]> alongColumns) {
        int h = image.length;
        double[][] wide = new double[h][];
        for (int r = 0; r < h; r++) {
            wide[r] = alongRows.apply(image[r]);
        }
        int w = wide[0].length;
        double[][] out = null;
        double[] column = new double[h];
        for (int c = 0; c < w; c++) {
            for (int r = 0; r < h; r++) {
                column[r] = wide[r][c];
            }
            double[] done = alongColumns.apply(column);
            if (out == null) {
                out = new double[done.length][w];
            }
            for (int r = 0; r < done.length; r++) {
                out[r][c] = done[r];
            }
        }
        return out;
    }

    /** One line of {@code n} values resampled to {@code m} by area averaging. */
    private static double[] resampleLine(double[] line, int m) {
        int n = line.length;
        double[] out = new double[m];
        double step = (double) n / m; // old pixels per new pixel
        for (int j = 0; j < m; j++) {
            double from = j * step;
            double to = from + step;
            double sum = 0;
            for (int i = (int) Math.floor(from); i < Math.min(n, (int) Math.ceil(to)); i++) {
                double overlap = Math.min(to, i + 1) - Math.max(from, i);
                sum += overlap * line[i];
            }
            out[j] = sum / step;
        }
        return out;
    }

    /** The ink's centre of mass as (row, column), pixel i at coordinate i. */
    public static double[] centreOfMass(double[][] image) {
        double total = 0;
        double rows = 0;
        double cols = 0;
        for (int r = 0; r < image.length; r++) {
            for (int c = 0; c < image[r].length; c++) {
                total += image[r][c];
                rows += r * image[r][c];
                cols += c * image[r][c];
            }
        }
        return total == 0 ? new double[] {CENTRE, CENTRE} : new double[] {rows / total, cols / total};
    }

    /** The image moved {@code down} rows and {@code right} columns; what leaves the frame is lost. */
    private static double[][] shift(double[][] image, int down, int right) {
        int h = image.length;
        int w = image[0].length;
        double[][] out = new double[h][w];
        for (int r = 0; r < h; r++) {
            int from = r - down;
            if (from < 0 || from >= h) {
                continue;
            }
            for (int c = 0; c < w; c++) {
                int fc = c - right;
                if (fc >= 0 && fc < w) {
                    out[r][c] = image[from][fc];
                }
            }
        }
        return out;
    }
}
