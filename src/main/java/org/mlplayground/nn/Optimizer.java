package org.mlplayground.nn;

/**
 * A stochastic optimizer in sklearn's shape: it updates the parameter arrays in place from the
 * gradient arrays (same order, same lengths) after every minibatch, hears when an epoch ends, and
 * decides what happens when the loss stops improving.
 */
public interface Optimizer {

    /** Starts a step: call once before the {@link #update(double[][], double[][], int, int)} calls of one minibatch. */
    void beginStep();

    /**
     * params[i] += update(grads[i]) for arrays i in [from, to). Arrays are independent, so disjoint
     * ranges of one step may be updated from different threads.
     */
    void update(double[][] params, double[][] grads, int from, int to);

    /** One whole step: every array updated. */
    default void update(double[][] params, double[][] grads) {
        beginStep();
        update(params, grads, 0, params.length);
    }

    /**
     * Sets the state entries (moments, velocities) of arrays [from, to) smaller in magnitude
     * than {@link Double#MIN_NORMAL} to zero: subnormal numbers make every operation on them
     * many times slower, and the weights of a dead relu unit decay into them.
     */
    default void flushSubnormals(int from, int to) {
    }

    /** Sets the entries of {@code x} smaller in magnitude than {@link Double#MIN_NORMAL} to zero. */
    static void flushSubnormals(double[] x) {
        for (int c = 0; c < x.length; c++) {
            if (Math.abs(x[c]) < Double.MIN_NORMAL) {
                x[c] = 0.0;
            }
        }
    }

    /** Called after each epoch with the number of samples seen so far. */
    void iterationEnds(long samplesSeen);

    /** The loss stalled for nIterNoChange epochs: true to stop, false to go on (adaptive rate). */
    boolean triggerStopping();

    /** The current step size. */
    double learningRate();

    /** Changes the initial step size live (the schedule continues from it). */
    void setLearningRateInit(double learningRateInit);

    /** Makes the optimizer for a configuration, with state for parameter arrays shaped like {@code params}. */
    static Optimizer create(MlpConfig config, double[][] params) {
        switch (config.solver()) {
            case SGD:
                return new SgdOptimizer(params, config.learningRateInit(), config.learningRate(),
                        config.momentum(), config.nesterov(), config.powerT());
            case ADAM:
                return new AdamOptimizer(params, config.learningRateInit(), config.beta1(), config.beta2(),
                        config.epsilon());
            default:
                throw new IllegalArgumentException("The " + config.solver().sklearnName()
                        + " solver has no stochastic optimizer");
        }
    }
}
