package org.mlplayground.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The switched-on features of a point in the plane, in a fixed order: the network's inputs for 2D data. */
public record FeatureMap2D(Set<Feature2D> features) {

    /** Just the coordinates. */
    public static final FeatureMap2D COORDINATES = new FeatureMap2D(EnumSet.of(Feature2D.X1, Feature2D.X2));

    public FeatureMap2D {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Switch on at least one input feature");
        }
        features = java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    /** Number of inputs. */
    public int width() {
        return features.size();
    }

    /** The features in input order. */
    public List<Feature2D> ordered() {
        return new ArrayList<>(features);
    }

    /** The inputs at (x1, x2). */
    public double[] at(double x1, double x2) {
        double[] out = new double[features.size()];
        int i = 0;
        for (Feature2D f : features) {
            out[i++] = f.value(x1, x2);
        }
        return out;
    }

    /** The inputs of every point. */
    public double[][] map(double[][] points) {
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            out[i] = at(points[i][0], points[i][1]);
        }
        return out;
    }
}
