package org.mlplayground.nn;

import java.util.Arrays;

/**
 * Forward and backward of one minibatch for narrow networks on dense inputs (the playground's
 * 2-8-8-1, the sweep's 2-10-1), with every matrix held unit by unit: {@code at[l][j]} is unit j
 * of A[l+1] over the batch's rows, a row of length n. Each kernel then runs a loop over the n
 * rows of the batch, long enough for C2 to vectorise, instead of a loop over a handful of units
 * per row; and W is read where it lies, so no weight matrix is transposed per step.
 *
 * <p>Every sum has the terms, the grouping (fours over the summed index from its start, the last
 * one to three terms in one pass) and the order of {@link DenseKernels}, so each value has the
 * same bits as on the row path with identity and logistic units; tanh goes through the
 * vectorised {@link TanhKernel} (within 16 ulps), relu sums its zeros too (the row path may
 * skip them): both agree with the row path to 1e-12 ({@code NarrowStepTest}). Relu's
 * derivative is taken without a branch.
 * With n the batch size and l the weight layer:
 *
 * <pre>
 *   forward:   at[l][c]    = b_l[c] + sum_k W_l[k][c] at[l-1][k]         (at[-1] = the input batch)
 *   gradient:  G_l[j][c]   = sum_r at[l-1][j][r] dt[l][c][r]             g_l[c] = sum_r dt[l][c][r]
 *   backward:  dt[l-1][j]  = (sum_c W_l[j][c] dt[l][c]) .* g'(at[l-1][j])
 * </pre>
 *
 * Buffers are allocated once for the largest batch: a step allocates nothing.
 */
final class NarrowStep {

    /** Networks whose every layer has at most this many units take this path. */
    static final int MAX_WIDTH = 32;
    /** ... and batches of at least this many rows (shorter loops gain nothing). */
    static final int MIN_BATCH = 8;

    /** False sends every network the row way (for tests comparing the two paths). */
    static volatile boolean enabled = true;

    private final Network net;
    private final DenseFeatures x;
    private final int[] sizes;
    /** xt[k]: input feature k of the batch's rows. */
    private final double[][] xt;
    /** at[l]: A[l+1] unit by unit (m[l+1] x batch); at[last] holds Z then the output before the copy to rows. */
    private final double[][][] at;
    /** dt[l]: Delta[l+1] unit by unit. */
    private final double[][][] dt;
    /** The output A[L] as rows (batch x m[L]), for the output function and the loss. */
    final double[][] outputRows;
    private final double[] scratch;
    int count;

    private NarrowStep(Network net, DenseFeatures x, int maxRows) {
        this.net = net;
        this.x = x;
        sizes = net.layerSizes();
        int layers = sizes.length - 1;
        xt = new double[sizes[0]][maxRows];
        at = new double[layers][][];
        dt = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            at[l] = new double[sizes[l + 1]][maxRows];
            dt[l] = new double[sizes[l + 1]][maxRows];
        }
        outputRows = new double[maxRows][sizes[layers]];
        scratch = new double[maxRows];
    }

    /** This path for these inputs and sizes, or null where the row path suits better. */
    static NarrowStep createIfSuited(Network net, Features x, int maxRows) {
        if (!enabled || !(x instanceof DenseFeatures dense) || maxRows < MIN_BATCH || ForwardPass.usesNative(x, net.layerSizes(), maxRows)) {
            return null;
        }
        for (int m : net.layerSizes()) {
            if (m > MAX_WIDTH) {
                return null;
            }
        }
        return new NarrowStep(net, dense, maxRows);
    }

    /**
     * Forward and backward of rows {@code order[start .. start+count)}: leaves the unaveraged
     * {@code A[l]^T Delta[l+1]} in {@code coefSums[l]} and the column sums of Delta[l+1] in
     * {@code interceptSums[l]}; returns the data loss of the batch (as {@link OutputKind#loss}).
     */
    double run(int[] order, int start, int count, double[][] targets, double[][][] coefSums, double[][] interceptSums) {
        this.count = count;
        int n = count;
        x.loadColumns(order, start, count, xt);
        int last = at.length - 1;
        for (int l = 0; l <= last; l++) {
            forward(l == 0 ? xt : at[l - 1], sizes[l], net.coefs[l], net.intercepts[l], at[l], sizes[l + 1], n);
            if (l < last) {
                Activation g = net.activation(l + 1);
                for (double[] unit : at[l]) {
                    if (g == Activation.TANH) {
                        TanhKernel.applyInPlace(unit, scratch, n);
                    } else {
                        g.applyInPlace(unit, n);
                    }
                }
            }
        }
        OutputKind kind = net.output();
        int outputs = sizes[last + 1];
        double[][] z = at[last];
        if (kind == OutputKind.LOGISTIC) {
            for (double[] unit : z) {
                Activation.LOGISTIC.applyInPlace(unit, n);
            }
        }
        for (int c = 0; c < outputs; c++) {
            double[] zc = z[c];
            for (int r = 0; r < n; r++) {
                outputRows[r][c] = zc[r];
            }
        }
        if (kind == OutputKind.SOFTMAX) {
            kind.applyInPlace(outputRows, n);
        }
        double loss = kind.loss(targets, outputRows, n);
        double[][] d = dt[last];
        for (int r = 0; r < n; r++) {
            double[] a = outputRows[r];
            double[] y = targets[r];
            for (int c = 0; c < outputs; c++) {
                d[c][r] = a[c] - y[c];
            }
        }
        for (int l = last; l >= 0; l--) {
            double[][] input = l == 0 ? xt : at[l - 1];
            gradient(input, sizes[l], dt[l], sizes[l + 1], coefSums[l], n);
            columnSums(dt[l], sizes[l + 1], interceptSums[l], n);
            if (l > 0) {
                backward(dt[l], sizes[l + 1], net.coefs[l], dt[l - 1], sizes[l], n);
                Activation g = net.activation(l);
                for (int j = 0; j < sizes[l]; j++) {
                    if (g == Activation.RELU) {
                        reluDerivative(at[l - 1][j], dt[l - 1][j], n);
                    } else {
                        g.multiplyByDerivative(at[l - 1][j], dt[l - 1][j], n);
                    }
                }
            }
        }
        return loss;
    }

    /**
     * {@code d[r] = 0} where {@code a[r] == 0} (either zero), as {@link Activation#multiplyByDerivative}
     * does for relu, without a branch: relu leaves about half its outputs zero in no pattern a
     * branch predictor could learn.
     */
    static void reluDerivative(double[] a, double[] d, int n) {
        for (int r = 0; r < n; r++) {
            long bits = Double.doubleToRawLongBits(a[r]) << 1;
            long keep = (bits | -bits) >> 63;
            d[r] = Double.longBitsToDouble(Double.doubleToRawLongBits(d[r]) & keep);
        }
    }

    /** Row r of A[l+1] (l = 0 .. L-1) of the last batch, copied into {@code out}. */
    void activationRow(int l, int r, double[] out) {
        if (l == at.length - 1) {
            System.arraycopy(outputRows[r], 0, out, 0, out.length);
            return;
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = at[l][j][r];
        }
    }

    /** out[c][0..n) = bias[c] + sum_k w[k][c] in[k][0..n), c in [0, m). */
    static void forward(double[][] in, int kk, double[][] w, double[] bias, double[][] out, int m, int n) {
        for (int c = 0; c < m; c++) {
            double[] o = out[c];
            Arrays.fill(o, 0, n, bias[c]);
            int k = 0;
            for (; k + 3 < kk; k += 4) {
                Products.axpy4(w[k][c], in[k], w[k + 1][c], in[k + 1], w[k + 2][c], in[k + 2], w[k + 3][c], in[k + 3], o, 0, n);
            }
            switch (kk - k) {
                case 1 -> Products.axpy(w[k][c], in[k], o, 0, n);
                case 2 -> Products.axpy2(w[k][c], in[k], w[k + 1][c], in[k + 1], o, n);
                case 3 -> Products.axpy3(w[k][c], in[k], w[k + 1][c], in[k + 1], w[k + 2][c], in[k + 2], o, n);
                default -> {
                }
            }
        }
    }

    /** below[j][0..n) = sum_c w[j][c] d[c][0..n), j in [0, k): Delta W^T without transposing W. */
    static void backward(double[][] d, int m, double[][] w, double[][] below, int k, int n) {
        for (int j = 0; j < k; j++) {
            double[] o = below[j];
            double[] wj = w[j];
            Arrays.fill(o, 0, n, 0.0);
            int c = 0;
            for (; c + 3 < m; c += 4) {
                Products.axpy4(wj[c], d[c], wj[c + 1], d[c + 1], wj[c + 2], d[c + 2], wj[c + 3], d[c + 3], o, 0, n);
            }
            switch (m - c) {
                case 1 -> Products.axpy(wj[c], d[c], o, 0, n);
                case 2 -> Products.axpy2(wj[c], d[c], wj[c + 1], d[c + 1], o, n);
                case 3 -> Products.axpy3(wj[c], d[c], wj[c + 1], d[c + 1], wj[c + 2], d[c + 2], o, n);
                default -> {
                }
            }
        }
    }

    /**
     * g[j][c] = sum_r in[j][r] d[c][r], summed over r in fours from 0 with the last one to three
     * terms in one pass (as {@link DenseKernels#multiplyTransposed}); four columns c at a time,
     * so four independent sums are in flight.
     */
    static void gradient(double[][] in, int kk, double[][] d, int m, double[][] g, int n) {
        int full = n & ~3;
        for (int j = 0; j < kk; j++) {
            double[] a = in[j];
            double[] gj = g[j];
            int c = 0;
            for (; c + 3 < m; c += 4) {
                double[] d0 = d[c];
                double[] d1 = d[c + 1];
                double[] d2 = d[c + 2];
                double[] d3 = d[c + 3];
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int r = 0; r < full; r += 4) {
                    double a0 = a[r];
                    double a1 = a[r + 1];
                    double a2 = a[r + 2];
                    double a3 = a[r + 3];
                    s0 += a0 * d0[r] + a1 * d0[r + 1] + a2 * d0[r + 2] + a3 * d0[r + 3];
                    s1 += a0 * d1[r] + a1 * d1[r + 1] + a2 * d1[r + 2] + a3 * d1[r + 3];
                    s2 += a0 * d2[r] + a1 * d2[r + 1] + a2 * d2[r + 2] + a3 * d2[r + 3];
                    s3 += a0 * d3[r] + a1 * d3[r + 1] + a2 * d3[r + 2] + a3 * d3[r + 3];
                }
                gj[c] = s0 + tail(a, d0, full, n);
                gj[c + 1] = s1 + tail(a, d1, full, n);
                gj[c + 2] = s2 + tail(a, d2, full, n);
                gj[c + 3] = s3 + tail(a, d3, full, n);
            }
            for (; c < m; c++) {
                double[] dc = d[c];
                double s = 0.0;
                for (int r = 0; r < full; r += 4) {
                    s += a[r] * dc[r] + a[r + 1] * dc[r + 1] + a[r + 2] * dc[r + 2] + a[r + 3] * dc[r + 3];
                }
                gj[c] = s + tail(a, dc, full, n);
            }
        }
    }

    /**
     * The last one to three terms of a sum as one pass, or {@code -0.0} for none: added to a
     * partial sum s it leaves s exactly as it is (also where s is -0.0, unlike adding 0.0).
     */
    private static double tail(double[] a, double[] d, int r, int n) {
        return switch (n - r) {
            case 1 -> a[r] * d[r];
            case 2 -> a[r] * d[r] + a[r + 1] * d[r + 1];
            case 3 -> a[r] * d[r] + a[r + 1] * d[r + 1] + a[r + 2] * d[r + 2];
            default -> -0.0;
        };
    }

    /** b[c] = sum_r d[c][r], in fours as the row path sums Delta's rows, the rest one at a time. */
    private static void columnSums(double[][] d, int m, double[] b, int n) {
        int full = n & ~3;
        for (int c = 0; c < m; c++) {
            double[] dc = d[c];
            double s = 0.0;
            for (int r = 0; r < full; r += 4) {
                s += dc[r] + dc[r + 1] + dc[r + 2] + dc[r + 3];
            }
            for (int r = full; r < n; r++) {
                s += dc[r];
            }
            b[c] = s;
        }
    }
}
