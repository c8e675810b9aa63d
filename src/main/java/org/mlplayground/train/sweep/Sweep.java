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
import org.mlplayground.data.Split;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.WorkerPool;
import org.mlplayground.train.TrainingProblem;

/**
 * Runs a {@link SweepSpec} on the training part of a {@link TrainingProblem}: every (cell, fold)
 * fit, plus each cell's final model if asked, on a pool of threads sized to the machine: a row's
 * alphas on one fold train together on one thread ({@link RowFits}). Every fit is seeded by the
 * spec, never by the thread or the order fits finish in, so the result has the same bits on any
 * number of cores.
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
        List<RowFits.Fold> folds = new ArrayList<>();
        for (Split s : splits) {
            folds.add(new RowFits.Fold(s.train(), s.test()));
        }
        RowFits.Fold all = spec.finalModels() ? new RowFits.Fold(java.util.stream.IntStream.range(0, n).toArray(), null) : null;
        WorkMeter meter = new WorkMeter();
        List<RowFits> tasks = new ArrayList<>();
        for (int r = 0; r < spec.rows(); r++) {
            for (int f = 0; f < folds.size(); f++) {
                tasks.add(new RowFits(problem, spec, r, f, folds.get(f), this::isCancelled, meter));
            }
            if (all != null) {
                tasks.add(new RowFits(problem, spec, r, -1, all, this::isCancelled, meter));
            }
        }
        // biggest fits first packs the cores best; the order changes no result
        List<RowFits> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparingDouble(RowFits::cost).reversed());
        double totalCost = tasks.stream().mapToDouble(RowFits::cost).sum();
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
        CompletionService<RowFits> done = new ExecutorCompletionService<>(pool);
        try {
            for (RowFits t : ordered) {
                done.submit(t::fit, t);
            }
            int fitsDone = 0;
            int cellsDone = 0;
            double reported = 0;
            while (fitsDone < fitCount) {
                Future<RowFits> f = done.poll(20, TimeUnit.MILLISECONDS);
                if (cancelled) {
                    throw new CancellationException("The sweep was cancelled");
                }
                if (f == null) {
                    // between finished fits, the epochs done (a row's alphas take seconds together)
                    double work = meter.done();
                    if (progress != null && work - reported >= 0.01 * totalCost) {
                        reported = work;
                        progress.accept(progressOf(fitsDone, fitCount, cellsDone, cellCount, start, work, totalCost, null));
                    }
                    continue;
                }
                RowFits t = get(f);
                for (int col = 0; col < spec.cols(); col++) {
                    RowFits.Fit fit = t.fits[col];
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
                        reported = meter.done();
                        progress.accept(progressOf(fitsDone, fitCount, cellsDone, cellCount, start, reported, totalCost,
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

    /** A report: the time left from the work done so far (weighted by each fit's size), NaN before any. */
    private static SweepProgress progressOf(int fitsDone, int fitCount, int cellsDone, int cellCount, long start,
                                            double work, double totalCost, SweepCell finished) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        double fraction = fitsDone == fitCount ? 1 : Math.min(1, work / totalCost);
        double left = fitsDone == fitCount ? 0 : work > 0 ? elapsed * (totalCost - work) / work : Double.NaN;
        return new SweepProgress(fitsDone, fitCount, cellsDone, cellCount, elapsed, left, fraction, finished);
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

    private RowFits get(Future<RowFits> f) throws InterruptedException {
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

}
