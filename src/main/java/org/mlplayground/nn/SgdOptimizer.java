package org.mlplayground.nn;

/**
 * Stochastic gradient descent with momentum, as sklearn's {@code SGDOptimizer}:
 * {@code v = mu v - eta g}; then {@code theta += v}, or with Nesterov {@code theta += mu v - eta g}.
 */
public final class SgdOptimizer implements Optimizer {

    private final double[][] velocities;
    private final LearningRateSchedule schedule;
    private final double momentum;
    private final boolean nesterov;
    private final double powerT;
    private double learningRateInit;
    private double learningRate;

    SgdOptimizer(double[][] params, double learningRateInit, LearningRateSchedule schedule, double momentum,
                 boolean nesterov, double powerT) {
        velocities = new double[params.length][];
        for (int i = 0; i < params.length; i++) {
            velocities[i] = new double[params[i].length];
        }
        this.learningRateInit = learningRateInit;
        this.learningRate = learningRateInit;
        this.schedule = schedule;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.powerT = powerT;
    }

    @Override
    public void beginStep() {
        // the rate changes only between epochs
    }

    @Override
    public void update(double[][] params, double[][] grads, int from, int to) {
        double mu = momentum;
        double eta = learningRate;
        for (int i = from; i < to; i++) {
            double[] p = params[i];
            double[] g = grads[i];
            double[] v = velocities[i];
            if (nesterov) {
                for (int j = 0; j < p.length; j++) {
                    double vj = mu * v[j] - eta * g[j];
                    v[j] = vj;
                    p[j] += mu * vj - eta * g[j];
                }
            } else {
                for (int j = 0; j < p.length; j++) {
                    double vj = mu * v[j] - eta * g[j];
                    v[j] = vj;
                    p[j] += vj;
                }
            }
        }
    }

    @Override
    public void flushSubnormals(int from, int to) {
        for (int i = from; i < to; i++) {
            Optimizer.flushSubnormals(velocities[i]);
        }
    }

    @Override
    public void iterationEnds(long samplesSeen) {
        if (schedule == LearningRateSchedule.INVSCALING) {
            learningRate = learningRateInit / Math.pow(samplesSeen + 1, powerT);
        }
    }

    @Override
    public boolean triggerStopping() {
        if (schedule != LearningRateSchedule.ADAPTIVE || learningRate <= 1e-6) {
            return true;
        }
        learningRate /= 5.0;
        return false;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRateInit(double learningRateInit) {
        this.learningRate = this.learningRate / this.learningRateInit * learningRateInit;
        this.learningRateInit = learningRateInit;
    }
}
