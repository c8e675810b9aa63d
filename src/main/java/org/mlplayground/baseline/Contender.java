package org.mlplayground.baseline;

import org.mlplayground.metrics.ClassificationReport;
import org.mlplayground.metrics.ConfusionMatrix;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;

/**
 * One classifier in a comparison: an MLP, logistic regression (an MLP with no hidden layer:
 * softmax of one affine map) or an RBF SVM trained on the first rows of the training set.
 * {@link #run} trains it, times training and prediction, and scores it on the test set.
 */
public interface Contender {

    /** A short name for the table, e.g. {@code MLP 256-128}. */
    String name();

    /** The settings in words, e.g. {@code relu, adam, alpha 0.0001, 10 epochs}. */
    String settings();

    /** Trains on the training set and scores on the test set. */
    ComparisonRow run(Features trainX, int[] trainY, Features testX, int[] testY);

    /** A multilayer perceptron with these settings. */
    static Contender mlp(MlpConfig config) {
        String layers = config.hiddenLayerSizes().length == 0 ? "no hidden layer"
                : java.util.Arrays.stream(config.hiddenLayerSizes()).mapToObj(Integer::toString)
                        .collect(java.util.stream.Collectors.joining("-"));
        String settings = config.activation().sklearnName() + ", " + config.solver().sklearnName() + ", alpha "
                + number(config.alpha()) + ", " + config.maxIter() + " epochs";
        return network("MLP " + layers, settings, config);
    }

    /** Multinomial logistic regression: an MLP without hidden layers, trained by the same solver. */
    static Contender logisticRegression(MlpConfig config) {
        MlpConfig flat = config.toBuilder().hiddenLayerSizes(new int[0]).build();
        return network("logistic regression", flat.solver().sklearnName() + ", alpha " + number(flat.alpha()) + ", "
                + flat.maxIter() + " epochs", flat);
    }

    /** An RBF SVM on the first {@code trainSize} training rows; gamma null means sklearn's 'scale'. */
    static Contender svm(double c, Double gamma, int trainSize, long seed) {
        if (trainSize < 2) {
            throw new IllegalArgumentException("The SVM needs at least 2 training rows, got " + trainSize);
        }
        return new Contender() {
            @Override
            public String name() {
                return "SVM (RBF)";
            }

            @Override
            public String settings() {
                return "C " + number(c) + ", gamma " + (gamma == null ? "scale" : number(gamma)) + ", "
                        + String.format(java.util.Locale.ROOT, "%,d", trainSize) + " training rows";
            }

            @Override
            public ComparisonRow run(Features trainX, int[] trainY, Features testX, int[] testY) {
                int n = Math.min(trainSize, trainX.rows());
                int[] first = java.util.stream.IntStream.range(0, n).toArray();
                Features x = trainX.select(first);
                int[] y = java.util.Arrays.copyOf(trainY, n);
                long start = System.nanoTime();
                SvmClassifier svm = SvmClassifier.fit(x, y, c, gamma != null ? gamma : SvmClassifier.scaleGamma(x), seed);
                double trained = seconds(start);
                start = System.nanoTime();
                int[] predicted = svm.predict(testX);
                double predictedIn = seconds(start);
                return ComparisonRow.of(name(), settings() + ", " + svm.supportVectors() + " support vectors", n, trained,
                        predictedIn, testY, predicted, new double[0]);
            }
        };
    }

    private static Contender network(String name, String settings, MlpConfig config) {
        return new Contender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String settings() {
                return settings;
            }

            @Override
            public ComparisonRow run(Features trainX, int[] trainY, Features testX, int[] testY) {
                MlpClassifier model = new MlpClassifier(config);
                long start = System.nanoTime();
                model.fit(trainX, trainY);
                double trained = seconds(start);
                start = System.nanoTime();
                int[] predicted = model.predict(testX);
                double predictedIn = seconds(start);
                return ComparisonRow.of(name, settings, trainX.rows(), trained, predictedIn, testY, predicted,
                        model.history().lossCurve());
            }
        };
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Accuracy and macro F1 of predictions against the truth. */
    static ClassificationReport report(int[] truth, int[] predicted) {
        int[] labels = java.util.stream.IntStream.concat(java.util.Arrays.stream(truth), java.util.Arrays.stream(predicted))
                .distinct().sorted().toArray();
        return ClassificationReport.of(ConfusionMatrix.of(truth, predicted, labels), null);
    }
}
