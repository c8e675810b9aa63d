package org.mlplayground.nn;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.ValidationSplit;

/**
 * Where an estimator's minibatch steps are within an epoch: the rows' order (shuffled at each
 * epoch's start with the shuffle seed's generator, as sklearn does), the next row, the epoch's
 * summed losses, and the {@link Backpropagation} made once per (network, data, batch size).
 */
final class EpochCursor {

    private SplittableRandom shuffleRandom;
    private Backpropagation backprop;
    private Features features;
    private DMatrixRMaj targets;
    private int batch;
    private int[] order;
    /** Next row of {@link #order} in the current epoch; 0 at an epoch boundary. */
    private int position;
    private double epochLoss;
    private double epochDataLoss;

    /** A fresh start (new weights): the first epoch next, shuffled from {@code shuffleSeed}. */
    void restart(long shuffleSeed) {
        backprop = null;
        order = null;
        position = 0;
        shuffleRandom = new SplittableRandom(shuffleSeed);
    }

    /** Other weights put in: a new epoch next, the shuffle going on. */
    void weightsReplaced() {
        backprop = null;
        position = 0;
    }

    /** The network changed shape or activation: its buffers are made again, the epoch goes on. */
    void networkChanged() {
        backprop = null;
    }

    /** Whether the next step starts a new epoch. */
    boolean atEpochBoundary() {
        return position == 0;
    }

    /**
     * One minibatch step of {@code network} on (x, y) with {@code optimizer}, continuing the
     * epoch; counts it in {@code history}, and when it completes the epoch records the epoch's mean
     * loss there.
     *
     * @param x n x m[0] inputs
     * @param y n x m[L] encoded targets
     * @return whether the step completed an epoch
     */
    boolean step(Network network, MlpConfig config, Optimizer optimizer, TrainingHistory history, Features x,
                 DMatrixRMaj y) {
        Backpropagation bp = backpropFor(network, config, x, y);
        bp.setL1(config.l1());
        int n = x.rows();
        if (position == 0) {
            if (order == null || order.length != n) {
                order = Features.identityOrder(n);
            }
            if (config.shuffle()) {
                ValidationSplit.shuffle(order, shuffleRandom);
            }
            epochLoss = 0;
            epochDataLoss = 0;
        }
        int count = Math.min(config.effectiveBatchSize(n), n - position);
        double loss = bp.step(order, position, count, config.alpha(), optimizer);
        epochLoss += loss * count;
        epochDataLoss += bp.lastDataLoss() * count;
        position += count;
        history.steps++;
        history.lastBatchLoss = loss;
        if (position < n) {
            return false;
        }
        position = 0;
        history.iterations++;
        history.samplesSeen += n;
        history.addLoss(epochLoss / n);
        history.lastDataLoss = epochDataLoss / n;
        return true;
    }

    private Backpropagation backpropFor(Network network, MlpConfig config, Features x, DMatrixRMaj y) {
        int size = config.effectiveBatchSize(x.rows());
        if (backprop == null || features != x || targets != y || batch != size) {
            if (features != x || targets != y) {
                position = 0;
            }
            backprop = new Backpropagation(network, x, y, size);
            features = x;
            targets = y;
            batch = size;
        }
        return backprop;
    }
}
