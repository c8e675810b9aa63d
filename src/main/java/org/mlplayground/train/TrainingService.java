package org.mlplayground.train;

import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mlplayground.nn.EpochLoop;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.StopReason;

/**
 * Trains a model on its own thread. The thread owns the model, the optimizer state and the data;
 * everyone else sends {@link Command}s, which queue and are applied in order between minibatch
 * steps (the steps a {@link Command.Step} asks for all come before the next command), and reads
 * {@link TrainingSnapshot}s, which the thread drafts between steps at most
 * {@code snapshotsPerSecond} times a second; a second thread, the snapshot thread, computes their
 * pictures of the plane from the snapshot's copy of the weights and hands them, in order, to
 * listeners (on the snapshot thread: listeners must only store it) and to {@link #latest()}.
 *
 * <p>The steps go through the same {@link EpochLoop} as {@code fit}. Configured with the stop
 * rules ({@link Command.Configure#stopRules()}), training pauses by itself when a rule fires
 * (tol with n_iter_no_change, max_iter epochs, early stopping with the best weights restored) and
 * the snapshot's {@link TrainingSnapshot#stopReason()} says why; Play or Step then goes on as
 * sklearn's warm start does. A NaN or infinite loss pauses training in the
 * {@link TrainingState#DIVERGED} state; an exception in a step or command is published as
 * {@link TrainingState#ERROR} with its message. Either way a reset or a new configuration
 * continues. No JavaFX here: the command line drives the same service.
 *
 * <p>Its parts: {@link Session} (the problem, the model, its loop and metric history, measured at
 * most every {@link Session#MEASURE_PERIOD_SECONDS} while playing), {@link Pacer} (the speed
 * limit), {@link RateMeter} (training time, steps per second), {@link SnapshotBuilder} and
 * {@link Publisher} (what a snapshot holds, when it goes out), {@link SnapshotWorker} (the
 * snapshot thread), {@link LiveChanges} (the commands that change hyperparameters between steps).
 */
public final class TrainingService implements TrainingControl {

    /** Default snapshot rate. */
    public static final double DEFAULT_SNAPSHOTS_PER_SECOND = 30;

    /** At most this many queued commands are applied between two steps. */
    private static final int COMMANDS_PER_STEP = 64;

    private final LinkedBlockingQueue<Command> queue = new LinkedBlockingQueue<>();
    /** Pause and Stop commands sent and not yet applied: they end a Step under way. */
    private final java.util.concurrent.atomic.AtomicInteger interruptsWaiting = new java.util.concurrent.atomic.AtomicInteger();
    private final Publisher publisher = new Publisher();
    private final SnapshotWorker worker = new SnapshotWorker(publisher);
    private final Thread thread;
    private volatile boolean stopRequested;

    // owned by the training thread
    private final Pacer pacer = new Pacer();
    private final RateMeter meter = new RateMeter();
    private final SnapshotBuilder snapshots = new SnapshotBuilder();
    private Session session;
    private TrainingState state = TrainingState.IDLE;
    private String message = "";
    private long commands;
    private long batchesToGo;
    private long epochsToGo;
    private HistoryPoint notedPoint;

    /** Starts the training thread, idle until configured. */
    public TrainingService() {
        thread = new Thread(this::loop, "training");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a command; it is applied after every command sent before it. */
    @Override
    public void send(Command command) {
        if (command == null) {
            throw new IllegalArgumentException("A command must not be null");
        }
        if (!thread.isAlive()) {
            throw new IllegalStateException("The training service has stopped");
        }
        enqueue(command);
    }

    /** Queues a command, counting the ones that end a Step under way. */
    private void enqueue(Command command) {
        if (command instanceof Command.Pause || command instanceof Command.Stop) {
            interruptsWaiting.incrementAndGet();
        }
        queue.add(command);
    }

    /** The newest snapshot. */
    @Override
    public TrainingSnapshot latest() {
        return publisher.latest();
    }

    /** Hears every published snapshot, on the snapshot thread; it must return quickly. */
    @Override
    public void addListener(Consumer<TrainingSnapshot> listener) {
        publisher.addListener(listener);
    }

    /** Stops the thread and waits for it to end (at most {@code timeoutMillis}). Returns whether it ended. */
    public boolean stop(long timeoutMillis) throws InterruptedException {
        stopRequested = true;
        if (thread.isAlive()) {
            enqueue(new Command.Stop());
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
                if (stepping() && interruptsWaiting.get() > 0) {
                    // a Pause (the Pause or Stop button) or Stop ends a Step under way: the commands
                    // are then applied in order, as below
                    batchesToGo = 0;
                    epochsToGo = 0;
                }
                if (stepping()) {
                    // otherwise a Step command is carried out whole before the next command: scripts stay deterministic
                    stepSafely();
                    publishIfDue();
                    continue;
                }
                long now = System.nanoTime();
                long wait = state == TrainingState.RUNNING ? pacer.nanosUntilStep(now) : -1;
                long untilPublish = publisher.nanosUntilDue(now);
                if (untilPublish >= 0) {
                    wait = wait < 0 ? untilPublish : Math.min(wait, untilPublish);
                }
                Command c = wait == 0 ? queue.poll() : wait < 0 ? queue.take() : queue.poll(wait, TimeUnit.NANOSECONDS);
                if (c != null) {
                    // a burst of commands (a slider dragged) is applied in slices, so training goes on
                    int applied = 0;
                    do {
                        if (c instanceof Command.Pause || c instanceof Command.Stop) {
                            interruptsWaiting.decrementAndGet();
                        }
                        if (c instanceof Command.Stop) {
                            return;
                        }
                        applySafely(c);
                    } while (++applied < COMMANDS_PER_STEP && !stepping() && (c = queue.poll()) != null);
                    if (state == TrainingState.RUNNING) {
                        publisher.changed();
                    } else {
                        publisher.showAtOnce(); // while paused, show each change at once
                    }
                }
                if (state == TrainingState.RUNNING && pacer.due(System.nanoTime())) {
                    stepSafely();
                }
                publishIfDue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            setState(TrainingState.STOPPED);
            message = "";
            publish();
            try {
                worker.close(10_000); // the last snapshot goes out before the service counts as stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether a Step command's steps are under way (later commands wait for them). */
    private boolean stepping() {
        return state == TrainingState.RUNNING && (batchesToGo > 0 || epochsToGo > 0);
    }

    /** Applies a command; one that cannot be carried out is refused with a message, and nothing changes. */
    private void applySafely(Command c) {
        commands++;
        // what the window draws changes nothing of the model: the last message stays
        if (state != TrainingState.DIVERGED && state != TrainingState.ERROR && !(c instanceof Command.SetPlaneDetail)) {
            message = "";
        }
        try {
            if (session != null) {
                session.flush(); // the latest epoch is measured on its own weights, before a command may change them
            }
            apply(c);
        } catch (RuntimeException | OutOfMemoryError e) {
            message = "Not done: " + describe(e);
        }
    }

    private void apply(Command c) {
        if (c instanceof Command.Configure configure) {
            configure(configure.problem(), configure.config(), configure.stopRules());
            message = configure.notice();
            return;
        }
        if (c instanceof Command.SetSpeedLimit limit) {
            pacer.setLimit(limit.stepsPerSecond());
            return;
        }
        if (c instanceof Command.SetSnapshotRate rate) {
            publisher.setRate(rate.perSecond());
            return;
        }
        if (c instanceof Command.SetPlaneDetail detail) {
            snapshots.setPlaneDetail(detail.grid(), detail.thumbnails(), detail.hiddenShown());
            return;
        }
        if (session == null) {
            throw new IllegalStateException("Nothing to train yet: configure data and a network first");
        }
        if (c instanceof Command.Play) {
            goOn("Training " + (state == TrainingState.DIVERGED ? "diverged" : "failed") + ": reset before playing again");
            batchesToGo = 0;
            epochsToGo = 0;
            setState(TrainingState.RUNNING);
        } else if (c instanceof Command.Pause) {
            if (state == TrainingState.RUNNING) {
                setState(TrainingState.PAUSED);
            }
        } else if (c instanceof Command.Step step) {
            goOn("Training cannot step now: reset first");
            batchesToGo = step.unit() == Command.Step.Unit.BATCH ? step.count() : 0;
            epochsToGo = step.unit() == Command.Step.Unit.EPOCH ? step.count() : 0;
            setState(TrainingState.RUNNING);
        } else if (c instanceof Command.Reset reset) {
            MlpConfig config = session.config();
            MlpConfig next = reset.newSeed() == null ? config : config.toBuilder().seed(reset.newSeed()).build();
            configure(session.problem, next, session.stopRules());
        } else if (c instanceof Command.SetHiddenLayers hidden) {
            MlpConfig next = session.config().toBuilder().hiddenLayerSizes(hidden.sizes()).build();
            configure(session.problem, next, session.stopRules());
            message = "The architecture changed to " + Arrays.toString(hidden.sizes()) + ": training starts over";
        } else if (c instanceof Command.LoadModel load) {
            loadModel(load.weights());
        } else if (!LiveChanges.apply(session, c)) {
            throw new IllegalArgumentException("Unknown command " + c);
        }
    }

    /** Before Play or Step: refused after divergence or an error; after a stop rule, a warm start. */
    private void goOn(String refusal) {
        if (state == TrainingState.DIVERGED || state == TrainingState.ERROR) {
            throw new IllegalStateException(refusal);
        }
        session.loop.continueAfterStop();
    }

    private void configure(TrainingProblem problem, MlpConfig newConfig, boolean withStopRules) {
        if (problem == null || newConfig == null) {
            throw new IllegalArgumentException("Configure needs a problem and a configuration");
        }
        Session next = new Session(problem, newConfig, withStopRules, () -> meter.seconds(System.nanoTime()));
        setState(TrainingState.PAUSED);
        session = next;
        message = "";
        batchesToGo = 0;
        epochsToGo = 0;
        meter.reset(System.nanoTime());
    }

    private void loadModel(Network weights) {
        session.problem.requireFits(weights);
        int[] sizes = weights.layerSizes();
        MlpConfig next = session.config().toBuilder().hiddenLayerSizes(Arrays.copyOfRange(sizes, 1, sizes.length - 1))
                .activation(weights.activation())
                .layerActivations(weights.hasUniformActivation() ? null : weights.hiddenActivations()).build();
        configure(session.problem, next, session.stopRules());
        session.estimator.setNetwork(weights);
    }

    private void stepSafely() {
        try {
            step();
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(e);
        }
        publisher.changed();
    }

    /** One minibatch step through the loop; no allocation unless an epoch ends. */
    private void step() {
        session.measureEveryEpoch = batchesToGo > 0 || epochsToGo > 0;
        EpochLoop.Status status = session.step();
        if (status == EpochLoop.Status.STOPPED) {
            StopReason why = session.loop.stopReason();
            batchesToGo = 0;
            epochsToGo = 0;
            if (why instanceof StopReason.Diverged) {
                setState(TrainingState.DIVERGED);
                message = why.message() + ", then reset";
            } else {
                setState(TrainingState.PAUSED);
                message = why.message();
            }
            return;
        }
        noteNewPoint();
        if (status == EpochLoop.Status.EPOCH_ENDED && epochsToGo > 0 && --epochsToGo == 0) {
            setState(TrainingState.PAUSED);
        }
        if (batchesToGo > 0 && --batchesToGo == 0) {
            setState(TrainingState.PAUSED);
        }
        if (batchesToGo == 0 && epochsToGo == 0) {
            pacer.stepped(System.nanoTime());
        }
    }

    /** Looks at a newly measured epoch. */
    private void noteNewPoint() {
        if (session.lastPoint() != notedPoint && session.lastPoint() != null) {
            notedPoint = session.lastPoint();
            noteChance(notedPoint);
        }
    }

    /** While a classifier sits at chance, says so (and stops saying so when it learns). */
    private void noteChance(HistoryPoint p) {
        String note = ChanceNote.of(session.problem, p, session.config());
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
        publisher.showAtOnce();
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (the Java heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): use a smaller network or less data";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void setState(TrainingState next) {
        long now = System.nanoTime();
        if (next != state) {
            publisher.showAtOnce(); // a change of state is shown at once
        }
        meter.setRunning(next == TrainingState.RUNNING, now);
        state = next;
        if (next == TrainingState.RUNNING) {
            pacer.start(now);
        }
    }

    private void publishIfDue() {
        if (publisher.due(System.nanoTime())) {
            publish();
        }
    }

    /**
     * Drafts a snapshot from the model as it is between steps (the latest epoch measured if it was
     * not) and hands it to the snapshot thread, which adds the plane and hands it out.
     */
    private void publish() {
        if (session != null) {
            session.flush();
            noteNewPoint();
        }
        long now = System.nanoTime();
        double rate = session == null ? 0 : meter.stepsPerSecond(session.estimator.history().steps(), now);
        SnapshotWorker.Draft draft = snapshots.build(session, state, message, commands,
                session == null ? null : session.config(), meter.seconds(now), rate);
        publisher.drafted(now);
        worker.post(draft);
    }
}
