package org.mlplayground.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.EpochLoop;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;

/**
 * {@code bench --step}: the bare training step of the playground's kind of network, without the
 * training service: 2-8-8-1 (tanh, then relu) adam on 500 circle points, full batch, so one
 * step is one epoch (forward, loss, backward, update, the epoch's bookkeeping; no scores, no
 * snapshots). Prints steps per second of this thread's CPU time and of wall time, the median of
 * five rounds after a warm-up, the numbers the training service builds on.
 */
final class StepBenchmark {

    private static final int ROUNDS = 5;

    private StepBenchmark() {
    }

    static void run(PrintWriter out, double seconds) {
        Dataset2D data = Generators.circle(500, 0.1, 1);
        Features x = Features.of(data.points());
        out.printf(Locale.ROOT, "bare training step, 2-8-8-1 adam, 500 points, full batch (one step = one epoch); "
                + "median of %d rounds of %.1f s after %.1f s of warm-up:%n", ROUNDS, seconds / ROUNDS, seconds / 2);
        for (Activation g : new Activation[] {Activation.TANH, Activation.RELU}) {
            MlpConfig config = MlpConfig.builder().hiddenLayerSizes(8, 8).activation(g).batchSize(500)
                    .learningRateInit(0.01).seed(0).shuffleSeed(0).build();
            MlpClassifier model = new MlpClassifier(config);
            model.setClasses(new int[] {0, 1});
            EpochLoop loop = model.epochLoop(x, data.labels(), false);
            measure(loop, seconds / 2);
            double[] cpu = new double[ROUNDS];
            double[] wall = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                double[] rates = measure(loop, seconds / ROUNDS);
                cpu[r] = rates[0];
                wall[r] = rates[1];
            }
            out.printf(Locale.ROOT, "  %-5s %,9.0f steps per CPU s  (%,9.0f per wall s)%n", g.sklearnName(), median(cpu), median(wall));
            out.flush();
        }
    }

    /** Steps per CPU second of this thread and per wall second, over about {@code seconds}. */
    private static double[] measure(EpochLoop loop, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long steps = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9) {
            for (int i = 0; i < 100; i++) {
                loop.step();
            }
            steps += 100;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        return new double[] {steps / cpu, steps / wall};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
