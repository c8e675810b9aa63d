package org.mlplayground.nn;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one table of hyperparameters: each {@link MlpConfig} setting declared once, with its sklearn
 * name, CLI option, window label, state-text key, allowed values ({@link Domain}), default, whether
 * the training service may change it between steps, and a one-sentence description with units. The
 * table drives {@link MlpConfig}'s checks, the model file, the sklearn line, the CLI options, the
 * playground state text and the controls' tooltips; a new hyperparameter is one entry here plus its
 * record component and builder setter in {@link MlpConfig} and its use in the engine.
 *
 * <p>Defaults are sklearn 1.2.1's {@code MLPClassifier()} except {@code random_state}: sklearn's
 * None draws fresh randomness, here 0 makes every run repeatable.
 *
 * @param <T> the value type: Double, Integer, Long, Boolean, an enum, or int[] for layer widths
 */
public final class Hyperparameter<T> {

    /** Widest hidden layer accepted (units). */
    public static final int MAX_LAYER_WIDTH = 10_000;
    /** Most hidden layers accepted. */
    public static final int MAX_HIDDEN_LAYERS = 100;
    /** Most weights a network may have, counted over all layers (about 80 MB of doubles per copy). */
    public static final long MAX_WEIGHTS = 10_000_000;

    private enum Trait { LIVE, COMMON, PROJECT_ONLY }

    private static final Trait LIVE = Trait.LIVE;
    private static final Trait COMMON = Trait.COMMON;
    private static final Trait OWN = Trait.PROJECT_ONLY;
    private static final Predicate<MlpConfig> ALWAYS = c -> true;
    private static final Predicate<MlpConfig> STOCHASTIC = c -> c.solver() != Solver.LBFGS;
    private static final Predicate<MlpConfig> SGD = c -> c.solver() == Solver.SGD;
    private static final Predicate<MlpConfig> ADAM = c -> c.solver() == Solver.ADAM;
    private static final double INF = Double.POSITIVE_INFINITY;

    public static final Hyperparameter<int[]> HIDDEN_LAYER_SIZES = new Hyperparameter<>("hidden_layer_sizes", "--hidden",
            "Hidden layers", "hidden", new Domain.Layers(MAX_HIDDEN_LAYERS, MAX_LAYER_WIDTH, MAX_WEIGHTS), new int[] {100},
            ALWAYS, "The number of units in each hidden layer, input side first; none makes logistic or linear regression.",
            MlpConfig::hiddenLayerSizes, MlpConfig.Builder::hiddenLayerSizes, COMMON);
    public static final Hyperparameter<Activation> ACTIVATION = new Hyperparameter<>("activation", "--activation",
            "Activation", "activation", new Domain.Choice<>(Activation.class, Activation::sklearnName), Activation.RELU,
            ALWAYS, "The function every hidden unit applies to its weighted sum.",
            MlpConfig::activation, MlpConfig.Builder::activation, COMMON, LIVE);
    public static final Hyperparameter<Solver> SOLVER = new Hyperparameter<>("solver", "--solver", "Solver", "solver",
            new Domain.Choice<>(Solver.class, Solver::sklearnName), Solver.ADAM, ALWAYS,
            "How the weights are updated: minibatch sgd, minibatch adam, or full-batch lbfgs.",
            MlpConfig::solver, MlpConfig.Builder::solver, COMMON);
    public static final Hyperparameter<Double> ALPHA = new Hyperparameter<>("alpha", "--alpha", "Alpha (L2 penalty)",
            "alpha", new Domain.Real(0, true, INF, false), 1e-4, ALWAYS,
            "The strength of the L2 penalty: the loss gains 0.5 * alpha * (sum of squared weights) / n_samples.",
            MlpConfig::alpha, MlpConfig.Builder::alpha, COMMON, LIVE);
    public static final Hyperparameter<Integer> BATCH_SIZE = new Hyperparameter<>("batch_size", "--batch-size",
            "Batch size", "batch", new Domain.Whole(1, Integer.MAX_VALUE, true), 0, ALWAYS,
            "The number of samples per weight update (sgd, adam); auto means min(200, n_samples).",
            MlpConfig::batchSize, MlpConfig.Builder::batchSize, COMMON, LIVE);
    public static final Hyperparameter<LearningRateSchedule> LEARNING_RATE = new Hyperparameter<>("learning_rate",
            "--schedule", "Learning-rate schedule", "schedule",
            new Domain.Choice<>(LearningRateSchedule.class, LearningRateSchedule::sklearnName),
            LearningRateSchedule.CONSTANT, SGD, "How sgd's step size changes over time: constant, invscaling "
            + "(learning_rate_init / t^power_t) or adaptive (divided by 5 when the loss stalls).",
            MlpConfig::learningRate, MlpConfig.Builder::learningRate, LIVE);
    public static final Hyperparameter<Double> LEARNING_RATE_INIT = new Hyperparameter<>("learning_rate_init",
            "--learning-rate", "Learning rate", "lr", new Domain.Real(0, false, INF, false), 1e-3, STOCHASTIC,
            "The initial step size: sgd moves each weight by this times its gradient, adam by about this much per step.",
            MlpConfig::learningRateInit, MlpConfig.Builder::learningRateInit, COMMON, LIVE);
    public static final Hyperparameter<Integer> MAX_ITER = new Hyperparameter<>("max_iter", "--epochs", "Max epochs",
            "epochs", new Domain.Whole(1, Integer.MAX_VALUE, false), 200, ALWAYS,
            "The most epochs (passes over the training data) sgd and adam run, or iterations lbfgs runs.",
            MlpConfig::maxIter, MlpConfig.Builder::maxIter, COMMON, LIVE);
    public static final Hyperparameter<Double> TOL = new Hyperparameter<>("tol", "--tol", "Tolerance", "tol",
            new Domain.Real(0, true, INF, false), 1e-4, ALWAYS, "Training stops when the loss (or the validation "
            + "score) improves by less than this for n_iter_no_change epochs in a row; lbfgs: its gradient tolerance.",
            MlpConfig::tol, MlpConfig.Builder::tol, LIVE);
    public static final Hyperparameter<Double> MOMENTUM = new Hyperparameter<>("momentum", "--momentum", "Momentum",
            "momentum", new Domain.Real(0, true, 1, true), 0.9, SGD,
            "The share of the previous update that sgd adds to the next one, from 0 to 1.",
            MlpConfig::momentum, MlpConfig.Builder::momentum, COMMON, LIVE);
    public static final Hyperparameter<Boolean> NESTEROVS_MOMENTUM = new Hyperparameter<>("nesterovs_momentum",
            "--nesterov", "Nesterov's momentum", "nesterov", new Domain.Flag(), true,
            SGD,
            "Whether sgd takes its gradient after the momentum step (Nesterov) instead of before.",
            MlpConfig::nesterov, MlpConfig.Builder::nesterov, COMMON, LIVE);
    public static final Hyperparameter<Double> POWER_T = new Hyperparameter<>("power_t", "--power-t", "Power t",
            "power_t", new Domain.Real(-INF, false, INF, false), 0.5,
            c -> c.solver() == Solver.SGD && c.learningRate() == LearningRateSchedule.INVSCALING,
            "The exponent of sgd's invscaling schedule: the step is learning_rate_init / t^power_t at update t.",
            MlpConfig::powerT, MlpConfig.Builder::powerT, COMMON, LIVE);
    public static final Hyperparameter<Double> BETA_1 = new Hyperparameter<>("beta_1", "--beta1", "Beta 1", "beta_1",
            new Domain.Real(0, true, 1, false), 0.9, ADAM,
            "Adam's decay rate of the running mean of the gradient, in [0, 1).",
            MlpConfig::beta1, MlpConfig.Builder::beta1, LIVE);
    public static final Hyperparameter<Double> BETA_2 = new Hyperparameter<>("beta_2", "--beta2", "Beta 2", "beta_2",
            new Domain.Real(0, true, 1, false), 0.999, ADAM,
            "Adam's decay rate of the running mean of the squared gradient, in [0, 1).",
            MlpConfig::beta2, MlpConfig.Builder::beta2, LIVE);
    public static final Hyperparameter<Double> EPSILON = new Hyperparameter<>("epsilon", "--epsilon", "Epsilon",
            "epsilon", new Domain.Real(0, false, INF, false), 1e-8, ADAM,
            "Adam's guard against division by zero, added to the root of the squared-gradient mean.",
            MlpConfig::epsilon, MlpConfig.Builder::epsilon, LIVE);
    public static final Hyperparameter<Boolean> EARLY_STOPPING = new Hyperparameter<>("early_stopping",
            "--early-stopping", "Early stopping", "early_stopping", new Domain.Flag(), false, STOCHASTIC,
            "Whether to hold out validation_fraction of the training data, stop when its score stops improving "
            + "and restore the best epoch's weights.",
            MlpConfig::earlyStopping, MlpConfig.Builder::earlyStopping);
    public static final Hyperparameter<Double> VALIDATION_FRACTION = new Hyperparameter<>("validation_fraction",
            "--validation-fraction", "Validation share", "validation_fraction", new Domain.Real(0, false, 1, false), 0.1,
            c -> c.earlyStopping() && c.solver() != Solver.LBFGS,
            "The share of the training data held out to score early stopping, between 0 and 1.",
            MlpConfig::validationFraction, MlpConfig.Builder::validationFraction, COMMON);
    public static final Hyperparameter<Integer> N_ITER_NO_CHANGE = new Hyperparameter<>("n_iter_no_change",
            "--n-iter-no-change", "Patience (epochs)", "n_iter_no_change", new Domain.Whole(1, Integer.MAX_VALUE, false),
            10, STOCHASTIC, "How many epochs in a row may improve by less than tol before training stops.",
            MlpConfig::nIterNoChange, MlpConfig.Builder::nIterNoChange, LIVE);
    public static final Hyperparameter<Integer> MAX_FUN = new Hyperparameter<>("max_fun", "--max-fun",
            "Max loss evaluations", "max_fun", new Domain.Whole(1, Integer.MAX_VALUE, false), 15000,
            c -> c.solver() == Solver.LBFGS, "The most times lbfgs may compute the loss before it stops.",
            MlpConfig::maxFun, MlpConfig.Builder::maxFun);
    public static final Hyperparameter<Boolean> SHUFFLE = new Hyperparameter<>("shuffle", "--shuffle", "Shuffle",
            "shuffle", new Domain.Flag(), true, STOCHASTIC,
            "Whether sgd and adam visit the training samples in a new random order every epoch.",
            MlpConfig::shuffle, MlpConfig.Builder::shuffle, LIVE);
    public static final Hyperparameter<Long> RANDOM_STATE = new Hyperparameter<>("random_state", "--seed", "Seed",
            "seed", new Domain.Seed(), 0L, ALWAYS,
            "The seed of the initial weights and of the early-stopping split: the same seed gives the same run.",
            MlpConfig::seed, MlpConfig.Builder::seed, COMMON);
    public static final Hyperparameter<Long> SHUFFLE_SEED = new Hyperparameter<>("shuffle_seed", "--shuffle-seed",
            "Shuffle seed", "shuffle_seed", new Domain.Seed(), 0L, STOCHASTIC,
            "The seed of the order of samples in each epoch (this project's own; sklearn uses random_state for both).",
            MlpConfig::shuffleSeed, MlpConfig.Builder::shuffleSeed, OWN);
    public static final Hyperparameter<Boolean> WARM_START = new Hyperparameter<>("warm_start", null, "Warm start",
            "warm_start", new Domain.Flag(), false, ALWAYS,
            "Whether fitting again continues from the current weights instead of starting from the seed's.",
            MlpConfig::warmStart, MlpConfig.Builder::warmStart);

    public static final Hyperparameter<Initialization> INIT = new Hyperparameter<>("init", "--init", "Initialization",
            "init", new Domain.Choice<>(Initialization.class, Initialization::displayName), Initialization.GLOROT, ALWAYS,
            "How the weights start: glorot (sklearn's), he, small-random, constant or zeros; zeros or a constant "
            + "keep every neuron of a layer identical (the symmetry problem).",
            MlpConfig::init, MlpConfig.Builder::init, OWN);
    public static final Hyperparameter<Double> L1 = new Hyperparameter<>("l1", "--l1", "L1 penalty", "l1",
            new Domain.Real(0, true, INF, false), 0.0, ALWAYS,
            "The strength of an L1 penalty beside alpha's L2: the loss gains l1 * (sum of absolute weights) / n_samples.",
            MlpConfig::l1, MlpConfig.Builder::l1, OWN, LIVE);
    public static final Hyperparameter<Activation[]> LAYER_ACTIVATIONS = new Hyperparameter<>("layer_activations",
            "--layer-activations", "Activation per layer", "activations", new Domain.ActivationList(), new Activation[0],
            ALWAYS, "One activation per hidden layer (relu,tanh), overriding activation layer by layer; none for "
            + "activation everywhere.",
            MlpConfig::layerActivations, MlpConfig.Builder::layerActivations, OWN);

    /** Every hyperparameter, in the order of sklearn's constructor call, then this project's own. */
    public static final List<Hyperparameter<?>> ALL = List.of(HIDDEN_LAYER_SIZES, ACTIVATION, SOLVER, ALPHA, BATCH_SIZE,
            LEARNING_RATE, LEARNING_RATE_INIT, MAX_ITER, TOL, MOMENTUM, NESTEROVS_MOMENTUM, POWER_T, BETA_1, BETA_2,
            EPSILON, EARLY_STOPPING, VALIDATION_FRACTION, N_ITER_NO_CHANGE, MAX_FUN, SHUFFLE, RANDOM_STATE, SHUFFLE_SEED,
            WARM_START, INIT, L1, LAYER_ACTIVATIONS);

    private final String name;
    private final String option;
    private final String label;
    private final String stateKey;
    private final Domain<T> domain;
    private final T defaultValue;
    private final Predicate<MlpConfig> applies;
    private final String description;
    private final Function<MlpConfig, T> getter;
    private final BiConsumer<MlpConfig.Builder, T> setter;
    private final Set<Trait> traits;

    private Hyperparameter(String name, String option, String label, String stateKey, Domain<T> domain, T defaultValue,
                           Predicate<MlpConfig> applies, String description, Function<MlpConfig, T> getter,
                           BiConsumer<MlpConfig.Builder, T> setter, Trait... traits) {
        this.name = name;
        this.option = option;
        this.label = label;
        this.stateKey = stateKey;
        this.domain = domain;
        this.defaultValue = defaultValue;
        this.applies = applies;
        this.description = description;
        this.getter = getter;
        this.setter = setter;
        this.traits = Set.of(traits);
    }

    /** sklearn's parameter name ({@code learning_rate_init}); for this project's own, a name in sklearn's style. */
    public String name() {
        return name;
    }

    /** Whether sklearn's MLPClassifier/MLPRegressor has this parameter. */
    public boolean inSklearn() {
        return !traits.contains(Trait.PROJECT_ONLY);
    }

    /** The command-line option ({@code --learning-rate}), or null when the CLI sets it otherwise. */
    public String option() {
        return option;
    }

    /** The window's label for its control ("Learning rate"). */
    public String label() {
        return label;
    }

    /** The key in the playground's state text ({@code lr}). */
    public String stateKey() {
        return stateKey;
    }

    /** The allowed values. */
    public Domain<T> domain() {
        return domain;
    }

    /** The default: sklearn 1.2.1's, except random_state (0 here, None in sklearn). A copy for arrays. */
    @SuppressWarnings("unchecked")
    public T defaultValue() {
        return defaultValue instanceof int[] a ? (T) a.clone() : defaultValue;
    }

    /** Whether the training service can apply a new value between steps, keeping the weights. */
    public boolean live() {
        return traits.contains(Trait.LIVE);
    }

    /** Whether the sklearn line always shows it (when it applies), not only when it differs from the default. */
    public boolean common() {
        return traits.contains(Trait.COMMON);
    }

    /** Whether the setting has any effect under {@code c} (e.g. momentum only with sgd): grey out a control otherwise. */
    public boolean appliesTo(MlpConfig c) {
        return applies.test(c);
    }

    /** One sentence with units, for {@code --help} and tooltips. */
    public String description() {
        return description;
    }

    /**
     * The description followed by where it comes from and its default, for a tooltip or
     * {@code --help}: "The initial step size ... It is sklearn's learning_rate_init; the default is 0.001."
     */
    public String help() {
        String d = format(defaultValue);
        return description + " It is " + (inSklearn() ? "sklearn's " : "this project's ") + name + "; the default is "
                + (d.isEmpty() ? "none" : d) + ".";
    }

    /** The value in {@code c}. */
    public T get(MlpConfig c) {
        return getter.apply(c);
    }

    /** Sets {@code value} on {@code b} (checked when the builder builds). */
    public MlpConfig.Builder set(MlpConfig.Builder b, T value) {
        setter.accept(b, value);
        return b;
    }

    /** Whether {@code c} holds the default value. */
    public boolean isDefault(MlpConfig c) {
        return format(get(c)).equals(format(defaultValue));
    }

    /** The value as text ({@code 0.001}, {@code auto}, {@code relu}, {@code 128,64}); {@link #parse} reads it back. */
    public String format(T value) {
        return domain.format(value);
    }

    /**
     * Checks a value; the message starts with {@code shownName}.
     *
     * @throws HyperparameterException when the value is not allowed
     */
    public T check(T value, String shownName) {
        String fault = domain.fault(value);
        if (fault != null) {
            throw new HyperparameterException(this, shownName, fault);
        }
        return value;
    }

    /**
     * Reads and checks a value written as text; a message starts with {@code shownName} and quotes at
     * most 40 characters of the text.
     *
     * @throws HyperparameterException when the text is not an allowed value
     */
    public T parse(String text, String shownName) {
        T value = text == null ? null : domain.parse(text);
        if (value == null) {
            String t = String.valueOf(text).strip();
            String shown = t.length() > 40 ? t.substring(0, 40) + "... (" + t.length() + " characters)" : t;
            throw new HyperparameterException(this, shownName, "must be " + domain.describe() + ", got '" + shown + "'");
        }
        return check(value, shownName);
    }

    /** The hyperparameter with this sklearn name, CLI option or state key, or null. */
    public static Hyperparameter<?> find(String nameOrOption) {
        for (Hyperparameter<?> p : ALL) {
            if (p.name.equals(nameOrOption) || nameOrOption.equals(p.option) || p.stateKey.equals(nameOrOption)) {
                return p;
            }
        }
        return null;
    }

    /** Checks every value of {@code c}; messages use the sklearn names. */
    static void validate(MlpConfig c) {
        for (Hyperparameter<?> p : ALL) {
            checkIn(p, c);
        }
    }

    private static <T> void checkIn(Hyperparameter<T> p, MlpConfig c) {
        p.check(p.get(c), p.name);
    }

    /**
     * Refuses a network with more than {@link #MAX_WEIGHTS} weights before anything is allocated.
     *
     * @param layerSizes m[0] (inputs) .. m[L] (outputs)
     * @throws HyperparameterException naming hidden_layer_sizes
     */
    public static void checkNetworkSize(int[] layerSizes) {
        long weights = Domain.Layers.weightsBetween(layerSizes);
        if (weights > MAX_WEIGHTS) {
            throw new HyperparameterException(HIDDEN_LAYER_SIZES, HIDDEN_LAYER_SIZES.name,
                    "gives a network of " + java.util.Arrays.toString(layerSizes) + " units with " + weights
                            + " weights; the limit is " + MAX_WEIGHTS);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameter<?> p && p.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
