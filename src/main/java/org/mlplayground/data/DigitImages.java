package org.mlplayground.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Image files (PNG, JPEG, GIF, BMP) as ink for {@link DigitPreprocessor}: grey levels of any
 * size, dark on light (a pen on paper, a phone photo) or light on dark (MNIST, a screen) told
 * apart by the border, and stretched so the paper is 0 and the darkest stroke 1.
 */
public final class DigitImages {

    /** Ink below this share of the stroke's strength is taken for paper (shadows, grain). */
    private static final double PAPER = 0.25;

    private DigitImages() {
    }

    /** Reads {@code file} as ink in [0, 1]; a file that is not an image is refused, naming it. */
    public static double[][] read(Path file) throws DataFileException {
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file + " does not exist or is not a file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new DataFileException(file + " is not an image this program reads (PNG, JPEG, GIF or BMP)");
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
     * Grey levels to ink: the border's median is the paper, so a light border means dark ink;
     * then the paper level maps to 0, the strongest stroke to 1, and faint marks below a quarter
     * of the stroke to 0.
     */
    public static double[][] ink(double[][] grey) {
        int h = grey.length;
        int w = grey[0].length;
        double paper = borderMedian(grey);
        boolean darkInk = paper >= 0.5;
        double[][] ink = new double[h][w];
        double strongest = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double v = darkInk ? paper - grey[r][c] : grey[r][c] - paper;
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
