package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The boundary's axes: about six ticks whatever the unit of x2 (the feature-scaling lesson multiplies it by 1000). */
class BoundaryTicksTest {

    @Test
    void ticksFollowTheRange() {
        assertEquals(2, BoundaryView.tickStep(12), 0.0, "the usual -6..6");
        assertEquals(2000, BoundaryView.tickStep(12_000), 0.0, "x2 in thousands");
        assertEquals(0.002, BoundaryView.tickStep(0.012), 1e-15);
        assertEquals("-6k", BoundaryView.tick(-6000));
        assertEquals("0", BoundaryView.tick(-1e-12), "no -0");
        assertEquals("4", BoundaryView.tick(4));
    }
}
