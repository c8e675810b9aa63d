package org.mlplayground.train.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.Split;
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
import org.mlplayground.nn.WorkerPool;
import org.mlplayground.train.TrainingProblem;

/**
 * Runs a {@link SweepSpec} on the training part of a {@link TrainingProblem}: every (cell, fold)
 * fit, plus each cell's final model if asked, on a pool of threads sized to the machine, each fit
 * on one thread. Every fit is seeded by the spec, never by the thread or the order fits finish
 * in, so the result has the same bits on any number of cores.
 *
 * <p>{@link #run} blocks its caller (a background thread in the app) and reports progress on that
 * thread; {@link #cancel} from any thread stops every fit at its next epoch (a fraction of a
 * second) and makes {@code run} throw {@link CancellationException} once no fit runs any more.
 * A failing fit (bad data) stops the others and its exception comes out of {@code run}. One sweep
 * runs once.
 */
public final class Sweep {

    private final TrainingProblem problem;
    private final SweepSpec spec;
    private volatile boolean cancelled;

    /** A sweep of {@code spec} over the training rows of {@code problem} (its test part is not used). */
    public Sweep(TrainingProblem problem, SweepSpec spec) {
        this.problem = problem;
        this.spec = spec;
    }

    /** Asks the running sweep to stop; {@link #run} then throws {@link CancellationException}. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs on as many threads as the machine has cores. */
    public SweepResult run(Consumer<SweepProgress> progress) {
        return run(progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs every fit, {@code threads} at a time, and returns the result.
     *
     * @param progress hears every finished fit on this thread (may be null)
     * @throws CancellationException    if cancelled (or this thread interrupted)
     * @throws Validation.CannotSplit if the data cannot be split as asked (too few rows per fold)
     */
    public SweepResult run(Consumer<SweepProgress> progress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("A sweep needs at least 1 thread, got " + threads);
        }
        long start = System.nanoTime();
        boolean classification = problem.isClassification();
        int n = problem.train().rows();
        List<Split> splits;
        try {
            splits = spec.validation().splits(n, classification ? problem.trainLabels() : null);
        } catch (IllegalArgumentException e) {
            throw new Validation.CannotSplit(e.getMessage());
        }
        List<Fold> folds = new ArrayList<>();
        for (Split s : splits) {
            folds.add(new Fold(s.train(), s.test()));
        }
        Fold all = spec.finalModels() ? new Fold(java.util.stream.IntStream.range(0, n).toArray(), null) : null;
        List<FoldTask> tasks = new ArrayList<>();
        for (int r = 0; r < spec.rows(); r++) {
            for (int f = 0; f < folds.size(); f++) {
                tasks.add(new FoldTask(r, f, folds.get(f)));
            }
            if (all != null) {
                tasks.add(new FoldTask(r, -1, all));
            }
        }
        // biggest fits first packs the cores best; the order changes no result
        List<FoldTask> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparingDouble(FoldTask::cost).reversed());
        double totalCost = tasks.stream().mapToDouble(FoldTask::cost).sum();
        int fitCount = tasks.size() * spec.cols();
        int perCell = folds.size() + (all != null ? 1 : 0);
        int cellCount = spec.rows() * spec.cols();
        FoldScore[][] scores = new FoldScore[cellCount][perCell];
        Network[] finals = new Network[cellCount];
        int[][] classes = new int[cellCount][];
        int[] pending = new int[cellCount];
        java.util.Arrays.fill(pending, perCell);
        SweepCell[] cells = new SweepCell[cellCount];

        java.util.List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ThreadFactory named = WorkerPool.singleThreadedFactory("mlp-sweep");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = named.newThread(r);
            workers.add(t);
            return t;
        });
        CompletionService<FoldTask> done = new ExecutorCompletionService<>(pool);
        try {
            for (FoldTask t : ordered) {
                done.submit(t::fit, t);
            }
            int fitsDone = 0;
            int cellsDone = 0;
            double costDone = 0;
            while (fitsDone < fitCount) {
                Future<FoldTask> f = done.poll(20, TimeUnit.MILLISECONDS);
                if (cancelled) {
                    throw new CancellationException("The sweep was cancelled");
                }
                if (f == null) {
                    continue;
                }
                FoldTask t = get(f);
                costDone += t.cost();
                for (int col = 0; col < spec.cols(); col++) {
                    Fit fit = t.fits[col];
                    fitsDone++;
                    int cell = t.row * spec.cols() + col;
                    scores[cell][t.fold < 0 ? perCell - 1 : t.fold] = fit.score;
                    if (t.fold < 0) {
                        finals[cell] = fit.network;
                        classes[cell] = fit.classes;
                    }
                    SweepCell finished = null;
                    if (--pending[cell] == 0) {
                        List<FoldScore> foldScores = List.of(scores[cell]).subList(0, folds.size());
                        finished = new SweepCell(t.row, col, spec.config(t.row, col), foldScores, finals[cell],
                                classes[cell], all != null ? scores[cell][perCell - 1] : null);
                        cells[cell] = finished;
                        cellsDone++;
                    }
                    if (progress != null) {
                        double elapsed = (System.nanoTime() - start) / 1e9;
                        double left = fitsDone == fitCount ? 0 : elapsed * (totalCost - costDone) / costDone;
                        progress.accept(new SweepProgress(fitsDone, fitCount, cellsDone, cellCount, elapsed, left,
                                finished));
                    }
                }
            }
        } catch (InterruptedException e) {
            cancelled = true;
            Thread.currentThread().interrupt();
            throw new CancellationException("The sweep was interrupted");
        } finally {
            if (fitsPending(pending)) {
                cancelled = true;
            }
            pool.shutdownNow();
            awaitStop(pool, workers);
        }
        return new SweepResult(spec, classification, List.of(cells), (System.nanoTime() - start) / 1e9, threads);
    }

    /**
     * Waits (a fraction of a second: each fit checks the flag every epoch) until no fit runs and
     * the pool's threads have ended, so that nothing of the sweep outlives {@link #run}.
     */
    private static void awaitStop(ExecutorService pool, java.util.List<Thread> workers) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
            for (Thread t : workers) {
                t.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean fitsPending(int[] pending) {
        for (int p : pending) {
            if (p > 0) {
                return true;
            }
        }
        return false;
    }

    private FoldTask get(Future<FoldTask> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("A sweep fit failed: " + cause, cause);
        }
    }

    /** The rows one fit trains on and is validated on (null: none, the final model). */
    private record Fold(int[] train, int[] validation) {
    }

    /** One cell's fit on one fold: its scores, and its network and classes for a final model. */
    private static final class Fit {
        FoldScore score;
        Network network;
        int[] classes;
    }

    /**
     * A row's fits on one fold's rows: every alpha of the row, side by side on one thread in
     * lockstep (each model's step on a minibatch before any model's step on the next). The
     * alphas share the seed, so their epochs visit the same minibatches, and the training rows
     * {@link Features#sharingBatches share them}: each is copied and sorted once for all. Each
     * model's arithmetic is that of a fit on its own (the same bits).
     */
    private final class FoldTask {
        final int row;
        final int fold;
        final Fold rows;
        final Fit[] fits = new Fit[spec.cols()];

        FoldTask(int row, int fold, Fold rows) {
            this.row = row;
            this.fold = fold;
            this.rows = rows;
        }

        /** Work estimate: parameters times training rows times alphas (epochs are not known in advance). */
        double cost() {
            long params = 0;
            int previous = problem.train().cols();
            for (int h : spec.architecture(row)) {
                params += (long) previous * h + h;
                previous = h;
            }
            params += (long) previous * Math.max(1, problem.outputs()) + problem.outputs();
            return (double) params * rows.train.length * spec.cols();
        }

        void fit() {
            Features x = problem.train().select(rows.train);
            boolean classification = problem.isClassification();
            int[] labels = classification ? pick(problem.trainLabels(), rows.train) : null;
            DMatrixRMaj targets = classification ? null : Features.selectRows(problem.trainTargets(), rows.train);
            MlpEstimator[] models = new MlpEstimator[spec.cols()];
            for (int c = 0; c < models.length; c++) {
                MlpConfig config = spec.config(row, c);
                models[c] = classification ? new MlpClassifier(config) : new MlpRegressor(config);
                models[c].setEpochListener(h -> {
                    if (cancelled) {
                        throw new CancellationException("The sweep was cancelled");
                    }
                });
            }
            double[] seconds = spec.base().solver() == Solver.LBFGS ? oneByOne(models, x, labels, targets)
                    : inLockstep(models, x.sharingBatches(), labels, targets);
            Features validation = rows.validation == null ? null : problem.train().select(rows.validation);
            int[] truth = rows.validation == null || !classification ? null
                    : pick(problem.trainLabels(), rows.validation);
            DMatrixRMaj validationTargets = rows.validation == null || classification ? null
                    : Features.selectRows(problem.trainTargets(), rows.validation);
            for (int c = 0; c < models.length; c++) {
                fits[c] = score(models[c], x, labels, targets, validation, truth, validationTargets, seconds[c]);
            }
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
         * would; returns each model's share of the wall time, in proportion to its steps (the
         * models share the architecture, so a step costs about the same in each).
         */
        private double[] inLockstep(MlpEstimator[] models, Features x, int[] labels, DMatrixRMaj targets) {
            long start = System.nanoTime();
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
            long totalSteps = 0;
            for (int running = models.length; running > 0; ) {
                for (int c = 0; c < models.length; c++) {
                    if (loops[c] == null) {
                        continue;
                    }
                    steps[c]++;
                    totalSteps++;
                    if (loops[c].step() == EpochLoop.Status.STOPPED) {
                        loops[c] = null;
                        running--;
                    }
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double[] seconds = new double[models.length];
            for (int c = 0; c < models.length; c++) {
                seconds[c] = wall * steps[c] / totalSteps;
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
                    int[] predicted = c.predict(validation);
                    validationScore = accuracy(truth, predicted);
                    f1 = ClassificationReport.of(ConfusionMatrix.of(truth, predicted, null), null).macroF1();
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
            fit.score = new FoldScore(trainScore, validationScore, f1, weightNorm(net), model.history().iterations(),
                    fitSeconds);
            if (fold < 0) {
                fit.network = net;
            }
            return fit;
        }
    }

    /** sqrt(sum W^2) over every layer's coefs, biases excluded (what alpha penalises). */
    public static double weightNorm(Network net) {
        double s = 0;
        for (int l = 0; l < net.weightLayers(); l++) {
            for (double w : net.coefs(l).data) {
                s += w * w;
            }
        }
        return Math.sqrt(s);
    }

    private static double accuracy(int[] truth, int[] predicted) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == predicted[i]) {
                correct++;
            }
        }
        return (double) correct / truth.length;
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
