package org.mlplayground.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.data.Mnist;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.metrics.ClassifierEvaluation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.Network;

/**
 * The Digits tab's two speed bars with the shipped 784-128-10 model: evaluating the 10,000 test
 * digits with every metric and ROC, and one drawing from the 280 x 280 pad to probabilities and
 * hidden activations (preprocessing and forward pass). Medians of repeated runs.
 */
final class DigitsBenchmark {

    private DigitsBenchmark() {
    }

    static void run(PrintWriter out) throws DataFileException {
        SavedModel saved = ModelFile.loadResource(ClassifyCommand.BUNDLED_MODEL);
        Network net = saved.network();
        Mnist mnist = Mnist.bundled();
        Features test = Features.of(mnist.test().pixelRows());
        int[] truth = mnist.test().labels();
        // the first run is what a user waits for (the code still interpreted); then 7 more, warm
        double[] evaluate = new double[8];
        double accuracy = 0;
        for (int i = 0; i < evaluate.length; i++) {
            long t = System.nanoTime();
            DMatrixRMaj p = net.predict(test);
            ClassifierEvaluation e = ClassifierEvaluation.of(p, truth, null);
            evaluate[i] = (System.nanoTime() - t) / 1e6;
            accuracy = e.report().accuracy();
        }
        // a digit as drawn: test digit 0 enlarged ten times onto a 280 x 280 pad
        double[] digit = mnist.test().image(0);
        double[][] pad = new double[280][280];
        for (int r = 0; r < 280; r++) {
            for (int c = 0; c < 280; c++) {
                pad[r][c] = digit[(r / 10) * 28 + c / 10];
            }
        }
        SplittableRandom random = new SplittableRandom(0);
        double[] draw = new double[500];
        double sink = 0;
        for (int i = 0; i < draw.length; i++) {
            pad[random.nextInt(280)][random.nextInt(280)] += 1e-9; // a new drawing each time, as strokes arrive
            long t = System.nanoTime();
            DigitPreprocessor.Steps steps = DigitPreprocessor.process(pad, true);
            sink += net.trace(steps.input()).output()[7];
            draw[i] = (System.nanoTime() - t) / 1e6;
        }
        out.printf("shipped 784-128-10 model:%n");
        out.printf("  evaluate 10,000 test digits (probabilities, confusion matrix, report, ROC per class, micro and macro):"
                + " median %.0f ms (first run %.0f ms; accuracy %.2f%%)%n", median(Arrays.copyOfRange(evaluate, 1, evaluate.length)),
                evaluate[0], 100 * accuracy);
        out.printf("  a 280x280 drawing to probabilities (preprocessing + forward pass): median %.2f ms, slowest %.2f ms"
                + " (a frame at 60 Hz is 16.7 ms)%n", median(draw), Arrays.stream(draw).skip(50).max().orElse(0));
        if (sink < 0) {
            out.println();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
