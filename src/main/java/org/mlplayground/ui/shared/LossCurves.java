package org.mlplayground.ui.shared;

import java.util.function.DoubleFunction;

/**
 * What the loss chart draws ({@link LossPlot}): the training and test curves' first {@code trainN}
 * and {@code testN} points ({epoch, y} in two arrays each), the best test mark ({epoch, y} or
 * null), the epoch axis from 0 to {@code xUpper} in steps of {@code xUnit}, the y axis's range
 * ({lower, upper, unit}) or null to fit the data, whether its ticks are whole numbers where it
 * spans one or more (decades on a log scale), its name and the two axes' tick labels.
 */
record LossCurves(double[] trainX, double[] trainY, int trainN, double[] testX, double[] testY, int testN,
                  double[] best, double xUpper, double xUnit, double[] fixedY, boolean integerY, String yName,
                  DoubleFunction<String> xLabel, DoubleFunction<String> yLabel) {

    /** Nothing yet: the empty axes of a loss. */
    static final LossCurves NONE = new LossCurves(new double[0], new double[0], 0, new double[0], new double[0], 0,
            null, 10, 1, new double[] {0, 1, 0.25}, false, "", String::valueOf, String::valueOf);

    /**
     * The y axis's {lower, upper, unit} on {@code length} pixels with labels {@code labelH} high:
     * fixed, or the data's range padded by 1% and widened to whole units of 1, 2.5 or 5 times a
     * power of ten (1, 2 or 5 for whole numbers), the finest whose ticks stand 1.6 label heights
     * apart (a chart's number axis asks 2 font sizes).
     */
    double[] yAxis(double length, double labelH) {
        if (fixedY != null) {
            return fixedY.clone();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < trainN + testN; i++) {
            double y = i < trainN ? trainY[i] : testY[i - trainN];
            if (Double.isFinite(y)) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        if (!(min <= max)) {
            min = 0;
            max = 1;
        }
        double range = max - min;
        double padded = range == 0 ? 2 : range * 1.02;
        min -= (padded - range) / 2;
        max += (padded - range) / 2;
        int most = Math.max(2, (int) Math.floor(length / (1.6 * labelH)));
        double unit = niceUnit((max - min) / most, integerY && max - min >= 1);
        double lower = Math.floor(min / unit) * unit;
        double upper = Math.ceil(max / unit) * unit;
        return new double[] {lower, upper > lower ? upper : lower + unit, unit};
    }

    /** The least unit of 1, 2.5 or 5 (whole: 1, 2 or 5) times a power of ten that is at least {@code raw}. */
    static double niceUnit(double raw, boolean whole) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] steps = whole ? new double[] {1, 2, 5, 10} : new double[] {1, 2.5, 5, 10};
        double unit = 10 * power;
        for (double s : steps) {
            if (s * power >= raw * (1 - 1e-12)) {
                unit = s * power;
                break;
            }
        }
        return whole ? Math.max(1, unit) : unit;
    }
}
