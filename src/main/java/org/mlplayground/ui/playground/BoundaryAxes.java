package org.mlplayground.ui.playground;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The decision boundary's axes: a frame round the plot square, ticks of 1, 2 or 5 times a power of
 * ten, as many as fit without their labels touching (fewer on a small plot or with large text),
 * and the axes' names. It only draws.
 */
final class BoundaryAxes {

    /** The least room between two tick labels, in multiples of the text size. */
    static final double GAP = 0.6;

    private BoundaryAxes() {
    }

    /** Draws the axes of the square at (x0, y0) of side {@code side} over [xMin, xMax] x [yMin, yMax]. */
    static void draw(GraphicsContext g, double x0, double y0, double side, double[] range, double fontSize,
                     String xName, String yName) {
        double xMin = range[0];
        double xMax = range[1];
        double yMin = range[2];
        double yMax = range[3];
        double k = fontSize / 13;
        Font font = Font.font(fontSize);
        g.setStroke(Color.gray(0.35));
        g.setLineWidth(1);
        g.strokeRect(x0, y0, side, side);
        g.setFill(Color.gray(0.2));
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double xStep = fittingStep(xMin, xMax, side, font, true);
        for (double v = Math.ceil(xMin / xStep) * xStep; v <= xMax + 1e-9 * xStep; v += xStep) {
            double px = x0 + (v - xMin) / (xMax - xMin) * side;
            g.strokeLine(px, y0 + side, px, y0 + side + 5);
            g.fillText(tick(v), px, y0 + side + 7);
        }
        g.fillText(xName, x0 + side / 2, y0 + side + 7 + 15 * k);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double yStep = fittingStep(yMin, yMax, side, font, false);
        for (double v = Math.ceil(yMin / yStep) * yStep; v <= yMax + 1e-9 * yStep; v += yStep) {
            double py = y0 + (yMax - v) / (yMax - yMin) * side;
            g.strokeLine(x0 - 5, py, x0, py);
            g.fillText(tick(v), x0 - 7, py);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yName, 12 * k, y0 + side / 2);
    }

    /**
     * The step for ticks over [min, max] drawn {@code pixels} long: the usual one ({@link #tickStep}),
     * made coarser until neighbouring labels are {@link #GAP} text sizes apart (across: their
     * widths; down: their height).
     */
    static double fittingStep(double min, double max, double pixels, Font font, boolean across) {
        StepKey key = new StepKey(min, max, pixels, font.getName(), font.getSize(), across);
        synchronized (STEPS) {
            Double known = STEPS.get(key);
            if (known != null) {
                return known;
            }
        }
        double step = fit(min, max, pixels, font, across);
        synchronized (STEPS) {
            STEPS.put(key, step);
        }
        return step;
    }

    /** The arguments of {@link #fittingStep}: the same plot asks again with every snapshot. */
    private record StepKey(double min, double max, double pixels, String font, double size, boolean across) {
    }

    private static final java.util.Map<StepKey, Double> STEPS = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<StepKey, Double> eldest) {
            return size() > 32;
        }
    };

    private static double fit(double min, double max, double pixels, Font font, boolean across) {
        double range = max - min;
        double step = tickStep(range);
        for (int i = 0; i < 12 && step < range; i++) {
            double widest = font.getSize();
            if (across) {
                for (double v = Math.ceil(min / step) * step; v <= max + 1e-9 * step; v += step) {
                    widest = Math.max(widest, org.mlplayground.ui.shared.TextMetrics.width(tick(v), font));
                }
            }
            if (step / range * pixels >= widest + GAP * font.getSize()) {
                return step;
            }
            step = coarser(step);
        }
        return step;
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving about six ticks over {@code range} (2 for the usual 12). */
    static double tickStep(double range) {
        double raw = range / 6;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
    }

    /** The next step of the 1, 2, 5 series: 2 after 1, 5 after 2, 10 after 5. */
    static double coarser(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / power);
        return (m < 2 ? 2 : m < 5 ? 5 : 10) * power;
    }

    /** Tick labels made, by value: the same few are drawn with every snapshot. */
    private static final java.util.Map<Double, String> TICKS = new java.util.HashMap<>();

    /** A tick's label: whole numbers as such, thousands as 2k, no "-0". */
    static String tick(double v) {
        synchronized (TICKS) {
            if (TICKS.size() > 512) {
                TICKS.clear();
            }
            return TICKS.computeIfAbsent(v, BoundaryAxes::label);
        }
    }

    private static String label(double v) {
        double r = Math.abs(v) < 1e-9 ? 0 : v;
        if (Math.abs(r) >= 1000 && r == Math.rint(r / 1000) * 1000) {
            return String.format("%.0fk", r / 1000);
        }
        return number(r);
    }

    /** A legend number: two significant digits, no needless zeros. */
    static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
