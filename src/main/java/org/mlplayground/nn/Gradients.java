package org.mlplayground.nn;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The loss and its gradient for every weight layer l = 0..L-1: {@code coefs.get(l)} is dJ/dW in
 * sklearn's fan_in x fan_out layout, {@code intercepts.get(l)} is dJ/db.
 */
public record Gradients(double loss, List<DMatrixRMaj> coefs, List<double[]> intercepts) {

    public Gradients {
        coefs = List.copyOf(coefs);
        intercepts = List.copyOf(intercepts);
    }

    /**
     * The engine's loss and gradient of {@code net} on the rows of {@code x} with encoded targets
     * {@code y} (n x m[L]: 0/1, one-hot or values), as the estimators' {@code gradients} compute them.
     *
     * @param alpha the L2 penalty; {@code l1} the L1 penalty (not in sklearn, 0 for none)
     */
    public static Gradients compute(Network net, Features x, DMatrixRMaj y, double alpha, double l1) {
        if (y.numRows != x.rows() || y.numCols != net.outputs()) {
            throw new IllegalArgumentException("The targets are " + y.numRows + " x " + y.numCols + "; expected "
                    + x.rows() + " x " + net.outputs());
        }
        Backpropagation bp = new Backpropagation(net, x, y, x.rows());
        bp.setL1(l1);
        int[] all = Features.identityOrder(x.rows());
        double loss = bp.lossAndGradient(all, 0, all.length, alpha);
        List<DMatrixRMaj> coefGrads = new java.util.ArrayList<>();
        List<double[]> interceptGrads = new java.util.ArrayList<>();
        for (int l = 0; l < net.weightLayers(); l++) {
            double[][] rows = bp.coefGrads[l];
            DMatrixRMaj m = new DMatrixRMaj(rows.length, rows[0].length);
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(rows[i], 0, m.data, i * m.numCols, m.numCols);
            }
            coefGrads.add(m);
            interceptGrads.add(bp.interceptGrads[l].clone());
        }
        return new Gradients(loss, coefGrads, interceptGrads);
    }

    /** The gradient in the lecture's augmented layout for l = 1..L: m[l] x (m[l-1]+1), bias gradient in column 0. */
    public DMatrixRMaj augmented(int l) {
        DMatrixRMaj c = coefs.get(l - 1);
        double[] b = intercepts.get(l - 1);
        DMatrixRMaj g = new DMatrixRMaj(c.numCols, c.numRows + 1);
        for (int i = 0; i < c.numCols; i++) {
            g.set(i, 0, b[i]);
            for (int j = 0; j < c.numRows; j++) {
                g.set(i, j + 1, c.get(j, i));
            }
        }
        return g;
    }
}
