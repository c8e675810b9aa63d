package org.mlplayground.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.ValidationSplit;


/**
 * Measures vanishing and exploding gradients layer by layer (issue 17's gradient-health panel):
 * per layer the gradient norm, the update/weight ratio, the share of saturated logistic/tanh
 * units, the share of dead relu units and a histogram of the activations.
 *
 * <p>It works on a fixed sample of at most {@code maxRows} training rows (chosen once by a seed),
 * so one measurement costs one forward and backward pass of that many rows, in buffers reused
 * between calls: cheap enough to take once per epoch on the training thread and publish the
 * resulting {@link GradientHealth} with the snapshots. Not thread-safe: call it on the thread that
 * owns the network (it reads the live weights), never on the FX thread.
 */
public final class GradientHealthMeter {

    /** A logistic or tanh unit is saturated where g'(z) is below this (|tanh| > 0.995, sigma outside [0.0101, 0.9899]). */
    public static final double SATURATED_BELOW = 0.01;
    /** Bins of each activation histogram. */
    public static final int BINS = 20;

    private final Features sample;
    private final DMatrixRMaj targets;
    private final int[] order;
    private Network net;
    private Backpropagation backprop;
    private double[][][] previousCoefs;
    private double[][] previousIntercepts;

    /**
     * A meter on up to {@code maxRows} rows of (x, y), drawn without replacement by {@code seed}
     * (all rows if there are fewer).
     *
     * @param y encoded targets, n x m[L] (as the classifier's {@code encodeLabels} or the regression targets)
     * @throws IllegalArgumentException if the rows of x and y differ, x is empty or maxRows < 1
     */
    public GradientHealthMeter(Features x, DMatrixRMaj y, int maxRows, long seed) {
        if (x.rows() == 0 || x.rows() != y.numRows) {
            throw new IllegalArgumentException("The health meter needs training rows with one target row each, got "
                    + x.rows() + " and " + y.numRows);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        int[] rows = Features.identityOrder(x.rows());
        if (rows.length > maxRows) {
            ValidationSplit.shuffle(rows, new SplittableRandom(seed));
            rows = java.util.Arrays.copyOf(rows, maxRows);
            java.util.Arrays.sort(rows);
        }
        this.sample = x.select(rows);
        this.targets = Features.selectRows(y, rows);
        this.order = Features.identityOrder(rows.length);
    }

    /** Number of rows measured. */
    public int sampleSize() {
        return order.length;
    }

    /**
     * Measures {@code network} now. The update ratio compares with the previous call's weights
     * (NaN at the first call, or after the network's shape changed).
     *
     * @param alpha the L2 penalty and {@code l1} the L1 penalty the training uses (they enter the gradient)
     */
    public GradientHealth measure(Network network, long epoch, double alpha, double l1) {
        if (network != net) {
            if (net == null || !java.util.Arrays.equals(net.layerSizes(), network.layerSizes())) {
                previousCoefs = null;
            }
            if (network.inputs() != sample.cols() || network.outputs() != targets.numCols) {
                throw new IllegalArgumentException("The network has " + network.inputs() + " inputs and "
                        + network.outputs() + " outputs; the meter's data has " + sample.cols() + " and " + targets.numCols);
            }
            net = network;
            backprop = new Backpropagation(network, sample, targets, order.length);
        }
        backprop.setL1(l1);
        double loss = backprop.lossAndGradient(order, 0, order.length, alpha);
        int layers = network.weightLayers();
        List<LayerHealth> result = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double g = norm(backprop.coefGrads[l], backprop.interceptGrads[l]);
            double ratio = Double.NaN;
            if (previousCoefs != null) {
                double change = 0;
                for (int i = 0; i < network.coefs[l].length; i++) {
                    change += squaredDistance(network.coefs[l][i], previousCoefs[l][i]);
                }
                change += squaredDistance(network.intercepts[l], previousIntercepts[l]);
                double w = norm(network.coefs[l], network.intercepts[l]);
                ratio = w > 0 ? Math.sqrt(change) / w : Double.NaN;
            }
            result.add(units(l, g, ratio, network));
        }
        remember(network);
        return new GradientHealth(epoch, loss, result);
    }

    private LayerHealth units(int l, double gradientNorm, double ratio, Network network) {
        double[][] a = backprop.lastActivationRows(l);
        int n = a.length;
        int width = a[0].length;
        boolean hidden = l < network.weightLayers() - 1;
        Activation g = hidden ? network.activation(l + 1) : null;
        long saturated = 0;
        int dead = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < width; j++) {
            boolean alive = false;
            for (int r = 0; r < n; r++) {
                double v = a[r][j];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                alive |= v != 0.0;
                if ((g == Activation.LOGISTIC || g == Activation.TANH) && g.derivativeFromOutput(v) < SATURATED_BELOW) {
                    saturated++;
                }
            }
            if (g == Activation.RELU && !alive) {
                dead++;
            }
        }
        if (g == Activation.LOGISTIC) {
            lo = 0;
            hi = 1;
        } else if (g == Activation.TANH) {
            lo = -1;
            hi = 1;
        } else if (!(hi > lo)) {
            hi = lo + 1;
        }
        int[] histogram = new int[BINS];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < width; j++) {
                int bin = (int) ((a[r][j] - lo) / (hi - lo) * BINS);
                histogram[Math.max(0, Math.min(BINS - 1, bin))]++;
            }
        }
        return new LayerHealth(l + 1, gradientNorm, ratio, (double) saturated / ((long) n * width),
                (double) dead / width, histogram, lo, hi);
    }

    private void remember(Network network) {
        int layers = network.weightLayers();
        if (previousCoefs == null) {
            previousCoefs = new double[layers][][];
            previousIntercepts = new double[layers][];
            for (int l = 0; l < layers; l++) {
                previousCoefs[l] = new double[network.coefs[l].length][];
                for (int i = 0; i < previousCoefs[l].length; i++) {
                    previousCoefs[l][i] = network.coefs[l][i].clone();
                }
                previousIntercepts[l] = network.intercepts[l].clone();
            }
            return;
        }
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < previousCoefs[l].length; i++) {
                System.arraycopy(network.coefs[l][i], 0, previousCoefs[l][i], 0, previousCoefs[l][i].length);
            }
            System.arraycopy(network.intercepts[l], 0, previousIntercepts[l], 0, previousIntercepts[l].length);
        }
    }

    private static double norm(double[][] rows, double[] extra) {
        double s = Kernels.sumOfSquares(extra);
        for (double[] row : rows) {
            s += Kernels.sumOfSquares(row);
        }
        return Math.sqrt(s);
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
