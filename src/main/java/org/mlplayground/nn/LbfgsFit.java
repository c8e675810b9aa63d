package org.mlplayground.nn;

import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;

/**
 * Full-batch training with L-BFGS ({@link Lbfgs}) over the network's weights and biases packed
 * into one vector, in the order of {@link Network#parameterArrays()}.
 */
final class LbfgsFit {

    private LbfgsFit() {
    }

    /**
     * Fits {@code network}'s weights in place on every row of (x, y) with L-BFGS, as sklearn's
     * {@code solver='lbfgs'} does: at most max_iter iterations and max_fun loss evaluations, stopping
     * when the gradient's largest entry is below tol. Each iteration's loss is added to
     * {@code history} and reported to {@code listener}; the stop reason is recorded.
     *
     * @param x n x m[0] inputs
     * @param y n x m[L] encoded targets
     */
    static void fit(Network network, Features x, DMatrixRMaj y, MlpConfig config, TrainingHistory history,
                    Consumer<TrainingHistory> listener) {
        int n = x.rows();
        Backpropagation bp = new Backpropagation(network, x, y, n);
        bp.setL1(config.l1());
        int[] all = Features.identityOrder(n);
        double[][] params = network.parameterArrays();
        double[][] grads = bp.gradientArrays();
        Lbfgs.Objective objective = (flat, gradient) -> {
            unpack(flat, params);
            bp.lossAndGradient(all, 0, n, config.alpha());
            pack(grads, gradient);
            return bp.lastObjective();
        };
        double[] flat = new double[network.parameterCount()];
        pack(params, flat);
        Lbfgs.Result result = new Lbfgs(objective, flat.length).minimize(flat, config.maxIter(), config.maxFun(),
                config.tol(), (iteration, f) -> {
                    history.iterations++;
                    history.addLoss(f);
                    history.bestLoss = Math.min(history.bestLoss, f);
                    listener.accept(history);
                    return true;
                });
        unpack(flat, params);
        history.stop = null;
        history.stopReason = "lbfgs: " + result.stopReason();
    }

    private static void pack(double[][] arrays, double[] flat) {
        int p = 0;
        for (double[] a : arrays) {
            System.arraycopy(a, 0, flat, p, a.length);
            p += a.length;
        }
    }

    private static void unpack(double[] flat, double[][] arrays) {
        int p = 0;
        for (double[] a : arrays) {
            System.arraycopy(flat, p, a, 0, a.length);
            p += a.length;
        }
    }
}
