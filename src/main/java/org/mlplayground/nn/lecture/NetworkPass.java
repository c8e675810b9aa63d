package org.mlplayground.nn.lecture;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mlplayground.nn.DenseFeatures;
import org.mlplayground.nn.GradientCheck;
import org.mlplayground.nn.Network;

/**
 * One forward and backward propagation of a network over one example (n = 1) or a minibatch
 * (vectorization: the same formulas with n columns), as the lecture writes it, for a view that
 * steps through it a layer at a time: {@link #steps()} lists forward l = 1..L, backward l = L..1,
 * then the update. A value computed when it is made (by {@link LectureNetwork}); it keeps no
 * reference to the network, which may go on training.
 *
 * @param forward  layers 1..L (index l-1): W[l], [1; A[l-1]], Z[l], A[l]
 * @param backward layers 1..L (index l-1): dZ[l], dW[l]
 * @param x        the inputs as columns, m[0] x n
 * @param y        the targets as columns, m[L] x n (one-hot columns for softmax)
 * @param cost     J over the n examples, with the penalties
 * @param alpha    the L2 penalty used
 * @param l1       the L1 penalty used (not in sklearn)
 */
public record NetworkPass(List<LayerForward> forward, List<LayerBackward> backward, DMatrixRMaj x, DMatrixRMaj y,
                          double cost, double alpha, double l1) {

    /** What one key press of the layer-by-layer view shows. */
    public enum Kind { FORWARD, BACKWARD, UPDATE }

    /** One step: {@code kind} at layer {@code layer} (1..L; 0 for the update, which touches every layer). */
    public record Step(Kind kind, int layer) {
    }

    public NetworkPass {
        forward = List.copyOf(forward);
        backward = List.copyOf(backward);
    }

    /**
     * Computes the pass.
     *
     * @param xRows the examples as rows, n x m[0] (one row for one example)
     * @param yRows their encoded targets as rows, n x m[L] (as {@code MlpClassifier.encodeLabels} gives them)
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public static NetworkPass of(Network net, DMatrixRMaj xRows, DMatrixRMaj yRows, double alpha, double l1) {
        if (xRows.numRows == 0 || xRows.numRows != yRows.numRows) {
            throw new IllegalArgumentException("Need at least one example and one target row per example, got "
                    + xRows.numRows + " and " + yRows.numRows);
        }
        DMatrixRMaj x = LectureNetwork.columns(xRows);
        DMatrixRMaj y = LectureNetwork.columns(yRows);
        List<LayerForward> f = LectureNetwork.forward(net, x);
        List<LayerBackward> b = LectureNetwork.backward(net, f, y, alpha, l1);
        return new NetworkPass(f, b, x, y, LectureNetwork.cost(net, f, y, alpha, l1), alpha, l1);
    }

    /** Number of examples n (columns). */
    public int examples() {
        return x.numCols;
    }

    /** Number of weight layers L. */
    public int layers() {
        return forward.size();
    }

    /** Forward l = 1..L, backward l = L..1, then the update: 2L + 1 steps. */
    public List<Step> steps() {
        List<Step> s = new ArrayList<>();
        for (int l = 1; l <= layers(); l++) {
            s.add(new Step(Kind.FORWARD, l));
        }
        for (int l = layers(); l >= 1; l--) {
            s.add(new Step(Kind.BACKWARD, l));
        }
        s.add(new Step(Kind.UPDATE, 0));
        return s;
    }

    /** W[l] - eta dW[l], the updated weights of layer l (1..L), m[l] x (m[l-1]+1). */
    public DMatrixRMaj updatedWeights(int l, double eta) {
        DMatrixRMaj w = forward.get(l - 1).w().copy();
        CommonOps_DDRM.addEquals(w, -eta, backward.get(l - 1).dW());
        return w;
    }

    /**
     * One step of gradient descent, {@code W[l] -= eta dW[l]} for every layer, applied to
     * {@code net} (which must have this pass's layer sizes; its weights are overwritten). Equals one
     * full-batch step of the engine's sgd with momentum 0 when the pass covers the whole training set.
     *
     * @throws IllegalArgumentException if eta is not a positive finite number or the shapes differ
     */
    public void applyUpdate(Network net, double eta) {
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("The learning rate must be a positive number, got " + eta);
        }
        if (net.weightLayers() != layers()) {
            throw new IllegalArgumentException("The network has " + net.weightLayers() + " weight layers; the pass has " + layers());
        }
        List<DMatrixRMaj> updated = new ArrayList<>();
        for (int l = 1; l <= layers(); l++) {
            updated.add(updatedWeights(l, eta));
        }
        for (int l = 1; l <= layers(); l++) {
            DMatrixRMaj w = updated.get(l - 1);
            DMatrixRMaj coefs = new DMatrixRMaj(w.numCols - 1, w.numRows);   // fan_in x fan_out = W(:, 2:end)^T
            double[] intercepts = new double[w.numRows];
            for (int i = 0; i < w.numRows; i++) {
                intercepts[i] = w.get(i, 0);
                for (int j = 1; j < w.numCols; j++) {
                    coefs.set(j - 1, i, w.get(i, j));
                }
            }
            net.setLayer(l - 1, coefs, intercepts);
        }
    }

    /**
     * Backpropagation against central finite differences on this pass's examples, for the
     * network it was computed from: the relative error of each layer l = 1..L (index l-1), see
     * {@link GradientCheck}; below {@link #CHECK_PASSES} means the gradient is right. The check
     * moves each parameter and puts it back: give it a copy of a network that trains elsewhere.
     */
    public static double[] gradientCheck(Network net, DMatrixRMaj xRows, DMatrixRMaj yRows, double alpha, double l1) {
        return GradientCheck.maxRelativeErrorPerLayer(net, new DenseFeatures(xRows), yRows, alpha, l1);
    }

    /** The relative error below which a layer's gradient check passes (green in the view). */
    public static final double CHECK_PASSES = 1e-6;
}
