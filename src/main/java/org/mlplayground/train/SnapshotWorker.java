package org.mlplayground.train;

import org.mlplayground.nn.Network;
import org.mlplayground.nn.Probe;

/**
 * The snapshot thread: finishes the snapshots the training thread drafts, computing the pictures
 * of the plane from the draft's own copy of the weights (so the training thread never waits for
 * them), and hands them out through the {@link Publisher} in the order they were drafted. Only the
 * newest draft waits: one overtaken by a newer draft before this thread gets to it is dropped, as
 * a snapshot is a picture of now.
 */
final class SnapshotWorker {

    /**
     * A snapshot still without its plane: {@code grid} (null for none) is computed for the
     * snapshot's weights, the output layer and the hidden layers {@code hiddenShown} asks for (null: all);
     * with {@code thumbnails} (may be null) the hidden layers are computed on that grid instead,
     * and {@code grid} gets the output only.
     */
    record Draft(TrainingSnapshot snapshot, PlaneGrid grid, PlaneGrid thumbnails, boolean[] hiddenShown) {
    }

    private final Object lock = new Object();
    private final Publisher publisher;
    private final Thread thread;
    private Draft next;
    private boolean closing;
    // owned by the snapshot thread
    private Probe probe;
    private PlaneGrid probeGrid;
    private Probe thumbProbe;
    private PlaneGrid thumbGrid;

    /** Starts the snapshot thread. */
    SnapshotWorker(Publisher publisher) {
        this.publisher = publisher;
        thread = new Thread(this::run, "training-snapshots");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a draft over; it replaces one that waits. */
    void post(Draft draft) {
        synchronized (lock) {
            next = draft;
            lock.notifyAll();
        }
    }

    /** Finishes the waiting draft, then ends the thread; waits at most {@code timeoutMillis}. */
    void close(long timeoutMillis) throws InterruptedException {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            thread.join(timeoutMillis);
        }
    }

    private void run() {
        try {
            while (true) {
                Draft d;
                synchronized (lock) {
                    while (next == null && !closing) {
                        lock.wait();
                    }
                    if (next == null) {
                        return;
                    }
                    d = next;
                    next = null;
                }
                try {
                    publisher.deliver(finish(d));
                } catch (RuntimeException e) {
                    // a listener failed: the next snapshots still go out
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The draft with its plane; a failure to compute it is said in the message. */
    TrainingSnapshot finish(Draft d) {
        TrainingSnapshot s = d.snapshot();
        Network weights = s.weights();
        if (d.grid() == null || weights == null || s.state() == TrainingState.DIVERGED || !weights.isFinite()) {
            return s;
        }
        try {
            if (probe == null || !probe.fits(weights) || probeGrid != d.grid()) {
                probe = new Probe(weights, d.grid().inputs());
                probeGrid = d.grid();
            }
            if (d.thumbnails() == null) {
                return s.withPlane(PlaneOutputs.compute(weights, d.grid(), probe, d.hiddenShown()), s.message());
            }
            if (thumbProbe == null || !thumbProbe.fits(weights) || thumbGrid != d.thumbnails()) {
                thumbProbe = new Probe(weights, d.thumbnails().inputs());
                thumbGrid = d.thumbnails();
            }
            return s.withPlane(PlaneOutputs.compute(weights, d.grid(), probe, d.thumbnails(), thumbProbe, d.hiddenShown()),
                    s.message());
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = "The pictures of the plane could not be drawn: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return s.withPlane(null, s.message().isEmpty() ? why : s.message() + " " + why);
        }
    }
}
