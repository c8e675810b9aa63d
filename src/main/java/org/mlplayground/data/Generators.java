package org.mlplayground.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded problems in the plane [-6, 6]^2, each a pure function of (points, noise in [0, 0.5],
 * seed): the same arguments always give the same points. Noise moves each point by up to
 * {@code noise * 6} in each coordinate (classification, labels fixed before the move) or adds
 * Gaussian noise of deviation {@code noise} to the target (regression).
 */
public enum Generators {
    /** Two classes: a disc of radius 2.5 (class 0) inside a ring from 3.5 to 5 (class 1). */
    CIRCLE("circle", true),
    /** Two classes by quadrant: same sign of x1 and x2 is class 1 (exclusive or). */
    XOR("xor", true),
    /** Two Gaussian clouds around (2, 2) (class 1) and (-2, -2) (class 0). */
    GAUSS("gauss", true),
    /** Two interleaved spirals. */
    SPIRAL("spiral", true),
    /** Two interleaved half moons, as sklearn's {@code make_moons}, scaled to the plane. */
    MOONS("moons", true),
    /** Three Gaussian blobs on a circle (three classes). */
    BLOBS3("blobs3", true),
    /** Four Gaussian blobs on a circle (four classes). */
    BLOBS4("blobs4", true),
    /** Five Gaussian blobs on a circle (five classes). */
    BLOBS5("blobs5", true),
    /** Regression: the plane y = (x1 + x2) / 12. */
    PLANE("plane", false),
    /** Regression: a Gaussian bump y = exp(-(x1^2 + x2^2) / 8). */
    GAUSS_BUMP("gauss-reg", false);

    /** The most points a dataset is generated with (1,000,000: about 50 MB with its grids). */
    public static final int MAX_POINTS = 1_000_000;

    /** Half the side of the square the points lie in. */
    public static final double EXTENT = 6;

    private final String name;
    private final boolean classification;

    Generators(String name, boolean classification) {
        this.name = name;
        this.classification = classification;
    }

    /** The name used on the command line and in saved states. */
    public String displayName() {
        return name;
    }

    /** Whether the points have class labels (else real targets). */
    public boolean isClassification() {
        return classification;
    }

    /** Parses a name such as {@code spiral} or {@code gauss-reg}. */
    public static Generators fromName(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Generators g : values()) {
            if (g.name.equals(t)) {
                return g;
            }
        }
        if (t.equals("blobs")) {
            return BLOBS3;
        }
        StringBuilder known = new StringBuilder();
        for (Generators g : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(g.name);
        }
        throw new IllegalArgumentException("Unknown dataset '" + CsvText.cut(text) + "': expected one of " + known);
    }

    /** The circle problem (kept for callers that name it directly). */
    public static Dataset2D circle(int points, double noise, long seed) {
        return CIRCLE.generate(points, noise, seed);
    }

    /** {@code points} points with the given noise, fixed by {@code seed}. */
    public Dataset2D generate(int points, double noise, long seed) {
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("A dataset has 2 to " + MAX_POINTS + " points, got " + points);
        }
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("Noise must be between 0 and 0.5 (0-50%), got " + noise);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[points][];
        if (!classification) {
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                double a = random.nextDouble(-EXTENT, EXTENT);
                double b = random.nextDouble(-EXTENT, EXTENT);
                x[i] = new double[] {a, b};
                double clean = this == PLANE ? (a + b) / (2 * EXTENT) : Math.exp(-(a * a + b * b) / 8);
                y[i] = clean + noise * gaussian(random);
            }
            return new Dataset2D(x, null, y);
        }
        int[] labels = new int[points];
        int classes = classes();
        for (int i = 0; i < points; i++) {
            int label = i % classes;
            labels[i] = label;
            double[] p = cleanPoint(label, i, points, random);
            double jitter = noise * EXTENT;
            x[i] = new double[] {p[0] + jitter * random.nextDouble(-1, 1), p[1] + jitter * random.nextDouble(-1, 1)};
        }
        return new Dataset2D(x, labels);
    }

    /** Number of classes (1 for regression). */
    public int classes() {
        switch (this) {
            case BLOBS3:
                return 3;
            case BLOBS4:
                return 4;
            case BLOBS5:
                return 5;
            case PLANE:
            case GAUSS_BUMP:
                return 1;
            default:
                return 2;
        }
    }

    private double[] cleanPoint(int label, int i, int points, SplittableRandom random) {
        switch (this) {
            case CIRCLE: {
                double radius = label == 0 ? random.nextDouble(0, 2.5) : random.nextDouble(3.5, 5.0);
                double angle = random.nextDouble(0, 2 * Math.PI);
                return new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
            }
            case XOR: {
                double a = random.nextDouble(0.3, 5.0) * (random.nextBoolean() ? 1 : -1);
                double b = random.nextDouble(0.3, 5.0) * (label == 1 ? Math.signum(a) : -Math.signum(a));
                return new double[] {a, b};
            }
            case GAUSS: {
                double c = label == 1 ? 2 : -2;
                return new double[] {c + gaussian(random), c + gaussian(random)};
            }
            case SPIRAL: {
                double t = random.nextDouble(0, 1);
                double r = 5 * t;
                double angle = 1.75 * 2 * Math.PI * t + label * Math.PI;
                return new double[] {r * Math.sin(angle), r * Math.cos(angle)};
            }
            case MOONS: {
                double angle = random.nextDouble(0, Math.PI);
                double u = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                double v = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                // sklearn's moons span [-1, 2] x [-0.5, 1]: centre and scale them into the plane
                return new double[] {(u - 0.5) * 3.2, (v - 0.25) * 3.2};
            }
            default: {
                int k = classes();
                double angle = 2 * Math.PI * label / k + Math.PI / 2;
                return new double[] {3.2 * Math.cos(angle) + 0.9 * gaussian(random),
                    3.2 * Math.sin(angle) + 0.9 * gaussian(random)};
            }
        }
    }

    /** A standard normal value (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
