package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The status line's numbers read exactly as String.format(Locale.ROOT, ...) writes them. */
class StatusTextTest {

    private static final double[] SPECIAL = {0, -0.0, 0.5, 0.05, 0.00005, 0.12345, 0.99995, 1.5, 2.5, -0.00004, -1.25,
        999.5, 1234.5, 12_345_678.9, 1e10, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void fixedDecimalsAsFormatWritesThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double v = i < SPECIAL.length ? SPECIAL[i] : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-6, 7));
            for (int decimals : new int[] {1, 3, 4}) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), StatusText.fixed(v, decimals), "v = " + v);
            }
            assertEquals(String.format(Locale.ROOT, "%,.0f", v), StatusText.grouped(v), "v = " + v);
        }
    }

    @Test
    void theSpeedReadsAsBefore() {
        assertEquals("2.5 steps/s", StatusText.speed(2.46));
        assertEquals("1,235 steps/s", StatusText.speed(1234.5));
    }
}
