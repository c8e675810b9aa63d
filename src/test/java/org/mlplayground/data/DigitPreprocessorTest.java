package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;

/** MNIST's preprocessing: crop, fit to 20 x 20, place in 28 x 28, centre the mass; and what it is for. */
class DigitPreprocessorTest {

    @Test
    void anOffCentreBlockIsFittedIntoTwentyPixelsAndCentredByMass() {
        double[][] pad = new double[300][200];
        for (int r = 20; r < 120; r++) {
            for (int c = 130; c < 180; c++) {
                pad[r][c] = 1;
            }
        }
        DigitPreprocessor.Steps steps = DigitPreprocessor.process(pad, true);
        assertEquals(100, steps.cropped().length);
        assertEquals(50, steps.cropped()[0].length);
        assertEquals(20, steps.fitted().length, "the longer side becomes 20");
        assertEquals(10, steps.fitted()[0].length, "the aspect is kept");
        double[] mass = DigitPreprocessor.centreOfMass(steps.result());
        assertEquals(14, mass[0], 0.5);
        assertEquals(14, mass[1], 0.5);
        double ink = 0;
        for (double[] row : steps.result()) {
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1 + 1e-12);
                ink += v;
            }
        }
        assertEquals(200, ink, 1e-9, "a full 20 x 10 block keeps its ink");
        assertEquals(784, steps.input().length);
    }

    @Test
    void shrinkingAveragesAreasSoEdgesTurnGrey() {
        // a line 3 pixels wide shrunk by 2: the middle output pixel covers half of its edge pixel
        double[][] line = {{0, 1, 1, 1, 0, 0}};
        assertArrayEquals(new double[] {0.5, 1, 0}, DigitPreprocessor.resample(line, 1, 3)[0], 1e-12);
        double[][] grown = DigitPreprocessor.resample(new double[][] {{1, 0}}, 1, 4);
        assertArrayEquals(new double[] {1, 1, 0, 0}, grown[0], 1e-12);
    }

    @Test
    void darkInkOnLightPaperAndLightOnDarkGiveTheSameInk() {
        double[][] darkOnLight = new double[30][30];
        double[][] lightOnDark = new double[30][30];
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 30; c++) {
                boolean stroke = c >= 12 && c < 16 && r >= 5 && r < 25;
                darkOnLight[r][c] = stroke ? 0.1 : 0.85; // grey paper, dark pen
                lightOnDark[r][c] = stroke ? 0.95 : 0.05;
            }
        }
        double[][] a = DigitImages.ink(darkOnLight);
        double[][] b = DigitImages.ink(lightOnDark);
        assertEquals(1.0, a[10][13], 1e-12);
        assertEquals(0.0, a[0][0], 1e-12, "the paper is no ink");
        for (int r = 0; r < 30; r++) {
            assertArrayEquals(a[r], b[r], 1e-12);
        }
    }

    /**
     * A phone photo: dark ink on grey paper under a shadow that darkens one corner by more than
     * the ink's own contrast elsewhere, with grain. One test digit of each class is still read.
     */
    @Test
    void aPhotoWithAShadowAcrossThePaperIsStillRead() throws Exception {
        MlpClassifier model = ModelFile.loadResource("/models/mnist-128.json.gz").classifier();
        LabeledImages test = Mnist.bundled().test();
        SplittableRandom random = new SplittableRandom(3);
        for (int digit = 0; digit < 10; digit++) {
            int i = 0;
            while (test.labels()[i] != digit) {
                i++;
            }
            double[] image = test.image(i);
            int h = 300;
            int w = 400;
            double[][] grey = new double[h][w];
            int top = 20 + random.nextInt(40);
            int left = 60 + random.nextInt(120);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double paper = 0.9 - 0.45 * (r / (double) h) * (c / (double) w);
                    double ink = r >= top && r < top + 224 && c >= left && c < left + 224
                            ? bilinear(image, (r - top + 0.5) / 8 - 0.5, (c - left + 0.5) / 8 - 0.5) : 0;
                    grey[r][c] = paper * (1 - 0.8 * ink) + 0.02 * (random.nextDouble() - 0.5);
                }
            }
            double[] input = DigitPreprocessor.process(DigitImages.ink(grey), true).input();
            int predicted = model.predict(Features.of(new double[][] {input}))[0];
            assertEquals(digit, predicted, "test digit " + i + " photographed under a shadow");
        }
    }

    @Test
    void aBlankPadGivesABlankImageAndNoPadIsRefused() {
        DigitPreprocessor.Steps steps = DigitPreprocessor.process(new double[50][50], true);
        assertTrue(steps.isBlank());
        assertEquals(0, java.util.Arrays.stream(steps.input()).sum());
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.process(new double[0][0], true));
    }

    /**
     * The quality bar: MNIST test digits drawn the way they arrive from the pad (ten times larger,
     * thicker strokes, anywhere on a 400 x 400 pad) and preprocessed are recognised about as well
     * as the originals; without fitting and centring they are not.
     */
    @Test
    void digitsFromThePadAreRecognisedAsWellAsTestDigits() throws Exception {
        SavedModel saved = ModelFile.loadResource("/models/mnist-128.json.gz");
        MlpClassifier model = saved.classifier();
        LabeledImages test = Mnist.bundled().test().head(1000);
        SplittableRandom random = new SplittableRandom(7);
        double[][] originals = new double[test.count()][];
        double[][] drawn = new double[test.count()][];
        double[][] unfitted = new double[test.count()][];
        for (int i = 0; i < test.count(); i++) {
            originals[i] = test.image(i);
            double[][] pad = asFromThePad(originals[i], random);
            drawn[i] = DigitPreprocessor.process(pad, true).input();
            unfitted[i] = DigitPreprocessor.process(pad, false).input();
        }
        double original = model.score(Features.of(originals), test.labels());
        double fromPad = model.score(Features.of(drawn), test.labels());
        double naive = model.score(Features.of(unfitted), test.labels());
        System.out.printf("pretrained 784-128-10 on 1,000 test digits: originals %.1f%%, from the pad %.1f%%, "
                + "shrunk without fitting %.1f%%%n", 100 * original, 100 * fromPad, 100 * naive);
        assertTrue(original > 0.95, "the shipped model is a good one: " + original);
        assertTrue(fromPad > original - 0.04, "from the pad " + fromPad + " vs originals " + original);
        assertTrue(naive < original - 0.3, "without fitting and centring the network is lost: " + naive);
    }

    /** A 28 x 28 digit enlarged 8-12 times (bilinear), strokes thickened, at a random place on a 400 x 400 pad. */
    private static double[][] asFromThePad(double[] digit, SplittableRandom random) {
        int scale = 8 + random.nextInt(5);
        int side = 28 * scale;
        double[][] big = new double[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                big[r][c] = bilinear(digit, (r + 0.5) / scale - 0.5, (c + 0.5) / scale - 0.5);
            }
        }
        // a pen a little wider than MNIST's: grow each stroke by a fifth of an MNIST pixel
        int grow = Math.max(1, scale / 5);
        double[][] thick = new double[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double m = 0;
                for (int dr = -grow; dr <= grow; dr++) {
                    for (int dc = -grow; dc <= grow; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr >= 0 && rr < side && cc >= 0 && cc < side) {
                            m = Math.max(m, big[rr][cc]);
                        }
                    }
                }
                thick[r][c] = m;
            }
        }
        double[][] pad = new double[400][400];
        int top = random.nextInt(400 - side + 1);
        int left = random.nextInt(400 - side + 1);
        for (int r = 0; r < side; r++) {
            System.arraycopy(thick[r], 0, pad[top + r], left, side);
        }
        return pad;
    }

    private static double bilinear(double[] image, double r, double c) {
        int r0 = (int) Math.floor(r);
        int c0 = (int) Math.floor(c);
        double fr = r - r0;
        double fc = c - c0;
        return (1 - fr) * ((1 - fc) * at(image, r0, c0) + fc * at(image, r0, c0 + 1))
                + fr * ((1 - fc) * at(image, r0 + 1, c0) + fc * at(image, r0 + 1, c0 + 1));
    }

    private static double at(double[] image, int r, int c) {
        return r < 0 || r >= 28 || c < 0 || c >= 28 ? 0 : image[r * 28 + c];
    }
}
