package org.mlplayground.nn;

/**
 * Forward propagation of minibatches into buffers allocated once: for weight layer l,
 * {@code A[l+1] = g(A[l] W_l + b_l)} with every {@code A[l]} of shape {@code batch x m[l]};
 * the last layer applies the output function.
 *
 * <p>Each layer's input goes through the kernel that suits it, chosen from the sizes and the
 * data alone (never from the thread count): native OpenBLAS ({@link NativeGemm}) for every dense
 * product of a network with one dense layer of at least {@link #NATIVE_ABOVE} multiply-adds when
 * the machine has it (on a shard or a sweep's thread only where OpenBLAS runs each call on its
 * caller, {@link NativeGemm#usableHere}); dense rows ({@link DenseKernels}) for dense-stored inputs
 * and for hidden activations other than relu, or relu's with at least
 * {@link #SPARSE_BELOW_DENSITY} of them non-zero or feeding fewer than {@link #SPARSE_FROM_WIDTH}
 * units; otherwise the non-zeros only ({@link SparseRows}: MNIST pixels, most relu activations).
 * The gradient and the delta taken back through the layer follow the same choice.
 */
final class ForwardPass {

    /** A hidden layer's input with fewer than this fraction of non-zeros goes the sparse way. */
    static final double SPARSE_BELOW_DENSITY = 0.6;
    /**
     * A layer with fewer outputs than this takes its input as rows whatever its density: each
     * non-zero saves fewer multiply-adds than listing it costs (784-128-10's last layer).
     */
    static final int SPARSE_FROM_WIDTH = 16;
    /** Multiply-adds per product from which a dense layer takes its network through {@link NativeGemm}. */
    static final long NATIVE_ABOVE = 1_000_000;

    private Network net;
    private final Features x;
    final Products products;
    /** inputs[l]: A[l] as non-zeros (inputs[0] is the input batch); null where never sparse. */
    final SparseRows[] inputs;
    /** The input batch's own buffer (inputs[0] may be a batch shared through {@link Features#batch}). */
    private final SparseRows ownBatch;
    /** denseInputs[l]: A[l] as rows (denseInputs[0] is the gathered input batch, null if stored sparse). */
    final double[][][] denseInputs;
    /** dense[l]: whether A[l] of the last batch went the dense way. */
    final boolean[] dense;
    /** activations[l] = A[l+1], rows of width m[l+1]. */
    final double[][][] activations;
    private final int[] sizes;
    /** native[l]: dense products of layer l go through {@link NativeGemm}, on these flat buffers. */
    private final boolean[] nativeLayer;
    private final double[][] flatInputs;
    private final double[][] flatWeights;
    private final double[][] flatOutputs;
    private final double[][] flatDeltas;
    private final double[][] flatBelow;
    /** flatGrads[l]: A[l]^T D of a native layer, m[l] x m[l+1] row-major (read in place by the combine step). */
    private final double[][] flatGrads;
    /** Whether G of a native layer stays in {@link #flatGrads} (a pass of the whole batch) or goes to g (a shard). */
    private final boolean gradientInPlace;
    int count;

    ForwardPass(Network net, Features x, int maxBatch) {
        this(net, x, maxBatch, true);
    }

    /**
     * @param mayUsePool false when the caller runs on one of the pool's threads (a shard); such a
     *                   pass calls native code only where OpenBLAS runs each call on its caller
     */
    ForwardPass(Network net, Features x, int maxBatch, boolean mayUsePool) {
        this.net = net;
        this.x = x;
        this.gradientInPlace = mayUsePool;
        sizes = net.layerSizes();
        int layers = sizes.length - 1;
        inputs = new SparseRows[layers];
        denseInputs = new double[layers][][];
        dense = new boolean[layers];
        activations = new double[layers][][];
        if (x.storedDense()) {
            denseInputs[0] = new double[maxBatch][sizes[0]];
            ownBatch = null;
        } else {
            ownBatch = x.newBatch(maxBatch);
            inputs[0] = ownBatch;
        }
        for (int l = 0; l < layers; l++) {
            if (l > 0) {
                inputs[l] = new SparseRows(maxBatch, sizes[l], maxBatch * sizes[l]);
            }
            activations[l] = new double[maxBatch][sizes[l + 1]];
            if (l + 1 < layers) {
                denseInputs[l + 1] = activations[l];
            }
        }
        nativeLayer = new boolean[layers];
        flatInputs = new double[layers][];
        flatWeights = new double[layers][];
        flatOutputs = new double[layers][];
        flatDeltas = new double[layers][];
        flatBelow = new double[layers][];
        flatGrads = new double[layers][];
        // the size first: small networks never load the native library; in a network with one
        // large dense product, every dense product goes native (small ones too: 784-128-10's last
        // layer took 3x longer in the Java kernels than in OpenBLAS)
        boolean nativeNetwork = usesNative(x, sizes, maxBatch) && (mayUsePool || NativeGemm.onCaller());
        for (int l = 0; l < layers; l++) {
            nativeLayer[l] = nativeNetwork && (l > 0 || x.storedDense());
            if (nativeLayer[l]) {
                flatInputs[l] = new double[maxBatch * sizes[l]];
                flatWeights[l] = new double[Math.max(maxBatch, sizes[l]) * sizes[l + 1]];
                flatOutputs[l] = new double[Math.max(maxBatch, sizes[l]) * sizes[l + 1]];
                flatDeltas[l] = new double[maxBatch * sizes[l + 1]];
                flatBelow[l] = l > 0 ? new double[maxBatch * sizes[l]] : null;
                flatGrads[l] = new double[sizes[l] * sizes[l + 1]];
            }
        }
        // where OpenBLAS has threads of its own, they have the other cores: the small products
        // between its calls run on this thread (a pool worker woken for them would only spin)
        this.products = new Products(mayUsePool && !(nativeNetwork && !NativeGemm.onCaller()));
    }

    /** Whether some dense layer is large enough to take the network's dense products native (on this thread). */
    static boolean usesNative(Features x, int[] sizes, int maxBatch) {
        for (int l = 0; l + 1 < sizes.length; l++) {
            if ((l > 0 || x.storedDense()) && (long) maxBatch * sizes[l] * sizes[l + 1] >= NATIVE_ABOVE) {
                return NativeGemm.usableHere();
            }
        }
        return false;
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
        if (denseInputs[0] != null) {
            if (nativeLayer[0]) {
                x.loadDenseBatch(order, start, count, flatInputs[0]);
            } else {
                x.loadDenseBatch(order, start, count, denseInputs[0]);
            }
            dense[0] = true;
        } else {
            inputs[0] = x.batch(order, start, count, ownBatch);
            dense[0] = false;
        }
        int last = activations.length - 1;
        for (int l = 0; l <= last; l++) {
            if (l > 0) {
                int width = sizes[l];
                dense[l] = nativeLayer[l] || net.activation() != Activation.RELU || sizes[l + 1] < SPARSE_FROM_WIDTH
                        || DenseKernels.nonZeros(activations[l - 1], count, width) >= SPARSE_BELOW_DENSITY * count * width;
                if (!dense[l]) {
                    inputs[l].setDense(activations[l - 1], count);
                }
            }
            double[][] z = activations[l];
            int m = sizes[l + 1];
            if (dense[l] && nativeLayer[l]) {
                multiplyNative(l, z, m);
            } else if (dense[l]) {
                products.multiplyDense(denseInputs[l], count, sizes[l], net.coefs[l], net.intercepts[l], z, m);
            } else {
                products.multiply(inputs[l], net.coefs[l], net.intercepts[l], z, m);
            }
            if (l == last) {
                net.output().applyInPlace(z, count);
            } else {
                Activation g = net.activation(l + 1);
                for (int r = 0; r < count; r++) {
                    g.applyInPlace(z[r], m);
                }
            }
        }
    }

    private void multiplyNative(int l, double[][] z, int m) {
        int k = sizes[l];
        double[] a = flatInputs[l];
        if (l > 0) {
            double[][] rows = denseInputs[l];
            for (int r = 0; r < count; r++) {
                System.arraycopy(rows[r], 0, a, r * k, k);
            }
        }
        double[] w = flatWeights[l];
        double[][] coefs = net.coefs[l];
        for (int j = 0; j < k; j++) {
            System.arraycopy(coefs[j], 0, w, j * m, m);
        }
        double[] out = flatOutputs[l];
        NativeGemm.multiply(a, count, k, w, net.intercepts[l], out, m);
        for (int r = 0; r < count; r++) {
            System.arraycopy(out, r * m, z[r], 0, m);
        }
    }

    /**
     * The flat gradient buffer of layer l if its products go through native code (then
     * {@link #multiplyInputTransposed} leaves G there, row j at offset j m[l+1], not in g), else null.
     */
    double[] nativeGradient(int l) {
        return nativeLayer[l] && gradientInPlace ? flatGrads[l] : null;
    }

    /**
     * G = A[l]^T D for the last batch: g (m[l] x m) from d (count x m); for a native layer into
     * {@link #nativeGradient}(l) instead of g.
     */
    void multiplyInputTransposed(int l, double[][] d, double[][] g, int m) {
        if (dense[l] && nativeLayer[l]) {
            int k = sizes[l];
            double[] flatD = flatDeltas[l];
            for (int r = 0; r < count; r++) {
                System.arraycopy(d[r], 0, flatD, r * m, m);
            }
            double[] out = flatGrads[l];
            NativeGemm.multiplyTransposed(flatInputs[l], count, k, flatD, out, m);
            if (!gradientInPlace) {
                for (int j = 0; j < k; j++) {
                    System.arraycopy(out, j * m, g[j], 0, m);
                }
            }
        } else if (dense[l]) {
            products.multiplyTransposedDense(denseInputs[l], count, sizes[l], d, g, m);
        } else {
            products.multiplyTransposed(inputs[l], d, g, m);
        }
    }

    /**
     * below = d W_l^T through native code, if layer l goes native: d (count x m[l+1]) must be the
     * delta just given to {@link #multiplyInputTransposed} for the same layer. False otherwise.
     */
    boolean backpropagateNative(int l, double[][] below) {
        if (!nativeLayer[l] || l == 0) {
            return false;
        }
        int k = sizes[l];
        double[] out = flatBelow[l];
        NativeGemm.multiplyByTransposed(flatDeltas[l], count, sizes[l + 1], flatWeights[l], k, out);
        for (int r = 0; r < count; r++) {
            System.arraycopy(out, r * k, below[r], 0, k);
        }
        return true;
    }

    /** A[L], the output rows of the last batch (first {@link #count} rows are valid). */
    double[][] output() {
        return activations[activations.length - 1];
    }
}
