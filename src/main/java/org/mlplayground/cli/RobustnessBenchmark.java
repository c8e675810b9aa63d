package org.mlplayground.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.DigitImages;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.data.HardDigits;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;

/**
 * {@code bench --robustness}: the shipped model on the hard kinds of {@link HardDigits}, each made
 * from the same seeded choice of MNIST test digits, against the same digits unaltered; and the
 * time to preprocess a 4000 x 3000 phone photo (decoded pixels to the 28 x 28 input), median of
 * repeated runs on one thread.
 */
final class RobustnessBenchmark {

    private RobustnessBenchmark() {
    }

    /**
     * One kind's figures.
     *
     * @param kind      the kind
     * @param count     digits (or pages) made
     * @param unaltered accuracy on the same digits unaltered (NaN for kinds without a digit)
     * @param accuracy  accuracy on the made images (NaN for kinds without a digit)
     * @param noDigit   share of the images answered "no digit found"
     */
    record Row(HardDigits.Kind kind, int count, double unaltered, double accuracy, double noDigit) {
    }

    /** Measures {@code kind} on {@code count} test digits chosen with {@code seed}. */
    static Row measure(HardDigits.Kind kind, int count, long seed, MlpClassifier model, LabeledImages test) {
        SplittableRandom random = new SplittableRandom(seed + kind.ordinal());
        double[][] originals = new double[count][];
        double[][] made = new double[count][];
        int[] labels = new int[count];
        int none = 0;
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(test.count());
            originals[i] = test.image(index);
            labels[i] = test.labels()[index];
            DigitPreprocessor.Steps steps = HardDigits.prepare(kind, originals[i], random);
            none += steps.hasDigit() ? 0 : 1;
            made[i] = steps.input();
        }
        if (!kind.hasDigit()) {
            return new Row(kind, count, Double.NaN, Double.NaN, none / (double) count);
        }
        return new Row(kind, count, model.score(Features.of(originals), labels), model.score(Features.of(made), labels),
                none / (double) count);
    }

    static void run(PrintWriter out, int count) throws DataFileException {
        SavedModel saved = ModelFile.loadResource(ClassifyCommand.BUNDLED_MODEL);
        MlpClassifier model = saved.classifier();
        LabeledImages test = Mnist.bundled().test();
        out.printf("shipped 784-128-10 model on hard images made from %d MNIST test digits per kind (seed 0):%n", count);
        out.printf("  %-30s %10s %10s %8s %9s%n", "kind", "unaltered", "made", "ratio", "no digit");
        for (HardDigits.Kind kind : HardDigits.Kind.values()) {
            Row row = measure(kind, count, 0, model, test);
            if (kind.hasDigit()) {
                out.printf("  %-30s %9.1f%% %9.1f%% %7.1f%% %8.1f%%%n", kind.label(), 100 * row.unaltered(),
                        100 * row.accuracy(), 100 * row.accuracy() / row.unaltered(), 100 * row.noDigit());
            } else {
                out.printf("  %-30s %10s %10s %8s %8.1f%%%n", kind.label(), "-", "-", "-", 100 * row.noDigit());
            }
            out.flush();
        }
        photoTiming(out, test.image(0));
    }

    /** A 4000 x 3000 photo of a framed sheet: decoded pixels to the network's input, median of runs. */
    private static void photoTiming(PrintWriter out, double[] digit) {
        int h = 3000;
        int w = 4000;
        double[][] small = HardDigits.onPaper(digit, new SplittableRandom(1), 300, 400);
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((java.awt.image.DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        SplittableRandom grain = new SplittableRandom(2);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                boolean table = r < 300 || r >= 2700 || c < 400 || c >= 3600;
                double v = table ? 0.2 : small[(r - 300) * 300 / 2400][(c - 400) * 400 / 3200];
                int g = (int) Math.max(0, Math.min(255, Math.round(255 * v) + grain.nextInt(7) - 3));
                int p = 3 * (r * w + c);
                data[p] = data[p + 1] = data[p + 2] = (byte) g;
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double[] ms = new double[11];
        double[] wall = new double[ms.length];
        boolean digitFound = true;
        for (int i = 0; i < ms.length; i++) {
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t = System.nanoTime();
            DigitImages.Photo read = DigitImages.of(photo, 1);
            DigitPreprocessor.Steps steps = DigitPreprocessor.process(read.ink().ink(), true);
            wall[i] = (System.nanoTime() - t) / 1e6;
            ms[i] = cpu ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : wall[i];
            digitFound &= steps.hasDigit();
        }
        double first = ms[0];
        Arrays.sort(ms);
        Arrays.sort(wall);
        // the thread's own CPU time is what one core spends, whatever else the machine runs
        out.printf("  a 4000x3000 photo (decoded pixels to the 28x28 input, one thread): median %.0f ms of CPU time "
                + "(first run %.0f ms; wall clock median %.0f ms)%s%n", ms[ms.length / 2], first, wall[wall.length / 2],
                digitFound ? "" : " (no digit found!)");
    }
}
