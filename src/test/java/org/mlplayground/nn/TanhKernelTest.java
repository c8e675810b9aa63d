package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link TanhKernel} stays within 16 ulps of {@code Math.tanh}, from 1e-300 to beyond saturation; NaN stays NaN. */
class TanhKernelTest {

    @Test
    void agreesWithMathTanhEverywhere() {
        SplittableRandom random = new SplittableRandom(1);
        double[] z = new double[1000];
        double[] scratch = new double[1000];
        for (int round = 0; round < 200; round++) {
            for (int i = 0; i < z.length; i++) {
                z[i] = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-12, 2));
            }
            double[] expected = z.clone();
            TanhKernel.applyInPlace(z, scratch, z.length);
            for (int i = 0; i < z.length; i++) {
                double e = Math.tanh(expected[i]);
                assertTrue(Math.abs(z[i] - e) <= 16 * Math.ulp(e), "tanh(" + expected[i] + ") = " + z[i] + ", not " + e);
            }
        }
    }

    @Test
    void saturatesAndKeepsSpecialValues() {
        double[] z = {0.0, 1e-300, -1e-300, 19.0, 19.0625, 30, -30, 1e300, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        double[] expected = z.clone();
        TanhKernel.applyInPlace(z, new double[z.length], z.length);
        for (int i = 0; i + 1 < z.length; i++) {
            double e = Math.tanh(expected[i]);
            assertEquals(e, z[i], 16 * Math.ulp(e), "tanh(" + expected[i] + ")");
        }
        assertTrue(Double.isNaN(z[z.length - 1]));
    }
}
