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
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.MlpEstimator;
import org.mlplayground.nn.MlpRegressor;
import org.mlplayground.nn.Network;
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
        List<FitTask> tasks = new ArrayList<>();
        for (int r = 0; r < spec.rows(); r++) {
            for (int c = 0; c < spec.cols(); c++) {
                for (int f = 0; f < folds.size(); f++) {
                    tasks.add(new FitTask(r, c, f, folds.get(f)));
                }
                if (all != null) {
                    tasks.add(new FitTask(r, c, -1, all));
                }
            }
        }
        // biggest fits first packs the cores best; the order changes no result
        List<FitTask> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparingDouble(FitTask::cost).reversed());
        double totalCost = tasks.stream().mapToDouble(FitTask::cost).sum();
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
        CompletionService<FitTask> done = new ExecutorCompletionService<>(pool);
        try {
            for (FitTask t : ordered) {
                done.submit(t::fit, t);
            }
            int fitsDone = 0;
            int cellsDone = 0;
            double costDone = 0;
            while (fitsDone < tasks.size()) {
                Future<FitTask> f = done.poll(20, TimeUnit.MILLISECONDS);
                if (cancelled) {
                    throw new CancellationException("The sweep was cancelled");
                }
                if (f == null) {
                    continue;
                }
                FitTask t = get(f);
                fitsDone++;
                costDone += t.cost();
                int cell = t.row * spec.cols() + t.col;
                scores[cell][t.fold < 0 ? perCell - 1 : t.fold] = t.score;
                if (t.fold < 0) {
                    finals[cell] = t.network;
                    classes[cell] = t.classes;
                }
                SweepCell finished = null;
                if (--pending[cell] == 0) {
                    List<FoldScore> foldScores = List.of(scores[cell]).subList(0, folds.size());
                    finished = new SweepCell(t.row, t.col, spec.config(t.row, t.col), foldScores, finals[cell],
                            classes[cell], all != null ? scores[cell][perCell - 1] : null);
                    cells[cell] = finished;
                    cellsDone++;
                }
                if (progress != null) {
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double left = fitsDone == tasks.size() ? 0 : elapsed * (totalCost - costDone) / costDone;
                    progress.accept(new SweepProgress(fitsDone, tasks.size(), cellsDone, cellCount, elapsed, left,
                            finished));
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

    private FitTask get(Future<FitTask> f) throws InterruptedException {
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

    /** One fit: a cell's configuration on one fold's rows. */
    private final class FitTask {
        final int row;
        final int col;
        final int fold;
        final Fold rows;
        FoldScore score;
        Network network;
        int[] classes;

        FitTask(int row, int col, int fold, Fold rows) {
            this.row = row;
            this.col = col;
            this.fold = fold;
            this.rows = rows;
        }

        /** Work estimate: parameters times training rows (epochs are not known in advance). */
        double cost() {
            long params = 0;
            int previous = problem.train().cols();
            for (int h : spec.architecture(row)) {
                params += (long) previous * h + h;
                previous = h;
            }
            params += (long) previous * Math.max(1, problem.outputs()) + problem.outputs();
            return (double) params * rows.train.length;
        }

        void fit() {
            MlpConfig config = spec.config(row, col);
            Features x = problem.train().select(rows.train);
            MlpEstimator model = problem.isClassification() ? new MlpClassifier(config) : new MlpRegressor(config);
            model.setEpochListener(h -> {
                if (cancelled) {
                    throw new CancellationException("The sweep was cancelled");
                }
            });
            long t0 = System.nanoTime();
            double trainScore;
            double validationScore = Double.NaN;
            double f1 = Double.NaN;
            if (model instanceof MlpClassifier c) {
                int[] y = pick(problem.trainLabels(), rows.train);
                c.fit(x, y);
                t0 = System.nanoTime() - t0;
                trainScore = c.score(x, y);
                if (rows.validation != null) {
                    int[] truth = pick(problem.trainLabels(), rows.validation);
                    int[] predicted = c.predict(problem.train().select(rows.validation));
                    validationScore = accuracy(truth, predicted);
                    f1 = ClassificationReport.of(ConfusionMatrix.of(truth, predicted, null), null).macroF1();
                }
                classes = c.classes();
            } else {
                MlpRegressor r = (MlpRegressor) model;
                DMatrixRMaj y = Features.selectRows(problem.trainTargets(), rows.train);
                r.fit(x, y);
                t0 = System.nanoTime() - t0;
                trainScore = r.score(x, y);
                if (rows.validation != null) {
                    validationScore = r.score(problem.train().select(rows.validation),
                            Features.selectRows(problem.trainTargets(), rows.validation));
                }
            }
            Network net = model.networkCopy();
            score = new FoldScore(trainScore, validationScore, f1, weightNorm(net), model.history().iterations(), t0 / 1e9);
            if (fold < 0) {
                network = net;
            }
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
