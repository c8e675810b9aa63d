package org.mlplayground.nn.lecture;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Probe;

/**
 * How the network sees the data: the training points and an input grid mapped through hidden
 * layer l, drawn in two coordinates, either two chosen neurons' activations or the first two
 * principal components of the training points' activations (for wider layers). Watching it while
 * training shows the network bending the plane until the output layer's line separates the classes.
 *
 * @param points the training points' coordinates, n x 2
 * @param grid   the grid points' coordinates, g x 2 (same order as the grid given)
 * @param xLabel the horizontal axis, e.g. "a[2]_1" or "PC1 (73% of variance)"
 * @param yLabel the vertical axis
 */
public record HiddenSpace(DMatrixRMaj points, DMatrixRMaj grid, String xLabel, String yLabel) {

    /**
     * Axes: two neurons of the layer ({@code first}, {@code second}, 0-based), or with
     * {@code principal} true the first two principal components of the training activations.
     */
    public record Axes(boolean principal, int first, int second) {
        /** The first two principal components. */
        public static Axes principalComponents() {
            return new Axes(true, 0, 1);
        }

        /** Neurons i and j (0-based) as x and y. */
        public static Axes neurons(int i, int j) {
            return new Axes(false, i, j);
        }
    }

    /**
     * Maps {@code training} (n x m[0]) and {@code grid} (g x m[0]) through hidden layer
     * {@code layer} (1..L-1) of {@code net}. A pure function: nothing is kept. For a layer of one
     * unit the second coordinate is 0.
     *
     * @throws IllegalArgumentException if the layer is not a hidden layer, a neuron index is out of
     *                                  range or the inputs do not have m[0] columns
     */
    public static HiddenSpace of(Network net, DMatrixRMaj training, DMatrixRMaj grid, int layer, Axes axes) {
        if (layer < 1 || layer >= net.weightLayers()) {
            throw new IllegalArgumentException("Layer " + layer + " is not a hidden layer: choose 1.." + (net.weightLayers() - 1));
        }
        int width = net.layerSizes()[layer];
        if (!axes.principal() && (axes.first() < 0 || axes.first() >= width || axes.second() < 0 || axes.second() >= width)) {
            throw new IllegalArgumentException("Hidden layer " + layer + " has neurons 1.." + width + "; got "
                    + (axes.first() + 1) + " and " + (axes.second() + 1));
        }
        DMatrixRMaj a = activations(net, training, layer);
        DMatrixRMaj g = activations(net, grid, layer);
        if (!axes.principal()) {
            String unit = "a[" + layer + "]_";
            return new HiddenSpace(columns(a, axes.first(), axes.second()), columns(g, axes.first(), axes.second()),
                    unit + (axes.first() + 1), unit + (axes.second() + 1));
        }
        // principal components of the training activations: eigenvectors of their covariance
        double[] mean = new double[width];
        for (int r = 0; r < a.numRows; r++) {
            for (int j = 0; j < width; j++) {
                mean[j] += a.get(r, j) / a.numRows;
            }
        }
        DMatrixRMaj centered = a.copy();
        for (int r = 0; r < a.numRows; r++) {
            for (int j = 0; j < width; j++) {
                centered.set(r, j, a.get(r, j) - mean[j]);
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(width, width);
        CommonOps_DDRM.multTransA(1.0 / Math.max(1, a.numRows - 1), centered, centered, cov);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(width, true, true);
        if (!eig.decompose(cov.copy())) {
            throw new IllegalArgumentException("The activations of layer " + layer + " have no principal components");
        }
        int[] top = {-1, -1};
        double total = 0;
        for (int k = 0; k < width; k++) {
            double v = eig.getEigenvalue(k).real;
            total += Math.max(0, v);
            if (top[0] < 0 || v > eig.getEigenvalue(top[0]).real) {
                top[1] = top[0];
                top[0] = k;
            } else if (top[1] < 0 || v > eig.getEigenvalue(top[1]).real) {
                top[1] = k;
            }
        }
        DMatrixRMaj basis = new DMatrixRMaj(width, 2);
        String[] labels = new String[2];
        for (int c = 0; c < 2; c++) {
            if (top[c] < 0) {
                labels[c] = "PC" + (c + 1) + " (none)";
                continue;
            }
            DMatrixRMaj v = eig.getEigenVector(top[c]);
            int largest = 0;
            for (int j = 0; j < width; j++) {
                if (Math.abs(v.get(j)) > Math.abs(v.get(largest))) {
                    largest = j;
                }
            }
            double sign = v.get(largest) < 0 ? -1 : 1;   // a fixed sign, so the picture does not flip between frames
            for (int j = 0; j < width; j++) {
                basis.set(j, c, sign * v.get(j));
            }
            double share = total > 0 ? Math.max(0, eig.getEigenvalue(top[c]).real) / total : 0;
            labels[c] = String.format(java.util.Locale.ROOT, "PC%d (%.0f%% of variance)", c + 1, 100 * share);
        }
        return new HiddenSpace(project(a, mean, basis), project(g, mean, basis), labels[0], labels[1]);
    }

    private static DMatrixRMaj activations(Network net, DMatrixRMaj inputs, int layer) {
        if (inputs.numCols != net.inputs()) {
            throw new IllegalArgumentException("The points have " + inputs.numCols + " features; the network expects " + net.inputs());
        }
        int width = net.layerSizes()[layer];
        DMatrixRMaj out = new DMatrixRMaj(inputs.numRows, width);
        if (inputs.numRows == 0) {
            return out;
        }
        float[][][] probe = new float[layer][][];
        probe[layer - 1] = new float[width][inputs.numRows];
        new Probe(net, Features.of(inputs)).run(net, probe);
        for (int j = 0; j < width; j++) {
            for (int r = 0; r < inputs.numRows; r++) {
                out.set(r, j, probe[layer - 1][j][r]);
            }
        }
        return out;
    }

    private static DMatrixRMaj columns(DMatrixRMaj a, int i, int j) {
        DMatrixRMaj p = new DMatrixRMaj(a.numRows, 2);
        for (int r = 0; r < a.numRows; r++) {
            p.set(r, 0, a.get(r, i));
            p.set(r, 1, a.numCols > 1 || j == i ? a.get(r, j) : 0);
        }
        return p;
    }

    private static DMatrixRMaj project(DMatrixRMaj a, double[] mean, DMatrixRMaj basis) {
        DMatrixRMaj centered = a.copy();
        for (int r = 0; r < a.numRows; r++) {
            for (int j = 0; j < a.numCols; j++) {
                centered.set(r, j, a.get(r, j) - mean[j]);
            }
        }
        return CommonOps_DDRM.mult(centered, basis, null);
    }
}
