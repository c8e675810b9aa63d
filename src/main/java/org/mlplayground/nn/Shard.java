package org.mlplayground.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Forward and backward of one shard of the batch, leaving the unaveraged sums
 * {@code A[l]^T Delta[l+1]} and column sums of {@code Delta[l+1]} in its own buffers; the
 * {@link Backpropagation} of a batch runs one per shard and combines them.
 */
final class Shard {

    private final Network net;
    /** The unit-by-unit path for narrow networks on dense inputs ({@link NarrowStep}), else null. */
    final NarrowStep narrow;
    final ForwardPass forward;
    private final double[][] batchTargets;
    private final double[][][] deltas;
    private final SparseRows[] deltaRows;
    private final double[][][] transposes;
    private final double[][][] coefSums;
    private final double[][] interceptSums;
    final double[][] grads;
    /** Where row i of the shard's gradient is: source[i] from offset[i] (grads[i] from 0, or a native layer's flat G). */
    final double[][] source;
    final int[] offset;
    double dataLossSum;
    int count;

    Shard(Network net, Features x, int outputs, int maxRows, boolean mayUsePool) {
        this.net = net;
        this.narrow = NarrowStep.createIfSuited(net, x, maxRows);
        this.forward = narrow == null ? new ForwardPass(net, x, maxRows, mayUsePool) : null;
        int[] sizes = net.layerSizes();
        int layers = sizes.length - 1;
        batchTargets = new double[maxRows][outputs];
        deltas = new double[layers][][];
        deltaRows = new SparseRows[layers];
        transposes = new double[layers][][];
        coefSums = new double[layers][][];
        interceptSums = new double[layers][];
        for (int l = 0; l < layers; l++) {
            coefSums[l] = new double[sizes[l]][sizes[l + 1]];
            interceptSums[l] = new double[sizes[l + 1]];
            if (narrow != null) {
                continue;
            }
            deltas[l] = new double[maxRows][sizes[l + 1]];
            if (l > 0) {
                deltaRows[l] = new SparseRows(maxRows, sizes[l + 1], maxRows * sizes[l + 1]);
                transposes[l] = new double[sizes[l + 1]][sizes[l]];
            }
        }
        grads = flatten(coefSums, interceptSums);
        source = grads.clone();
        offset = new int[grads.length];
        int i = 0;
        for (int l = 0; l < layers; l++) {
            double[] flat = forward != null ? forward.nativeGradient(l) : null;
            for (int j = 0; j < sizes[l]; j++, i++) {
                if (flat != null) {
                    source[i] = flat;
                    offset[i] = j * sizes[l + 1];
                }
            }
        }
    }

    static double[][] flatten(double[][][] coefs, double[][] intercepts) {
        int total = intercepts.length;
        for (double[][] c : coefs) {
            total += c.length;
        }
        double[][] all = new double[total][];
        int i = 0;
        for (double[][] c : coefs) {
            for (double[] row : c) {
                all[i++] = row;
            }
        }
        for (double[] b : intercepts) {
            all[i++] = b;
        }
        return all;
    }

    private int[] order;
    private int start;

    void prepare(int[] order, int start, int count, DMatrixRMaj targets) {
        this.order = order;
        this.start = start;
        this.count = count;
        int m = targets.numCols;
        double[] data = targets.data;
        for (int r = 0; r < count; r++) {
            int o = order[start + r] * m;
            double[] t = batchTargets[r];
            if (m < 8) {
                for (int c = 0; c < m; c++) {
                    t[c] = data[o + c];
                }
            } else {
                System.arraycopy(data, o, t, 0, m);
            }
        }
    }

    void run() {
        if (count == 0) {
            for (int i = 0; i < grads.length; i++) {
                Arrays.fill(grads[i], 0.0);
                Arrays.fill(source[i], offset[i], offset[i] + grads[i].length, 0.0);
            }
            dataLossSum = 0;
            return;
        }
        if (narrow != null) {
            double loss = narrow.run(order, start, count, batchTargets, coefSums, interceptSums);
            dataLossSum = net.output() == OutputKind.IDENTITY ? loss * 2.0 * count * net.outputs() : loss * count;
            return;
        }
        forward.run(order, start, count);
        int n = count;
        int last = deltas.length - 1;
        double[][] out = forward.activations[last];
        OutputKind kind = net.output();
        int outputs = net.outputs();
        double loss = kind.loss(batchTargets, out, n);
        dataLossSum = kind == OutputKind.IDENTITY ? loss * 2.0 * n * outputs : loss * n;
        for (int r = 0; r < n; r++) {
            double[] d = deltas[last][r];
            double[] a = out[r];
            double[] y = batchTargets[r];
            for (int c = 0; c < outputs; c++) {
                d[c] = a[c] - y[c];
            }
        }
        Products products = forward.products;
        for (int l = last; l >= 0; l--) {
            double[][] delta = deltas[l];
            forward.multiplyInputTransposed(l, delta, coefSums[l], interceptSums[l].length);
            double[] b = interceptSums[l];
            Arrays.fill(b, 0.0);
            int q = 0;
            for (; q + 3 < n; q += 4) {
                Products.axpy4(1.0, delta[q], 1.0, delta[q + 1], 1.0, delta[q + 2], 1.0, delta[q + 3], b, 0, b.length);
            }
            for (; q < n; q++) {
                Products.axpy(1.0, delta[q], b, 0, b.length);
            }
            if (l > 0) {
                double[][] below = deltas[l - 1];
                int width = b.length;
                if (forward.backpropagateNative(l, below)) {
                    // below = delta W_l^T by OpenBLAS
                } else if (net.activation() != Activation.RELU || l == last
                        || DenseKernels.nonZeros(delta, n, width) >= ForwardPass.SPARSE_BELOW_DENSITY * n * width) {
                    transpose(net.coefs[l], transposes[l]);
                    products.multiplyDense(delta, n, width, transposes[l], null, below, below[0].length);
                } else {
                    transpose(net.coefs[l], transposes[l]);
                    deltaRows[l].setDense(delta, n);
                    products.multiply(deltaRows[l], transposes[l], null, below, below[0].length);
                }
                double[][] a = forward.activations[l - 1];
                Activation g = net.activation(l);
                for (int r = 0; r < n; r++) {
                    g.multiplyByDerivative(a[r], below[r], below[r].length);
                }
            }
        }
    }

    private static void transpose(double[][] w, double[][] t) {
        for (int i = 0; i < w.length; i++) {
            double[] wi = w[i];
            for (int j = 0; j < wi.length; j++) {
                t[j][i] = wi[j];
            }
        }
    }
}
