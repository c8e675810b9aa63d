package org.mlplayground.train;

import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.StopReason;

/**
 * One immutable picture of training, drafted on the training thread between steps (never while
 * the weights change) at most a few dozen times a second; its plane is computed afterwards on
 * the snapshot thread, from the snapshot's own copy of the weights.
 *
 * @param state        where the service is
 * @param message      why it is diverged, stopped or in error, or a notice (an architecture change); may be empty
 * @param sequence     increases with every snapshot
 * @param commands     number of commands applied so far
 * @param epoch        epochs completed
 * @param step         minibatch steps taken
 * @param trainLoss    latest epoch's training data loss (NaN before the first epoch)
 * @param testLoss     test data loss at the latest epoch (NaN without test data)
 * @param trainScore   accuracy or R^2 on (a fixed sample of) the training data
 * @param testScore    accuracy or R^2 on the test data
 * @param seconds      training time so far (paused time excluded)
 * @param stepsPerSecond recent minibatch steps per second
 * @param weights      a copy of the network (null before configuration); after early stopping, the restored best
 * @param config       the hyperparameters in force
 * @param plane        the network over the plane, for 2D data (else null)
 * @param history      the bounded metric history
 * @param stopReason   the stop rule that paused training (state PAUSED, or DIVERGED), or null while none has
 *                     fired since the last configure, reset, Play or Step; {@code message()} is the sentence
 *                     for the status line
 * @param health       gradient health of layers 1..L at the latest measured epochs, oldest first (see
 *                     {@link org.mlplayground.nn.GradientHealthMeter}); empty before the first epoch
 */
public record TrainingSnapshot(TrainingState state, String message, long sequence, long commands, long epoch,
                               long step, double trainLoss, double testLoss, double trainScore, double testScore,
                               double seconds, double stepsPerSecond, Network weights, MlpConfig config,
                               PlaneOutputs plane, HistoryView history, StopReason stopReason,
                               java.util.List<org.mlplayground.nn.GradientHealth> health) {

    public TrainingSnapshot {
        health = health == null ? java.util.List.of() : java.util.List.copyOf(health);
    }

    /** A snapshot without gradient health. */
    public TrainingSnapshot(TrainingState state, String message, long sequence, long commands, long epoch,
                            long step, double trainLoss, double testLoss, double trainScore, double testScore,
                            double seconds, double stepsPerSecond, Network weights, MlpConfig config,
                            PlaneOutputs plane, HistoryView history, StopReason stopReason) {
        this(state, message, sequence, commands, epoch, step, trainLoss, testLoss, trainScore, testScore, seconds,
                stepsPerSecond, weights, config, plane, history, stopReason, java.util.List.of());
    }

    /** The snapshot before anything is configured. */
    static TrainingSnapshot idle() {
        return new TrainingSnapshot(TrainingState.IDLE, "", 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, null, null, null, HistoryView.EMPTY, null);
    }

    /** This snapshot with {@code plane} and {@code message} (the snapshot thread adds the plane). */
    TrainingSnapshot withPlane(PlaneOutputs plane, String message) {
        return new TrainingSnapshot(state, message, sequence, commands, epoch, step, trainLoss, testLoss, trainScore,
                testScore, seconds, stepsPerSecond, weights, config, plane, history, stopReason, health);
    }

    /** Whether a stop rule (not the user) paused training; Play goes on from here. */
    public boolean stoppedByRule() {
        return stopReason != null && state == TrainingState.PAUSED;
    }
}
