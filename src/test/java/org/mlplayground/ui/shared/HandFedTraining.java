package org.mlplayground.ui.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mlplayground.train.Command;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingControl;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;

/** A training "service" for view and view-model tests: it records commands and publishes the snapshots a test gives it. */
public final class HandFedTraining implements TrainingControl {

    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private final List<Consumer<TrainingSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile TrainingSnapshot latest = snapshot(TrainingState.IDLE, 0);
    private volatile boolean closed;

    /** A snapshot with just a state and an epoch (no network). */
    public static TrainingSnapshot snapshot(TrainingState state, long epoch) {
        return new TrainingSnapshot(state, "", epoch, 0, epoch, epoch, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                0, 0, null, null, null, HistoryView.EMPTY, null);
    }

    /** Publishes {@code s} to every listener, on the calling thread. */
    public void publish(TrainingSnapshot s) {
        latest = s;
        listeners.forEach(l -> l.accept(s));
    }

    /** Every command sent so far, in order. */
    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /** Whether {@link #close()} was called. */
    public boolean closed() {
        return closed;
    }

    @Override
    public void send(Command command) {
        commands.add(command);
    }

    @Override
    public TrainingSnapshot latest() {
        return latest;
    }

    @Override
    public void addListener(Consumer<TrainingSnapshot> listener) {
        listeners.add(listener);
        listener.accept(latest);
    }

    @Override
    public void close() {
        closed = true;
    }
}
