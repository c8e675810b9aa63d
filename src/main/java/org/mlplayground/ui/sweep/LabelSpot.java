package org.mlplayground.ui.sweep;

/**
 * Where a chart puts a label beside a marked point so that it stays inside the plot and off the
 * curves: the first of eight places around the point (below right, above right, below left, above
 * left, then twice as far) whose box no curve segment crosses; if every place is crossed, the one
 * crossed by the fewest segments. Pure geometry, in pixels (y grows downwards).
 */
final class LabelSpot {

    /** Gap between the point and the label's box, px. */
    static final double GAP = 10;

    private LabelSpot() {
    }

    /**
     * The top-left corner {x, y} of a {@code w x h} label near point (px, py).
     *
     * @param curves polylines, each {xs, ys} of equal length
     * @param plot   the plot's box {left, top, right, bottom}
     */
    static double[] place(double px, double py, double w, double h, double[][][] curves, double[] plot) {
        double[][] candidates = {
            {px + GAP, py + GAP}, {px + GAP, py - GAP - h}, {px - GAP - w, py + GAP}, {px - GAP - w, py - GAP - h},
            {px + GAP, py + 3 * GAP}, {px + GAP, py - 3 * GAP - h}, {px - GAP - w, py + 3 * GAP}, {px - GAP - w, py - 3 * GAP - h},
        };
        double[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (double[] c : candidates) {
            double x = Math.max(plot[0], Math.min(plot[2] - w, c[0]));
            double y = Math.max(plot[1], Math.min(plot[3] - h, c[1]));
            int crossings = crossings(x, y, w, h, curves);
            if (crossings < fewest) {
                fewest = crossings;
                best = new double[] {x, y};
                if (crossings == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /** How many curve segments pass through the box (x, y, w, h). */
    static int crossings(double x, double y, double w, double h, double[][][] curves) {
        int n = 0;
        for (double[][] curve : curves) {
            double[] xs = curve[0];
            double[] ys = curve[1];
            for (int i = 0; i + 1 < xs.length; i++) {
                if (segmentHitsBox(xs[i], ys[i], xs[i + 1], ys[i + 1], x, y, x + w, y + h)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether segment (x0,y0)-(x1,y1) meets the box [left, right] x [top, bottom] (Liang-Barsky clipping). */
    static boolean segmentHitsBox(double x0, double y0, double x1, double y1, double left, double top, double right,
                                  double bottom) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - left, right - x0, y0 - top, bottom - y0};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 <= t1;
    }
}
