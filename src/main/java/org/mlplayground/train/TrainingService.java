package org.mlplayground.train;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.Probe;

/**
 * Trains a model on its own thread. The thread owns the model, the optimizer state and the data;
 * everyone else sends {@link Command}s, which queue and are applied in order between minibatch
 * steps (the steps a {@link Command.Step} asks for all come before the next command), and reads {@link TrainingSnapshot}s, which the thread builds between steps at most
 * {@code snapshotsPerSecond} times a second and hands to listeners (on the training thread:
 * listeners must only store it) and to {@link #latest()}.
 *
 * <p>A NaN or infinite loss pauses training in the {@link TrainingState#DIVERGED} state; an
 * exception in a step or command is published as {@link TrainingState#ERROR} with its message.
 * Either way a reset or a new configuration continues. No JavaFX here: the command line drives
 * the same service.
 */
public final class TrainingService implements AutoCloseable {

    /** Default snapshot rate. */
    public static final double DEFAULT_SNAPSHOTS_PER_SECOND = 30;

    /** At most this many queued commands are applied between two steps. */
    private static final int COMMANDS_PER_STEP = 64;

    private final LinkedBlockingQueue<Command> queue = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>(TrainingSnapshot.idle());
    private final List<Consumer<TrainingSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopRequested;

    // owned by the training thread
    private Session session;
    private MlpConfig config;
    private TrainingState state = TrainingState.IDLE;
    private String message = "";
    private long commands;
    private long sequence;
    private long batchesToGo;
    private long epochsToGo;
    private double stepsPerSecondLimit;
    private long nextStepAt;
    private long snapshotPeriod = (long) (1e9 / DEFAULT_SNAPSHOTS_PER_SECOND);
    private long lastPublish = Long.MIN_VALUE / 2;
    private boolean publishPending = true;
    private long runningSince = -1;
    private long runningNanos;
    private long rateMarkStep;
    private double rateMarkSeconds;
    private double stepsPerSecond;
    private HistoryPoint lastPoint;
    private MetricHistory history = new MetricHistory();
    private Probe planeProbe;

    /** Starts the training thread, idle until configured. */
    public TrainingService() {
        thread = new Thread(this::loop, "training");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a command; it is applied after every command sent before it. */
    public void send(Command command) {
        if (command == null) {
            throw new IllegalArgumentException("A command must not be null");
        }
        if (!thread.isAlive()) {
            throw new IllegalStateException("The training service has stopped");
        }
        queue.add(command);
    }

    /** The newest snapshot. */
    public TrainingSnapshot latest() {
        return latest.get();
    }

    /** Hears every published snapshot, on the training thread; it must return quickly. */
    public void addListener(Consumer<TrainingSnapshot> listener) {
        listeners.add(listener);
        listener.accept(latest.get());
    }

    /** Stops the thread and waits for it to end (at most {@code timeoutMillis}). Returns whether it ended. */
    public boolean stop(long timeoutMillis) throws InterruptedException {
        stopRequested = true;
        if (thread.isAlive()) {
            queue.add(new Command.Stop());
        }
        thread.join(timeoutMillis);
        return !thread.isAlive();
    }

    /** Stops the thread and waits for it. */
    @Override
    public void close() {
        try {
            if (!stop(10_000)) {
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the training thread is alive. */
    public boolean isAlive() {
        return thread.isAlive();
    }

    private void loop() {
        try {
            while (!stopRequested) {
                if (stepping()) {
                    // a Step command is carried out whole before the next command: scripts stay deterministic
                    stepSafely();
                    if (System.nanoTime() - lastPublish >= snapshotPeriod) {
                        publish();
                    }
                    continue;
                }
                boolean active = state == TrainingState.RUNNING;
                long now = System.nanoTime();
                long wait = -1;
                if (active) {
                    wait = Math.max(0, nextStepAt - now);
                }
                if (publishPending) {
                    long untilPublish = Math.max(0, lastPublish + snapshotPeriod - now);
                    wait = wait < 0 ? untilPublish : Math.min(wait, untilPublish);
                }
                Command c = wait == 0 ? queue.poll() : wait < 0 ? queue.take() : queue.poll(wait, TimeUnit.NANOSECONDS);
                if (c != null) {
                    // a burst of commands (a slider dragged) is applied in slices, so training goes on
                    int applied = 0;
                    do {
                        if (c instanceof Command.Stop) {
                            return;
                        }
                        applySafely(c);
                    } while (++applied < COMMANDS_PER_STEP && !stepping() && (c = queue.poll()) != null);
                    publishPending = true;
                    if (state != TrainingState.RUNNING) {
                        lastPublish = Long.MIN_VALUE / 2; // while paused, show each change at once
                    }
                }
                if (state == TrainingState.RUNNING && System.nanoTime() >= nextStepAt) {
                    stepSafely();
                }
                if (publishPending && System.nanoTime() - lastPublish >= snapshotPeriod) {
                    publish();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            setRunning(false);
            state = TrainingState.STOPPED;
            message = "";
            publish();
        }
    }

    /** Whether a Step command's steps are under way (later commands wait for them). */
    private boolean stepping() {
        return state == TrainingState.RUNNING && (batchesToGo > 0 || epochsToGo > 0);
    }

    /** Applies a command; one that cannot be carried out is refused with a message, and nothing changes. */
    private void applySafely(Command c) {
        commands++;
        if (state != TrainingState.DIVERGED && state != TrainingState.ERROR) {
            message = "";
        }
        try {
            apply(c);
        } catch (RuntimeException | OutOfMemoryError e) {
            message = "Not done: " + describe(e);
        }
    }

    private void apply(Command c) {
        if (c instanceof Command.Configure configure) {
            configure(configure.problem(), configure.config());
            message = configure.notice();
            return;
        }
        if (c instanceof Command.SetSpeedLimit limit) {
            stepsPerSecondLimit = limit.stepsPerSecond() > 0 ? limit.stepsPerSecond() : 0;
            return;
        }
        if (c instanceof Command.SetSnapshotRate rate) {
            if (!(rate.perSecond() > 0)) {
                throw new IllegalArgumentException("The snapshot rate must be > 0 per second, got " + rate.perSecond());
            }
            snapshotPeriod = (long) (1e9 / rate.perSecond());
            return;
        }
        if (session == null) {
            throw new IllegalStateException("Nothing to train yet: configure data and a network first");
        }
        if (c instanceof Command.Play) {
            if (state == TrainingState.DIVERGED || state == TrainingState.ERROR) {
                throw new IllegalStateException("Training " + (state == TrainingState.DIVERGED ? "diverged" : "failed")
                        + ": reset before playing again");
            }
            batchesToGo = 0;
            epochsToGo = 0;
            setState(TrainingState.RUNNING);
        } else if (c instanceof Command.Pause) {
            if (state == TrainingState.RUNNING) {
                setState(TrainingState.PAUSED);
            }
        } else if (c instanceof Command.Step step) {
            if (state == TrainingState.DIVERGED || state == TrainingState.ERROR) {
                throw new IllegalStateException("Training cannot step now: reset first");
            }
            batchesToGo = step.unit() == Command.Step.Unit.BATCH ? step.count() : 0;
            epochsToGo = step.unit() == Command.Step.Unit.EPOCH ? step.count() : 0;
            setState(TrainingState.RUNNING);
        } else if (c instanceof Command.Reset reset) {
            MlpConfig next = reset.newSeed() == null ? config : config.toBuilder().seed(reset.newSeed()).build();
            configure(session.problem, next);
        } else if (c instanceof Command.SetLearningRate lr) {
            changeConfig(config.toBuilder().learningRateInit(lr.learningRate()).build());
        } else if (c instanceof Command.SetAlpha alpha) {
            changeConfig(config.toBuilder().alpha(alpha.alpha()).build());
        } else if (c instanceof Command.SetBatchSize batch) {
            changeConfig(config.toBuilder().batchSize(batch.batchSize()).build());
        } else if (c instanceof Command.SetActivation activation) {
            setActivation(activation.activation());
        } else if (c instanceof Command.SetHiddenLayers hidden) {
            MlpConfig next = config.toBuilder().hiddenLayerSizes(hidden.sizes()).build();
            configure(session.problem, next);
            message = "The architecture changed to " + Arrays.toString(hidden.sizes()) + ": training starts over";
        } else if (c instanceof Command.SetWeight w) {
            session.estimator.setWeight(w.layer(), w.from(), w.to(), w.value());
        } else if (c instanceof Command.LoadModel load) {
            loadModel(load.weights());
        }
    }

    private void configure(TrainingProblem problem, MlpConfig newConfig) {
        if (problem == null || newConfig == null) {
            throw new IllegalArgumentException("Configure needs a problem and a configuration");
        }
        Session next = new Session(problem, newConfig);
        setRunning(false);
        session = next;
        config = newConfig;
        state = TrainingState.PAUSED;
        message = "";
        batchesToGo = 0;
        epochsToGo = 0;
        runningNanos = 0;
        rateMarkStep = 0;
        rateMarkSeconds = 0;
        stepsPerSecond = 0;
        history = new MetricHistory();
        lastPoint = null;
    }

    private void changeConfig(MlpConfig next) {
        config = next;
        session.estimator.setConfig(next);
    }

    private void setActivation(Activation activation) {
        config = config.toBuilder().activation(activation).build();
        session.estimator.changeActivation(activation);
    }

    private void loadModel(Network weights) {
        TrainingProblem problem = session.problem;
        if (weights.inputs() != problem.train().cols() || weights.outputs() != problem.outputs()) {
            throw new IllegalArgumentException("The model has " + weights.inputs() + " inputs and " + weights.outputs()
                    + " outputs; this problem needs " + problem.train().cols() + " and " + problem.outputs());
        }
        OutputKind expected = !problem.isClassification() ? OutputKind.IDENTITY
                : problem.outputs() == 1 ? OutputKind.LOGISTIC : OutputKind.SOFTMAX;
        if (weights.output() != expected) {
            throw new IllegalArgumentException("The model's output is " + weights.output().name().toLowerCase()
                    + "; this problem needs " + expected.name().toLowerCase());
        }
        int[] sizes = weights.layerSizes();
        MlpConfig next = config.toBuilder().hiddenLayerSizes(Arrays.copyOfRange(sizes, 1, sizes.length - 1))
                .activation(weights.activation()).build();
        configure(problem, next);
        session.estimator.setNetwork(weights);
    }

    private void stepSafely() {
        try {
            step();
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(e);
        }
        publishPending = true;
    }

    private void step() {
        boolean epochEnded = session.trainBatch();
        long step = session.estimator.history().steps();
        if (!Double.isFinite(session.estimator.history().lastBatchLoss())) {
            setState(TrainingState.DIVERGED);
            message = "The loss became " + session.estimator.history().lastBatchLoss() + " at step " + step
                    + " (epoch " + (session.estimator.history().iterations() + 1)
                    + "): training paused. Lower the learning rate and reset.";
            lastPublish = Long.MIN_VALUE / 2;
            return;
        }
        if (epochEnded) {
            lastPoint = session.measure(session.estimator.history().iterations(), step, seconds());
            history.add(lastPoint);
            noteChance(lastPoint);
            if (epochsToGo > 0 && --epochsToGo == 0) {
                setState(TrainingState.PAUSED);
            }
        }
        if (batchesToGo > 0 && --batchesToGo == 0) {
            setState(TrainingState.PAUSED);
        }
        if (stepsPerSecondLimit > 0 && batchesToGo == 0 && epochsToGo == 0) {
            nextStepAt = Math.max(nextStepAt, System.nanoTime() - 100_000_000L) + (long) (1e9 / stepsPerSecondLimit);
        }
    }

    /** While a classifier sits at chance, says so (and stops saying so when it learns). */
    private void noteChance(HistoryPoint p) {
        String note = ChanceNote.of(session.problem, p, config.learningRateInit());
        if (note != null && message.isEmpty()) {
            message = note;
        } else if (note == null && message.startsWith(ChanceNote.PREFIX)) {
            message = "";
        }
    }

    /** A step failed: training stops in the error state until a reset or a new configuration. */
    private void fail(Throwable e) {
        setState(TrainingState.ERROR);
        message = "Training stopped: " + describe(e);
        lastPublish = Long.MIN_VALUE / 2;
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (the Java heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): use a smaller network or less data";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void setState(TrainingState next) {
        if (next != state) {
            lastPublish = Long.MIN_VALUE / 2; // a change of state is shown at once
        }
        setRunning(next == TrainingState.RUNNING);
        state = next;
        if (next == TrainingState.RUNNING) {
            nextStepAt = System.nanoTime();
        }
    }

    private void setRunning(boolean running) {
        long now = System.nanoTime();
        if (running && runningSince < 0) {
            runningSince = now;
        } else if (!running && runningSince >= 0) {
            runningNanos += now - runningSince;
            runningSince = -1;
        }
    }

    private double seconds() {
        return (runningNanos + (runningSince >= 0 ? System.nanoTime() - runningSince : 0)) / 1e9;
    }

    /** Builds a snapshot from the model as it is between steps and hands it out. */
    private void publish() {
        long now = System.nanoTime();
        lastPublish = now;
        publishPending = false;
        Network weights = null;
        PlaneOutputs plane = null;
        long epoch = 0;
        long step = 0;
        if (session != null) {
            epoch = session.estimator.history().iterations();
            step = session.estimator.history().steps();
            double runningSeconds = seconds();
            if (runningSeconds - rateMarkSeconds >= 0.25) {
                stepsPerSecond = (step - rateMarkStep) / (runningSeconds - rateMarkSeconds);
                rateMarkStep = step;
                rateMarkSeconds = runningSeconds;
            }
            weights = session.estimator.networkCopy();
            if (session.problem.plane() != null && state != TrainingState.DIVERGED && weights.isFinite()) {
                try {
                    plane = planeOutputs(weights, session.problem.plane());
                } catch (RuntimeException e) {
                    message = "The pictures of the plane could not be drawn: " + describe(e);
                }
            }
        }
        HistoryPoint p = lastPoint;
        TrainingSnapshot snapshot = new TrainingSnapshot(state, message, ++sequence, commands, epoch, step,
                p == null ? Double.NaN : p.trainLoss(), p == null ? Double.NaN : p.testLoss(),
                p == null ? Double.NaN : p.trainScore(), p == null ? Double.NaN : p.testScore(), seconds(),
                state == TrainingState.RUNNING ? stepsPerSecond : 0, weights, config, plane, history.view());
        latest.set(snapshot);
        for (Consumer<TrainingSnapshot> listener : listeners) {
            listener.accept(snapshot);
        }
    }

    private PlaneOutputs planeOutputs(Network weights, PlaneGrid grid) {
        if (planeProbe == null || !planeProbe.fits(weights)) {
            planeProbe = new Probe(weights, grid.inputs());
        }
        return PlaneOutputs.compute(weights, grid, planeProbe);
    }
}
