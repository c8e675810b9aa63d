package org.mlplayground.nn.lecture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;

/**
 * "Vectorize, and see why": the same forward and backward pass over a training set, three ways,
 * timed, with the gradients compared. The lecture's claim ("hundreds to thousands of times
 * faster") is about interpreted Python loops; in Java the scalar loops are compiled too, so
 * the measured ratios are smaller, and that is worth showing honestly.
 * <ol>
 *   <li>{@link Way#SCALAR}: loops over examples, units and inputs, one multiply-add at a time;</li>
 *   <li>{@link Way#PER_EXAMPLE}: a loop over examples with one EJML matrix-vector product per layer
 *       ({@code z = W [1; a]}) and one outer product per layer backward;</li>
 *   <li>{@link Way#MATRIX}: the whole batch at once, {@code Z = W [1; A]} ({@link LectureNetwork}).</li>
 * </ol>
 * Every way computes dW[l] = (1/n) sum over examples of dz [1; a]^T (no penalty).
 */
public final class Vectorization {

    /** The three ways. */
    public enum Way { SCALAR, PER_EXAMPLE, MATRIX }

    /**
     * What the button shows.
     *
     * @param nanos         the median time of each way in nanoseconds, in {@link Way} order
     * @param maxDifference the largest |dW| entry difference between any way and {@link Way#MATRIX}
     * @param equal         whether that difference is below 1e-12 (the results are the same up to rounding)
     * @param examples      n
     * @param repeats       runs per way (the median is reported)
     */
    public record Result(long[] nanos, double maxDifference, boolean equal, int examples, int repeats) {
        public Result {
            nanos = nanos.clone();
        }

        @Override
        public long[] nanos() {
            return nanos.clone();
        }

        /** How many times slower {@code way} is than the whole-batch matrix form. */
        public double ratioToMatrix(Way way) {
            return (double) nanos[way.ordinal()] / Math.max(1, nanos[Way.MATRIX.ordinal()]);
        }
    }

    private Vectorization() {
    }

    /**
     * Runs the three ways once untimed, then {@code repeats} times each (interleaved) on the rows of x.
     *
     * @param xRows n x m[0]; {@code yRows} n x m[L] encoded targets
     * @throws IllegalArgumentException if repeats < 1 or the shapes do not fit
     */
    public static Result compare(Network net, DMatrixRMaj xRows, DMatrixRMaj yRows, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        if (xRows.numRows != yRows.numRows || xRows.numCols != net.inputs() || yRows.numCols != net.outputs()) {
            throw new IllegalArgumentException("The data (" + xRows.numRows + " x " + xRows.numCols + ", targets "
                    + yRows.numRows + " x " + yRows.numCols + ") does not fit the network");
        }
        for (Way way : Way.values()) {     // one untimed run each, so the compiler has seen every way
            run(way, net, xRows, yRows);
        }
        long[][] times = new long[3][repeats];
        List<List<DMatrixRMaj>> results = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
        for (int r = 0; r < repeats; r++) {
            for (Way way : Way.values()) {
                long start = System.nanoTime();
                List<DMatrixRMaj> dW = run(way, net, xRows, yRows);
                times[way.ordinal()][r] = System.nanoTime() - start;
                results.set(way.ordinal(), dW);
            }
        }
        double diff = 0;
        List<DMatrixRMaj> reference = results.get(Way.MATRIX.ordinal());
        for (List<DMatrixRMaj> other : results) {
            for (int l = 0; l < reference.size(); l++) {
                double[] a = reference.get(l).data;
                double[] b = other.get(l).data;
                for (int i = 0; i < a.length; i++) {
                    diff = Math.max(diff, Math.abs(a[i] - b[i]));
                }
            }
        }
        long[] medians = new long[3];
        for (int w = 0; w < 3; w++) {
            Arrays.sort(times[w]);
            medians[w] = times[w][repeats / 2];
        }
        return new Result(medians, diff, diff < 1e-12, xRows.numRows, repeats);
    }

    private static List<DMatrixRMaj> run(Way way, Network net, DMatrixRMaj xRows, DMatrixRMaj yRows) {
        return switch (way) {
            case SCALAR -> scalar(net, xRows, yRows);
            case PER_EXAMPLE -> perExample(net, xRows, yRows);
            default -> matrix(net, xRows, yRows);
        };
    }

    /** The whole batch: the lecture's matrix form. */
    static List<DMatrixRMaj> matrix(Network net, DMatrixRMaj xRows, DMatrixRMaj yRows) {
        DMatrixRMaj y = LectureNetwork.columns(yRows);
        List<LayerForward> f = LectureNetwork.forward(net, LectureNetwork.columns(xRows));
        return LectureNetwork.backward(net, f, y, 0).stream().map(LayerBackward::dW).toList();
    }

    /** One example at a time, one matrix-vector product per layer. */
    static List<DMatrixRMaj> perExample(Network net, DMatrixRMaj xRows, DMatrixRMaj yRows) {
        int layers = net.weightLayers();
        int n = xRows.numRows;
        List<DMatrixRMaj> w = new ArrayList<>();
        List<DMatrixRMaj> dW = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            w.add(net.augmentedWeights(l));
            dW.add(new DMatrixRMaj(w.get(l - 1).numRows, w.get(l - 1).numCols));
        }
        for (int e = 0; e < n; e++) {
            DMatrixRMaj x = CommonOps_DDRM.extract(xRows, e, e + 1, 0, xRows.numCols);
            x.reshape(xRows.numCols, 1, true);
            DMatrixRMaj y = CommonOps_DDRM.extract(yRows, e, e + 1, 0, yRows.numCols);
            y.reshape(yRows.numCols, 1, true);
            List<LayerForward> f = LectureNetwork.forward(net, x);
            List<LayerBackward> b = LectureNetwork.backward(net, f, y, 0);
            for (int l = 0; l < layers; l++) {
                CommonOps_DDRM.addEquals(dW.get(l), 1.0 / n, b.get(l).dW());
            }
        }
        return dW;
    }

    /** Plain loops: every multiply-add written out. */
    static List<DMatrixRMaj> scalar(Network net, DMatrixRMaj xRows, DMatrixRMaj yRows) {
        int layers = net.weightLayers();
        int n = xRows.numRows;
        double[][][] w = new double[layers][][];
        double[][][] dW = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            DMatrixRMaj m = net.augmentedWeights(l + 1);
            w[l] = new double[m.numRows][m.numCols];
            dW[l] = new double[m.numRows][m.numCols];
            for (int i = 0; i < m.numRows; i++) {
                for (int j = 0; j < m.numCols; j++) {
                    w[l][i][j] = m.get(i, j);
                }
            }
        }
        double[][] a = new double[layers + 1][];
        for (int e = 0; e < n; e++) {
            a[0] = new double[xRows.numCols];
            for (int j = 0; j < a[0].length; j++) {
                a[0][j] = xRows.get(e, j);
            }
            for (int l = 0; l < layers; l++) {                       // forward, unit by unit
                double[] z = new double[w[l].length];
                for (int i = 0; i < z.length; i++) {
                    double s = w[l][i][0];
                    for (int j = 0; j < a[l].length; j++) {
                        s += w[l][i][j + 1] * a[l][j];
                    }
                    z[i] = s;
                }
                if (l == layers - 1) {
                    net.output().applyInPlace(z);
                } else {
                    Activation g = net.activation(l + 1);
                    for (int i = 0; i < z.length; i++) {
                        z[i] = g.value(z[i]);
                    }
                }
                a[l + 1] = z;
            }
            double[] dz = new double[a[layers].length];
            for (int i = 0; i < dz.length; i++) {
                dz[i] = a[layers][i] - yRows.get(e, i);
            }
            for (int l = layers - 1; l >= 0; l--) {                  // backward, unit by unit
                for (int i = 0; i < dz.length; i++) {
                    dW[l][i][0] += dz[i] / n;
                    for (int j = 0; j < a[l].length; j++) {
                        dW[l][i][j + 1] += dz[i] * a[l][j] / n;
                    }
                }
                if (l > 0) {
                    double[] below = new double[a[l].length];
                    Activation g = net.activation(l);
                    for (int j = 0; j < below.length; j++) {
                        double s = 0;
                        for (int i = 0; i < dz.length; i++) {
                            s += w[l][i][j + 1] * dz[i];
                        }
                        below[j] = s * g.derivativeFromOutput(a[l][j]);
                    }
                    dz = below;
                }
            }
        }
        List<DMatrixRMaj> result = new ArrayList<>();
        for (double[][] d : dW) {
            result.add(new DMatrixRMaj(d));
        }
        return result;
    }
}
