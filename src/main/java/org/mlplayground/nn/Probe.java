package org.mlplayground.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A network's activations over a fixed set of inputs, such as the points of a grid over the plane
 * (the playground's neuron thumbnails and decision boundary) or a test set. Buffers are allocated
 * once per architecture; each call reads the weights of the network it is given, which must have
 * the layer sizes the probe was made for.
 */
public final class Probe {

    private static final int CHUNK = 1024;

    private final int[] sizes;
    private final Features inputs;
    private final ForwardPass pass;
    private final int[] order;

    /** A probe on {@code inputs} (n x m[0]) for networks shaped like {@code shape}. */
    public Probe(Network shape, Features inputs) {
        if (inputs.cols() != shape.inputs()) {
            throw new IllegalArgumentException("The probe inputs have " + inputs.cols() + " features; the network expects "
                    + shape.inputs());
        }
        this.sizes = shape.layerSizes();
        this.inputs = inputs;
        this.pass = new ForwardPass(shape, inputs, Math.min(CHUNK, Math.max(1, inputs.rows())));
        this.order = Features.identityOrder(inputs.rows());
    }

    /** Whether this probe can run networks shaped like {@code net}. */
    public boolean fits(Network net) {
        return Arrays.equals(sizes, net.layerSizes());
    }

    /** Number of inputs probed. */
    public int size() {
        return inputs.rows();
    }

    /**
     * Forward propagation of every input; {@code out[l][j][i]} receives A[l+1] of unit j for input
     * i, for l = 0..L-1 (the last layer is the output). Each {@code out[l][j]} needs
     * {@link #size()} entries; a null {@code out[l]} skips that layer.
     */
    public void run(Network net, float[][][] out) {
        pass.setNetwork(net);
        int n = inputs.rows();
        for (int start = 0; start < n; start += CHUNK) {
            int count = Math.min(CHUNK, n - start);
            pass.run(order, start, count);
            for (int l = 0; l < out.length; l++) {
                if (out[l] == null) {
                    continue;
                }
                double[][] a = pass.activations[l];
                for (int j = 0; j < out[l].length; j++) {
                    float[] unit = out[l][j];
                    for (int r = 0; r < count; r++) {
                        unit[start + r] = (float) a[r][j];
                    }
                }
            }
        }
    }

    /** The network's outputs for every input into {@code out} (n x m[L]). */
    public void outputs(Network net, DMatrixRMaj out) {
        pass.setNetwork(net);
        int n = inputs.rows();
        int m = sizes[sizes.length - 1];
        out.reshape(n, m);
        for (int start = 0; start < n; start += CHUNK) {
            int count = Math.min(CHUNK, n - start);
            pass.run(order, start, count);
            double[][] a = pass.output();
            for (int r = 0; r < count; r++) {
                System.arraycopy(a[r], 0, out.data, (start + r) * m, m);
            }
        }
    }
}
