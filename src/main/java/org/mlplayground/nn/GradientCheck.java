package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Compares backpropagation with central finite differences {@code (J(theta+h) - J(theta-h)) / 2h},
 * h = 1e-6, on every parameter (an even sample of at most 400 per layer for large layers).
 *
 * <p>A layer's relative error is its largest difference {@code |analytic - numeric|} divided by
 * its largest gradient entry: the rounding error of a difference quotient is absolute (about
 * 1e-10 here), so dividing each entry by its own, possibly tiny, size would flag rounding rather
 * than mistakes. A correct gradient gives about 1e-8 or less, a wrong one 1e-2 or more.
 */
public final class GradientCheck {

    private static final double H = 1e-6;
    private static final double FLOOR = 1e-12;
    private static final int MAX_CHECKED_PER_LAYER = 400;

    private GradientCheck() {
    }

    /**
     * The maximum relative error over each weight layer's coefficients and intercepts, for weight
     * layers 0..L-1. The network's parameters are left as they were.
     */
    public static double[] maxRelativeErrorPerLayer(Network net, Features x, DMatrixRMaj y, double alpha) {
        return maxRelativeErrorPerLayer(net, x, y, alpha, 0.0);
    }

    /** As {@link #maxRelativeErrorPerLayer(Network, Features, DMatrixRMaj, double)} with an L1 penalty too (not in sklearn). */
    public static double[] maxRelativeErrorPerLayer(Network net, Features x, DMatrixRMaj y, double alpha, double l1) {
        int n = x.rows();
        int[] all = Features.identityOrder(n);
        Backpropagation bp = new Backpropagation(net, x, y, n);
        bp.setL1(l1);
        bp.lossAndGradient(all, 0, n, alpha);
        int layers = net.weightLayers();
        // keep the analytic gradient: every finite-difference evaluation overwrites the buffers
        double[][][] coefAnalytic = new double[layers][][];
        double[][] interceptAnalytic = new double[layers][];
        for (int l = 0; l < layers; l++) {
            coefAnalytic[l] = copy(bp.coefGrads[l]);
            interceptAnalytic[l] = bp.interceptGrads[l].clone();
        }
        double[] worst = new double[layers];
        for (int l = 0; l < layers; l++) {
            double[][] params = net.coefs[l];
            double[][] analytic = coefAnalytic[l];
            int fanOut = net.intercepts[l].length;
            int total = params.length * fanOut;
            int count = Math.min(total, MAX_CHECKED_PER_LAYER);
            double maxDiff = 0;
            double scale = FLOOR;
            for (int j = 0; j < count + fanOut; j++) {
                double a;
                double numeric;
                if (j < count) {
                    int i = (int) ((long) j * total / count);
                    a = analytic[i / fanOut][i % fanOut];
                    numeric = numeric(bp, params[i / fanOut], i % fanOut, all, alpha);
                } else {
                    a = interceptAnalytic[l][j - count];
                    numeric = numeric(bp, net.intercepts[l], j - count, all, alpha);
                }
                maxDiff = Math.max(maxDiff, Math.abs(a - numeric));
                scale = Math.max(scale, Math.max(Math.abs(a), Math.abs(numeric)));
            }
            worst[l] = maxDiff / scale;
        }
        return worst;
    }

    /** (J(theta_i + h) - J(theta_i - h)) / 2h, leaving theta_i as it was. */
    private static double numeric(Backpropagation bp, double[] params, int i, int[] all, double alpha) {
        double saved = params[i];
        params[i] = saved + H;
        bp.lossAndGradient(all, 0, all.length, alpha);
        double plus = bp.lastObjective();
        params[i] = saved - H;
        bp.lossAndGradient(all, 0, all.length, alpha);
        double minus = bp.lastObjective();
        params[i] = saved;
        return (plus - minus) / (2 * H);
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
