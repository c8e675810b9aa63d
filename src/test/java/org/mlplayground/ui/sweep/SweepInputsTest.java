package org.mlplayground.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlplayground.train.sweep.SweepSpec;

/** The Sweep tab's typed lists. */
class SweepInputsTest {

    @Test
    void theDefaultsReadBackAsTheLecturesLists() {
        assertArrayEquals(SweepSpec.DEFAULT_ALPHAS, SweepInputs.alphas(SweepInputs.format(SweepSpec.DEFAULT_ALPHAS)));
        List<int[]> archs = SweepInputs.architectures(SweepInputs.LECTURE_ARCHITECTURES);
        assertEquals(SweepSpec.LECTURE_ARCHITECTURES.size(), archs.size());
        for (int i = 0; i < archs.size(); i++) {
            assertArrayEquals(SweepSpec.LECTURE_ARCHITECTURES.get(i), archs.get(i));
        }
        assertEquals("1e-6", SweepInputs.label(1e-6));
        assertEquals("0.001", SweepInputs.label(1e-3));
        assertArrayEquals(new double[] {1.5e-5}, SweepInputs.alphas(SweepInputs.format(new double[] {1.5e-5})));
    }

    @Test
    void badListsAreRefusedNamingTheField() {
        assertEquals("Alphas: each alpha must be from 0 to 10, got 11.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.alphas("0, 11")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepInputs.alphas(""));
        assertThrows(IllegalArgumentException.class, () -> SweepInputs.alphas("1 2 3 4 5 6 7 8 9 10 11 12 13"));
        assertEquals("Architectures: \"3,0\": a layer needs at least one unit, got 0.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.architectures("10; 3,0")).getMessage());
        assertEquals("Architectures: \"3,x\": 'x' is not a layer size (expected e.g. 128,64 or 256-128).",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.architectures("3,x")).getMessage());
        assertArrayEquals(new int[] {3, 3}, SweepInputs.architectures("{3,3}").get(0));
    }

    @Test
    void alphasComeInIncreasingOrderAndOnceEach() {
        // typed out of order, the bars and pictures kept the typed order while the curve sorted
        assertArrayEquals(new double[] {0, 1e-4, 0.1, 10}, SweepInputs.alphas("0.1, 0, 1e-4, 10"));
        assertEquals("Alphas: 0.1 is listed twice.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.alphas("0.1, 0.1, 1e-4")).getMessage());
        assertEquals("Alphas: 0.001 is listed twice.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.alphas("1e-3, 0.001")).getMessage());
    }

    @Test
    void architecturesTakeWhatTheHiddenLayersFieldTakesWithinItsLimits() {
        // one parser and one limit for a layer's width: the playground's and the Digits tab's
        int widest = org.mlplayground.nn.Hyperparameter.MAX_LAYER_WIDTH;
        assertArrayEquals(new int[] {widest}, SweepInputs.architectures(Integer.toString(widest)).get(0));
        String tooWide = assertThrows(IllegalArgumentException.class,
                () -> SweepInputs.architectures("10; " + (widest + 1))).getMessage();
        // one short sentence that names the limit (it read "hidden layers must be at most 100 layer widths from 1 to 10000 ...")
        assertEquals("Architectures: \"" + (widest + 1) + "\": a layer has at most 10,000 units, got 10,001.", tooWide);
        assertArrayEquals(new int[] {256, 128}, SweepInputs.architectures("256-128").get(0));
        assertArrayEquals(new int[0], SweepInputs.architectures("none; 10").get(0), "logistic regression as a row");
    }

    @Test
    void anArchitectureListedTwiceOrALayerSizeMissingIsSaidSo() {
        // as an alpha listed twice ("3;;3" gave two identical rows)
        assertEquals("Architectures: {3} is listed twice.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.architectures("3;;3")).getMessage());
        assertEquals("Architectures: {3,3} is listed twice.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.architectures("3,3; 10; {3,3}")).getMessage());
        // it read: "3,,3": '' is not a layer size
        assertEquals("Architectures: \"3,,3\": a layer size is missing between two commas.",
                assertThrows(IllegalArgumentException.class, () -> SweepInputs.architectures("3,,3")).getMessage());
    }

    @Test
    void weightNormLabelsKeepTwoSignificantDigitsBelowOne() {
        org.junit.jupiter.api.Assertions.assertEquals("0.040", WeightNormChart.label(0.04));
        org.junit.jupiter.api.Assertions.assertEquals("0.00012", WeightNormChart.label(0.000123));
        org.junit.jupiter.api.Assertions.assertEquals("7.8", WeightNormChart.label(7.8));
        org.junit.jupiter.api.Assertions.assertEquals("0.0", WeightNormChart.label(0));
        org.junit.jupiter.api.Assertions.assertEquals("123", WeightNormChart.label(123.4));
    }
}
