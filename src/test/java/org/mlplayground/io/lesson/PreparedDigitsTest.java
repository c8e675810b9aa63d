package org.mlplayground.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;

/**
 * The digits the MNIST lesson draws are read as what the lesson says they are by the shipped
 * digit model, after the Digits tab's preprocessing (strokes inked as the 280-pixel pad does).
 */
class PreparedDigitsTest {

    private static final int PAD = 280;
    /** The pad's pen: a stroke about 2.5 pixels wide in MNIST's 20-pixel box. */
    private static final double RADIUS = PAD * 0.75 / 20 * 2.5 / 2;

    @Test
    void theShippedModelReadsEveryPreparedDigitAsItsLabel() throws Exception {
        SavedModel model = ModelFile.loadResource("/models/mnist-128.json.gz");
        int drawn = 0;
        for (Lesson lesson : LessonFile.builtIns().values()) {
            for (LessonStep step : lesson.steps()) {
                if (step.action() instanceof LessonAction.DrawDigit d) {
                    DigitPreprocessor.Steps s = DigitPreprocessor.process(ink(d.strokes()), true);
                    assertFalse(s.isBlank());
                    int[] predicted = model.classifier().predict(model.prepare(new DMatrixRMaj(new double[][] {s.input()})));
                    assertEquals(d.label(), predicted[0], lesson.title() + " step " + step.number());
                    drawn++;
                }
            }
        }
        assertEquals(2, drawn);
    }

    /** The strokes inked on a PAD x PAD pad: full inside the pen, fading over one pixel. */
    static double[][] ink(List<List<double[]>> strokes) {
        double[][] ink = new double[PAD][PAD];
        for (List<double[]> stroke : strokes) {
            for (int i = 0; i < stroke.size(); i++) {
                double[] a = stroke.get(Math.max(0, i - 1));
                double[] b = stroke.get(i);
                double ax = a[0] * PAD;
                double ay = a[1] * PAD;
                double dx = b[0] * PAD - ax;
                double dy = b[1] * PAD - ay;
                double length2 = dx * dx + dy * dy;
                for (int r = 0; r < PAD; r++) {
                    for (int c = 0; c < PAD; c++) {
                        double px = c + 0.5 - ax;
                        double py = r + 0.5 - ay;
                        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
                        double ex = px - t * dx;
                        double ey = py - t * dy;
                        ink[r][c] = Math.max(ink[r][c], Math.max(0, Math.min(1, RADIUS + 0.5 - Math.sqrt(ex * ex + ey * ey))));
                    }
                }
            }
        }
        return ink;
    }
}
