package org.mlplayground.nn;

/**
 * Forward propagation of minibatches into buffers allocated once: for weight layer l,
 * {@code A[l+1] = g(A[l] W_l + b_l)} with every {@code A[l]} of shape {@code batch x m[l]};
 * the last layer applies the output function. Each layer's input is also kept as its non-zeros
 * ({@link SparseRows}), which the gradient reuses.
 */
final class ForwardPass {

    private Network net;
    private final Features x;
    final Products products;
    /** inputs[l]: A[l] as non-zeros (inputs[0] is the input batch). */
    final SparseRows[] inputs;
    /** activations[l] = A[l+1], rows of width m[l+1]. */
    final double[][][] activations;
    int count;

    ForwardPass(Network net, Features x, int maxBatch) {
        this(net, x, maxBatch, true);
    }

    ForwardPass(Network net, Features x, int maxBatch, boolean mayUsePool) {
        this.net = net;
        this.products = new Products(mayUsePool);
        this.x = x;
        int[] sizes = net.layerSizes();
        int layers = sizes.length - 1;
        inputs = new SparseRows[layers];
        activations = new double[layers][][];
        inputs[0] = x.newBatch(maxBatch);
        for (int l = 0; l < layers; l++) {
            if (l > 0) {
                inputs[l] = new SparseRows(maxBatch, sizes[l], maxBatch * sizes[l]);
            }
            activations[l] = new double[maxBatch][sizes[l + 1]];
        }
    }

    /** Propagates with the weights of {@code other}, a network of the same layer sizes. */
    void setNetwork(Network other) {
        if (other != net && !java.util.Arrays.equals(other.layerSizes(), net.layerSizes())) {
            throw new IllegalArgumentException("Layer sizes differ: " + java.util.Arrays.toString(other.layerSizes())
                    + " vs " + java.util.Arrays.toString(net.layerSizes()));
        }
        net = other;
    }

    /** Propagates rows {@code order[start .. start+count)}. */
    void run(int[] order, int start, int count) {
        this.count = count;
        x.loadBatch(order, start, count, inputs[0]);
        int last = activations.length - 1;
        for (int l = 0; l <= last; l++) {
            if (l > 0) {
                inputs[l].setDense(activations[l - 1], count);
            }
            double[][] z = activations[l];
            products.multiply(inputs[l], net.coefs[l], net.intercepts[l], z, net.intercepts[l].length);
            if (l == last) {
                net.output().applyInPlace(z, count);
            } else {
                Activation g = net.activation(l + 1);
                for (int r = 0; r < count; r++) {
                    g.applyInPlace(z[r], z[r].length);
                }
            }
        }
    }

    /** A[L], the output rows of the last batch (first {@link #count} rows are valid). */
    double[][] output() {
        return activations[activations.length - 1];
    }
}
