package org.mlplayground.train.sweep;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.metrics.ClassificationReport;
import org.mlplayground.metrics.ConfusionMatrix;
import org.mlplayground.nn.EpochLoop;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.TrainingProblem;

/**
 * A row's fits on one fold's rows: every alpha of the row, side by side on one thread in
 * lockstep (each model's step on a minibatch before any model's step on the next). The
 * alphas share the seed, so their epochs visit the same minibatches, and the training rows
 * {@link Features#sharingBatches share them}: each is copied and sorted once for all. Each
 * model's arithmetic is that of a fit on its own (the same bits).
 */
final class RowFits {

    /** The rows one fit trains on and is validated on (null: none, the final model). */
    record Fold(int[] train, int[] validation) {
    }

    /** One cell's fit on one fold: its scores, and its network and classes for a final model. */
    static final class Fit {
        FoldScore score;
        Network network;
        int[] classes;
    }

    /**
     * A step's work beyond its parameters, in parameters: a fixed part, and a part per input
     * column (copying and sorting the batch). One thread's fits of 10 epochs on 6,667 MNIST
     * digits (784 columns) took 0.06 s for {@code {3,3}} (2,400 parameters) and 0.39 s for
     * {@code 100} (79,500), so t is about proportional to parameters + 12,000 there (the time left
     * was too short while the small networks ran); on two columns (the playground's points) a
     * constant 12,000 made every network weigh about the same, and the time left was two to four
     * times too long while the big ones ran first.
     */
    static final long STEP_OVERHEAD = 1_000;
    static final long STEP_OVERHEAD_PER_COLUMN = 14;

    private final TrainingProblem problem;
    private final SweepSpec spec;
    private final BooleanSupplier cancelled;
    /** The sweep's estimated work done, in {@link #cost} units: credited as epochs end, the rest when the fits end. */
    private final WorkMeter work;
    /** What this task credited to {@link #work} so far (its worker thread only). */
    private double credited;
    final int row;
    /** The fold's index, or -1 for the final models on all the training rows. */
    final int fold;
    final Fold rows;
    /** Each alpha's fit, once {@link #fit} has run. */
    final Fit[] fits;
    private final double cost;

    RowFits(TrainingProblem problem, SweepSpec spec, int row, int fold, Fold rows, BooleanSupplier cancelled,
            WorkMeter work) {
        this.work = work;
        this.problem = problem;
        this.spec = spec;
        this.row = row;
        this.fold = fold;
        this.rows = rows;
        this.cancelled = cancelled;
        this.fits = new Fit[spec.cols()];
        long params = 0;
        int previous = problem.train().cols();
        for (int h : spec.architecture(row)) {
            params += (long) previous * h + h;
            previous = h;
        }
        params += (long) previous * Math.max(1, problem.outputs()) + problem.outputs();
        long overhead = STEP_OVERHEAD + STEP_OVERHEAD_PER_COLUMN * problem.train().cols();
        this.cost = (double) (params + overhead) * rows.train.length * spec.cols();
    }

    /**
     * Work estimate: (parameters + the step's overhead, {@link #STEP_OVERHEAD} and
     * {@link #STEP_OVERHEAD_PER_COLUMN}) times training rows times alphas (epochs
     * are not known in advance).
     */
    double cost() {
        return cost;
    }

    void fit() {
        Features x = problem.train().select(rows.train);
        boolean classification = problem.isClassification();
        int[] labels = classification ? Features.selectLabels(problem.trainLabels(), rows.train) : null;
        DMatrixRMaj targets = classification ? null : Features.selectRows(problem.trainTargets(), rows.train);
        MlpEstimator[] models = new MlpEstimator[spec.cols()];
        for (int c = 0; c < models.length; c++) {
            MlpConfig config = spec.config(row, c);
            models[c] = classification ? new MlpClassifier(config) : new MlpRegressor(config);
            double perModel = cost() / models.length;
            models[c].setEpochListener(h -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The sweep was cancelled");
                }
                double perEpoch = perModel / work.expectedEpochs(config.maxIter());
                if (credited + perEpoch < cost()) {
                    credited += perEpoch;
                    work.add(perEpoch);
                }
            });
        }
        double[] seconds = spec.base().solver() == Solver.LBFGS ? oneByOne(models, x, labels, targets)
                : inLockstep(models, x.sharingBatches(), labels, targets);
        Features validation = rows.validation == null ? null : problem.train().select(rows.validation);
        int[] truth = rows.validation == null || !classification ? null
                : Features.selectLabels(problem.trainLabels(), rows.validation);
        DMatrixRMaj validationTargets = rows.validation == null || classification ? null
                : Features.selectRows(problem.trainTargets(), rows.validation);
        for (int c = 0; c < models.length; c++) {
            fits[c] = score(models[c], x, labels, targets, validation, truth, validationTargets, seconds[c]);
            work.fitEnded(fits[c].score.epochs(), spec.config(row, c).maxIter());
        }
        // the work of epochs not run (a stop rule fired early) and of the scoring
        work.add(cost() - credited);
        credited = cost();
    }

    /** Fits each model in turn (lbfgs has no minibatch steps to share); each model's seconds. */
    private double[] oneByOne(MlpEstimator[] models, Features x, int[] labels, DMatrixRMaj targets) {
        double[] seconds = new double[models.length];
        for (int c = 0; c < models.length; c++) {
            long start = System.nanoTime();
            if (models[c] instanceof MlpClassifier m) {
                m.fit(x, labels);
            } else {
                ((MlpRegressor) models[c]).fit(x, targets);
            }
            seconds[c] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    /**
     * Steps every model once per round until each one's stop rule fires, as its {@code fit}
     * would (the order of the models within a round changes no bits); returns each model's
     * seconds: the time of its own steps, less the loading and sorting of shared minibatches its
     * step happened to pay for, plus its share of all that loading in proportion to its steps.
     */
    private double[] inLockstep(MlpEstimator[] models, Features x, int[] labels, DMatrixRMaj targets) {
        EpochLoop[] loops = new EpochLoop[models.length];
        for (int c = 0; c < models.length; c++) {
            if (models[c] instanceof MlpClassifier m) {
                m.setClasses(labels);
                loops[c] = m.epochLoop(x, labels, true);
            } else {
                loops[c] = ((MlpRegressor) models[c]).epochLoop(x, targets, true);
            }
        }
        long[] steps = new long[models.length];
        long[] own = new long[models.length];
        long totalSteps = 0;
        // each round starts with the next model: the one after a batch is loaded finds its own
        // weights out of the cache, a cost spread over all of them, not charged to the first alpha
        for (int running = models.length, round = 0; running > 0; round++) {
            for (int i = 0; i < models.length; i++) {
                int c = (round + i) % models.length;
                if (loops[c] == null) {
                    continue;
                }
                steps[c]++;
                totalSteps++;
                long loaded = x.sharedBatchNanos();
                long start = System.nanoTime();
                EpochLoop.Status status = loops[c].step();
                own[c] += System.nanoTime() - start - (x.sharedBatchNanos() - loaded);
                if (status == EpochLoop.Status.STOPPED) {
                    loops[c] = null;
                    running--;
                }
            }
        }
        double shared = x.sharedBatchNanos();
        double[] seconds = new double[models.length];
        for (int c = 0; c < models.length; c++) {
            seconds[c] = (own[c] + shared * steps[c] / totalSteps) / 1e9;
        }
        return seconds;
    }

    private Fit score(MlpEstimator model, Features x, int[] labels, DMatrixRMaj targets, Features validation,
                      int[] truth, DMatrixRMaj validationTargets, double fitSeconds) {
        Fit fit = new Fit();
        double trainScore;
        double validationScore = Double.NaN;
        double f1 = Double.NaN;
        if (model instanceof MlpClassifier c) {
            trainScore = c.score(x, labels);
            if (validation != null) {
                ConfusionMatrix m = ConfusionMatrix.of(truth, c.predict(validation), null);
                validationScore = m.accuracy();
                f1 = ClassificationReport.of(m, null).macroF1();
            }
            fit.classes = c.classes();
        } else {
            MlpRegressor r = (MlpRegressor) model;
            trainScore = r.score(x, targets);
            if (validation != null) {
                validationScore = r.score(validation, validationTargets);
            }
        }
        Network net = model.networkCopy();
        fit.score = new FoldScore(trainScore, validationScore, f1, Sweep.weightNorm(net), model.history().iterations(),
                fitSeconds);
        if (fold < 0) {
            fit.network = net;
        }
        return fit;
    }
}
