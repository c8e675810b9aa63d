package org.mlplayground.data;

/**
 * Robustness probes: the drawn ink moved, turned, scaled or its strokes made thicker or thinner,
 * before the preprocessing, so a student can watch which changes the network shrugs off (shifts
 * and scale, which the preprocessing undoes) and which it does not (rotation, stroke width
 * without its normalisation). Each returns a new image of the same size as {@code ink}
 * ({@code double[rows][cols]} in [0, 1]); ink moved off the image is lost.
 */
public final class DigitProbes {

    private DigitProbes() {
    }

    /**
     * {@code ink} scaled by {@code scale} and turned by {@code degrees} (clockwise on screen) about
     * its centre of mass, then shifted {@code right} columns and {@code down} rows; bilinear.
     *
     * @param scale factor, &gt; 0 (1 = unchanged)
     * @throws IllegalArgumentException if {@code scale} is not positive and finite
     */
    public static double[][] transform(double[][] ink, double right, double down, double degrees, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("The probe's scale must be a positive number, got " + scale);
        }
        int h = ink.length;
        int w = ink[0].length;
        double[] centre = centreOfMass(ink);
        double cy = centre[0];
        double cx = centre[1];
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[][] out = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                // where this output pixel comes from: undo the shift, the turn, then the scale
                double y = r - down - cy;
                double x = c - right - cx;
                double sy = (-sin * x + cos * y) / scale + cy;
                double sx = (cos * x + sin * y) / scale + cx;
                out[r][c] = bilinear(ink, sy, sx);
            }
        }
        return out;
    }

    /**
     * {@code ink} with every stroke grown ({@code pixels} &gt; 0) or worn away ({@code pixels} &lt; 0)
     * by that many pixels on each side; 0 returns a copy.
     */
    public static double[][] strokes(double[][] ink, double pixels) {
        if (pixels < 0) {
            return StrokeWidth.thin(ink, -pixels);
        }
        return StrokeWidth.thicken(ink, pixels, 0);
    }

    /** The stroke width in pixels the preprocessing estimates for {@code ink} (0 without ink). */
    public static double strokeWidth(double[][] ink) {
        return StrokeWidth.estimate(ink);
    }

    private static double[] centreOfMass(double[][] ink) {
        double total = 0;
        double rows = 0;
        double cols = 0;
        for (int r = 0; r < ink.length; r++) {
            for (int c = 0; c < ink[r].length; c++) {
                total += ink[r][c];
                rows += r * ink[r][c];
                cols += c * ink[r][c];
            }
        }
        return total == 0 ? new double[] {(ink.length - 1) / 2.0, (ink[0].length - 1) / 2.0}
                : new double[] {rows / total, cols / total};
    }

    private static double bilinear(double[][] ink, double y, double x) {
        int r0 = (int) Math.floor(y);
        int c0 = (int) Math.floor(x);
        double fy = y - r0;
        double fx = x - c0;
        return (1 - fy) * ((1 - fx) * at(ink, r0, c0) + fx * at(ink, r0, c0 + 1))
                + fy * ((1 - fx) * at(ink, r0 + 1, c0) + fx * at(ink, r0 + 1, c0 + 1));
    }

    private static double at(double[][] ink, int r, int c) {
        return r < 0 || r >= ink.length || c < 0 || c >= ink[0].length ? 0 : ink[r][c];
    }
}
