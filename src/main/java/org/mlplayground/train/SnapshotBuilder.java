package org.mlplayground.train;

import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Probe;

/**
 * Builds the immutable {@link TrainingSnapshot} from the model as it is between steps: a copy of
 * the weights, the pictures of the plane for 2D data (computed here, on the training thread,
 * with a reused probe), the latest metrics and the bounded history. Owned by the training thread.
 */
final class SnapshotBuilder {

    private long sequence;
    private Probe planeProbe;

    /**
     * A snapshot of {@code session} (null before configuration) in {@code state}.
     *
     * @param message        the service's message; a failure to draw the plane is appended
     * @param seconds        training time so far
     * @param stepsPerSecond recent speed (reported only while running)
     */
    TrainingSnapshot build(Session session, TrainingState state, String message, long commands, MlpConfig config,
                           double seconds, double stepsPerSecond) {
        if (session == null) {
            return new TrainingSnapshot(state, message, ++sequence, commands, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, seconds, 0, null, config, null, HistoryView.EMPTY, null);
        }
        long epoch = session.estimator.history().iterations();
        long step = session.estimator.history().steps();
        Network weights = session.estimator.networkCopy();
        PlaneOutputs plane = null;
        if (session.problem.plane() != null && state != TrainingState.DIVERGED && weights.isFinite()) {
            try {
                plane = planeOutputs(weights, session.problem.plane());
            } catch (RuntimeException e) {
                String why = "The pictures of the plane could not be drawn: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                message = message.isEmpty() ? why : message + " " + why;
            }
        }
        HistoryPoint p = session.lastPoint();
        return new TrainingSnapshot(state, message, ++sequence, commands, epoch, step,
                p == null ? Double.NaN : p.trainLoss(), p == null ? Double.NaN : p.testLoss(),
                p == null ? Double.NaN : p.trainScore(), p == null ? Double.NaN : p.testScore(), seconds,
                state == TrainingState.RUNNING ? stepsPerSecond : 0, weights, config, plane, session.history(),
                session.loop.stopReason(), session.health());
    }

    private PlaneOutputs planeOutputs(Network weights, PlaneGrid grid) {
        if (planeProbe == null || !planeProbe.fits(weights)) {
            planeProbe = new Probe(weights, grid.inputs());
        }
        return PlaneOutputs.compute(weights, grid, planeProbe);
    }
}
