package org.mlplayground.data;

import java.util.List;
import java.util.Locale;

/**
 * MNIST's preprocessing for a digit drawn on a pad or photographed: crop to the ink, bring thin
 * strokes to MNIST's width, fit it into a 20 x 20 box keeping its aspect (grey levels by area
 * averaging, as MNIST's anti-aliasing), place the box in a 28 x 28 image, then shift by whole
 * pixels so that the centre of mass lies where MNIST's lies (row 14, column 14, measured on the
 * bundled training set). Images are {@code double[rows][cols]} of ink in [0, 1] (0 = paper).
 *
 * <p>Before the crop, specks much smaller than the largest piece of ink are dropped; ink that is
 * still no digit (nothing, a dot, a few scattered specks, something tiny) gives a {@link NoDigit}
 * answer instead of an input for the network.
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
    /** Pieces of ink with less than this share of the largest piece's ink are specks, dropped before the crop. */
    static final double SPECK_SHARE = 0.05;
    /** A digit's longer side is at least this share of the image's longer side. */
    static final double MIN_EXTENT = 0.04;
    /** A digit's longer side is at least this many stroke widths (a dot or a blob is not a digit). */
    static final double MIN_ELONGATION = 2.0;
    /** A digit has at least this share of the ink of one stroke across its longer side. */
    static final double MIN_STROKE_INK = 0.5;

    private DigitPreprocessor() {
    }

    /** Why an image holds no digit; each has a sentence to show instead of probabilities. */
    public enum NoDigit {
        /** No ink at all. */
        BLANK("No digit found: the image is blank."),
        /** Ink, but too small against the image to be a written digit. */
        TOO_SMALL("No digit found: the ink is too small to be a digit."),
        /** A dot or a blob: hardly longer than it is thick. */
        DOT("No digit found: the ink is a dot or a blob, not strokes."),
        /** Scattered specks: far too little ink for the space it spans. */
        SCATTERED("No digit found: only scattered specks, not strokes.");

        private final String message;

        NoDigit(String message) {
            this.message = message;
        }

        /** The sentence to show, e.g. "No digit found: the image is blank.". */
        public String message() {
            return message;
        }
    }

    /**
     * One stage of the preprocessing as the Digits tab shows it.
     *
     * @param name    a short name ("crop", "stroke width", "fit 20x20", "place 28x28", "centre of mass")
     * @param detail  one sentence on what it did here, or why it was skipped
     * @param image   the image after this step (after the previous one when skipped; may be 0 x 0)
     * @param skipped whether this step was skipped (fitting and centring off, or no digit)
     */
    public record Step(String name, String detail, double[][] image, boolean skipped) {
    }

    /**
     * Each stage of the preprocessing, for showing step by step.
     *
     * @param cropped     the ink's bounding box after dropping specks (0 x 0 for a blank image;
     *                    the whole image without fitting)
     * @param thickened   the crop with its strokes brought to MNIST's width (the crop itself when
     *                    they were wide enough)
     * @param fitted      the thickened crop fitted into 20 x 20 at most, aspect kept (0 x 0 without a digit)
     * @param placed      the fitted crop in the middle of 28 x 28
     * @param result      the 28 x 28 image the network sees (all 0 without a digit)
     * @param fit         whether cropping, fitting and centring were done
     * @param strokeWidth the strokes' estimated width in pixels of the input (0 without ink)
     * @param thickenedBy pixels added on each side of every stroke (0 when none)
     * @param specks      pieces of ink dropped as specks
     * @param noDigit     why there is no digit, or null when there is one
     */
    public record Steps(double[][] cropped, double[][] thickened, double[][] fitted, double[][] placed, double[][] result,
                        boolean fit, double strokeWidth, int thickenedBy, int specks, NoDigit noDigit) {

        /** The result as the network's input row: 784 values in [0, 1], row after row. */
        public double[] input() {
            double[] x = new double[SIDE * SIDE];
            for (int r = 0; r < SIDE; r++) {
                System.arraycopy(result[r], 0, x, r * SIDE, SIDE);
            }
            return x;
        }

        /** Whether there is no digit to classify (blank, or ink that is no digit): see {@link #noDigit}. */
        public boolean isBlank() {
            return noDigit != null;
        }

        /** Whether there is a digit for the network. */
        public boolean hasDigit() {
            return noDigit == null;
        }

        /** The five steps in order, named, each with its image and whether it was skipped. */
        public List<Step> list() {
            boolean none = noDigit != null;
            String why = none ? "skipped: " + noDigit.message().toLowerCase(Locale.ROOT) : "";
            String unfit = "skipped: fitting and centring are off";
            String crop = !fit ? unfit + " (the whole image is used)"
                    : cropped.length == 0 ? "no ink to crop"
                    : "cropped to the ink, " + cropped[0].length + " x " + cropped.length + " px"
                    + (specks > 0 ? ", " + specks + " speck" + (specks == 1 ? "" : "s") + " dropped" : "");
            String stroke = thickenedBy > 0 ? String.format(Locale.ROOT, "strokes %.1f px wide: thickened by %d px on each side "
                    + "to MNIST's width", strokeWidth, thickenedBy)
                    : String.format(Locale.ROOT, "strokes %.1f px wide: as thick as MNIST's, unchanged", strokeWidth);
            return List.of(
                    new Step("crop", crop, cropped, !fit || cropped.length == 0),
                    new Step("stroke width", none ? (cropped.length == 0 ? "skipped: no ink" : why) : stroke, thickened, none),
                    new Step("fit 20x20", none ? why : fit ? "fitted into 20 x 20, aspect kept: " + fitted[0].length + " x "
                            + fitted.length : unfit + " (the whole image is shrunk to 28 x 28)", fitted, none || !fit),
                    new Step("place 28x28", none ? why : fit ? "placed in the middle of 28 x 28" : unfit, placed, none || !fit),
                    new Step("centre of mass", none ? why : fit ? "shifted so that the centre of mass is at (14, 14)" : unfit,
                            result, none || !fit));
        }
    }

    /** Runs the preprocessing on {@code ink}; {@code fit = false} only shrinks the whole image. */
    public static Steps process(double[][] ink, boolean fit) {
        int rows = ink.length;
        int cols = rows == 0 ? 0 : ink[0].length;
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException("A digit image needs at least one pixel, got " + rows + " x " + cols);
        }
        int[] specks = new int[1];
        double[][] clean = dropSpecks(ink, specks);
        int[] box = inkBounds(clean);
        double[][] empty = new double[SIDE][SIDE];
        double[][] none = new double[0][0];
        if (box == null) {
            return new Steps(none, none, none, empty, empty, fit, 0, 0, 0, NoDigit.BLANK);
        }
        double[][] cropped = crop(clean, box[0], box[1], box[2], box[3]);
        int extent = Math.max(cropped.length, cropped[0].length);
        double width = StrokeWidth.estimate(cropped);
        NoDigit verdict = verdict(cropped, extent, width, Math.max(rows, cols));
        double target = StrokeWidth.MNIST_SHARE * extent;
        int grow = width < StrokeWidth.THICKEN_BELOW * target ? (int) Math.round((target - width) / 2) : 0;
        if (verdict != null) {
            return new Steps(fit ? cropped : clean, fit ? cropped : clean, none, empty, empty, fit, width, 0, specks[0], verdict);
        }
        if (!fit) {
            double[][] thick = StrokeWidth.thicken(clean, grow, 0);
            double[][] shrunk = resample(thick, SIDE, SIDE);
            return new Steps(clean, thick, shrunk, shrunk, shrunk, false, width, grow, specks[0], null);
        }
        double[][] thickened = StrokeWidth.thicken(cropped, grow, grow);
        // the longer side becomes 20 pixels, the shorter keeps the aspect (at least one pixel)
        int h = thickened.length;
        int w = thickened[0].length;
        double scale = (double) BOX / Math.max(h, w);
        int fh = Math.max(1, (int) Math.round(h * scale));
        int fw = Math.max(1, (int) Math.round(w * scale));
        double[][] fitted = resample(thickened, fh, fw);
        double[][] placed = new double[SIDE][SIDE];
        int top = (SIDE - fh) / 2;
        int left = (SIDE - fw) / 2;
        for (int r = 0; r < fh; r++) {
            System.arraycopy(fitted[r], 0, placed[top + r], left, fw);
        }
        double[] mass = centreOfMass(placed);
        int down = (int) Math.round(CENTRE - mass[0]);
        int right = (int) Math.round(CENTRE - mass[1]);
        return new Steps(cropped, thickened, fitted, placed, shift(placed, down, right), true, width, grow, specks[0], null);
    }

    /** Null when the cropped ink can be a digit, else why not. */
    private static NoDigit verdict(double[][] cropped, int extent, double width, int imageSide) {
        if (extent < MIN_EXTENT * imageSide) {
            return NoDigit.TOO_SMALL;
        }
        if (extent < MIN_ELONGATION * width) {
            return NoDigit.DOT;
        }
        double mass = 0;
        for (double[] row : cropped) {
            for (double v : row) {
                mass += v;
            }
        }
        return mass < MIN_STROKE_INK * extent * Math.max(1, width) ? NoDigit.SCATTERED : null;
    }

    /** {@code ink} without the pieces that hold less than {@link #SPECK_SHARE} of the largest one's ink. */
    static double[][] dropSpecks(double[][] ink, int[] dropped) {
        int h = ink.length;
        int w = ink[0].length;
        boolean[][] mask = new boolean[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                mask[r][c] = ink[r][c] > CROP_THRESHOLD;
            }
        }
        int[] count = new int[1];
        int[][] label = InkFilters.pieces(mask, count);
        double[] mass = new double[count[0] + 1];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                mass[label[r][c]] += ink[r][c];
            }
        }
        double largest = 0;
        for (int k = 1; k < mass.length; k++) {
            largest = Math.max(largest, mass[k]);
        }
        boolean[] drop = new boolean[mass.length];
        for (int k = 1; k < mass.length; k++) {
            drop[k] = mass[k] < SPECK_SHARE * largest;
            dropped[0] += drop[k] ? 1 : 0;
        }
        if (dropped[0] == 0) {
            return ink;
        }
        double[][] out = new double[h][];
        for (int r = 0; r < h; r++) {
            out[r] = ink[r].clone();
            for (int c = 0; c < w; c++) {
                if (drop[label[r][c]]) {
                    out[r][c] = 0;
                }
            }
        }
        return out;
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
        return InkFilters.separable(image, line -> resampleLine(line, cols), line -> resampleLine(line, rows));
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
