package org.mlplayground.nn;

/**
 * Adam, as sklearn's {@code AdamOptimizer}: with t the step count,
 * {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2},
 * {@code eta_t = eta sqrt(1-b2^t) / (1-b1^t)}, {@code theta -= eta_t m / (sqrt(v) + eps)}.
 */
public final class AdamOptimizer implements Optimizer {

    private final double[][] ms;
    private final double[][] vs;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double learningRateInit;
    private double learningRate;
    private long t;

    AdamOptimizer(double[][] params, double learningRateInit, double beta1, double beta2, double epsilon) {
        ms = new double[params.length][];
        vs = new double[params.length][];
        for (int i = 0; i < params.length; i++) {
            ms[i] = new double[params[i].length];
            vs[i] = new double[params[i].length];
        }
        this.learningRateInit = learningRateInit;
        this.learningRate = learningRateInit;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void beginStep() {
        t++;
        learningRate = learningRateInit * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
    }

    @Override
    public void update(double[][] params, double[][] grads, int from, int to) {
        double b1 = beta1;
        double b2 = beta2;
        double eta = learningRate;
        double eps = epsilon;
        for (int i = from; i < to; i++) {
            double[] p = params[i];
            double[] g = grads[i];
            double[] m = ms[i];
            double[] v = vs[i];
            for (int j = 0; j < p.length; j++) {
                double gj = g[j];
                double mj = b1 * m[j] + (1 - b1) * gj;
                double vj = b2 * v[j] + (1 - b2) * (gj * gj);
                m[j] = mj;
                v[j] = vj;
                p[j] += -eta * mj / (Math.sqrt(vj) + eps);
            }
        }
    }

    @Override
    public void flushSubnormals(int from, int to) {
        for (int i = from; i < to; i++) {
            Optimizer.flushSubnormals(ms[i]);
            Optimizer.flushSubnormals(vs[i]);
        }
    }

    @Override
    public void iterationEnds(long samplesSeen) {
        // Adam's step size depends on the step count only.
    }

    @Override
    public boolean triggerStopping() {
        return true;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRateInit(double learningRateInit) {
        this.learningRateInit = learningRateInit;
    }
}
