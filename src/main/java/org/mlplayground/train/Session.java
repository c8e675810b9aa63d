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
 * that steps it (with or without the stop rules), and its metrics in a bounded history (training
 * data loss from the epoch itself; accuracy or R^2 on a fixed sample of at most
 * {@link #TRAIN_SAMPLE} training rows; loss and score on the test data).
 *
 * <p>The metrics are measured at the end of an epoch, but not after every one: every epoch up to
 * {@link #EVERY_EPOCH_UNTIL}, every epoch while {@link #measureEveryEpoch} is set (a Step command,
 * so that a script sees the same history on any machine), every epoch where a stop rule may fire,
 * and otherwise at most once per {@link #MEASURE_PERIOD_SECONDS} of training and once per
 * {@link #MEASURE_COST_FACTOR} times a measurement's duration. An epoch left
 * unmeasured is measured later by {@link #flush()} if the weights are still its weights (nothing
 * stepped since), so a snapshot shows the latest epoch whenever it can. The stop rules themselves
 * never depend on this: they use the loop's own per-epoch training loss and validation score.
 */
final class Session {

    static final int TRAIN_SAMPLE = 2000;
    /** Rows the gradient-health meter measures on. */
    static final int HEALTH_SAMPLE = 128;
    /** Gradient-health measurements kept. */
    static final int HEALTH_KEPT = 256;
    /** Every epoch up to this one is measured. */
    static final long EVERY_EPOCH_UNTIL = 128;
    /** Otherwise, while playing, metrics are measured at most once in this much training time. */
    static final double MEASURE_PERIOD_SECONDS = 0.005;
    /** ... and at most once in this many times a measurement's (smoothed) duration: at most 5% of the time. */
    static final double MEASURE_COST_FACTOR = 20;

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
    private boolean stopRules;
    /** Whether every epoch is measured (set while a Step command runs). */
    boolean measureEveryEpoch;
    private double lastMeasuredAt = Double.NEGATIVE_INFINITY;
    private double measureGap = MEASURE_PERIOD_SECONDS;
    private double measureCost;
    /** The epoch that ended last and was not measured, or -1; its weights are the live ones. */
    private long pendingEpoch = -1;
    private long pendingStep;
    private double pendingSeconds;

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
        this.stopRules = stopRules;
        healthMeter = new GradientHealthMeter(trainSample, trainSampleTargets, HEALTH_SAMPLE, 0x4ea1);
        // called at the end of every epoch, before a stop rule may restore earlier weights
        estimator.setEpochListener(h -> {
            double now = clock.getAsDouble();
            if (measureEveryEpoch || h.iterations() <= EVERY_EPOCH_UNTIL || now - lastMeasuredAt >= measureGap
                    || mayStop(h)) {
                record(h.iterations(), h.steps(), now);
            } else {
                pendingEpoch = h.iterations();
                pendingStep = h.steps();
                pendingSeconds = now;
            }
            measureHealth(h.iterations());
        });
    }

    /** One minibatch step of the loop; an epoch that ended before it and was not measured is skipped. */
    EpochLoop.Status step() {
        pendingEpoch = -1;
        EpochLoop.Status status = loop.step();
        if (status == EpochLoop.Status.STOPPED) {
            pendingEpoch = -1; // the weights may be the restored best ones, not the last epoch's
        }
        return status;
    }

    /**
     * Measures the latest epoch now if it ended unmeasured and nothing has stepped since (before a
     * snapshot, before a command that may change the weights).
     */
    void flush() {
        if (pendingEpoch >= 0) {
            long epoch = pendingEpoch;
            pendingEpoch = -1;
            record(epoch, pendingStep, pendingSeconds);
        }
    }

    private void record(long epoch, long step, double seconds) {
        pendingEpoch = -1;
        lastMeasuredAt = seconds;
        long start = System.nanoTime();
        lastPoint = measure(epoch, step, seconds);
        history.add(lastPoint);
        double took = (System.nanoTime() - start) / 1e9;
        measureCost = measureCost == 0 ? took : 0.8 * measureCost + 0.2 * took; // one preempted measurement counts little
        measureGap = Math.max(MEASURE_PERIOD_SECONDS, MEASURE_COST_FACTOR * measureCost);
    }

    /** The configuration the model trains with now (the estimator's: one copy). */
    MlpConfig config() {
        return estimator.config();
    }

    /** Whether the loop applies the stop rules (else it stops only on divergence). */
    boolean stopRules() {
        return stopRules;
    }

    /** Whether a stop rule may fire at the end of this epoch (then it is measured at once). */
    private boolean mayStop(org.mlplayground.nn.TrainingHistory h) {
        MlpConfig c = estimator.config();
        return stopRules && (h.noImprovementCount() > c.nIterNoChange() || loop.epochsThisRun() >= c.maxIter());
    }

    /**
     * Goes on from the current weights with a new loop (other rules or another validation split):
     * a new run, as a warm start.
     */
    void newRun(boolean stopRules) {
        loop = newLoop(stopRules);
        this.stopRules = stopRules;
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
