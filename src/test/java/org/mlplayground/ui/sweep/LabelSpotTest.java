package org.mlplayground.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The best-alpha label keeps off the curves and inside the plot. */
class LabelSpotTest {

    private static final double[] PLOT = {0, 0, 400, 200};

    @Test
    void segmentsMeetBoxesWhereTheyCrossThem() {
        assertTrue(LabelSpot.segmentHitsBox(0, 50, 100, 50, 40, 40, 60, 60), "through the middle");
        assertTrue(LabelSpot.segmentHitsBox(50, 50, 55, 55, 40, 40, 60, 60), "inside");
        assertFalse(LabelSpot.segmentHitsBox(0, 0, 100, 0, 40, 40, 60, 60), "above");
        assertFalse(LabelSpot.segmentHitsBox(0, 100, 30, 41, 40, 40, 60, 60), "ends short of it");
        assertTrue(LabelSpot.segmentHitsBox(60, 20, 60, 80, 40, 40, 60, 60), "along its right edge");
    }

    @Test
    void theLabelGoesBelowRightWhenNothingIsThere() {
        double[][][] curves = {{{0, 400}, {20, 20}}};
        assertArrayEquals(new double[] {110, 110}, LabelSpot.place(100, 100, 80, 20, curves, PLOT));
    }

    @Test
    void aCurveRunningUnderThePointSendsTheLabelAbove() {
        // the validation line falls away to the right, just under the best point (the tester's case)
        double[][][] curves = {{{0, 100, 400}, {100, 100, 160}}, {{0, 400}, {120, 125}}};
        double[] spot = LabelSpot.place(100, 100, 80, 20, curves, PLOT);
        assertEquals(0, LabelSpot.crossings(spot[0], spot[1], 80, 20, curves));
        assertTrue(spot[1] + 20 <= 100, "above the point: " + spot[1]);
    }

    @Test
    void theLabelStaysInsideThePlot() {
        double[] spot = LabelSpot.place(395, 195, 80, 20, new double[][][] {}, PLOT);
        assertTrue(spot[0] >= 0 && spot[0] + 80 <= 400 && spot[1] >= 0 && spot[1] + 20 <= 200, spot[0] + ", " + spot[1]);
    }
}
