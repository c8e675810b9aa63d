package org.mlplayground.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;


/**
 * What {@link MlpClassifier} and {@link MlpRegressor} share: sklearn's fitting procedure over
 * encoded targets Y (n_samples x n_outputs). Minibatch epochs for sgd and adam, with shuffling,
 * the no-improvement rule, early stopping that restores the best weights, partial fit and warm
 * start; full-batch L-BFGS for lbfgs.
 *
 * <p>Not thread-safe: one thread owns an estimator (the training service's thread in the app).
 */
public abstract class MlpEstimator {

    private MlpConfig config;
    private Network network;
    private Optimizer optimizer;
    private TrainingHistory history = new TrainingHistory();
    private Network checkedNetwork;
    private MlpConfig checkedConfig;
    private Features checkedFeatures;
    private DMatrixRMaj checkedTargets;
    /** The Features whose values partialFit last found finite. */
    private Features finiteFeatures;
    private java.util.function.Consumer<TrainingHistory> epochListener = h -> { };
    /** Where the minibatch steps are within the current epoch. */
    private final EpochCursor cursor = new EpochCursor();

    protected MlpEstimator(MlpConfig config) {
        this.config = config;
    }

    /** The hyperparameters. */
    public MlpConfig config() {
        return config;
    }

    /**
     * Changes hyperparameters, keeping the fitted weights (as sklearn's {@code set_params}). A new
     * learning rate reaches the running optimizer; a new solver or optimizer setting restarts the
     * optimizer state; a new architecture takes effect at the next fit.
     */
    public void setConfig(MlpConfig newConfig) {
        MlpConfig old = config;
        config = newConfig;
        if (optimizer == null) {
            return;
        }
        boolean sameOptimizer = old.solver() == newConfig.solver() && old.learningRate() == newConfig.learningRate()
                && old.momentum() == newConfig.momentum() && old.nesterov() == newConfig.nesterov()
                && old.powerT() == newConfig.powerT() && old.beta1() == newConfig.beta1()
                && old.beta2() == newConfig.beta2() && old.epsilon() == newConfig.epsilon();
        if (!sameOptimizer) {
            optimizer = null;
        } else if (old.learningRateInit() != newConfig.learningRateInit()) {
            optimizer.setLearningRateInit(newConfig.learningRateInit());
        }
    }

    /** Hears the history after every epoch of {@code fit} (every iteration for lbfgs), on the fitting thread. */
    public void setEpochListener(java.util.function.Consumer<TrainingHistory> listener) {
        epochListener = listener == null ? h -> { } : listener;
    }

    /** The output layer used for {@code outputs} target columns. */
    protected abstract OutputKind outputKind(int outputs);

    /** The score used for early stopping (accuracy or R2) on encoded targets. */
    protected abstract double validationScore(Features x, DMatrixRMaj targets);

    /** Labels to stratify the early-stopping split by, or null. */
    protected int[] stratificationLabels(DMatrixRMaj targets) {
        return null;
    }

    /** Whether the estimator has weights. */
    public boolean isFitted() {
        return network != null;
    }

    /** The fitted network; throws if not fitted. Its parameters change as training goes on. */
    protected Network network() {
        requireFitted();
        return network;
    }

    /** A copy of the current weights. */
    public Network networkCopy() {
        return network().copy();
    }

    /**
     * The live network, for reading between training steps on the thread that trains (a probe or
     * an evaluation); it changes with every step and must not be kept or modified.
     */
    public Network liveNetwork() {
        return network();
    }

    /**
     * Sets one weight by hand (the playground lets students edit a link): from unit {@code from} of
     * layer {@code layer} to unit {@code to} of layer {@code layer + 1}, 0-based.
     */
    public void setWeight(int layer, int from, int to, double value) {
        Network net = network();
        int[] sizes = net.layerSizes();
        if (layer < 0 || layer >= net.weightLayers() || from < 0 || from >= sizes[layer] || to < 0 || to >= sizes[layer + 1]) {
            throw new IllegalArgumentException("There is no weight from unit " + from + " of layer " + layer + " to unit "
                    + to + " in a network of sizes " + Arrays.toString(sizes));
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A weight must be a finite number, got " + value);
        }
        net.setWeight(layer, from, to, value);
    }

    /** Whether there is a trained network shaped like {@code net} (same layer sizes). */
    public boolean hasShapeOf(Network net) {
        return network != null && Arrays.equals(network.layerSizes(), net.layerSizes());
    }

    /** Replaces the weights with those of {@code weights} (same architecture as configured). */
    public void setNetwork(Network weights) {
        network = weights.copy();
        optimizer = null;
        cursor.weightsReplaced();
    }

    /** The fitted state: loss curve, validation scores, best loss, counters. */
    public TrainingHistory history() {
        return history;
    }

    /** sklearn's {@code coefs_[l]} (fan_in x fan_out), a copy. */
    public DMatrixRMaj coefs(int l) {
        return network().coefs(l);
    }

    /** sklearn's {@code intercepts_[l]}, a copy. */
    public double[] intercepts(int l) {
        return network().intercepts(l);
    }

    /** The lecture's W[l], {@code m[l] x (m[l-1]+1)} with the bias in column 0, for l = 1..L. */
    public DMatrixRMaj augmentedWeights(int l) {
        return network().augmentedWeights(l);
    }

    /** Z[l] and A[l] of every layer for one input. */
    public ForwardTrace trace(double[] x) {
        return network().trace(x);
    }

    /** The layer widths m[0] .. m[L] for the given input and output widths. */
    public int[] layerSizes(int inputs, int outputs) {
        int[] hidden = config.hiddenLayerSizes();
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs;
        return sizes;
    }

    /**
     * (Re)creates the weights from the seed, as at the start of a fresh fit, and clears the fitted
     * state. The same seed always gives the same initial weights.
     */
    public void initialize(int inputs, int outputs) {
        network = Network.initialized(layerSizes(inputs, outputs), config.activation(), config.layerActivations(),
                outputKind(outputs), config.init(), config.seed());
        optimizer = null;
        cursor.restart(config.shuffleSeed());
        history = new TrainingHistory();
    }

    /** Back to the initial weights of the current seed and architecture, with no fitted state. */
    public void resetToInitialWeights() {
        requireFitted();
        initialize(network.inputs(), network.outputs());
    }

    /** Fits on encoded targets: a fresh start unless warm start is on and the shapes still fit. */
    protected final void fitEncoded(Features x, DMatrixRMaj y) {
        validate(x, y);
        if (network == null || !config.warmStart() || !fits(x, y)) {
            initialize(x.cols(), y.numCols);
        }
        if (config.solver() == Solver.LBFGS) {
            LbfgsFit.fit(network, x, y, config, history, epochListener);
        } else {
            fitStochastic(x, y, false);
        }
    }

    /**
     * One epoch over the data, continuing from the current weights and optimizer state. The
     * values of {@code x} are checked for NaN and infinity on its first call with this Features
     * object only (as fit checks them once for all its epochs): a pass over every value, which
     * on 60,000 standardized MNIST images took 7% of an epoch.
     */
    protected final void partialFitEncoded(Features x, DMatrixRMaj y) {
        if (config.solver() == Solver.LBFGS) {
            throw new IllegalArgumentException("partialFit is only available for the sgd and adam solvers, not lbfgs");
        }
        validate(x, y, x != finiteFeatures);
        finiteFeatures = x;
        if (network == null || !fits(x, y)) {
            initialize(x.cols(), y.numCols);
        }
        fitStochastic(x, y, true);
    }

    /** {@link #fits}, remembered for the same network, configuration and data (no allocation per step). */
    private boolean fitsAsChecked(Features x, DMatrixRMaj y) {
        if (checkedNetwork == network && checkedConfig == config && checkedFeatures == x && checkedTargets == y) {
            return true;
        }
        if (!fits(x, y)) {
            return false;
        }
        checkedNetwork = network;
        checkedConfig = config;
        checkedFeatures = x;
        checkedTargets = y;
        return true;
    }

    private boolean fits(Features x, DMatrixRMaj y) {
        return Arrays.equals(network.layerSizes(), layerSizes(x.cols(), y.numCols))
                && network.activation() == config.activation()
                && Arrays.equals(network.hiddenActivations(), config.hiddenActivations());
    }

    private static void validate(Features x, DMatrixRMaj y) {
        validate(x, y, true);
    }

    private static void validate(Features x, DMatrixRMaj y, boolean checkValues) {
        if (x.rows() == 0) {
            throw new IllegalArgumentException("The training data has no rows");
        }
        if (x.rows() != y.numRows) {
            throw new IllegalArgumentException("The data has " + x.rows() + " rows but there are " + y.numRows
                    + " targets: they must match one to one");
        }
        if (checkValues) {
            x.requireFinite("The training data");
        }
        for (int i = 0; i < y.getNumElements(); i++) {
            if (!Double.isFinite(y.data[i])) {
                throw new IllegalArgumentException("The target of row " + (i / y.numCols) + " is " + y.data[i]
                        + ": targets must be finite numbers");
            }
        }
    }

    private void fitStochastic(Features x, DMatrixRMaj y, boolean incremental) {
        if (!incremental || optimizer == null) {
            optimizer = Optimizer.create(config, network.parameterArrays());
        }
        EpochLoop loop = new EpochLoop(this, x, y, incremental ? EpochLoop.Mode.PARTIAL : EpochLoop.Mode.FIT);
        if (loop.run() == null) {
            history.stop = null;
            history.stopReason = "one epoch of partial fit";
        }
    }

    /**
     * The epoch loop over encoded targets, continuing from the current weights (made if there
     * are none or they do not fit the data). With {@code stopRules} it applies every rule of the
     * configuration as {@code fit} does; without, it stops only when the loss diverges. (Its
     * steps refuse the lbfgs solver, which has no minibatch steps.)
     */
    protected final EpochLoop loopEncoded(Features x, DMatrixRMaj y, boolean stopRules) {
        validate(x, y);
        if (network == null || !fits(x, y)) {
            initialize(x.cols(), y.numCols);
        }
        return new EpochLoop(this, x, y, stopRules ? EpochLoop.Mode.FIT : EpochLoop.Mode.ENDLESS);
    }

    /** The optimizer, made for the current configuration if there is none. */
    Optimizer optimizer() {
        if (optimizer == null) {
            optimizer = Optimizer.create(config, network.parameterArrays());
        }
        return optimizer;
    }

    /** A fresh optimizer (as a warm-start fit makes). */
    void restartOptimizer() {
        optimizer = Optimizer.create(config, network.parameterArrays());
    }

    java.util.function.Consumer<TrainingHistory> epochListener() {
        return epochListener;
    }

    /**
     * One minibatch step on (x, y), continuing the current epoch (a new epoch starts with a fresh
     * shuffle). Returns true when the step completed an epoch, which is then recorded in the
     * history (loss curve, counters); the stop rules are the {@link EpochLoop}'s.
     */
    protected final boolean batchStep(Features x, DMatrixRMaj y) {
        if (network == null || !fitsAsChecked(x, y)) {
            initialize(x.cols(), y.numCols);
        }
        if (optimizer == null) {
            optimizer = Optimizer.create(config, network.parameterArrays());
        }
        return cursor.step(network, config, optimizer, history, x, y);
    }

    /** Whether the next {@link #batchStep} starts a new epoch. */
    public boolean atEpochBoundary() {
        return cursor.atEpochBoundary();
    }

    /**
     * Swaps the hidden activation of the trained network, keeping every weight and the optimizer
     * state (the playground's live change; a fresh fit would start over instead).
     */
    public void changeActivation(Activation activation) {
        config = config.toBuilder().activation(activation).layerActivations().build();
        if (network != null && (network.activation() != activation || !network.hasUniformActivation())) {
            network = network.withActivation(activation);
            cursor.networkChanged();
        }
    }

    /**
     * Not in sklearn: gives each hidden layer its own activation live, keeping every weight and the
     * optimizer state; null or empty goes back to the configured activation everywhere.
     *
     * @throws IllegalArgumentException if the count differs from the number of hidden layers
     */
    public void changeLayerActivations(Activation[] perLayer) {
        config = config.toBuilder().layerActivations(perLayer).build();
        if (network != null && network.weightLayers() == config.hiddenLayerSizes().length + 1
                && !Arrays.equals(network.hiddenActivations(), config.hiddenActivations())) {
            network = network.withActivations(config.layerActivations());
            cursor.networkChanged();
        }
    }

    /** The data loss (no penalty) of the current weights on samples with encoded targets. */
    protected double dataLossEncoded(Features x, DMatrixRMaj y) {
        return network().output().loss(y, forward(x));
    }

    /** The outputs of the network for every row (probabilities or predictions). */
    protected DMatrixRMaj forward(Features x) {
        return network().predict(x);
    }

    /**
     * Loss and gradient of every layer on the given samples with encoded targets (for one example,
     * pass one row), with the configured alpha.
     */
    protected Gradients gradientsEncoded(Features x, DMatrixRMaj y) {
        return Gradients.compute(network(), x, y, config.alpha(), config.l1());
    }

    /** Finite-difference check of backpropagation on the given samples: max relative error per layer. */
    protected double[] gradientCheckEncoded(Features x, DMatrixRMaj y) {
        return GradientCheck.maxRelativeErrorPerLayer(network(), x, y, config.alpha(), config.l1());
    }

    private void requireFitted() {
        if (network == null) {
            throw new IllegalStateException("The model has not been trained yet: call fit first");
        }
    }
}
