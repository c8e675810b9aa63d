package org.mlplayground.ui.digits;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlplayground.data.DigitPreprocessor;

/** The robustness probes change the drawing only when moved, and the preprocessing then sees the change. */
class DigitProbeSettingsTest {

    private static double[][] bar() {
        double[][] ink = new double[280][280];
        for (int r = 40; r < 240; r++) {
            for (int c = 130; c < 150; c++) {
                ink[r][c] = 1;
            }
        }
        return ink;
    }

    @Test
    void atRestTheDrawingIsUntouchedAndATurnReachesThePreprocessing() {
        DigitProbeSettings probes = new DigitProbeSettings();
        double[][] ink = bar();
        assertSame(ink, probes.apply(ink), "at rest: the drawing as drawn");
        probes.degreesProperty().set(90);
        double[][] turned = probes.apply(ink);
        assertNotSame(ink, turned);
        DigitPreprocessor.Steps upright = DigitPreprocessor.process(ink, true);
        DigitPreprocessor.Steps lying = DigitPreprocessor.process(turned, true);
        assertTrue(upright.cropped().length > upright.cropped()[0].length, "a vertical bar is taller than wide");
        assertTrue(lying.cropped().length < lying.cropped()[0].length, "turned a quarter, it lies flat");
        probes.reset();
        assertSame(ink, probes.apply(ink));
    }
}
