package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The gradient-health panel's numbers: vanishing gradients, saturation, dead units, update ratio. */
class GradientHealthTest {

    private static final DMatrixRMaj X = new DMatrixRMaj(300, 2);
    private static final DMatrixRMaj Y = new DMatrixRMaj(300, 1);

    static {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 300; i++) {
            X.set(i, 0, r.nextDouble(-1, 1));
            X.set(i, 1, r.nextDouble(-1, 1));
            Y.set(i, 0, X.get(i, 0) * X.get(i, 1) > 0 ? 1 : 0);
        }
    }

    private static int[] deep(int layers, int width) {
        int[] sizes = new int[layers + 2];
        Arrays.fill(sizes, width);
        sizes[0] = 2;
        sizes[sizes.length - 1] = 1;
        return sizes;
    }

    @Test
    void deepLogisticVanishesWhereRelu() {
        double[] ratios = new double[3];
        for (int seed = 0; seed < ratios.length; seed++) {
            GradientHealthMeter meter = new GradientHealthMeter(new DenseFeatures(X), Y, 256, 1);
            Network logistic = Network.glorot(deep(8, 8), Activation.LOGISTIC, OutputKind.LOGISTIC, seed);
            Network relu = Network.glorot(deep(8, 8), Activation.RELU, OutputKind.LOGISTIC, seed);
            double first = meter.measure(logistic, 0, 1e-4, 0).layers().get(0).gradientNorm();
            double firstRelu = new GradientHealthMeter(new DenseFeatures(X), Y, 256, 1).measure(relu, 0, 1e-4, 0)
                    .layers().get(0).gradientNorm();
            ratios[seed] = firstRelu / first;
            assertTrue(firstRelu > first, "relu's first layer gets the larger gradient (seed " + seed + ")");
        }
        System.out.println(String.format(Locale.ROOT,
                "GradientHealthTest: 8 hidden layers of 8, first-layer gradient norm relu / logistic at Glorot init = %s",
                Arrays.stream(ratios).mapToObj(v -> String.format(Locale.ROOT, "%.3g", v)).toList()));
    }

    @Test
    void measuredOnceAnEpochWhileFitting() {
        double[] last = new double[2];
        int[] labels = new int[300];
        for (int i = 0; i < 300; i++) {
            labels[i] = (int) Y.get(i, 0);
        }
        for (Activation g : new Activation[] {Activation.LOGISTIC, Activation.RELU}) {
            MlpConfig config = MlpConfig.builder().hiddenLayerSizes(8, 8, 8, 8, 8, 8, 8, 8).activation(g)
                    .learningRateInit(0.01).maxIter(10).nIterNoChange(100).seed(0).build();
            MlpClassifier model = new MlpClassifier(config);
            model.setClasses(new int[] {0, 1});
            GradientHealthMeter meter = new GradientHealthMeter(new DenseFeatures(X), model.encodeLabels(labels), 128, 1);
            java.util.List<GradientHealth> curve = new java.util.ArrayList<>();
            model.setEpochListener(h -> curve.add(meter.measure(model.liveNetwork(), h.iterations(), config.alpha(), config.l1())));
            model.fit(new DenseFeatures(X), labels);
            assertEquals(10, curve.size());
            assertEquals(9, curve.get(9).layers().size());
            assertTrue(curve.get(9).layers().get(0).updateRatio() > 0, "the weights moved during the epoch");
            last[g == Activation.RELU ? 1 : 0] = curve.get(9).layers().get(0).gradientNorm();
        }
        System.out.println(String.format(Locale.ROOT,
                "GradientHealthTest: after 10 epochs of adam, first-layer gradient norm relu / logistic = %.3g", last[1] / last[0]));
        assertTrue(last[1] > last[0], "relu's first layer still gets the larger gradient");
    }

    @Test
    void deadReluAndSaturatedLogisticUnitsAreCounted() {
        Network relu = Network.glorot(new int[] {2, 4, 1}, Activation.RELU, OutputKind.LOGISTIC, 3);
        DMatrixRMaj w = relu.coefs(0);
        double[] b = relu.intercepts(0);
        b[1] = -100;   // unit 1 never fires
        b[2] = -100;
        relu.setLayer(0, w, b);
        GradientHealthMeter meter = new GradientHealthMeter(new DenseFeatures(X), Y, 100, 4);
        assertEquals(100, meter.sampleSize());
        LayerHealth h = meter.measure(relu, 0, 0, 0).layers().get(0);
        assertEquals(0.5, h.deadShare());
        assertEquals(0.0, h.saturatedShare());
        assertEquals(400, Arrays.stream(h.histogram()).sum());

        Network logistic = Network.glorot(new int[] {2, 4, 1}, Activation.LOGISTIC, OutputKind.LOGISTIC, 3);
        DMatrixRMaj big = logistic.coefs(0);
        for (int i = 0; i < big.data.length; i++) {
            big.data[i] *= 1e4;
        }
        logistic.setLayer(0, big, new double[4]);
        LayerHealth s = new GradientHealthMeter(new DenseFeatures(X), Y, 300, 4).measure(logistic, 0, 0, 0).layers().get(0);
        assertTrue(s.saturatedShare() > 0.95, "huge weights saturate the logistic units: " + s.saturatedShare());
        assertEquals(0.0, s.histogramMin());
        assertEquals(1.0, s.histogramMax());
    }

    @Test
    void theUpdateRatioComparesWithThePreviousMeasurement() {
        Network net = Network.glorot(new int[] {2, 5, 1}, Activation.TANH, OutputKind.LOGISTIC, 1);
        GradientHealthMeter meter = new GradientHealthMeter(new DenseFeatures(X), Y, 50, 4);
        GradientHealth first = meter.measure(net, 0, 0, 0);
        assertTrue(Double.isNaN(first.layers().get(0).updateRatio()));
        assertEquals(2, first.gradientNorms().length);
        double before = net.weight(0, 0, 0);
        net.setWeight(0, 0, 0, before + 0.01);
        GradientHealth second = meter.measure(net, 1, 0, 0);
        assertTrue(second.layers().get(0).updateRatio() > 0);
        assertEquals(0.0, second.layers().get(1).updateRatio());
    }
}
