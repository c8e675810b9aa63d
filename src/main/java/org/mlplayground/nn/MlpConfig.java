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

    /** Checks every value; the message names the parameter and the value. */
    public MlpConfig {
        if (hiddenLayerSizes == null) {
            throw new IllegalArgumentException("hiddenLayerSizes must not be null (use an empty list for no hidden layer)");
        }
        hiddenLayerSizes = hiddenLayerSizes.clone();
        for (int i = 0; i < hiddenLayerSizes.length; i++) {
            if (hiddenLayerSizes[i] <= 0) {
                throw new IllegalArgumentException("hidden layer " + (i + 1) + " has width "
                        + hiddenLayerSizes[i] + ": every layer needs at least one neuron");
            }
        }
        if (activation == null || solver == null || learningRate == null) {
            throw new IllegalArgumentException("activation, solver and learningRate must be set");
        }
        requireFinite("alpha", alpha);
        if (alpha < 0) {
            throw new IllegalArgumentException("alpha must be >= 0, got " + alpha);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be >= 1 (or 0 for auto), got " + batchSize);
        }
        requirePositive("learningRateInit", learningRateInit);
        requireFinite("powerT", powerT);
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
        }
        requireFinite("tol", tol);
        if (tol < 0) {
            throw new IllegalArgumentException("tol must be >= 0, got " + tol);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in (0, 1), got " + validationFraction);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        requirePositive("epsilon", epsilon);
        if (nIterNoChange < 1) {
            throw new IllegalArgumentException("nIterNoChange must be >= 1, got " + nIterNoChange);
        }
        if (maxFun < 1) {
            throw new IllegalArgumentException("maxFun must be >= 1, got " + maxFun);
        }
        // the options sklearn does not have (issue 17)
        layerActivations = layerActivations == null ? new Activation[0] : layerActivations.clone();
        if (layerActivations.length != 0 && layerActivations.length != hiddenLayerSizes.length) {
            throw new IllegalArgumentException("layerActivations has " + layerActivations.length
                    + " entries for " + hiddenLayerSizes.length + " hidden layers: give one per hidden layer or none");
        }
        for (Activation a : layerActivations) {
            if (a == null) {
                throw new IllegalArgumentException("layerActivations must not contain an empty entry");
            }
        }
        if (init == null) {
            throw new IllegalArgumentException("init must be set");
        }
        requireFinite("l1", l1);
        if (l1 < 0) {
            throw new IllegalArgumentException("l1 must be >= 0, got " + l1);
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

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + v);
        }
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + v);
        }
    }

    /** The widths of the hidden layers (a copy). */
    @Override
    public int[] hiddenLayerSizes() {
        return hiddenLayerSizes.clone();
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
        return "MlpConfig[hidden=" + Arrays.toString(hiddenLayerSizes) + ", activation=" + activation.sklearnName()
                + ", solver=" + solver.sklearnName() + ", alpha=" + alpha + ", batchSize=" + batchSize
                + ", learningRate=" + learningRate.sklearnName() + ", learningRateInit=" + learningRateInit
                + ", powerT=" + powerT + ", maxIter=" + maxIter + ", shuffle=" + shuffle + ", seed=" + seed
                + ", shuffleSeed=" + shuffleSeed + ", tol=" + tol + ", warmStart=" + warmStart
                + ", momentum=" + momentum + ", nesterov=" + nesterov + ", earlyStopping=" + earlyStopping
                + ", validationFraction=" + validationFraction + ", beta1=" + beta1 + ", beta2=" + beta2
                + ", epsilon=" + epsilon + ", nIterNoChange=" + nIterNoChange + ", maxFun=" + maxFun
                + ", layerActivations=[" + activationNames() + "], init=" + init.displayName() + ", l1=" + l1 + "]";
    }

    /** Mutable helper for making an {@link MlpConfig}; starts from sklearn's defaults. */
    public static final class Builder {
        private int[] hiddenLayerSizes = {100};
        private Activation activation = Activation.RELU;
        private Solver solver = Solver.ADAM;
        private double alpha = 1e-4;
        private int batchSize = 0;
        private LearningRateSchedule learningRate = LearningRateSchedule.CONSTANT;
        private double learningRateInit = 1e-3;
        private double powerT = 0.5;
        private int maxIter = 200;
        private boolean shuffle = true;
        private long seed = 0;
        private long shuffleSeed = 0;
        private double tol = 1e-4;
        private boolean warmStart = false;
        private double momentum = 0.9;
        private boolean nesterov = true;
        private boolean earlyStopping = false;
        private double validationFraction = 0.1;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private int nIterNoChange = 10;
        private int maxFun = 15000;
        private Activation[] layerActivations = new Activation[0];
        private Initialization init = Initialization.GLOROT;
        private double l1 = 0;

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
