package org.mlplayground.nn;

import java.util.Arrays;

/**
 * The hyperparameters of an MLP, with sklearn's names and defaults. Immutable; build one with
 * {@link #builder()} or change one with {@link #toBuilder()}. Every value is checked when the
 * record is made, so an invalid configuration never reaches training.
 *
 * @param hiddenLayerSizes  width of each hidden layer, input to output; empty means no hidden layer
 *                          (logistic / softmax / linear regression)
 * @param activation        hidden-layer activation
 * @param solver            sgd, adam or lbfgs
 * @param alpha             L2 penalty: the loss gains {@code 0.5 * alpha * sum(W^2) / n_samples}
 * @param batchSize         minibatch size; 0 means sklearn's "auto", min(200, n_samples)
 * @param learningRate      schedule for sgd
 * @param learningRateInit  initial step size for sgd and adam
 * @param powerT            exponent of the invscaling schedule
 * @param maxIter           maximum epochs (sgd/adam) or iterations (lbfgs)
 * @param shuffle           whether to shuffle samples every epoch
 * @param seed              fixes the initial weights and the early-stopping split
 * @param shuffleSeed       fixes the order of samples in each epoch
 * @param tol               tolerance of the no-improvement stopping rule (lbfgs: gradient tolerance)
 * @param warmStart         whether {@code fit} continues from the current weights
 * @param momentum          sgd momentum in [0, 1]
 * @param nesterov          Nesterov's momentum for sgd
 * @param earlyStopping     hold out {@code validationFraction} and stop when its score stalls
 * @param validationFraction fraction held out for early stopping, in (0, 1)
 * @param beta1             Adam's first-moment decay in [0, 1)
 * @param beta2             Adam's second-moment decay in [0, 1)
 * @param epsilon           Adam's numerical-stability term, > 0
 * @param nIterNoChange     epochs without improvement by {@code tol} before stopping
 * @param maxFun            lbfgs bound on loss evaluations
 * @param layerActivations  not in sklearn: one activation per hidden layer, or empty for
 *                          {@code activation} everywhere
 * @param init              how the weights start; only {@link Initialization#GLOROT} is sklearn's
 * @param l1                not in sklearn: L1 penalty, the loss gains {@code l1 * sum|W| / n_samples}; >= 0
 */
public record MlpConfig(
        int[] hiddenLayerSizes,
        Activation activation,
        Solver solver,
        double alpha,
        int batchSize,
        LearningRateSchedule learningRate,
        double learningRateInit,
        double powerT,
        int maxIter,
        boolean shuffle,
        long seed,
        long shuffleSeed,
        double tol,
        boolean warmStart,
        double momentum,
        boolean nesterov,
        boolean earlyStopping,
        double validationFraction,
        double beta1,
        double beta2,
        double epsilon,
        int nIterNoChange,
        int maxFun,
        Activation[] layerActivations,
        Initialization init,
        double l1) {

    /**
     * Checks every value against {@link Hyperparameter}'s table; a message starts with the sklearn
     * name ({@code learning_rate_init must be a finite number > 0, got Infinity}).
     *
     * @throws HyperparameterException for the first value (in the table's order) that is not allowed
     */
    public MlpConfig(int[] hiddenLayerSizes, Activation activation, Solver solver, double alpha, int batchSize,
                     LearningRateSchedule learningRate, double learningRateInit, double powerT, int maxIter,
                     boolean shuffle, long seed, long shuffleSeed, double tol, boolean warmStart, double momentum,
                     boolean nesterov, boolean earlyStopping, double validationFraction, double beta1, double beta2,
                     double epsilon, int nIterNoChange, int maxFun, Activation[] layerActivations,
                     Initialization init, double l1) {
        this.hiddenLayerSizes = hiddenLayerSizes == null ? null : hiddenLayerSizes.clone();
        this.activation = activation;
        this.solver = solver;
        this.alpha = alpha;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.learningRateInit = learningRateInit;
        this.powerT = powerT;
        this.maxIter = maxIter;
        this.shuffle = shuffle;
        this.seed = seed;
        this.shuffleSeed = shuffleSeed;
        this.tol = tol;
        this.warmStart = warmStart;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.earlyStopping = earlyStopping;
        this.validationFraction = validationFraction;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.nIterNoChange = nIterNoChange;
        this.maxFun = maxFun;
        this.layerActivations = layerActivations == null ? new Activation[0] : layerActivations.clone();
        this.init = init;
        this.l1 = l1;
        Hyperparameter.validate(this);
        int hidden = hiddenLayerSizes == null ? 0 : hiddenLayerSizes.length;
        if (this.layerActivations.length != 0 && this.layerActivations.length != hidden) {
            throw new HyperparameterException(Hyperparameter.LAYER_ACTIVATIONS, Hyperparameter.LAYER_ACTIVATIONS.name(), "has " + this.layerActivations.length
                    + " entries for " + hidden + " hidden layers: give one per hidden layer or none");
        }
    }

    /** The per-layer activations as given (a copy; empty when every hidden layer uses {@code activation}). */
    @Override
    public Activation[] layerActivations() {
        return layerActivations.clone();
    }

    /**
     * This configuration with other hidden layer sizes, keeping per-layer activations in step: a
     * new layer takes {@code activation}, a removed layer's entry goes (a control that adds or
     * removes layers can use it where {@code toBuilder().hiddenLayerSizes(..)} would be refused).
     */
    public MlpConfig withHiddenLayerSizes(int... sizes) {
        Builder b = toBuilder().hiddenLayerSizes(sizes);
        if (layerActivations.length > 0 && sizes != null) {
            Activation[] per = Arrays.copyOf(layerActivations, sizes.length);
            for (int i = layerActivations.length; i < per.length; i++) {
                per[i] = activation;
            }
            b.layerActivations(per);
        }
        return b.build();
    }

    /** The activation of each hidden layer: {@code layerActivations} if given, else {@code activation} repeated. */
    public Activation[] hiddenActivations() {
        if (layerActivations.length > 0) {
            return layerActivations.clone();
        }
        Activation[] a = new Activation[hiddenLayerSizes.length];
        Arrays.fill(a, activation);
        return a;
    }

    /**
     * The settings sklearn's MLP cannot express, as phrases ("an L1 penalty (l1=0.001)"); empty
     * when sklearn trains the same network.
     */
    public java.util.List<String> notInSklearn() {
        java.util.List<String> r = new java.util.ArrayList<>();
        for (Activation a : layerActivations) {
            if (a != activation) {
                r.add("a different activation per hidden layer (" + activationNames() + ")");
                break;
            }
        }
        if (l1 > 0) {
            r.add("an L1 penalty (l1=" + l1 + ")");
        }
        if (!init.inSklearn()) {
            r.add("the initialization '" + init.displayName() + "' (sklearn always uses Glorot uniform)");
        }
        return r;
    }

    private String activationNames() {
        return Arrays.stream(layerActivations).map(Activation::sklearnName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The widths of the hidden layers (a copy). */
    @Override
    public int[] hiddenLayerSizes() {
        return hiddenLayerSizes == null ? null : hiddenLayerSizes.clone();
    }

    /** The batch size used for {@code n} training samples: auto is min(200, n), else clipped to [1, n]. */
    public int effectiveBatchSize(int n) {
        return batchSize == 0 ? Math.min(200, n) : Math.max(1, Math.min(batchSize, n));
    }

    /** sklearn's defaults: one hidden layer of 100 relu units, adam, alpha 1e-4, seeds 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpConfig c && Arrays.equals(hiddenLayerSizes, c.hiddenLayerSizes)
                && Arrays.equals(layerActivations, c.layerActivations) && toString().equals(c.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("MlpConfig[");
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            b.append(b.length() > 10 ? ", " : "").append(p.name()).append('=').append(text(p));
        }
        return b.append(']').toString();
    }

    private <T> String text(Hyperparameter<T> p) {
        return p.format(p.get(this));
    }

    /** Mutable helper for making an {@link MlpConfig}; starts from sklearn's defaults. */
    public static final class Builder {
        private int[] hiddenLayerSizes = Hyperparameter.HIDDEN_LAYER_SIZES.defaultValue();
        private Activation activation = Hyperparameter.ACTIVATION.defaultValue();
        private Solver solver = Hyperparameter.SOLVER.defaultValue();
        private double alpha = Hyperparameter.ALPHA.defaultValue();
        private int batchSize = Hyperparameter.BATCH_SIZE.defaultValue();
        private LearningRateSchedule learningRate = Hyperparameter.LEARNING_RATE.defaultValue();
        private double learningRateInit = Hyperparameter.LEARNING_RATE_INIT.defaultValue();
        private double powerT = Hyperparameter.POWER_T.defaultValue();
        private int maxIter = Hyperparameter.MAX_ITER.defaultValue();
        private boolean shuffle = Hyperparameter.SHUFFLE.defaultValue();
        private long seed = Hyperparameter.RANDOM_STATE.defaultValue();
        private long shuffleSeed = Hyperparameter.SHUFFLE_SEED.defaultValue();
        private double tol = Hyperparameter.TOL.defaultValue();
        private boolean warmStart = Hyperparameter.WARM_START.defaultValue();
        private double momentum = Hyperparameter.MOMENTUM.defaultValue();
        private boolean nesterov = Hyperparameter.NESTEROVS_MOMENTUM.defaultValue();
        private boolean earlyStopping = Hyperparameter.EARLY_STOPPING.defaultValue();
        private double validationFraction = Hyperparameter.VALIDATION_FRACTION.defaultValue();
        private double beta1 = Hyperparameter.BETA_1.defaultValue();
        private double beta2 = Hyperparameter.BETA_2.defaultValue();
        private double epsilon = Hyperparameter.EPSILON.defaultValue();
        private int nIterNoChange = Hyperparameter.N_ITER_NO_CHANGE.defaultValue();
        private int maxFun = Hyperparameter.MAX_FUN.defaultValue();
        private Activation[] layerActivations = Hyperparameter.LAYER_ACTIVATIONS.defaultValue();
        private Initialization init = Hyperparameter.INIT.defaultValue();
        private double l1 = Hyperparameter.L1.defaultValue();

        private Builder() {
        }

        private Builder(MlpConfig c) {
            hiddenLayerSizes = c.hiddenLayerSizes;
            activation = c.activation;
            solver = c.solver;
            alpha = c.alpha;
            batchSize = c.batchSize;
            learningRate = c.learningRate;
            learningRateInit = c.learningRateInit;
            powerT = c.powerT;
            maxIter = c.maxIter;
            shuffle = c.shuffle;
            seed = c.seed;
            shuffleSeed = c.shuffleSeed;
            tol = c.tol;
            warmStart = c.warmStart;
            momentum = c.momentum;
            nesterov = c.nesterov;
            earlyStopping = c.earlyStopping;
            validationFraction = c.validationFraction;
            beta1 = c.beta1;
            beta2 = c.beta2;
            epsilon = c.epsilon;
            nIterNoChange = c.nIterNoChange;
            maxFun = c.maxFun;
            layerActivations = c.layerActivations;
            init = c.init;
            l1 = c.l1;
        }

        public Builder hiddenLayerSizes(int... v) { hiddenLayerSizes = v == null ? null : v.clone(); return this; }
        public Builder activation(Activation v) { activation = v; return this; }
        public Builder solver(Solver v) { solver = v; return this; }
        public Builder alpha(double v) { alpha = v; return this; }
        public Builder batchSize(int v) { batchSize = v; return this; }
        public Builder learningRate(LearningRateSchedule v) { learningRate = v; return this; }
        public Builder learningRateInit(double v) { learningRateInit = v; return this; }
        public Builder powerT(double v) { powerT = v; return this; }
        public Builder maxIter(int v) { maxIter = v; return this; }
        public Builder shuffle(boolean v) { shuffle = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder shuffleSeed(long v) { shuffleSeed = v; return this; }
        public Builder tol(double v) { tol = v; return this; }
        public Builder warmStart(boolean v) { warmStart = v; return this; }
        public Builder momentum(double v) { momentum = v; return this; }
        public Builder nesterov(boolean v) { nesterov = v; return this; }
        public Builder earlyStopping(boolean v) { earlyStopping = v; return this; }
        public Builder validationFraction(double v) { validationFraction = v; return this; }
        public Builder beta1(double v) { beta1 = v; return this; }
        public Builder beta2(double v) { beta2 = v; return this; }
        public Builder epsilon(double v) { epsilon = v; return this; }
        public Builder nIterNoChange(int v) { nIterNoChange = v; return this; }
        public Builder maxFun(int v) { maxFun = v; return this; }
        /** Not in sklearn: one activation per hidden layer; none (or null) for {@code activation} everywhere. */
        public Builder layerActivations(Activation... v) { layerActivations = v == null ? null : v.clone(); return this; }
        /** How the weights start (default Glorot uniform, sklearn's). */
        public Builder init(Initialization v) { init = v; return this; }
        /** Not in sklearn: the L1 penalty's strength, >= 0 (default 0). */
        public Builder l1(double v) { l1 = v; return this; }

        /** Makes the configuration, checking every value. */
        public MlpConfig build() {
            return new MlpConfig(hiddenLayerSizes, activation, solver, alpha, batchSize, learningRate,
                    learningRateInit, powerT, maxIter, shuffle, seed, shuffleSeed, tol, warmStart, momentum,
                    nesterov, earlyStopping, validationFraction, beta1, beta2, epsilon, nIterNoChange, maxFun,
                    layerActivations, init, l1);
        }
    }
}
