package org.mlplayground.data;

import java.util.SplittableRandom;

/** Seeded 2D classification problems: pure functions of (points, noise, seed). */
public final class Generators {

    private Generators() {
    }

    /** Two classes: points inside a circle of radius 2.5 (class 0) and in a ring outside it (class 1), in [-5, 5]^2. */
    public static Dataset2D circle(int points, double noise, long seed) {
        requireArguments(points, noise);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[points][];
        int[] y = new int[points];
        for (int i = 0; i < points; i++) {
            int label = i % 2;
            double radius = label == 0 ? random.nextDouble(0, 2.5) : random.nextDouble(3.5, 5.0);
            double angle = random.nextDouble(0, 2 * Math.PI);
            x[i] = new double[] {
                radius * Math.cos(angle) + noise * random.nextDouble(-5, 5),
                radius * Math.sin(angle) + noise * random.nextDouble(-5, 5)};
            y[i] = label;
        }
        return new Dataset2D(x, y);
    }

    private static void requireArguments(int points, double noise) {
        if (points < 2) {
            throw new IllegalArgumentException("A dataset needs at least 2 points, got " + points);
        }
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("Noise must be between 0 and 0.5 (0-50%), got " + noise);
        }
    }
}
