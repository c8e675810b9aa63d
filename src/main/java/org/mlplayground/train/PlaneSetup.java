package org.mlplayground.train;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.FeatureMap2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;
import org.mlplayground.data.Split;
import org.mlplayground.nn.Features;

/**
 * The playground's data as its controls describe it: a generator (or a loaded table), the split,
 * the input features and their scaling, and the points the user clicked in. {@link #build()}
 * turns it into the {@link PlaneProblem} the training service learns: pure, seeded, no I/O.
 *
 * @param dataset      the generator, used when {@code table} is null
 * @param points       how many points it generates, 1 or more
 * @param noise        its noise, 0 to 0.5
 * @param testFraction share of the points held out for testing, in [0, 1)
 * @param dataSeed     seed of the generator (and, plus one, of the split)
 * @param features     the input features, at least one
 * @param scaler       how the features are scaled, fitted on the training points
 * @param table        points loaded from a file instead of the generator, or null
 * @param added        points the user added: (x1, x2, class) each, training points, in the plane as shown
 * @param x2Scale      x2 is multiplied by this before anything else (1000: x2 in other units, the feature
 *                     scaling lesson), > 0; the plane's x2 axis grows with it
 */
public record PlaneSetup(Generators dataset, int points, double noise, double testFraction, long dataSeed,
                         Set<Feature2D> features, Scaler scaler, Dataset2D table, List<double[]> added,
                         double x2Scale) {

    public PlaneSetup {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one input feature");
        }
        features = Set.copyOf(features);
        added = List.copyOf(added);
        if (!(x2Scale > 0) || !Double.isFinite(x2Scale)) {
            throw new IllegalArgumentException("x2's scale must be a finite number > 0, got " + x2Scale);
        }
    }

    /** The generated (or loaded) points, split, with the features mapped and scaled. */
    public PlaneProblem build() {
        Dataset2D all = scaleX2(table != null ? table : dataset.generate(points, noise, dataSeed));
        Split split = Split.of(all.size(), testFraction, dataSeed + 1, all.labels());
        Dataset2D train = withAdded(all.select(split.train()));
        Dataset2D test = all.select(split.test());
        // the features of each point (n x d), then the scaler fitted on the training points
        FeatureMap2D map = new FeatureMap2D(EnumSet.copyOf(features));
        DMatrixRMaj trainFeatures = new DMatrixRMaj(map.map(train.points()));
        Scaler.Fitted fitted = scaler.fit(trainFeatures);
        double e2 = Generators.EXTENT * x2Scale;
        PlaneGrid plane = PlaneGrid.of(-Generators.EXTENT, Generators.EXTENT, -e2, e2,
                (x1, x2) -> fitted.transform(map.at(x1, x2)));
        Features x = Features.of(fitted.transform(trainFeatures));
        Features xTest = Features.of(fitted.transform(new DMatrixRMaj(map.map(test.points()))));
        TrainingProblem problem = train.isClassification()
                ? TrainingProblem.classification(x, train.labels(), xTest, test.labels(), plane)
                : TrainingProblem.regression(x, train.targetMatrix(), xTest, test.targetMatrix(), plane);
        return new PlaneProblem(train, test, map, fitted, problem);
    }

    /** The points with x2 multiplied by {@link #x2Scale} (the same points when it is 1). */
    private Dataset2D scaleX2(Dataset2D d) {
        if (x2Scale == 1) {
            return d;
        }
        double[][] pts = new double[d.size()][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {d.points()[i][0], d.points()[i][1] * x2Scale};
        }
        return new Dataset2D(pts, d.labels(), d.targets());
    }

    /** The training points plus the ones the user added (classification only). */
    private Dataset2D withAdded(Dataset2D generated) {
        if (added.isEmpty() || !generated.isClassification()) {
            return generated;
        }
        int n = generated.size();
        double[][] pts = Arrays.copyOf(generated.points(), n + added.size());
        int[] labels = Arrays.copyOf(generated.labels(), n + added.size());
        int classes = Arrays.stream(generated.labels()).max().orElse(0) + 1;
        for (int i = 0; i < added.size(); i++) {
            double[] p = added.get(i);
            pts[n + i] = new double[] {p[0], p[1]};
            labels[n + i] = Math.min((int) p[2], classes - 1);
        }
        return new Dataset2D(pts, labels);
    }

    /**
     * What {@link #build()} gives.
     *
     * @param train   the training points (with the added ones)
     * @param test    the test points
     * @param map     the input features of a point
     * @param scaler  the scaler fitted on the training features
     * @param problem the scaled inputs and targets, and the grid of the plane
     */
    public record PlaneProblem(Dataset2D train, Dataset2D test, FeatureMap2D map, Scaler.Fitted scaler,
                               TrainingProblem problem) {

        /**
         * The problem's grid of the plane at another resolution (same rectangle and features), e.g.
         * at the size it is drawn; {@code resolution} at least 2.
         */
        public PlaneGrid plane(int resolution) {
            PlaneGrid own = problem.plane();
            return PlaneGrid.of(own.xMin(), own.xMax(), own.yMin(), own.yMax(), resolution,
                    (x1, x2) -> scaler.transform(map.at(x1, x2)));
        }
    }
}
