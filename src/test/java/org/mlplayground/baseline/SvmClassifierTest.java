package org.mlplayground.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Features;


/** LIBSVM's RBF SVM behind the comparison: it learns what a linear model cannot, the same way every time. */
class SvmClassifierTest {

    @Test
    void anRbfSvmLearnsTheCircleAndGivesTheSameAnswersEveryTime() {
        Dataset2D train = Generators.CIRCLE.generate(300, 0.05, 1);
        Dataset2D test = Generators.CIRCLE.generate(200, 0.05, 2);
        double gamma = SvmClassifier.scaleGamma(Features.of(train.points()));
        SvmClassifier svm = SvmClassifier.fit(Features.of(train.points()), train.labels(), 10, gamma, 0);
        int[] predicted = svm.predict(Features.of(test.points()));
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == test.labels()[i] ? 1 : 0;
        }
        assertTrue(right > 0.95 * predicted.length, right + " of " + predicted.length);
        assertTrue(svm.supportVectors() > 0 && svm.supportVectors() < 300);
        assertArrayEquals(predicted, SvmClassifier.fit(Features.of(train.points()), train.labels(), 10, gamma, 0).predict(Features.of(test.points())));
    }

    @Test
    void theFastDecisionFunctionAgreesWithLibsvmsOwnOnMnist() throws Exception {
        org.mlplayground.data.Mnist mnist = org.mlplayground.data.Mnist.bundled();
        Features train = Features.of(mnist.train().head(1000).pixelRows());
        Features test = Features.of(mnist.test().head(2000).pixelRows());
        SvmClassifier svm = SvmClassifier.fit(train, mnist.train().head(1000).labels(), 10,
                SvmClassifier.scaleGamma(train), 0);
        int[] fast = svm.predict(test);
        libsvm.svm_node[][] rows = SvmClassifier.sparse(test);
        int same = 0;
        for (int i = 0; i < rows.length; i++) {
            same += fast[i] == svm.predictByLibsvm(rows[i]) ? 1 : 0;
        }
        assertEquals(rows.length, same, "the same vote for every test digit");
    }

    @Test
    void scaleGammaIsOneOverFeaturesTimesTheVarianceOfAllEntries() {
        // entries 0, 2, 4, 6: mean 3, variance 5; two features
        Features x = Features.of(new double[][] {{0, 2}, {4, 6}});
        assertEquals(1.0 / (2 * 5), SvmClassifier.scaleGamma(x), 1e-15);
    }

    @Test
    void badSettingsAreRefusedByName() {
        Features x = Features.of(new double[][] {{0, 1}, {1, 0}});
        int[] y = {0, 1};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SvmClassifier.fit(x, y, -1, 1, 0))
                .getMessage().contains("C must be > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SvmClassifier.fit(x, y, 1, Double.NaN, 0))
                .getMessage().contains("gamma must be > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SvmClassifier.fit(x, new int[] {0}, 1, 1, 0))
                .getMessage().contains("one label per row"));
    }
}
