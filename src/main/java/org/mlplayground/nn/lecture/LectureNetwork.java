package org.mlplayground.nn.lecture;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;

/**
 * Forward and backward propagation written the way the lecture writes them, with EJML, for a
 * student to read next to the slides. The fast engine ({@code Network.trace}, the estimators'
 * {@code gradients}) computes the same numbers on row arrays; a test checks they agree to 1e-12.
 *
 * <p>Examples are columns: X is m[0] x n. For l = 1..L, with W[l] = {@code net.augmentedWeights(l)}
 * (m[l] x (m[l-1]+1), bias in column 0):
 * <pre>
 *   A[0] = X
 *   Z[l] = W[l] [1; A[l-1]]            augment with a row of ones, then one matrix product
 *   A[l] = g(Z[l])                      g = the hidden activation, at l = L sigma / softmax / identity
 *   dZ[L] = A[L] - Y                    (cross-entropy after sigma or softmax, squared error after identity)
 *   dW[l] = (1/n) dZ[l] [1; A[l-1]]^T   (+ (alpha W + l1 sign W) / n on the weights, not the bias column)
 *   dZ[l-1] = W[l](:, 2:end)^T dZ[l] .* g'(Z[l-1])
 * </pre>
 * g' is computed from A = g(Z): sigma' = A(1-A), tanh' = 1-A^2, relu' = [A &gt; 0], identity' = 1.
 * Nothing is reused between calls: clarity over speed.
 */
public final class LectureNetwork {

    private static final double EPS = Math.ulp(1.0);

    private LectureNetwork() {
    }

    /**
     * Forward propagation of the columns of {@code x}.
     *
     * @param x m[0] x n, one example per column
     * @return layers 1..L (index l-1)
     * @throws IllegalArgumentException if x does not have m[0] rows
     */
    public static List<LayerForward> forward(Network net, DMatrixRMaj x) {
        if (x.numRows != net.inputs()) {
            throw new IllegalArgumentException("X has " + x.numRows + " rows (features); the network expects "
                    + net.inputs() + " (examples are columns)");
        }
        List<LayerForward> layers = new ArrayList<>();
        DMatrixRMaj a = x;
        int last = net.weightLayers();
        for (int l = 1; l <= last; l++) {
            DMatrixRMaj w = net.augmentedWeights(l);
            DMatrixRMaj augmented = withRowOfOnes(a);
            DMatrixRMaj z = new DMatrixRMaj(w.numRows, a.numCols);
            CommonOps_DDRM.mult(w, augmented, z);
            DMatrixRMaj next = z.copy();
            String g;
            if (l == last) {
                applyOutput(net.output(), next);
                g = outputName(net.output());
            } else {
                Activation act = net.activation(l);
                for (int i = 0; i < next.getNumElements(); i++) {
                    next.data[i] = act.value(next.data[i]);
                }
                g = act.sklearnName();
            }
            layers.add(new LayerForward(l, w, augmented, z, next, g));
            a = next;
        }
        return layers;
    }

    /** As {@link #backward(Network, List, DMatrixRMaj, double, double)} with no L1 penalty. */
    public static List<LayerBackward> backward(Network net, List<LayerForward> forward, DMatrixRMaj y, double alpha) {
        return backward(net, forward, y, alpha, 0.0);
    }

    /**
     * Backward propagation after {@link #forward}: dZ[l] and dW[l] for l = 1..L (index l-1),
     * computed from L down to 1.
     *
     * @param y     targets, m[L] x n: one-hot columns for softmax, 0/1 for sigma, values for identity
     * @param alpha the L2 penalty; {@code l1} the L1 penalty (not in sklearn)
     */
    public static List<LayerBackward> backward(Network net, List<LayerForward> forward, DMatrixRMaj y,
                                               double alpha, double l1) {
        int last = forward.size();
        DMatrixRMaj out = forward.get(last - 1).a();
        if (y.numRows != out.numRows || y.numCols != out.numCols) {
            throw new IllegalArgumentException("Y is " + y.numRows + " x " + y.numCols + " but A[L] is "
                    + out.numRows + " x " + out.numCols);
        }
        int n = out.numCols;
        LayerBackward[] result = new LayerBackward[last];
        DMatrixRMaj dZ = new DMatrixRMaj(out.numRows, n);
        CommonOps_DDRM.subtract(out, y, dZ);                               // dZ[L] = A[L] - Y
        for (int l = last; l >= 1; l--) {
            LayerForward f = forward.get(l - 1);
            DMatrixRMaj dW = new DMatrixRMaj(f.w().numRows, f.w().numCols);
            CommonOps_DDRM.multTransB(1.0 / n, dZ, f.augmented(), dW);      // dW[l] = (1/n) dZ[l] [1; A[l-1]]^T
            for (int i = 0; i < dW.numRows; i++) {
                for (int j = 1; j < dW.numCols; j++) {                      // penalties skip the bias column
                    double wij = f.w().get(i, j);
                    dW.set(i, j, dW.get(i, j) + (alpha * wij + l1 * Math.signum(wij)) / n);
                }
            }
            result[l - 1] = new LayerBackward(l, dZ, dW);
            if (l > 1) {
                DMatrixRMaj weights = CommonOps_DDRM.extract(f.w(), 0, f.w().numRows, 1, f.w().numCols);
                DMatrixRMaj below = new DMatrixRMaj(weights.numCols, n);
                CommonOps_DDRM.multTransA(weights, dZ, below);             // W[l](:, 2:end)^T dZ[l]
                DMatrixRMaj a = forward.get(l - 2).a();
                Activation g = net.activation(l - 1);
                for (int i = 0; i < below.getNumElements(); i++) {
                    below.data[i] *= g.derivativeFromOutput(a.data[i]);     // .* g'(Z[l-1])
                }
                dZ = below;
            }
        }
        return List.of(result);
    }

    /**
     * The cost J of the forward pass: the mean loss over the n columns (cross-entropy with
     * probabilities clipped to [eps, 1-eps] as sklearn does, or half the mean squared error over
     * every entry) plus {@code alpha/(2n) sum W^2 + (l1/n) sum |W|} over weights, not biases.
     */
    public static double cost(Network net, List<LayerForward> forward, DMatrixRMaj y, double alpha, double l1) {
        DMatrixRMaj a = forward.get(forward.size() - 1).a();
        int n = a.numCols;
        double sum = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            double yi = y.data[i];
            double p = Math.min(Math.max(a.data[i], EPS), 1 - EPS);
            switch (net.output()) {
                case LOGISTIC -> sum -= xlogy(yi, p) + xlogy(1 - yi, 1 - p);
                case SOFTMAX -> sum -= xlogy(yi, p);
                default -> sum += (yi - a.data[i]) * (yi - a.data[i]) / (2.0 * a.numRows);
            }
        }
        double squares = 0;
        double absolutes = 0;
        for (LayerForward f : forward) {
            for (int i = 0; i < f.w().numRows; i++) {
                for (int j = 1; j < f.w().numCols; j++) {
                    squares += f.w().get(i, j) * f.w().get(i, j);
                    absolutes += Math.abs(f.w().get(i, j));
                }
            }
        }
        return sum / n + 0.5 * alpha * squares / n + l1 * absolutes / n;
    }

    /** [1; A]: a row of ones above A. */
    public static DMatrixRMaj withRowOfOnes(DMatrixRMaj a) {
        DMatrixRMaj ones = new DMatrixRMaj(1, a.numCols);
        CommonOps_DDRM.fill(ones, 1.0);
        return CommonOps_DDRM.concatRowsMulti(ones, a);
    }

    /** Examples as columns: the transpose of an n x d matrix of rows. */
    public static DMatrixRMaj columns(DMatrixRMaj rows) {
        return CommonOps_DDRM.transpose(rows, null);
    }

    private static void applyOutput(OutputKind kind, DMatrixRMaj z) {
        switch (kind) {
            case LOGISTIC -> {
                for (int i = 0; i < z.getNumElements(); i++) {
                    z.data[i] = Activation.LOGISTIC.value(z.data[i]);
                }
            }
            case SOFTMAX -> {
                for (int j = 0; j < z.numCols; j++) {                        // softmax of each column
                    double[] column = new double[z.numRows];
                    for (int i = 0; i < column.length; i++) {
                        column[i] = z.get(i, j);
                    }
                    kind.applyInPlace(column);
                    for (int i = 0; i < column.length; i++) {
                        z.set(i, j, column[i]);
                    }
                }
            }
            default -> { }
        }
    }

    /** The output function's name: logistic, softmax or identity. */
    public static String outputName(OutputKind kind) {
        return switch (kind) {
            case LOGISTIC -> "logistic";
            case SOFTMAX -> "softmax";
            default -> "identity";
        };
    }

    private static double xlogy(double x, double y) {
        return x == 0.0 ? 0.0 : x * Math.log(y);
    }
}
