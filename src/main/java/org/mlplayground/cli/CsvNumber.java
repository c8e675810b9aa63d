package org.mlplayground.cli;

import java.math.BigDecimal;

/** Numbers in messages as the user typed them: {@code 2}, {@code 0.25}, never {@code 2.0} or {@code 1.0E-4}. */
final class CsvNumber {

    private CsvNumber() {
    }

    /** {@code v} without trailing zeros or an exponent (NaN and infinities as Java writes them). */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return v == 0 ? "0" : new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
