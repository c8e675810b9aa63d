package org.mlplayground.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Image files (PNG, JPEG, GIF, BMP) as ink for {@link DigitPreprocessor}: grey levels of any
 * size, dark on light (a pen on paper, a phone photo) or light on dark (MNIST, a screen) told
 * apart by the border; the paper's own brightness, which varies across a photo (shadows, a lamp
 * to one side), is estimated around each pixel and taken away, and the rest stretched so that
 * the paper is 0 and the strongest stroke 1.
 */
public final class DigitImages {

    /** Ink below this share of the stroke's strength is taken for paper (shadows, grain). */
    private static final double PAPER = 0.25;
    /** Larger images are shrunk to this side first (a phone photo has millions of pixels). */
    private static final int WORKING_SIDE = 1000;
    /** The paper is estimated over windows of this share of the image's side: wider than a stroke. */
    private static final double PAPER_WINDOW = 0.1;

    /** The longest side of an image read, in pixels; larger ones are refused before they are decoded. */
    public static final int MAX_SIDE = 20_000;
    /** The most pixels an image read may have (a 48-megapixel phone photo fits). */
    public static final long MAX_PIXELS = 50_000_000L;

    /** Larger images are decoded with every n-th pixel so their side is at most this. */
    private static final int DECODE_SIDE = 4 * WORKING_SIDE;

    private DigitImages() {
    }

    /** Reads {@code file} as ink in [0, 1]; a file that is not an image is refused, naming it. */
    public static double[][] read(Path file) throws DataFileException {
        UserFiles.requireReadable(file);
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DataFileException(file + " is not an image this program reads (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                    throw new DataFileException(file + " is " + w + " x " + h + " pixels; the limit is " + MAX_SIDE
                            + " on a side and " + MAX_PIXELS / 1_000_000 + " million pixels (shrink it first)");
                }
                // decode at most DECODE_SIDE on a side: the ink is worked at WORKING_SIDE anyway
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, (Math.max(w, h) + DECODE_SIDE - 1) / DECODE_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (DataFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DataFileException(file + " is not an image this program reads (PNG, JPEG, GIF or BMP): "
                    + CsvText.cut(String.valueOf(e.getMessage())), e);
        }
        return ink(grey(image));
    }

    /** Luminance in [0, 1] (1 = white) per pixel, transparent pixels as white paper. */
    static double[][] grey(BufferedImage image) {
        int h = image.getHeight();
        int w = image.getWidth();
        double[][] out = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int argb = image.getRGB(c, r);
                double alpha = (argb >>> 24) / 255.0;
                double lum = (0.299 * (argb >> 16 & 0xff) + 0.587 * (argb >> 8 & 0xff) + 0.114 * (argb & 0xff)) / 255.0;
                out[r][c] = alpha * lum + (1 - alpha);
            }
        }
        return out;
    }

    /**
     * Grey levels to ink. The border's median tells the paper from the ink (a light border means
     * dark ink). The paper's level around each pixel is the brightest (for dark ink) value within
     * a window wider than a stroke, smoothed; ink is how far a pixel is from it. Then the
     * strongest stroke maps to 1 and faint marks below a quarter of it to 0.
     */
    public static double[][] ink(double[][] grey) {
        int longest = Math.max(grey.length, grey[0].length);
        if (longest > WORKING_SIDE) {
            double scale = (double) WORKING_SIDE / longest;
            grey = DigitPreprocessor.resample(grey, Math.max(1, (int) Math.round(grey.length * scale)),
                    Math.max(1, (int) Math.round(grey[0].length * scale)));
        }
        int h = grey.length;
        int w = grey[0].length;
        boolean darkInk = borderMedian(grey) >= 0.5;
        int radius = Math.max(2, (int) Math.round(PAPER_WINDOW * Math.max(h, w)));
        double[][] paper = boxBlur(extreme(grey, radius, darkInk), radius);
        double[][] ink = new double[h][w];
        double strongest = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double v = darkInk ? paper[r][c] - grey[r][c] : grey[r][c] - paper[r][c];
                ink[r][c] = Math.max(0, v);
                strongest = Math.max(strongest, ink[r][c]);
            }
        }
        if (strongest == 0) {
            return ink;
        }
        for (double[] row : ink) {
            for (int c = 0; c < w; c++) {
                double v = row[c] / strongest;
                row[c] = v < PAPER ? 0 : (v - PAPER) / (1 - PAPER);
            }
        }
        return ink;
    }

    /** The largest (or smallest) value within {@code radius} rows and columns of each pixel: rows, then columns. */
    private static double[][] extreme(double[][] image, int radius, boolean largest) {
        return DigitPreprocessor.separable(image, line -> slidingExtreme(line, radius, largest),
                line -> slidingExtreme(line, radius, largest));
    }

    /** The extreme over [i - radius, i + radius] for each i, in one pass with a queue of candidates. */
    private static double[] slidingExtreme(double[] line, int radius, boolean largest) {
        int n = line.length;
        double[] out = new double[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int j = 0; j < n + radius; j++) {
            if (j < n) {
                // drop candidates that the new value beats: they can never be the extreme again
                while (tail > head && (largest ? line[queue[tail - 1]] <= line[j] : line[queue[tail - 1]] >= line[j])) {
                    tail--;
                }
                queue[tail++] = j;
            }
            int i = j - radius;
            if (i >= 0) {
                while (queue[head] < i - radius) {
                    head++;
                }
                out[i] = line[queue[head]];
            }
        }
        return out;
    }

    /** The mean over a (2 radius + 1)-wide square around each pixel (clipped at the edges): rows, then columns. */
    private static double[][] boxBlur(double[][] image, int radius) {
        return DigitPreprocessor.separable(image, line -> boxLine(line, radius), line -> boxLine(line, radius));
    }

    private static double[] boxLine(double[] line, int radius) {
        int n = line.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + line[i];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - radius);
            int to = Math.min(n, i + radius + 1);
            out[i] = (prefix[to] - prefix[from]) / (to - from);
        }
        return out;
    }

    private static double borderMedian(double[][] grey) {
        int h = grey.length;
        int w = grey[0].length;
        java.util.List<Double> border = new java.util.ArrayList<>();
        for (int c = 0; c < w; c++) {
            border.add(grey[0][c]);
            border.add(grey[h - 1][c]);
        }
        for (int r = 1; r < h - 1; r++) {
            border.add(grey[r][0]);
            border.add(grey[r][w - 1]);
        }
        java.util.Collections.sort(border);
        return border.get(border.size() / 2);
    }
}
