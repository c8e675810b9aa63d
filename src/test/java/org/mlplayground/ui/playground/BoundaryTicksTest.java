package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The boundary's axes: about six ticks whatever the unit of x2 (the feature-scaling lesson
 * multiplies it by 1000), and fewer where their labels would touch (a small plot, large text).
 */
@ExtendWith(ApplicationExtension.class)
class BoundaryTicksTest {

    @Test
    void ticksFollowTheRange() {
        assertEquals(2, BoundaryAxes.tickStep(12), 0.0, "the usual -6..6");
        assertEquals(2000, BoundaryAxes.tickStep(12_000), 0.0, "x2 in thousands");
        assertEquals(0.002, BoundaryAxes.tickStep(0.012), 1e-15);
        assertEquals("-6k", BoundaryAxes.tick(-6000));
        assertEquals("0", BoundaryAxes.tick(-1e-12), "no -0");
        assertEquals("4", BoundaryAxes.tick(4));
        assertEquals(5, BoundaryAxes.coarser(2), 1e-12);
        assertEquals(10, BoundaryAxes.coarser(5), 1e-12);
        assertEquals(0.02, BoundaryAxes.coarser(0.01), 1e-12);
    }

    @Test
    void labelsNeverTouch() {
        Font large = Font.font(17);
        assertEquals(2, BoundaryAxes.fittingStep(-6, 6, 400, Font.font(13), true), 0.0, "a large plot keeps every tick");
        for (double side : new double[] {80, 120, 160, 200, 300}) {
            for (double[] r : new double[][] {{-6, 6}, {-6000, 6000}, {-0.006, 0.006}}) {
                for (boolean across : new boolean[] {true, false}) {
                    double step = BoundaryAxes.fittingStep(r[0], r[1], side, large, across);
                    double apart = step / (r[1] - r[0]) * side;
                    double widest = across ? Math.max(org.mlplayground.ui.shared.TextMetrics.width(BoundaryAxes.tick(r[0]), large),
                            org.mlplayground.ui.shared.TextMetrics.width(BoundaryAxes.tick(r[1] - step), large)) : 17;
                    assertTrue(apart >= widest || step >= r[1] - r[0],
                            "ticks " + step + " apart over " + side + " px from " + r[0] + " to " + r[1] + " overlap");
                }
            }
        }
    }
}
