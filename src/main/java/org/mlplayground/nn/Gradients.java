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
