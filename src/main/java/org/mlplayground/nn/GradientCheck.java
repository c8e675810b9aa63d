package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Compares backpropagation with central finite differences {@code (J(theta+h) - J(theta-h)) / 2h}
 * on every parameter (an even sample of at most 400 per layer for large layers). The relative
 * error of one parameter is {@code |analytic - numeric| / max(|analytic|, |numeric|, 1e-8)}; a
 * correct gradient gives about 1e-7 or less, a wrong one 1e-2 or more.
 */
public final class GradientCheck {

    private static final double H = 1e-6;
    private static final double FLOOR = 1e-8;
    private static final int MAX_CHECKED_PER_LAYER = 400;

    private GradientCheck() {
    }

    /**
     * The maximum relative error over each weight layer's coefficients and intercepts, for weight
     * layers 0..L-1. The network's parameters are left as they were.
     */
    public static double[] maxRelativeErrorPerLayer(Network net, Features x, DMatrixRMaj y, double alpha) {
        int n = x.rows();
        int[] all = Features.identityOrder(n);
        Backpropagation bp = new Backpropagation(net, x, y, n);
        bp.lossAndGradient(all, 0, n, alpha);
        int layers = net.weightLayers();
        double[] worst = new double[layers];
        for (int l = 0; l < layers; l++) {
            double[][] params = net.coefs[l];
            double[][] analytic = copy(bp.coefGrads[l]);
            double[] interceptAnalytic = bp.interceptGrads[l].clone();
            int fanOut = net.intercepts[l].length;
            int total = params.length * fanOut;
            int count = Math.min(total, MAX_CHECKED_PER_LAYER);
            for (int j = 0; j < count; j++) {
                int i = (int) ((long) j * total / count);
                worst[l] = Math.max(worst[l], check(bp, params[i / fanOut], i % fanOut, analytic[i / fanOut][i % fanOut], all, alpha));
            }
            for (int j = 0; j < fanOut; j++) {
                worst[l] = Math.max(worst[l], check(bp, net.intercepts[l], j, interceptAnalytic[j], all, alpha));
            }
        }
        return worst;
    }

    private static double check(Backpropagation bp, double[] params, int i, double analytic, int[] all, double alpha) {
        double saved = params[i];
        params[i] = saved + H;
        bp.lossAndGradient(all, 0, all.length, alpha);
        double plus = bp.lastObjective();
        params[i] = saved - H;
        bp.lossAndGradient(all, 0, all.length, alpha);
        double minus = bp.lastObjective();
        params[i] = saved;
        double numeric = (plus - minus) / (2 * H);
        return Math.abs(analytic - numeric) / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), FLOOR);
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
