package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Scalers fitted on training data, checked on hand-worked columns. */
class ScalerTest {

    // column 0: 1, 2, 3, 6 (mean 3, population sd sqrt(3.5)); column 1 constant 5
    private final DMatrixRMaj train = new DMatrixRMaj(new double[][] {{1, 5}, {2, 5}, {3, 5}, {6, 5}});

    @Test
    void standardizeUsesTheTrainingMeanAndPopulationDeviation() {
        DMatrixRMaj z = Scaler.STANDARDIZE.fit(train).transform(train);
        assertEquals(-2 / Math.sqrt(3.5), z.get(0, 0), 1e-15);
        assertEquals(3 / Math.sqrt(3.5), z.get(3, 0), 1e-15);
        assertEquals(0.0, z.get(2, 1), "a constant column is only shifted");
    }

    @Test
    void minMaxAndSymmetricRanges() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 1}, column(Scaler.MIN_MAX.fit(train).transform(train)), 1e-15);
        assertArrayEquals(new double[] {-1, -0.6, -0.2, 1}, column(Scaler.MINUS_ONE_TO_ONE.fit(train).transform(train)), 1e-15);
        assertArrayEquals(new double[] {1, 2, 3, 6}, column(Scaler.NONE.fit(train).transform(train)), 0.0);
    }

    @Test
    void laterDataUsesTheTrainingFit() {
        Scaler.Fitted fitted = Scaler.MIN_MAX.fit(train);
        DMatrixRMaj test = new DMatrixRMaj(new double[][] {{11, 5}});
        assertEquals(2.0, fitted.transform(test).get(0, 0), 1e-15, "outside the training range stays outside");
        assertThrows(IllegalArgumentException.class, () -> fitted.transform(new DMatrixRMaj(1, 3)));
    }

    @Test
    void aConstantColumnOfAnyMagnitudeGetsScaleOneFromEveryScaler() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] magnitudes = {1e-9, 1e-3, 0.1, 1, 14.62, 1234.5678, 1e6, 1e12, -3.3e8};
        for (Scaler kind : Scaler.values()) {
            for (double base : magnitudes) {
                for (int n : new int[] {1, 2, 3, 7, 100, 1001}) {
                    double v = base * (1 + random.nextDouble());
                    DMatrixRMaj x = new DMatrixRMaj(n, 2);
                    for (int r = 0; r < n; r++) {
                        x.set(r, 0, v);
                        x.set(r, 1, r); // a varying neighbour
                    }
                    Scaler.Fitted f = kind.fit(x);
                    String what = kind + " on " + n + " rows of " + v;
                    assertEquals(1.0, f.scale()[0], 0.0, what);
                    double step = Math.abs(v) * 1e-3;
                    double moved = f.transform(new double[] {v + step, 0})[0];
                    assertEquals(kind == Scaler.NONE ? v + step : step, moved,
                            Math.abs(v) * 1e-9 + 1e-300, what + ": a new value is only shifted");
                    if (n > 1 && kind != Scaler.NONE) {
                        assertTrue(f.scale()[1] > 0.1, what + ": the varying column keeps its scale");
                    }
                }
            }
        }
    }

    @Test
    void aColumnThatTrulyVariesByLittleKeepsItsScale() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{14.62}, {14.62 + 1e-6}, {14.62 - 1e-6}});
        for (Scaler kind : new Scaler[] {Scaler.STANDARDIZE, Scaler.MIN_MAX, Scaler.MINUS_ONE_TO_ONE}) {
            double s = kind.fit(x).scale()[0];
            assertTrue(s > 1e-7 && s < 1e-5, kind + ": " + s);
        }
    }

    @Test
    void namesParse() {
        assertEquals(Scaler.STANDARDIZE, Scaler.fromName("standardize"));
        assertEquals(Scaler.MIN_MAX, Scaler.fromName("MinMax"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scaler.fromName("log"));
        assertEquals("Unknown scaler 'log': expected none, standardize, minmax or minus-one-to-one", e.getMessage());
    }

    private static double[] column(DMatrixRMaj m) {
        double[] c = new double[m.numRows];
        for (int r = 0; r < c.length; r++) {
            c[r] = m.get(r, 0);
        }
        return c;
    }
}
