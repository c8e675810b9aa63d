package org.mlplayground.nn;

import java.util.Locale;

/**
 * The hidden-layer activation functions of sklearn's MLP, applied in place on row-major buffers.
 *
 * <p>Derivatives are expressed through the activation's <em>output</em> {@code a = g(z)}, as sklearn
 * does: {@code logistic' = a(1-a)}, {@code tanh' = 1-a^2}, {@code relu' = [a > 0]}.
 */
public enum Activation {
    IDENTITY("identity"),
    LOGISTIC("logistic"),
    TANH("tanh"),
    RELU("relu");

    private final String sklearnName;

    Activation(String sklearnName) {
        this.sklearnName = sklearnName;
    }

    /** The name sklearn uses ({@code identity}, {@code logistic}, {@code tanh}, {@code relu}). */
    public String sklearnName() {
        return sklearnName;
    }

    /** Parses an sklearn activation name, case-insensitively. */
    public static Activation fromName(String name) {
        for (Activation a : values()) {
            if (a.sklearnName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown activation '" + name
                + "': expected one of identity, logistic, tanh, relu");
    }

    /** g(z) for one value. */
    public double value(double z) {
        switch (this) {
            case LOGISTIC:
                return logistic(z);
            case TANH:
                return tanh(z);
            case RELU:
                return z > 0 ? z : 0.0;
            default:
                return z;
        }
    }

    /** g'(z) expressed through a = g(z), for one value. */
    public double derivativeFromOutput(double a) {
        switch (this) {
            case LOGISTIC:
                return a * (1.0 - a);
            case TANH:
                return 1.0 - a * a;
            case RELU:
                return a > 0 ? 1.0 : 0.0;
            default:
                return 1.0;
        }
    }

    /** Replaces {@code data[0..length)} by g of itself. */
    public void applyInPlace(double[] data, int length) {
        switch (this) {
            case LOGISTIC:
                for (int i = 0; i < length; i++) {
                    data[i] = logistic(data[i]);
                }
                break;
            case TANH:
                for (int i = 0; i < length; i++) {
                    data[i] = tanh(data[i]);
                }
                break;
            case RELU:
                for (int i = 0; i < length; i++) {
                    data[i] = Math.max(data[i], 0.0);
                }
                break;
            default:
                break;
        }
    }

    /** delta *= g'(z), with g'(z) computed from the activation output {@code a}. */
    public void multiplyByDerivative(double[] a, double[] delta, int length) {
        switch (this) {
            case LOGISTIC:
                for (int i = 0; i < length; i++) {
                    delta[i] *= a[i] * (1.0 - a[i]);
                }
                break;
            case TANH:
                for (int i = 0; i < length; i++) {
                    delta[i] *= 1.0 - a[i] * a[i];
                }
                break;
            case RELU:
                // branch-free (half the units are off, in no pattern a branch predictor could learn):
                // delta stays where a != 0.0: where a's bits but the sign are not all zero
                for (int i = 0; i < length; i++) {
                    long bits = Double.doubleToRawLongBits(a[i]) & Long.MAX_VALUE;
                    long keep = (bits | -bits) >> 63;
                    delta[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(delta[i]) & keep);
                }
                break;
            default:
                break;
        }
    }

    /**
     * tanh without {@code Math.tanh} (not an intrinsic on Java 17: about 10x slower than this).
     * For |z| < 0.625 the rational form {@code z + z^3 P(z^2) / Q(z^2)} with the minimax
     * coefficients of the Cephes library's {@code tanh} (S. L. Moshier), within 2 ulps of
     * {@code Math.tanh} there; beyond, {@code 1 - 2 / (e^{2z} + 1)} through the intrinsic
     * {@code Math.exp}, within a few ulps where it no longer cancels.
     */
    static double tanh(double z) {
        if (Math.abs(z) < 0.625) {
            double s = z * z;
            return z + z * s * ((TANH_P0 * s + TANH_P1) * s + TANH_P2) / (((s + TANH_Q0) * s + TANH_Q1) * s + TANH_Q2);
        }
        return 1.0 - 2.0 / (Math.exp(2.0 * z) + 1.0);
    }

    private static final double TANH_P0 = -9.64399179425052238628E-1;
    private static final double TANH_P1 = -9.92877231001918586564E1;
    private static final double TANH_P2 = -1.61468768441708447952E3;
    private static final double TANH_Q0 = 1.12811678491632931402E2;
    private static final double TANH_Q1 = 2.23548839060100448583E3;
    private static final double TANH_Q2 = 4.84406305325125486048E3;

    /** The numerically stable logistic sigmoid 1 / (1 + e^-z). */
    static double logistic(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** Glorot-uniform factor sklearn uses: 2 for logistic, 6 otherwise. */
    double glorotFactor() {
        return this == LOGISTIC ? 2.0 : 6.0;
    }
}
