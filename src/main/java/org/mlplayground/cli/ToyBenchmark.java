package org.mlplayground.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.EpochLoop;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.Probe;
import org.mlplayground.train.Command;
import org.mlplayground.train.PlaneGrid;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.TrainingService;
import org.mlplayground.train.TrainingSnapshot;


/**
 * The training service on the playground's kind of problem: 2-8-8-1 tanh on 500 circle points,
 * full batch, through the service, with and without snapshots, beside the bare loop on one
 * thread; and the time to build one snapshot's grids (100 x 100 plane, every neuron of a 6 x 8
 * network).
 */
final class ToyBenchmark {

    private ToyBenchmark() {
    }

    static void run(PrintWriter out, double seconds) throws InterruptedException {
        Dataset2D data = Generators.circle(500, 0.1, 1);
        Dataset2D test = Generators.circle(250, 0.1, 2);
        PlaneGrid plane = PlaneGrid.of(-6, 6, -6, 6, PlaneGrid.FeatureMap.IDENTITY);
        TrainingProblem problem = TrainingProblem.classification(Features.of(data.points()), data.labels(), Features.of(test.points()),
                test.labels(), plane);
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(8, 8).activation(Activation.TANH)
                .batchSize(500).learningRateInit(0.01).build();
        double[] bare = bareEpochsPerSecond(problem, config, seconds);
        double[] without = epochsPerSecond(problem, config, 0.01, seconds, null);
        double[] with = epochsPerSecond(problem, config, 30, seconds, null);
        PlaneGrid thumbnail = PlaneGrid.of(-6, 6, -6, 6, 43, PlaneGrid.FeatureMap.IDENTITY);
        double[] drawn = epochsPerSecond(problem, config, 30, seconds, new Command.SetPlaneDetail(thumbnail, null));
        out.printf("2-8-8-1 tanh, 500 points, full batch, through the training service "
                + "(per second of wall time; per second of the process's CPU time):%n");
        out.printf("  without snapshots:         %,8.0f epochs/s  (%,8.0f per CPU s; %,8.0f per CPU s of the training thread)%n",
                without[0], without[1], without[2]);
        out.printf("  with 30 snapshots/s:       %,8.0f epochs/s  (%,8.0f per CPU s; %,8.0f per CPU s of the training thread; "
                + "each with a 100x100 grid per neuron, on the snapshot thread)%n", with[0], with[1], with[2]);
        out.printf("  the same, grids at 43x43:  %,8.0f epochs/s  (%,8.0f per CPU s; %,8.0f per CPU s of the training thread; "
                + "Command.SetPlaneDetail)%n", drawn[0], drawn[1], drawn[2]);
        out.printf("  reference, the bare EpochLoop.step on one thread: %,8.0f epochs/s  (%,8.0f per CPU s of that thread)%n",
                bare[0], bare[1]);

        int[] sizes = {2, 8, 8, 8, 8, 8, 8, 1};
        Network deep = Network.glorot(sizes, Activation.TANH, OutputKind.LOGISTIC, 0);
        Probe probe = new Probe(deep, plane.inputs());
        double[] millis = new double[60];
        for (int i = 0; i < millis.length; i++) {
            long t = System.nanoTime();
            PlaneOutputs p = PlaneOutputs.compute(deep, plane, probe);
            millis[i] = (System.nanoTime() - t) / 1e6;
            if (p.hidden().length != 6) {
                throw new IllegalStateException("expected 6 hidden layers");
            }
        }
        Arrays.sort(millis);
        out.printf("  snapshot grids, 6x8 tanh network, 100x100 plane, 49 neurons: median %.2f ms (of %d)%n",
                millis[millis.length / 2], millis.length);
        for (int resolution : new int[] {43, 24}) {
            PlaneGrid small = PlaneGrid.of(-6, 6, -6, 6, resolution, PlaneGrid.FeatureMap.IDENTITY);
            Probe smallProbe = new Probe(deep, small.inputs());
            for (int i = 0; i < millis.length; i++) {
                long t = System.nanoTime();
                PlaneOutputs.compute(deep, small, smallProbe);
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            out.printf("  the same at the %dx%d a thumbnail is drawn at: median %.2f ms%n", resolution, resolution,
                    millis[millis.length / 2]);
        }
    }

    /**
     * From a cold JVM: a 6 x 8 tanh network on 1,000 circle points (batch 10, 30 snapshots a
     * second with the 100 x 100 grids) through the service; prints the steps per second in each
     * half second and when the rate first reaches 80% of the last seconds' rate.
     */
    static void warmup(PrintWriter out, double seconds) throws InterruptedException {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Dataset2D data = Generators.circle(1000, 0.1, 1);
        PlaneGrid plane = PlaneGrid.of(-6, 6, -6, 6, PlaneGrid.FeatureMap.IDENTITY);
        TrainingProblem problem = TrainingProblem.classification(Features.of(data.points()), data.labels(), null, null, plane);
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(8, 8, 8, 8, 8, 8).activation(Activation.TANH)
                .batchSize(10).learningRateInit(0.003).build();
        int slots = (int) Math.ceil(seconds * 2);
        double[] rates = new double[slots];
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.SetSnapshotRate(30));
            service.send(new Command.Configure(problem, config));
            service.send(new Command.Play());
            double sinceJvmStart = (System.currentTimeMillis() - jvmStart) / 1e3;
            long lastStep = 0;
            for (int i = 0; i < slots; i++) {
                Thread.sleep(500);
                long step = service.latest().step();
                rates[i] = (step - lastStep) * 2.0;
                lastStep = step;
            }
            service.send(new Command.Pause());
            out.printf("6x8 tanh, 1,000 points, batch 10, 30 snapshots/s, from a cold JVM (training started %.1f s "
                    + "after the JVM):%n", sinceJvmStart);
        }
        StringBuilder line = new StringBuilder("  steps/s per half second:");
        for (double r : rates) {
            line.append(String.format(" %,.0f", r));
        }
        out.println(line);
        int tail = Math.max(1, slots / 4);
        double[] last = Arrays.copyOfRange(rates, slots - tail, slots);
        Arrays.sort(last);
        double warm = last[last.length / 2];
        int reached = slots;
        for (int i = 0; i < slots; i++) {
            if (rates[i] >= 0.8 * warm) {
                reached = i;
                break;
            }
        }
        double lost = 0;
        for (int i = 0; i < reached; i++) {
            lost += (warm - rates[i]) / 2.0 / warm;
        }
        out.printf("  warm rate %,.0f steps/s, first reached 80%% of it after %.1f s; the warm-up cost %.1f s of warm "
                + "training%n", warm, reached / 2.0, lost);
    }

    /**
     * The same training without the service, on this thread: {epochs per wall second, epochs per
     * second of this thread's CPU time}, after 2,000 epochs of warm-up.
     */
    private static double[] bareEpochsPerSecond(TrainingProblem problem, MlpConfig config, double seconds) {
        MlpClassifier model = new MlpClassifier(config);
        model.setClasses(problem.classes());
        model.initialize(problem.train().cols(), problem.outputs());
        EpochLoop loop = model.epochLoop(problem.train(), problem.trainLabels(), false);
        for (int i = 0; i < 2000; i++) {
            loop.step();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = start + (long) (seconds * 1e9);
        long epochs = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                loop.step();
            }
            epochs += 100;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new double[] {epochs / elapsed, cpu > 0 ? epochs / cpu : Double.NaN};
    }

    /** The id of the live service's training thread (named "training"). */
    private static long trainingThreadId() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("training") && t.isAlive()) {
                return t.getId();
            }
        }
        throw new IllegalStateException("the training thread is not running");
    }

    /** {epochs per wall second, per second of process CPU time, per second of the training thread's CPU time}. */
    private static double[] epochsPerSecond(TrainingProblem problem, MlpConfig config, double snapshotsPerSecond,
                                            double seconds, Command.SetPlaneDetail detail) throws InterruptedException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.SetSnapshotRate(snapshotsPerSecond));
            service.send(detail != null ? detail : new Command.SetPlaneDetail(null, null));
            service.send(new Command.Configure(problem, config));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 2000));
            awaitPaused(service, 4);
            long startEpoch = service.latest().epoch();
            long start = System.nanoTime();
            long cpuStart = BenchCommand.processCpuNanos();
            long trainingThread = trainingThreadId();
            long threadStart = threads.getThreadCpuTime(trainingThread);
            service.send(new Command.Play());
            Thread.sleep((long) (seconds * 1000));
            service.send(new Command.Pause());
            TrainingSnapshot end = awaitPaused(service, 6);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (BenchCommand.processCpuNanos() - cpuStart) / 1e9;
            double threadCpu = (threads.getThreadCpuTime(trainingThread) - threadStart) / 1e9;
            long epochs = end.epoch() - startEpoch;
            return new double[] {epochs / elapsed, cpu > 0 ? epochs / cpu : Double.NaN,
                    threadCpu > 0 ? epochs / threadCpu : Double.NaN};
        }
    }

    private static TrainingSnapshot awaitPaused(TrainingService service, long commands) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            TrainingSnapshot s = service.latest();
            if (s.commands() == commands && s.state() == org.mlplayground.train.TrainingState.PAUSED) {
                return s;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the training service did not pause in time");
    }
}
