package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
