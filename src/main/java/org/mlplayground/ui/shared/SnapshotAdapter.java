package org.mlplayground.ui.shared;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlplayground.train.TrainingControl;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;

/**
 * Brings the training service's snapshots onto the FX thread. The service's snapshot thread only stores
 * the newest snapshot and, if none is waiting, schedules one delivery; snapshots published while
 * one waits replace it (as {@code javafx.concurrent.Task.updateValue} coalesces), so the FX
 * thread sees only the newest and is never asked to catch up.
 */
public final class SnapshotAdapter {

    private final AtomicReference<TrainingSnapshot> waiting = new AtomicReference<>();
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private long slowestDelivery;
    private java.util.function.LongConsumer deliveryTimer;
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot;
    private final ReadOnlyObjectWrapper<TrainingState> state;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper stepsPerSecond = new ReadOnlyDoubleWrapper();

    /** Listens to {@code service} (the training service, or a hand-fed one in tests); create on the FX thread. */
    public SnapshotAdapter(TrainingControl service) {
        TrainingSnapshot first = service.latest();
        snapshot = new ReadOnlyObjectWrapper<>(first);
        state = new ReadOnlyObjectWrapper<>(first.state());
        service.addListener(this::offer);
    }

    private void offer(TrainingSnapshot s) {
        offered.incrementAndGet();
        if (waiting.getAndSet(s) == null) {
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        TrainingSnapshot s = waiting.getAndSet(null);
        if (s == null) {
            return;
        }
        delivered.incrementAndGet();
        long start = System.nanoTime();
        snapshot.set(s);
        state.set(s.state());
        message.set(s.message());
        stepsPerSecond.set(s.stepsPerSecond());
        long took = System.nanoTime() - start;
        slowestDelivery = Math.max(slowestDelivery, took);
        if (deliveryTimer != null) {
            deliveryTimer.accept(took);
        }
    }

    /**
     * The longest time the views took to take in one snapshot so far, in milliseconds: the FX
     * thread's own share of a frame (rendering comes on top).
     */
    public double slowestDeliveryMillis() {
        return slowestDelivery / 1e6;
    }

    /** Gives {@code timer} the nanoseconds each delivery takes from now on (bench --fx); null for none. Call on the FX thread. */
    public void setDeliveryTimer(java.util.function.LongConsumer timer) {
        deliveryTimer = timer;
    }

    /** Starts measuring {@link #slowestDeliveryMillis()} afresh. Call on the FX thread. */
    public void resetDeliveryTiming() {
        slowestDelivery = 0;
    }

    /** The newest snapshot, on the FX thread. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Running, paused, diverged, error... */
    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why training diverged or failed, or a notice; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Recent minibatch steps per second (0 when not running). */
    public ReadOnlyDoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond.getReadOnlyProperty();
    }

    /** Snapshots the service published to this adapter. */
    public long offeredCount() {
        return offered.get();
    }

    /** Snapshots that reached the FX thread (the rest were replaced by newer ones while waiting). */
    public long deliveredCount() {
        return delivered.get();
    }
}
