package org.mlplayground.ui.sweep;

/**
 * The horizontal axis of the alpha charts: log10(alpha), with alpha = 0 drawn one decade left of
 * the smallest positive alpha (labelled "0"), so that the lecture's list 0, 1e-6 .. 1e-1 spreads evenly.
 */
final class AlphaAxis {

    private final double low;
    private final double high;
    private final double zeroAt;

    AlphaAxis(double[] alphas) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double a : alphas) {
            if (a > 0) {
                min = Math.min(min, Math.log10(a));
                max = Math.max(max, Math.log10(a));
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 0;
            max = 0;
        }
        zeroAt = min - 1;
        boolean hasZero = java.util.Arrays.stream(alphas).anyMatch(a -> a == 0);
        double lo = hasZero ? zeroAt : min;
        double hi = max;
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        low = lo - 0.3;
        high = hi + 0.3;
    }

    /** Position of {@code alpha} from 0 (left end) to 1 (right end). */
    double unit(double alpha) {
        double v = alpha > 0 ? Math.log10(alpha) : zeroAt;
        return (v - low) / (high - low);
    }
}
