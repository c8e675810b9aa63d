package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The steps as the Digits tab lists them, the stroke-width step, "no digit", and the probes. */
class DigitStepsTest {

    /** An L of two strokes {@code width} px wide, 160 px tall, on a 280 x 280 pad. */
    private static double[][] ell(int width) {
        double[][] pad = new double[280][280];
        for (int r = 60; r < 220; r++) {
            for (int c = 100; c < 100 + width; c++) {
                pad[r][c] = 1;
            }
        }
        for (int r = 220 - width; r < 220; r++) {
            for (int c = 100; c < 190; c++) {
                pad[r][c] = 1;
            }
        }
        return pad;
    }

    @Test
    void fiveNamedStepsAndWhichAreSkipped() {
        List<DigitPreprocessor.Step> steps = DigitPreprocessor.process(ell(20), true).list();
        assertEquals(List.of("crop", "stroke width", "fit 20x20", "place 28x28", "centre of mass"),
                steps.stream().map(DigitPreprocessor.Step::name).toList());
        assertTrue(steps.stream().noneMatch(DigitPreprocessor.Step::skipped));
        List<DigitPreprocessor.Step> naive = DigitPreprocessor.process(ell(20), false).list();
        assertEquals(List.of(true, false, true, true, true), naive.stream().map(DigitPreprocessor.Step::skipped).toList());
        assertTrue(naive.get(2).detail().startsWith("skipped: fitting and centring are off"), naive.get(2).detail());
        assertEquals(28, naive.get(4).image().length, "the skipped steps still show what the network gets");
        List<DigitPreprocessor.Step> none = DigitPreprocessor.process(new double[280][280], true).list();
        assertTrue(none.stream().allMatch(DigitPreprocessor.Step::skipped));
    }

    @Test
    void hairlinesAreThickenedToMnistsWidthAndMarkerStrokesAreLeftAlone() {
        DigitPreprocessor.Steps hairline = DigitPreprocessor.process(ell(1), true);
        assertTrue(hairline.hasDigit());
        assertTrue(hairline.strokeWidth() <= 2.5, "a 1-px pen: " + hairline.strokeWidth());
        assertTrue(hairline.thickenedBy() >= 5, "grown towards 12% of 160 px: " + hairline.thickenedBy());
        assertTrue(hairline.list().get(1).detail().contains("thickened by"), hairline.list().get(1).detail());
        double thick = DigitProbes.strokeWidth(hairline.thickened());
        assertTrue(thick > 12 && thick < 30, "about MNIST's share of the digit's size: " + thick);
        DigitPreprocessor.Steps marker = DigitPreprocessor.process(ell(20), true);
        assertEquals(0, marker.thickenedBy());
        assertEquals(20, marker.strokeWidth(), 3);
        // after the step a hairline and a marker reach the network alike
        double[] a = hairline.input();
        double[] b = marker.input();
        double diff = 0;
        double inkA = 0;
        for (int i = 0; i < a.length; i++) {
            diff += Math.abs(a[i] - b[i]);
            inkA += a[i];
        }
        assertTrue(diff < 0.5 * inkA, "hairline and marker inputs differ by " + diff + " of " + inkA);
    }

    @Test
    void aSpeckADotOrScatteredSpecksAreNoDigit() {
        double[][] pad = new double[280][280];
        for (int r = 140; r < 143; r++) {
            for (int c = 100; c < 103; c++) {
                pad[r][c] = 1;
            }
        }
        DigitPreprocessor.Steps speck = DigitPreprocessor.process(pad, true);
        assertEquals(DigitPreprocessor.NoDigit.TOO_SMALL, speck.noDigit());
        assertTrue(speck.isBlank());
        assertEquals("No digit found: the ink is too small to be a digit.", speck.noDigit().message());
        // a big round blob is not strokes
        double[][] blob = new double[280][280];
        for (int r = 0; r < 280; r++) {
            for (int c = 0; c < 280; c++) {
                blob[r][c] = Math.hypot(r - 140, c - 140) < 40 ? 1 : 0;
            }
        }
        assertEquals(DigitPreprocessor.NoDigit.DOT, DigitPreprocessor.process(blob, true).noDigit());
        // specks of equal size far apart: each too small to be dropped as a speck of the others
        double[][] scattered = new double[280][280];
        for (int[] at : new int[][] {{20, 20}, {250, 30}, {140, 250}}) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    scattered[at[0] + r][at[1] + c] = 1;
                }
            }
        }
        assertEquals(DigitPreprocessor.NoDigit.SCATTERED, DigitPreprocessor.process(scattered, true).noDigit());
        assertEquals(DigitPreprocessor.NoDigit.BLANK, DigitPreprocessor.process(new double[9][9], true).noDigit());
    }

    @Test
    void aSpeckBesideADigitIsDroppedBeforeTheCrop() {
        double[][] pad = ell(12);
        pad[5][5] = 1;
        pad[5][6] = 1;
        DigitPreprocessor.Steps steps = DigitPreprocessor.process(pad, true);
        assertEquals(1, steps.specks());
        assertEquals(160, steps.cropped().length, "the crop holds the L only");
    }

    @Test
    void probesShiftTurnScaleAndThickenTheDrawing() {
        double[][] pad = ell(12);
        double[][] moved = DigitProbes.transform(pad, 30, -20, 0, 1);
        assertEquals(1, moved[100 - 20][110 + 30], 1e-9);
        assertEquals(0, moved[100][110], 1e-9);
        // the preprocessing undoes a shift and a scale, but not a turn
        double[] plain = DigitPreprocessor.process(pad, true).input();
        double[] shifted = DigitPreprocessor.process(moved, true).input();
        double[] turned = DigitPreprocessor.process(DigitProbes.transform(pad, 0, 0, 90, 1), true).input();
        assertTrue(distance(plain, shifted) < 1e-9, "a whole-pixel shift is undone exactly");
        assertTrue(distance(plain, turned) > 10, "a quarter turn is not undone");
        double[][] half = DigitProbes.transform(pad, 0, 0, 0, 0.5);
        int[] box = DigitPreprocessor.inkBounds(half);
        assertEquals(80, box[2] - box[0], 2, "half as tall");
        double width = DigitProbes.strokeWidth(pad);
        assertTrue(DigitProbes.strokeWidth(DigitProbes.strokes(pad, 3)) > width + 4);
        assertTrue(DigitProbes.strokeWidth(DigitProbes.strokes(pad, -3)) < width - 4);
        assertThrows(IllegalArgumentException.class, () -> DigitProbes.transform(pad, 0, 0, 0, 0));
    }

    @Test
    void theStrokeStepLeavesMnistsOwnDigitsAlone() throws Exception {
        // MNIST's own digits enlarged are not thickened (their strokes are MNIST's width)
        SplittableRandom random = new SplittableRandom(9);
        LabeledImages test = Mnist.bundled().test();
        int thickened = 0;
        for (int i = 0; i < 50; i++) {
            double[][] big = HardDigits.enlarge(test.image(random.nextInt(test.count())), 10);
            thickened += DigitPreprocessor.process(big, true).thickenedBy() > 0 ? 1 : 0;
        }
        assertTrue(thickened <= 10, thickened + " of 50 MNIST digits were thickened");
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] - b[i]);
        }
        return d;
    }
}
