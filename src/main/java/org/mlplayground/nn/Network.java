package org.mlplayground.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * The parameters of a feed-forward network: layer widths {@code m[0] (inputs) .. m[L] (outputs)},
 * the hidden activation and the output kind.
 *
 * <p>Storage follows sklearn's layout: weight layer {@code l} (0-based) maps layer l to l+1 with
 * coefficients {@code coefs[l]}, {@code m[l] x m[l+1]} (fan_in x fan_out, sklearn's
 * {@code coefs_[l]}), kept as one array per row so the training kernels vectorise, and intercepts
 * {@code intercepts[l]} of length {@code m[l+1]}; a batch goes forward as {@code Z = A W + b}.
 * The lecture's {@code W[l]} for l = 1..L ({@code m[l] x (m[l-1]+1)}, bias in column 0,
 * {@code Z[l] = W[l] [1; A[l-1]]}) is {@code [intercepts[l-1] | coefs[l-1]^T]}: see
 * {@link #augmentedWeights(int)}.
 */
public final class Network {

    private final int[] sizes;
    private final Activation activation;
    /** hidden[l-1]: the activation of hidden layer l = 1..L-1 (all {@link #activation} unless set per layer). */
    private final Activation[] hidden;
    private final OutputKind output;
    /** coefs[l][i][j]: weight from unit i of layer l to unit j of layer l+1. */
    final double[][][] coefs;
    final double[][] intercepts;

    /**
     * The most weights and biases a network may have: 20,000,000 (160 MB per copy; training keeps
     * about five copies: weights, gradients, optimizer state, the best and the initial weights).
     */
    public static final long MAX_PARAMETERS = 20_000_000L;
    /** The widest a layer may be: the hyperparameter table's limit, {@value Hyperparameter#MAX_LAYER_WIDTH} units. */
    public static final int MAX_WIDTH = Hyperparameter.MAX_LAYER_WIDTH;

    /**
     * Checks layer widths m[0..L] before anything is allocated: every width 1 to
     * {@link #MAX_WIDTH} (inputs excepted: those are the data's), at most {@link #MAX_PARAMETERS}
     * weights and biases in all.
     *
     * @throws IllegalArgumentException naming the layer or the count and the limit
     */
    public static void requireSize(int[] sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("A network needs an input and an output layer");
        }
        long parameters = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] <= 0) {
                throw new IllegalArgumentException("Layer " + i + " has width " + sizes[i]
                        + ": every layer needs at least one unit");
            }
            if (i > 0 && sizes[i] > MAX_WIDTH) {
                throw new IllegalArgumentException("Layer " + i + " has " + sizes[i] + " units; the limit is " + MAX_WIDTH);
            }
            if (i > 0) {
                parameters += ((long) sizes[i - 1] + 1) * sizes[i];
            }
        }
        if (parameters > MAX_PARAMETERS) {
            throw new IllegalArgumentException("The network would have " + parameters + " weights and biases; the limit is "
                    + MAX_PARAMETERS + ": use fewer or narrower hidden layers");
        }
    }

    private Network(int[] sizes, Activation activation, OutputKind output) {
        this(sizes, activation, null, output);
    }

    private Network(int[] sizes, Activation activation, Activation[] hiddenActivations, OutputKind output) {
        requireSize(sizes);
        this.sizes = sizes.clone();
        this.activation = activation;
        this.hidden = new Activation[sizes.length - 2];
        if (hiddenActivations != null && hiddenActivations.length > 0) {
            if (hiddenActivations.length != hidden.length) {
                throw new IllegalArgumentException(hiddenActivations.length + " per-layer activations given for "
                        + hidden.length + " hidden layers");
            }
            System.arraycopy(hiddenActivations, 0, hidden, 0, hidden.length);
        } else {
            Arrays.fill(hidden, activation);
        }
        this.output = output;
        coefs = new double[sizes.length - 1][][];
        intercepts = new double[sizes.length - 1][];
        for (int l = 0; l < coefs.length; l++) {
            coefs[l] = new double[sizes[l]][sizes[l + 1]];
            intercepts[l] = new double[sizes[l + 1]];
        }
    }

    /**
     * A network with sklearn's Glorot-uniform initialisation: every coefficient and intercept of
     * weight layer l drawn uniformly from +-sqrt(factor / (fan_in + fan_out)), factor 2 for logistic
     * and 6 otherwise; layer by layer, coefficients (row by row) then intercepts.
     *
     * @throws HyperparameterException when it would hold more than {@link Hyperparameter#MAX_WEIGHTS} weights
     */
    public static Network glorot(int[] sizes, Activation activation, OutputKind output, long seed) {
        return initialized(sizes, activation, null, output, Initialization.GLOROT, seed);
    }

    /**
     * A network initialised by {@code init} from {@code seed}, layer by layer (coefficients row by
     * row, then intercepts); with {@link Initialization#GLOROT} and no per-layer activations it is
     * exactly {@link #glorot}. With per-layer activations, the Glorot factor of weight layer l is
     * that of the layer it feeds (the output layer's weights use {@code activation}'s).
     *
     * @param hiddenActivations one activation per hidden layer (not in sklearn), or null/empty for
     *                          {@code activation} everywhere
     * @throws HyperparameterException when it would hold more than {@link Hyperparameter#MAX_WEIGHTS} weights
     * @throws IllegalArgumentException if a width is not positive or the activations do not match
     *                                  the hidden layers
     */
    public static Network initialized(int[] sizes, Activation activation, Activation[] hiddenActivations,
                                      OutputKind output, Initialization init, long seed) {
        Hyperparameter.checkNetworkSize(sizes);
        Network n = new Network(sizes, activation, hiddenActivations, output);
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < n.coefs.length; l++) {
            Activation feeds = l < n.hidden.length ? n.hidden[l] : activation;
            init.fill(n.coefs[l], n.intercepts[l], feeds.glorotFactor(), random);
        }
        return n;
    }

    /** A network with all parameters zero, to be filled by {@link #setLayer}. */
    public static Network zeros(int[] sizes, Activation activation, OutputKind output) {
        return new Network(sizes, activation, output);
    }

    /** An independent copy. */
    public Network copy() {
        Network n = new Network(sizes, activation, hidden, output);
        n.copyParametersFrom(this);
        return n;
    }

    /** The same weights under another hidden activation. */
    public Network withActivation(Activation newActivation) {
        Network n = new Network(sizes, newActivation, output);
        n.copyParametersFrom(this);
        return n;
    }

    /**
     * The same weights with one activation per hidden layer (not in sklearn); null or empty means
     * {@link #activation()} everywhere.
     */
    public Network withActivations(Activation[] hiddenActivations) {
        Network n = new Network(sizes, activation, hiddenActivations, output);
        n.copyParametersFrom(this);
        return n;
    }

    /** Overwrites this network's parameters with those of a network of the same shape. */
    public void copyParametersFrom(Network other) {
        if (!Arrays.equals(sizes, other.sizes)) {
            throw new IllegalArgumentException("Layer sizes differ: " + Arrays.toString(sizes) + " vs "
                    + Arrays.toString(other.sizes));
        }
        for (int l = 0; l < coefs.length; l++) {
            for (int i = 0; i < coefs[l].length; i++) {
                System.arraycopy(other.coefs[l][i], 0, coefs[l][i], 0, coefs[l][i].length);
            }
            System.arraycopy(other.intercepts[l], 0, intercepts[l], 0, intercepts[l].length);
        }
    }

    /** Layer widths m[0] .. m[L] (a copy). */
    public int[] layerSizes() {
        return sizes.clone();
    }

    /** Number of weight layers L (hidden layers + 1). */
    public int weightLayers() {
        return coefs.length;
    }

    /** The hidden-layer activation (of every hidden layer unless {@link #hasUniformActivation()} is false). */
    public Activation activation() {
        return activation;
    }

    /** The activation g of hidden layer {@code l}, 1..L-1. */
    public Activation activation(int l) {
        if (l < 1 || l > hidden.length) {
            throw new IllegalArgumentException("Hidden layer " + l + " is outside 1.." + hidden.length);
        }
        return hidden[l - 1];
    }

    /** The activation of each hidden layer 1..L-1 (a copy). */
    public Activation[] hiddenActivations() {
        return hidden.clone();
    }

    /** Whether every hidden layer uses {@link #activation()} (always so in sklearn). */
    public boolean hasUniformActivation() {
        for (Activation a : hidden) {
            if (a != activation) {
                return false;
            }
        }
        return true;
    }

    /** The output layer and loss. */
    public OutputKind output() {
        return output;
    }

    /** m[0], the number of inputs. */
    public int inputs() {
        return sizes[0];
    }

    /** m[L], the number of outputs. */
    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** Total number of trainable parameters. */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < coefs.length; l++) {
            n += sizes[l] * sizes[l + 1] + sizes[l + 1];
        }
        return n;
    }

    /** A copy of sklearn's {@code coefs_[l]}: fan_in x fan_out. */
    public DMatrixRMaj coefs(int l) {
        DMatrixRMaj m = new DMatrixRMaj(sizes[l], sizes[l + 1]);
        for (int i = 0; i < sizes[l]; i++) {
            System.arraycopy(coefs[l][i], 0, m.data, i * sizes[l + 1], sizes[l + 1]);
        }
        return m;
    }

    /** A copy of sklearn's {@code intercepts_[l]}. */
    public double[] intercepts(int l) {
        return intercepts[l].clone();
    }

    /** One weight: from unit {@code from} of layer l to unit {@code to} of layer l+1. */
    public double weight(int l, int from, int to) {
        return coefs[l][from][to];
    }

    /** Replaces weight layer {@code l}'s coefficients (fan_in x fan_out) and intercepts. */
    public void setLayer(int l, DMatrixRMaj coef, double[] intercept) {
        if (coef.numRows != sizes[l] || coef.numCols != sizes[l + 1] || intercept.length != sizes[l + 1]) {
            throw new IllegalArgumentException("Layer " + l + " expects coefficients " + sizes[l] + " x "
                    + sizes[l + 1] + " and " + sizes[l + 1] + " intercepts, got " + coef.numRows + " x "
                    + coef.numCols + " and " + intercept.length);
        }
        for (int i = 0; i < sizes[l]; i++) {
            System.arraycopy(coef.data, i * sizes[l + 1], coefs[l][i], 0, sizes[l + 1]);
        }
        System.arraycopy(intercept, 0, intercepts[l], 0, intercept.length);
    }

    /** Sets one weight: from unit {@code from} of layer l to unit {@code to} of layer l+1. */
    public void setWeight(int l, int from, int to, double value) {
        coefs[l][from][to] = value;
    }

    /**
     * The lecture's {@code W[l]} for {@code l = 1 .. L}: shape {@code m[l] x (m[l-1]+1)}, bias in
     * column 0, so that {@code Z[l] = W[l] [1; A[l-1]]}.
     */
    public DMatrixRMaj augmentedWeights(int l) {
        if (l < 1 || l > coefs.length) {
            throw new IllegalArgumentException("Layer index " + l + " is outside 1.." + coefs.length);
        }
        return augmented(coefs[l - 1], intercepts[l - 1]);
    }

    /** [b | C^T] for fan_in x fan_out rows C and fan_out intercepts b. */
    static DMatrixRMaj augmented(double[][] c, double[] b) {
        int fanIn = c.length;
        int fanOut = b.length;
        DMatrixRMaj w = new DMatrixRMaj(fanOut, fanIn + 1);
        for (int i = 0; i < fanOut; i++) {
            w.set(i, 0, b[i]);
            for (int j = 0; j < fanIn; j++) {
                w.set(i, j + 1, c[j][i]);
            }
        }
        return w;
    }

    /** The parameter arrays in sklearn's order (coefficient rows of every layer, then intercepts); live views. */
    double[][] parameterArrays() {
        List<double[]> p = new ArrayList<>();
        for (double[][] layer : coefs) {
            p.addAll(Arrays.asList(layer));
        }
        p.addAll(Arrays.asList(intercepts));
        return p.toArray(new double[0][]);
    }

    /** sum of W^2 over all coefficients (not intercepts): the L2 penalty's sum. */
    double sumOfSquaredWeights() {
        double s = 0;
        for (double[][] layer : coefs) {
            for (double[] row : layer) {
                s += Kernels.sumOfSquares(row);
            }
        }
        return s;
    }

    /** Whether every parameter is a finite number. */
    public boolean isFinite() {
        for (double[] p : parameterArrays()) {
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Forward propagation of one input, keeping every layer: {@code z().get(l-1)} and
     * {@code a().get(l-1)} are Z[l] and A[l] for l = 1..L (A[L] is the network output).
     */
    public ForwardTrace trace(double[] x) {
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("The input has " + x.length + " values; the network expects " + sizes[0]);
        }
        List<double[]> zs = new ArrayList<>();
        List<double[]> as = new ArrayList<>();
        double[] a = x.clone();
        for (int l = 0; l < coefs.length; l++) {
            double[] z = intercepts[l].clone();
            for (int k = 0; k < a.length; k++) {
                Products.axpy(a[k], coefs[l][k], z, 0, z.length);
            }
            double[] next = z.clone();
            if (l == coefs.length - 1) {
                output.applyInPlace(next);
            } else {
                hidden[l].applyInPlace(next, next.length);
            }
            zs.add(z);
            as.add(next);
            a = next;
        }
        return new ForwardTrace(x.clone(), zs, as);
    }

    /** The outputs for every row of {@code x}: an n x m[L] matrix (probabilities or predictions). */
    public DMatrixRMaj predict(Features x) {
        if (x.cols() != sizes[0]) {
            throw new IllegalArgumentException("The data has " + x.cols() + " features; the network expects " + sizes[0]);
        }
        int chunk = Math.max(1, Math.min(x.rows(), 1000));
        DMatrixRMaj out = new DMatrixRMaj(x.rows(), outputs());
        ForwardPass pass = new ForwardPass(this, x, chunk);
        int[] order = Features.identityOrder(x.rows());
        int m = outputs();
        for (int start = 0; start < x.rows(); start += chunk) {
            int count = Math.min(chunk, x.rows() - start);
            pass.run(order, start, count);
            double[][] a = pass.output();
            for (int r = 0; r < count; r++) {
                System.arraycopy(a[r], 0, out.data, (start + r) * m, m);
            }
        }
        return out;
    }
}
