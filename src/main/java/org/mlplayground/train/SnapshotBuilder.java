package org.mlplayground.train;

import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;

/**
 * Drafts the immutable {@link TrainingSnapshot} from the model as it is between steps: a copy of
 * the weights, the latest metrics and the bounded history, and for 2D data the grid whose
 * pictures the {@link SnapshotWorker} computes from that copy, off the training thread. Owned by
 * the training thread.
 */
final class SnapshotBuilder {

    private long sequence;
    private PlaneGrid grid;
    private PlaneGrid thumbnails;
    private boolean[] hiddenShown;

    /**
     * The grid the pictures are computed on (null: the problem's own), the neurons' own grid
     * (null: the same) and the hidden layers shown (null: all).
     */
    void setPlaneDetail(PlaneGrid grid, PlaneGrid thumbnails, boolean[] hiddenShown) {
        this.grid = grid;
        this.thumbnails = thumbnails;
        this.hiddenShown = hiddenShown;
    }

    /**
     * A snapshot of {@code session} (null before configuration) in {@code state}.
     *
     * @param message        the service's message
     * @param seconds        training time so far
     * @param stepsPerSecond recent speed (reported only while running)
     */
    SnapshotWorker.Draft build(Session session, TrainingState state, String message, long commands, MlpConfig config,
                           double seconds, double stepsPerSecond) {
        if (session == null) {
            return new SnapshotWorker.Draft(new TrainingSnapshot(state, message, ++sequence, commands, 0, 0, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, seconds, 0, null, config, null, HistoryView.EMPTY, null), null, null, null);
        }
        long epoch = session.estimator.history().iterations();
        long step = session.estimator.history().steps();
        Network weights = session.estimator.networkCopy();
        HistoryPoint p = session.lastPoint();
        TrainingSnapshot s = new TrainingSnapshot(state, message, ++sequence, commands, epoch, step,
                p == null ? Double.NaN : p.trainLoss(), p == null ? Double.NaN : p.testLoss(),
                p == null ? Double.NaN : p.trainScore(), p == null ? Double.NaN : p.testScore(), seconds,
                state == TrainingState.RUNNING ? stepsPerSecond : 0, weights, config, null, session.history(),
                session.loop.stopReason(), session.health());
        PlaneGrid own = session.problem.plane();
        PlaneGrid drawn = fits(grid, own) ? grid : own;
        PlaneGrid small = fits(thumbnails, own) ? thumbnails : null;
        return new SnapshotWorker.Draft(s, drawn, small, hiddenShown);
    }

    private static boolean fits(PlaneGrid grid, PlaneGrid own) {
        return own != null && grid != null && grid.inputs().cols() == own.inputs().cols();
    }
}
