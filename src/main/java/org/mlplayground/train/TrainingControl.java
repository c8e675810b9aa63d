package org.mlplayground.train;

import java.util.function.Consumer;

/**
 * What a window needs from a training thread: send commands, read and hear snapshots, close.
 * {@link TrainingService} is the real one; tests feed snapshots by hand through their own.
 */
public interface TrainingControl extends AutoCloseable {

    /** Queues a command; it is applied after every command sent before it. */
    void send(Command command);

    /** The newest snapshot (never null: {@code IDLE} before anything is configured). */
    TrainingSnapshot latest();

    /** Hears every published snapshot, on the publishing thread, starting with the newest; it must return quickly. */
    void addListener(Consumer<TrainingSnapshot> listener);

    /** Stops the training thread; later commands are refused. */
    @Override
    void close();
}
