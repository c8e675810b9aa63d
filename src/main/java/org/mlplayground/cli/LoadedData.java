package org.mlplayground.cli;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.Features;

/**
 * A dataset as the command line uses it: raw training and test inputs (before the 2D feature map
 * and scaling, except that pixels are already scaled to [0, 1]), their labels or targets, and
 * names for the report.
 *
 * @param features2d for generated 2D data the names of the features the network sees, else empty
 * @param testPoints for generated 2D data the test points (x1, x2) before the feature map, else null
 */
record LoadedData(String description, Features trainX, int[] trainLabels, DMatrixRMaj trainTargets,
                  Features testX, int[] testLabels, DMatrixRMaj testTargets, String[] classNames,
                  String[] featureNames, List<String> features2d, DMatrixRMaj testPoints) {

    /** The test rows as a model's raw inputs: the points for 2D data, else the inputs themselves. */
    DMatrixRMaj rawTest() {
        return testPoints != null ? testPoints : testX.toDense();
    }

    boolean isClassification() {
        return trainLabels != null;
    }

    /** The class labels present in training or test data, sorted. */
    int[] classes() {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(trainLabels), java.util.Arrays.stream(testLabels))
                .distinct().sorted().toArray();
    }
}
