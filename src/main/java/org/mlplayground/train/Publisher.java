package org.mlplayground.train;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * When snapshots go out and to whom: at most {@code perSecond} a second while training runs, at
 * once after a change of state or a command while paused; the newest one in an atomic reference
 * for readers and handed to listeners on the snapshot thread ({@link SnapshotWorker}). The timing
 * methods belong to the training thread, {@link #deliver} to the snapshot thread;
 * {@link #latest()} and {@link #addListener} to anyone.
 */
final class Publisher {

    private static final long AT_ONCE = Long.MIN_VALUE / 2;

    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>(TrainingSnapshot.idle());
    private final List<Consumer<TrainingSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private long period = (long) (1e9 / TrainingService.DEFAULT_SNAPSHOTS_PER_SECOND);
    private long lastPublish = AT_ONCE;
    private boolean pending = true;

    /** At most {@code perSecond} snapshots a second. */
    void setRate(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("The snapshot rate must be > 0 per second, got " + perSecond);
        }
        period = (long) (1e9 / perSecond);
    }

    /** Something changed: a snapshot is due when the period allows. */
    void changed() {
        pending = true;
    }

    /** Something changed that must be shown at once (a change of state, a command while paused). */
    void showAtOnce() {
        pending = true;
        lastPublish = AT_ONCE;
    }

    /** Whether a change waits and the period has passed. */
    boolean due(long now) {
        return pending && now - lastPublish >= period;
    }

    /** Whether the period has passed, pending or not (a Step command publishes as it goes). */
    boolean periodPassed(long now) {
        return now - lastPublish >= period;
    }

    /** Nanoseconds until a pending snapshot is due (0 if now), or -1 when nothing waits. */
    long nanosUntilDue(long now) {
        return pending ? Math.max(0, lastPublish + period - now) : -1;
    }

    /** A snapshot was drafted at {@code now} (training thread): the next one waits for its period. */
    void drafted(long now) {
        lastPublish = now;
        pending = false;
    }

    /** Hands out a finished snapshot (on the snapshot thread, in order). */
    void deliver(TrainingSnapshot snapshot) {
        latest.set(snapshot);
        for (Consumer<TrainingSnapshot> listener : listeners) {
            listener.accept(snapshot);
        }
    }

    /** The newest snapshot. */
    TrainingSnapshot latest() {
        return latest.get();
    }

    /** Hears every snapshot from now on, starting with the newest. */
    void addListener(Consumer<TrainingSnapshot> listener) {
        listeners.add(listener);
        listener.accept(latest.get());
    }
}
