package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.Scores;

/**
 * A multilayer perceptron regressor with sklearn's {@code MLPRegressor} semantics: identity
 * output, squared error, any number of target columns; with no hidden layer, linear regression.
 */
public final class MlpRegressor extends MlpEstimator {

    public MlpRegressor(MlpConfig config) {
        super(config);
    }

    /** Fits to targets y (n_samples x n_outputs). */
    public MlpRegressor fit(Features x, DMatrixRMaj y) {
        fitEncoded(x, y);
        return this;
    }

    /** Fits to a single target column. */
    public MlpRegressor fit(Features x, double[] y) {
        return fit(x, column(y));
    }

    /** One epoch from the current weights. */
    public MlpRegressor partialFit(Features x, DMatrixRMaj y) {
        partialFitEncoded(x, y);
        return this;
    }

    /** One minibatch step (see {@link MlpEstimator#batchStep}); true when it completed an epoch. */
    public boolean trainBatch(Features x, DMatrixRMaj y) {
        return batchStep(x, y);
    }

    /**
     * The epoch loop over these rows, continuing from the current weights (see
     * {@link EpochLoop}). With {@code stopRules} it stops as {@link #fit} does, else only on
     * divergence.
     */
    public EpochLoop epochLoop(Features x, DMatrixRMaj y, boolean stopRules) {
        return loopEncoded(x, y, stopRules);
    }

    /** Squared error (0.5 * mean, no penalty) of the current weights on the given samples. */
    public double loss(Features x, DMatrixRMaj y) {
        return dataLossEncoded(x, y);
    }

    /** Predictions, n_samples x n_outputs. */
    public DMatrixRMaj predict(Features x) {
        return forward(x);
    }

    /** R^2 averaged uniformly over outputs, as sklearn's {@code score}. */
    public double score(Features x, DMatrixRMaj y) {
        return Scores.r2(predict(x), y);
    }

    /** Loss and every layer's gradient for the given examples. */
    public Gradients gradients(Features x, DMatrixRMaj y) {
        return gradientsEncoded(x, y);
    }

    /** Finite-difference check of backpropagation: max relative error per layer. */
    public double[] gradientCheck(Features x, DMatrixRMaj y) {
        return gradientCheckEncoded(x, y);
    }

    @Override
    protected OutputKind outputKind(int outputs) {
        return OutputKind.IDENTITY;
    }

    @Override
    protected double validationScore(Features x, DMatrixRMaj targets) {
        return Scores.r2(predict(x), targets);
    }

    static DMatrixRMaj column(double[] y) {
        DMatrixRMaj m = new DMatrixRMaj(y.length, 1);
        System.arraycopy(y, 0, m.data, 0, y.length);
        return m;
    }
}
