package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One full-batch SGD step and one Adam step from the same initial weights as sklearn 1.2.1, on
 * small fixed problems: weights after the step, the reported loss and the predictions agree to
 * 1e-10. The numbers come from {@code src/test/resources/golden/make_golden.py}.
 */
class SklearnGoldenTest {

    private static final double TOLERANCE = 1e-10;

    record Case(String name, String activation, String solver, int[] hidden, boolean nesterov,
                Map<String, DMatrixRMaj> arrays) {
    }

    static Map<String, DMatrixRMaj> common = new LinkedHashMap<>();

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = SklearnGoldenTest.class.getResourceAsStream("/golden/golden_steps.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, DMatrixRMaj> current = common;
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                if (f[0].equals("case")) {
                    current = new LinkedHashMap<>();
                    int[] hidden = f[4].equals("none") ? new int[0]
                            : Stream.of(f[4].split("-")).mapToInt(Integer::parseInt).toArray();
                    cases.add(new Case(f[1], f[2], f[3], hidden, Boolean.parseBoolean(f[5].toLowerCase()), current));
                    continue;
                }
                int rows = Integer.parseInt(f[1]);
                int cols = Integer.parseInt(f[2]);
                DMatrixRMaj m = new DMatrixRMaj(rows, cols);
                for (int i = 0; i < rows * cols; i++) {
                    m.data[i] = Double.parseDouble(f[3 + i]);
                }
                current.put(f[0], m);
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneStepMatchesSklearn(Case c) {
        DMatrixRMaj xm = common.get("X");
        Features x = new DenseFeatures(xm);
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(c.hidden()).activation(Activation.fromName(c.activation()))
                .solver(Solver.fromName(c.solver())).alpha(0.01).batchSize(12).learningRateInit(0.1).maxIter(1)
                .shuffle(false).momentum(0.9).nesterov(c.nesterov()).warmStart(true).build();
        boolean regression = c.name().startsWith("reg");
        int outputs = c.arrays().get("intercept0_" + c.hidden().length).numCols;
        int[] sizes = new int[c.hidden().length + 2];
        sizes[0] = 3;
        System.arraycopy(c.hidden(), 0, sizes, 1, c.hidden().length);
        sizes[sizes.length - 1] = outputs;
        OutputKind kind = regression ? OutputKind.IDENTITY : outputs == 1 ? OutputKind.LOGISTIC : OutputKind.SOFTMAX;
        Network initial = Network.zeros(sizes, config.activation(), kind);
        for (int l = 0; l < sizes.length - 1; l++) {
            initial.setLayer(l, c.arrays().get("coef0_" + l), c.arrays().get("intercept0_" + l).data);
        }

        MlpEstimator model;
        DMatrixRMaj outputsAfter;
        if (regression) {
            MlpRegressor r = new MlpRegressor(config);
            r.setNetwork(initial);
            r.fit(x, common.get("y_reg"));
            outputsAfter = r.predict(x);
            model = r;
        } else {
            MlpClassifier k = new MlpClassifier(config);
            k.setNetwork(initial);
            k.fit(x, labels(common.get(outputs == 1 ? "y_binary" : "y_multi")));
            outputsAfter = k.predictProba(x);
            model = k;
        }
        assertEquals(1, model.history().iterations());
        for (int l = 0; l < sizes.length - 1; l++) {
            assertClose(c.arrays().get("coef1_" + l), model.coefs(l), c.name() + " coefs " + l);
            assertClose(c.arrays().get("intercept1_" + l).data, model.intercepts(l), c.name() + " intercepts " + l);
        }
        assertEquals(c.arrays().get("loss").get(0, 0), model.history().lastLoss(), TOLERANCE, c.name() + " loss");
        assertClose(c.arrays().get(regression ? "prediction" : "proba"), outputsAfter, c.name() + " outputs");
        // the step really moved the weights: the comparison is not trivially of the initial weights
        assertTrue(maxDiff(c.arrays().get("coef0_0").data, c.arrays().get("coef1_0").data) > 1e-4);
    }

    private static int[] labels(DMatrixRMaj y) {
        int[] labels = new int[y.getNumElements()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) y.data[i];
        }
        return labels;
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        assertEquals(expected.getNumElements(), actual.getNumElements(), what + " size");
        assertClose(expected.data, actual.data, what);
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        double diff = maxDiff(expected, actual);
        assertTrue(diff <= TOLERANCE, what + ": max difference " + diff);
    }

    private static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
