package org.mlplayground.ui.math;

import java.util.List;
import org.mlplayground.nn.GradientHealth;
import org.mlplayground.nn.LayerHealth;

/**
 * The gradient-health panel's data: per layer l = 1..L (index l-1) and per measured epoch
 * (index e), the gradient norm, the update/weight ratio, the saturated and dead shares; and the
 * latest activation histogram of each layer.
 *
 * @param epochs    the measured epochs, oldest first
 * @param norms     [l-1][e] Frobenius norm of dJ/dW[l]
 * @param ratios    [l-1][e] update/weight ratio (NaN at the first measurement)
 * @param saturated [l-1][e] share of saturated logistic/tanh units
 * @param dead      [l-1][e] share of dead relu units
 * @param latest    the newest measurement's layers (histograms), or empty
 */
public record HealthSeries(long[] epochs, double[][] norms, double[][] ratios, double[][] saturated, double[][] dead,
                           List<LayerHealth> latest) {

    /** Series of {@code health} (a snapshot's list); measurements of another depth than the newest are left out. */
    public static HealthSeries of(List<GradientHealth> health) {
        if (health.isEmpty()) {
            return new HealthSeries(new long[0], new double[0][], new double[0][], new double[0][], new double[0][], List.of());
        }
        int layers = health.get(health.size() - 1).layers().size();
        List<GradientHealth> same = health.stream().filter(h -> h.layers().size() == layers).toList();
        int n = same.size();
        long[] epochs = new long[n];
        double[][] norms = new double[layers][n];
        double[][] ratios = new double[layers][n];
        double[][] saturated = new double[layers][n];
        double[][] dead = new double[layers][n];
        for (int e = 0; e < n; e++) {
            epochs[e] = same.get(e).epoch();
            for (int l = 0; l < layers; l++) {
                LayerHealth h = same.get(e).layers().get(l);
                norms[l][e] = h.gradientNorm();
                ratios[l][e] = h.updateRatio();
                saturated[l][e] = h.saturatedShare();
                dead[l][e] = h.deadShare();
            }
        }
        return new HealthSeries(epochs, norms, ratios, saturated, dead, same.get(n - 1).layers());
    }

    /** Number of weight layers L (0 before the first measurement). */
    public int layers() {
        return norms.length;
    }

    /** The newest gradient norm of layer l (1..L). */
    public double latestNorm(int l) {
        double[] s = norms[l - 1];
        return s[s.length - 1];
    }
}
