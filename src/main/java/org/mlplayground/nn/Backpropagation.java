package org.mlplayground.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Loss, gradient and (optionally) the optimizer step of one minibatch, in buffers allocated once
 * per (architecture, batch size). With n the batch size and l the weight layer (0-based):
 *
 * <pre>
 *   Delta[L]  = A[L] - Y                                 (n x m[L])
 *   G_l       = (A[l]^T Delta[l+1] + alpha W_l) / n       (m[l] x m[l+1])
 *   g_l       = mean over rows of Delta[l+1]              (m[l+1])
 *   Delta[l]  = (Delta[l+1] W_l^T) .* g'(A[l])            (n x m[l]),  l = L-1 .. 1
 * </pre>
 *
 * No delta is computed for the input. The loss is sklearn's: the output's data term plus
 * {@code 0.5 alpha sum(W^2) / n}; an L1 penalty (not in sklearn, off unless {@link #setL1} is
 * given a positive value) adds {@code l1 sum|W| / n} to it and {@code l1 sign(W) / n} to G_l.
 *
 * <p>Large problems split the batch into {@link #SHARDS} contiguous shards that go forward and
 * backward on separate threads; their gradient sums are then added, averaged, penalised and
 * handed to the optimizer row by row, again in parallel. The shard count depends only on the
 * problem's size, never on the number of threads, so the same seed gives the same bits. Shards
 * call native OpenBLAS side by side where it runs each call on its caller
 * ({@link NativeGemm#onCaller()}); where it splits calls over threads of its own, a batch whose
 * big products go native is not sharded and its combine step runs on the caller (those threads
 * spin between calls and would slow ours).
 */
final class Backpropagation {

    /** Shards of a large minibatch. */
    static final int SHARDS = 2;
    /** Multiply-adds per batch above which the batch is sharded. */
    private static final long SHARD_ABOVE = 2_000_000;

    private final Network net;
    private final DMatrixRMaj targets;
    private final Shard[] shards;
    private final WorkerPool pool = WorkerPool.shared();
    private final ShardTask shardTask = new ShardTask();
    private final CombineTask combineTask = new CombineTask();
    /** The combined gradient, in the layout of the network's parameters. */
    final double[][][] coefGrads;
    final double[][] interceptGrads;
    private final double[][] params;
    private final double[][] grads;
    /** Number of coefficient rows among {@link #params} (the intercepts follow). */
    private final int coefRows;
    /** squares[i] = sum of params[i]^2 for coefficient rows, for the penalty. */
    private final double[] squares;
    /** absolutes[i] = sum of |params[i]| for coefficient rows, for the L1 penalty. */
    private final double[] absolutes;
    private double l1;
    /** The big products go native on OpenBLAS's own threads: everything else runs on the caller (see the class comment). */
    private final boolean nativeProducts;
    private double objective;
    private double dataLoss;
    /**
     * Narrow networks ({@link NarrowStep}) set weights and optimizer state below
     * {@link Double#MIN_NORMAL} to zero after each update (a pass over few parameters): a dead
     * relu unit's weights decay into subnormal numbers over tens of thousands of epochs, and
     * arithmetic on them made the whole step three times slower. It changes values by less
     * than 1e-307.
     */
    private final boolean flushSubnormals;

    /**
     * @param targets Y for every row of {@code x}: n_samples x m[L] (one-hot, 0/1 or real values)
     */
    Backpropagation(Network net, Features x, DMatrixRMaj targets, int maxBatch) {
        this.net = net;
        this.targets = targets;
        int[] sizes = net.layerSizes();
        long work = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            work += (long) sizes[l] * sizes[l + 1];
        }
        boolean large = work * maxBatch > SHARD_ABOVE;
        boolean usesNative = large && ForwardPass.usesNative(x, sizes, maxBatch);
        nativeProducts = usesNative && !NativeGemm.onCaller();
        int shardCount = large && !nativeProducts ? SHARDS : 1;
        shards = new Shard[shardCount];
        for (int s = 0; s < shardCount; s++) {
            shards[s] = new Shard(net, x, targets.numCols, (maxBatch + shardCount - 1) / shardCount, shardCount == 1);
        }
        int layers = sizes.length - 1;
        coefGrads = new double[layers][][];
        interceptGrads = new double[layers][];
        int rows = 0;
        for (int l = 0; l < layers; l++) {
            coefGrads[l] = new double[sizes[l]][sizes[l + 1]];
            interceptGrads[l] = new double[sizes[l + 1]];
            rows += sizes[l];
        }
        coefRows = rows;
        flushSubnormals = shards[0].narrow != null;
        squares = new double[rows];
        absolutes = new double[rows];
        params = net.parameterArrays();
        grads = gradientArrays();
    }

    /** The combined gradient arrays in the order of {@link Network#parameterArrays()}. */
    double[][] gradientArrays() {
        return Shard.flatten(coefGrads, interceptGrads);
    }

    /** The L1 penalty's strength (not in sklearn): 0 (the default) for none; finite and >= 0. */
    void setL1(double l1) {
        this.l1 = l1;
    }

    /** Loss and gradient (no update) of rows {@code order[start .. start+count)}. */
    double lossAndGradient(int[] order, int start, int count, double alpha) {
        return step(order, start, count, alpha, null);
    }

    /**
     * One training step on rows {@code order[start .. start+count)}: loss, gradient and, if
     * {@code optimizer} is not null, the parameter update. Returns sklearn's loss for the batch.
     */
    double step(int[] order, int start, int count, double alpha, Optimizer optimizer) {
        int k = shards.length;
        for (int s = 0; s < k; s++) {
            int from = start + count * s / k;
            int to = start + count * (s + 1) / k;
            shards[s].prepare(order, from, to - from, targets);
        }
        if (k == 1) {
            shards[0].run();
        } else {
            pool.run(shardTask);
        }
        double dataSum = 0;
        for (Shard s : shards) {
            dataSum += s.dataLossSum;
        }
        if (optimizer != null) {
            optimizer.beginStep();
        }
        combineTask.alpha = alpha;
        combineTask.n = count;
        combineTask.optimizer = optimizer;
        if ((long) net.parameterCount() * k < 20_000 || nativeProducts) {
            combineTask.run(0, 1);
        } else {
            pool.run(combineTask);
        }
        double sum = 0;
        for (double s : squares) {
            sum += s;
        }
        double penalty = 0.5 * alpha * sum / count;
        if (l1 > 0) {
            double abs = 0;
            for (double a : absolutes) {
                abs += a;
            }
            penalty += l1 * abs / count;
        }
        OutputKind kind = net.output();
        dataLoss = kind == OutputKind.IDENTITY ? dataSum / ((double) count * net.outputs()) / 2.0 : dataSum / count;
        objective = dataLoss * kind.objectiveScale(net.outputs()) + penalty;
        return dataLoss + penalty;
    }

    /**
     * The rows of A[l+1] (l = 0..L-1, 0-based weight layer) of the last batch, in batch order
     * across shards: live buffers, valid until the next step, or copies on the narrow path (for
     * the gradient-health meter).
     */
    double[][] lastActivationRows(int l) {
        int total = 0;
        for (Shard s : shards) {
            total += s.count;
        }
        double[][] rows = new double[total][];
        int i = 0;
        for (Shard s : shards) {
            for (int r = 0; r < s.count; r++) {
                if (s.narrow != null) {
                    rows[i] = new double[net.layerSizes()[l + 1]];
                    s.narrow.activationRow(l, r, rows[i++]);
                } else {
                    rows[i++] = s.forward.activations[l][r];
                }
            }
        }
        return rows;
    }

    /** The data term of the last batch's loss (without the penalty). */
    double lastDataLoss() {
        return dataLoss;
    }

    /**
     * The objective whose gradient was last computed. It equals the returned loss except for
     * regression with several outputs, where sklearn's reported loss averages squared error over
     * outputs but its gradient does not; the objective then sums over outputs.
     */
    double lastObjective() {
        return objective;
    }

    /** Runs shard p, p + parts, ... on part p. */
    private final class ShardTask implements WorkerPool.PartTask {
        @Override
        public void run(int part, int parts) {
            for (int s = part; s < shards.length; s += parts) {
                shards[s].run();
            }
        }
    }

    /**
     * Parameter arrays [from, to) of this part: g = (sum over shards + alpha W) / n for coefficient
     * rows (recording sum W^2), g = sum / n for intercepts, then the optimizer's update. The
     * division is a product with 1/n (it may differ from sklearn's {@code /= n_samples} in the last
     * bit): with Adam's square root and division, a division per weight kept the divider busy, and
     * the product made this step 17% faster (785 x 100 weights).
     */
    private final class CombineTask implements WorkerPool.PartTask {
        double alpha;
        int n;
        Optimizer optimizer;

        @Override
        public void run(int part, int parts) {
            int from = params.length * part / parts;
            int to = params.length * (part + 1) / parts;
            double inverse = 1.0 / n;
            for (int i = from; i < to; i++) {
                double[] g = grads[i];
                double[] s0 = shards[0].source[i];
                if (shards[0].offset[i] != 0) {
                    // a row of a native layer's flat G: copied first (C2 does not vectorise a loop
                    // reading s0 at o0 + c), then worked on in place
                    System.arraycopy(s0, shards[0].offset[i], g, 0, g.length);
                    s0 = g;
                }
                double[] s1 = shards.length == 2 ? shards[1].grads[i] : null;
                if (i < coefRows) {
                    double[] w = params[i];
                    squares[i] = Kernels.sumOfSquares(w);
                    if (s1 != null) {
                        for (int c = 0; c < g.length; c++) {
                            g[c] = ((s0[c] + s1[c]) + alpha * w[c]) * inverse;
                        }
                    } else {
                        for (int c = 0; c < g.length; c++) {
                            g[c] = (s0[c] + alpha * w[c]) * inverse;
                        }
                    }
                    if (l1 > 0) {
                        double abs = 0;
                        for (int c = 0; c < g.length; c++) {
                            abs += Math.abs(w[c]);
                            g[c] += l1 * Math.signum(w[c]) * inverse;
                        }
                        absolutes[i] = abs;
                    }
                } else if (s1 != null) {
                    for (int c = 0; c < g.length; c++) {
                        g[c] = (s0[c] + s1[c]) * inverse;
                    }
                } else {
                    for (int c = 0; c < g.length; c++) {
                        g[c] = s0[c] * inverse;
                    }
                }
                if (optimizer != null) {
                    optimizer.update(params, grads, i, i + 1);
                    if (flushSubnormals) {
                        Optimizer.flushSubnormals(params[i]);
                        optimizer.flushSubnormals(i, i + 1);
                    }
                }
            }
        }
    }
}
