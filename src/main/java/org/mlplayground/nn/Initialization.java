package org.mlplayground.nn;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the weights start: the lecture's warning "don't initialize W with zeroes" as a switch.
 * {@link #GLOROT} is sklearn's and the default; the others are not in sklearn.
 *
 * <ul>
 *   <li>{@link #ZEROS}: every coefficient and intercept 0: every neuron of a layer computes the
 *       same thing and gets the same gradient, so they stay identical (the symmetry problem);</li>
 *   <li>{@link #CONSTANT}: every coefficient and intercept {@value #CONSTANT_VALUE}: the same symmetry;</li>
 *   <li>{@link #SMALL_RANDOM}: coefficients from N(0, 0.01^2), intercepts 0: symmetry broken, but
 *       deep networks start with vanishing signals;</li>
 *   <li>{@link #GLOROT}: sklearn's Glorot uniform, coefficients and intercepts from
 *       U(-b, b), b = sqrt(f / (fan_in + fan_out)), f = 2 for logistic, 6 otherwise;</li>
 *   <li>{@link #HE}: He normal, coefficients from N(0, 2 / fan_in), intercepts 0 (made for relu).</li>
 * </ul>
 */
public enum Initialization {
    ZEROS("zeros"),
    CONSTANT("constant"),
    SMALL_RANDOM("small-random"),
    GLOROT("glorot"),
    HE("he");

    /** The value every parameter takes under {@link #CONSTANT}. */
    public static final double CONSTANT_VALUE = 0.1;
    /** The standard deviation of {@link #SMALL_RANDOM}. */
    public static final double SMALL_SD = 0.01;

    private final String displayName;

    Initialization(String displayName) {
        this.displayName = displayName;
    }

    /** The name the CLI and files use: zeros, constant, small-random, glorot, he. */
    public String displayName() {
        return displayName;
    }

    /** Whether sklearn can start this way (only Glorot). */
    public boolean inSklearn() {
        return this == GLOROT;
    }

    /** Parses a name as {@link #displayName()} prints it, case-insensitively. */
    public static Initialization fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Initialization i : values()) {
            if (i.displayName.equals(n)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown initialization '" + name
                + "': expected one of zeros, constant, small-random, glorot, he");
    }

    /**
     * Fills one weight layer: {@code coefs} (fan_in x fan_out) row by row, then {@code intercepts},
     * from {@code random}, which the caller shares across layers so one seed fixes every layer.
     *
     * @param glorotFactor 2 for a logistic layer, 6 otherwise (used by {@link #GLOROT} only)
     */
    void fill(double[][] coefs, double[] intercepts, double glorotFactor, SplittableRandom random) {
        int fanIn = coefs.length;
        int fanOut = intercepts.length;
        double bound = Math.sqrt(glorotFactor / (fanIn + fanOut));
        double sd = this == HE ? Math.sqrt(2.0 / fanIn) : SMALL_SD;
        for (double[] row : coefs) {
            for (int j = 0; j < row.length; j++) {
                row[j] = switch (this) {
                    case ZEROS -> 0.0;
                    case CONSTANT -> CONSTANT_VALUE;
                    case GLOROT -> random.nextDouble(-bound, bound);
                    default -> sd * random.nextGaussian();
                };
            }
        }
        for (int j = 0; j < fanOut; j++) {
            intercepts[j] = switch (this) {
                case CONSTANT -> CONSTANT_VALUE;
                case GLOROT -> random.nextDouble(-bound, bound);
                default -> 0.0;
            };
        }
    }
}
