package org.mlplayground.nn.lecture;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;

/**
 * "Don't forget the activation function": with the identity in every hidden layer, the whole
 * network is one affine map, {@code Z[L] = W [1; x]} with one matrix W of shape m[L] x (m[0]+1).
 *
 * <p>W is {@code W[L] H[L-1] ... H[1]}, where {@code H[l] = [1 0; W[l]]} is W[l] with the row
 * (1, 0, .., 0) on top, so that {@code [1; A[l]] = H[l] [1; A[l-1]]}. The output function then
 * sees a linear function of x: for classification the boundary is a line (a hyperplane).
 */
public final class IdentityProduct {

    private IdentityProduct() {
    }

    /**
     * The single matrix the network equals, m[L] x (m[0]+1), bias column first.
     *
     * @throws IllegalArgumentException if a hidden layer's activation is not the identity (the
     *                                  message names it)
     */
    public static DMatrixRMaj of(Network net) {
        int hidden = net.weightLayers() - 1;
        for (int l = 1; l <= hidden; l++) {
            if (net.activation(l) != Activation.IDENTITY) {
                throw new IllegalArgumentException("Hidden layer " + l + " uses " + net.activation(l).sklearnName()
                        + ": only a network with the identity in every hidden layer is one matrix");
            }
        }
        DMatrixRMaj product = CommonOps_DDRM.identity(net.inputs() + 1);
        for (int l = 1; l <= hidden; l++) {
            DMatrixRMaj w = net.augmentedWeights(l);
            DMatrixRMaj h = new DMatrixRMaj(w.numRows + 1, w.numCols);
            h.set(0, 0, 1.0);
            CommonOps_DDRM.insert(w, h, 1, 0);
            product = CommonOps_DDRM.mult(h, product, null);
        }
        return CommonOps_DDRM.mult(net.augmentedWeights(net.weightLayers()), product, null);
    }
}
