package org.mlplayground.ui.playground;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.mlplayground.train.TrainingSnapshot;

/**
 * The playground's speed and status lines, written as {@code String.format(Locale.ROOT, ...)}
 * writes them ("%.4f" rounds the shortest decimal of the value half up, "%,.0f" groups thousands
 * with commas) but without a formatter per snapshot: String.format parses its pattern and looks
 * up the locale's symbols on every call, which cost the FX thread more than the view's drawing.
 */
final class StatusText {

    private StatusText() {
    }

    /** The speed: "1,234 steps/s" from 10 on, "2.5 steps/s" below. */
    static String speed(double stepsPerSecond) {
        return (stepsPerSecond >= 10 ? grouped(stepsPerSecond) : fixed(stepsPerSecond, 1)) + " steps/s";
    }

    /** "loss train 0.1234  test 0.2345     accuracy train 95.0%  test 93.5%     1,234 steps/s" (R² with 3 decimals). */
    static String status(TrainingSnapshot s, boolean classes) {
        return "loss train " + fixed(s.trainLoss(), 4) + "  test " + fixed(s.testLoss(), 4) + "     "
                + (classes ? "accuracy" : "R\u00b2") + " train " + score(s.trainScore(), classes) + "  test "
                + score(s.testScore(), classes) + "     " + grouped(s.stepsPerSecond()) + " steps/s";
    }

    private static String score(double v, boolean classes) {
        return classes ? fixed(100 * v, 1) + "%" : fixed(v, 3);
    }

    /** {@code v} with {@code decimals} decimals, as "%.nf" (NaN and infinities as Java writes them). */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String text = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // "%.nf" keeps the sign of a negative value that rounds to zero
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative && text.charAt(0) != '-' ? "-" + text : text;
    }

    /** {@code v} rounded half up to a whole number, thousands separated by commas, as "%,.0f". */
    static String grouped(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String digits = BigDecimal.valueOf(Math.abs(v)).setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder b = new StringBuilder(v < 0 || (v == 0 && 1 / v < 0) ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }
}
