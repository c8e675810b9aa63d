package org.mlplayground.train;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.Scores;
import org.mlplayground.nn.EpochLoop;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.GradientHealth;
import org.mlplayground.nn.GradientHealthMeter;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Probe;

/**
 * One problem and the model learning it, owned by the training thread: the {@link EpochLoop}
 * that steps it (with or without the stop rules), and after every epoch its metrics in a
 * bounded history (training data loss from the epoch itself; accuracy or R^2 on a fixed sample
 * of at most {@link #TRAIN_SAMPLE} training rows; loss and score on the test data).
 */
final class Session {

    static final int TRAIN_SAMPLE = 2000;
    /** Rows the gradient-health meter measures on. */
    static final int HEALTH_SAMPLE = 128;
    /** Gradient-health measurements kept. */
    static final int HEALTH_KEPT = 256;

    final TrainingProblem problem;
    final MlpEstimator estimator;
    EpochLoop loop;
    private final MetricHistory history = new MetricHistory();
    private final DoubleSupplier clock;
    private HistoryPoint lastPoint;
    private final MlpClassifier classifier;
    private final MlpRegressor regressor;
    private final Features trainSample;
    private final DMatrixRMaj trainSampleTargets;
    private final DMatrixRMaj testTargets;
    private final DMatrixRMaj outputs = new DMatrixRMaj(1, 1);
    private Probe trainProbe;
    private Probe testProbe;
    private final GradientHealthMeter healthMeter;
    private final java.util.ArrayDeque<GradientHealth> health = new java.util.ArrayDeque<>();
    private List<GradientHealth> healthView = List.of();

    /**
     * @param stopRules whether the loop stops as {@code fit} does (tol, max_iter, early stopping) or only on divergence
     * @param clock     training seconds so far, for the history
     */
    Session(TrainingProblem problem, MlpConfig config, boolean stopRules, DoubleSupplier clock) {
        this.clock = clock;
        this.problem = problem;
        if (problem.isClassification()) {
            classifier = new MlpClassifier(config);
            classifier.setClasses(problem.classes());
            regressor = null;
            estimator = classifier;
        } else {
            regressor = new MlpRegressor(config);
            classifier = null;
            estimator = regressor;
        }
        estimator.initialize(problem.train().cols(), problem.outputs());
        int[] sample = sampleRows(problem.train().rows());
        trainSample = sample == null ? problem.train() : problem.train().select(sample);
        DMatrixRMaj allTargets = problem.isClassification()
                ? classifier.encodeLabels(problem.trainLabels()) : problem.trainTargets();
        trainSampleTargets = sample == null ? allTargets : Features.selectRows(allTargets, sample);
        testTargets = problem.test() == null ? null
                : problem.isClassification() ? classifier.encodeLabels(problem.testLabels()) : problem.testTargets();
        loop = newLoop(stopRules);
        healthMeter = new GradientHealthMeter(trainSample, trainSampleTargets, HEALTH_SAMPLE, 0x4ea1);
        // measured at the end of every epoch, before a stop rule may restore earlier weights
        estimator.setEpochListener(h -> {
            lastPoint = measure(h.iterations(), h.steps(), clock.getAsDouble());
            history.add(lastPoint);
            measureHealth(h.iterations());
        });
    }

    /**
     * Goes on from the current weights with a new loop (other rules or another validation split):
     * a new run, as a warm start.
     */
    void newRun(boolean stopRules) {
        loop = newLoop(stopRules);
    }

    private EpochLoop newLoop(boolean stopRules) {
        return classifier != null ? classifier.epochLoop(problem.train(), problem.trainLabels(), stopRules)
                : regressor.epochLoop(problem.train(), problem.trainTargets(), stopRules);
    }

    /** The latest epoch's metrics, or null before the first epoch. */
    HistoryPoint lastPoint() {
        return lastPoint;
    }

    /**
     * The gradient health of the latest measured epochs, oldest first (at most {@link #HEALTH_KEPT}):
     * every epoch up to 64, then every 2nd, 4th, .. (a power of two near epoch/64), so that a long
     * run costs the meter's few milliseconds rarely.
     */
    List<GradientHealth> health() {
        if (healthView.size() != health.size() || (!health.isEmpty() && healthView.get(healthView.size() - 1) != health.peekLast())) {
            healthView = List.copyOf(health);
        }
        return healthView;
    }

    private void measureHealth(long epoch) {
        long stride = Long.highestOneBit(Math.max(1, epoch / 64));
        if (epoch % stride != 0) {
            return;
        }
        MlpConfig c = estimator.config();
        health.addLast(healthMeter.measure(estimator.liveNetwork(), epoch, c.alpha(), c.l1()));
        if (health.size() > HEALTH_KEPT) {
            health.removeFirst();
        }
    }

    /** The bounded metric history now. */
    HistoryView history() {
        return history.view();
    }

    /** The metrics now, for the epoch just completed. */
    private HistoryPoint measure(long epoch, long step, double seconds) {
        Network net = estimator.liveNetwork();
        trainProbe = probeFor(trainProbe, net, trainSample);
        double trainScore = score(trainProbe, net, trainSampleTargets);
        double testLoss = Double.NaN;
        double testScore = Double.NaN;
        if (testTargets != null) {
            testProbe = probeFor(testProbe, net, problem.test());
            testScore = score(testProbe, net, testTargets);
            testLoss = net.output().loss(testTargets, outputs);
        }
        return new HistoryPoint(epoch, step, seconds, estimator.history().lastDataLoss(), testLoss, trainScore, testScore);
    }

    /** Accuracy or R^2 of {@code net} on the probe's inputs; leaves the outputs in {@link #outputs}. */
    private double score(Probe probe, Network net, DMatrixRMaj targets) {
        probe.outputs(net, outputs);
        if (!problem.isClassification()) {
            return Scores.r2(outputs, targets);
        }
        int correct = 0;
        int m = outputs.numCols;
        for (int r = 0; r < outputs.numRows; r++) {
            if (predictedClass(outputs, r, m) == predictedClass(targets, r, m)) {
                correct++;
            }
        }
        return (double) correct / outputs.numRows;
    }

    private static int predictedClass(DMatrixRMaj m, int r, int cols) {
        if (cols == 1) {
            return m.get(r, 0) > 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int c = 1; c < cols; c++) {
            if (m.get(r, c) > m.get(r, best)) {
                best = c;
            }
        }
        return best;
    }

    private static Probe probeFor(Probe probe, Network net, Features inputs) {
        return probe != null && probe.fits(net) ? probe : new Probe(net, inputs);
    }

    /** A fixed, seeded sample of at most TRAIN_SAMPLE rows, or null for all rows. */
    private static int[] sampleRows(int n) {
        if (n <= TRAIN_SAMPLE) {
            return null;
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        SplittableRandom random = new SplittableRandom(0x5eed);
        for (int i = 0; i < TRAIN_SAMPLE; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, TRAIN_SAMPLE);
    }
}
