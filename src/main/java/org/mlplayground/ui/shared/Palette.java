package org.mlplayground.ui.shared;

import javafx.scene.paint.Color;

/**
 * Colours for the plane: Okabe and Ito's colour-blind-safe set for classes, and a diverging
 * blue-white-orange scale for a probability or a value (blue low, white in the middle, orange
 * high), as packed ARGB ints for a {@code PixelWriter}.
 */
public final class Palette {

    /** Class colours: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    public static final Color[] CLASSES = {
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#D55E00"),
        Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000")};

    private Palette() {
    }

    /** The colour of class {@code k}. */
    public static Color classColor(int k) {
        return CLASSES[k % CLASSES.length];
    }

    /** The heatmap's two ends: the class colours lightened, so the points drawn on top stand out. */
    public static final Color LOW = CLASSES[0].interpolate(Color.WHITE, 0.3);
    public static final Color HIGH = CLASSES[1].interpolate(Color.WHITE, 0.3);

    /** The diverging scale in 1,024 steps, so that painting a heatmap is one table look-up a pixel. */
    private static final int[] DIVERGING = new int[1024];

    static {
        for (int i = 0; i < DIVERGING.length; i++) {
            double u = i / (DIVERGING.length - 1.0);
            Color c = u < 0.5 ? LOW.interpolate(Color.WHITE, u / 0.5) : Color.WHITE.interpolate(HIGH, (u - 0.5) / 0.5);
            DIVERGING[i] = argb(c, 1.0);
        }
    }

    /** t in [0, 1]: light blue (class 0) through white (0.5) to light orange (class 1); NaN is white. */
    public static int diverging(double t) {
        if (Double.isNaN(t)) {
            return DIVERGING[DIVERGING.length / 2];
        }
        double u = Math.max(0, Math.min(1, t));
        return DIVERGING[(int) Math.round(u * (DIVERGING.length - 1))];
    }

    /** The full-strength diverging colour of t in [0, 1], for points drawn over the heatmap. */
    public static Color divergingColor(double t) {
        double u = Math.max(0, Math.min(1, t));
        return u < 0.5 ? CLASSES[0].interpolate(Color.WHITE, u / 0.5) : Color.WHITE.interpolate(CLASSES[1], (u - 0.5) / 0.5);
    }

    /** Class k's colour, paler the less confident: confidence 1/k (a guess) is white, 1 is the full colour. */
    public static int confident(int k, double confidence, int classes) {
        double floor = 1.0 / classes;
        double strength = Math.max(0, Math.min(1, (confidence - floor) / (1 - floor)));
        return argb(Color.WHITE.interpolate(classColor(k), 0.1 + 0.6 * strength), 1.0);
    }

    /** A colour with the given opacity, packed as ARGB. */
    public static int argb(Color c, double opacity) {
        int a = (int) Math.round(255 * opacity);
        int r = (int) Math.round(255 * c.getRed());
        int g = (int) Math.round(255 * c.getGreen());
        int b = (int) Math.round(255 * c.getBlue());
        return a << 24 | r << 16 | g << 8 | b;
    }
}
