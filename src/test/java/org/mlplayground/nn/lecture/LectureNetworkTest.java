package org.mlplayground.nn.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.DenseFeatures;
import org.mlplayground.nn.ForwardTrace;
import org.mlplayground.nn.Gradients;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;

/** The lecture's EJML code computes the fast engine's numbers: trace and gradients agree to 1e-12. */
class LectureNetworkTest {

    private static final double TOL = 1e-12;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void equalsTheEngineOnRandomNetworks(Activation activation) {
        SplittableRandom r = new SplittableRandom(31L * activation.ordinal() + 5);
        for (int trial = 0; trial < 12; trial++) {
            for (OutputKind kind : OutputKind.values()) {
                int hiddenLayers = r.nextInt(4);
                int[] sizes = new int[hiddenLayers + 2];
                for (int i = 0; i < sizes.length; i++) {
                    sizes[i] = 1 + r.nextInt(6);
                }
                sizes[sizes.length - 1] = kind == OutputKind.LOGISTIC ? 1 : kind == OutputKind.SOFTMAX ? 2 + r.nextInt(3)
                        : 1 + r.nextInt(3);
                Network net = Network.glorot(sizes, activation, kind, r.nextLong());
                check(net, r, 1 + r.nextInt(9), r.nextDouble(), 0.0, activation + " " + kind + " trial " + trial);
            }
        }
    }

    @Test
    void perLayerActivationsAndL1AreTheEnginesToo() {
        SplittableRandom r = new SplittableRandom(77);
        Activation[] per = {Activation.TANH, Activation.RELU, Activation.LOGISTIC};
        for (OutputKind kind : OutputKind.values()) {
            int out = kind == OutputKind.SOFTMAX ? 3 : 1;
            Network net = Network.initialized(new int[] {3, 5, 4, 3, out}, Activation.RELU, per, kind, Initialization.HE, 3);
            check(net, r, 7, 0.3, 0.05, "per-layer " + kind);
        }
    }

    private static void check(Network net, SplittableRandom r, int n, double alpha, double l1, String what) {
        int m0 = net.inputs();
        int mL = net.outputs();
        DMatrixRMaj xRows = new DMatrixRMaj(n, m0);
        for (int i = 0; i < xRows.data.length; i++) {
            xRows.data[i] = r.nextDouble(-2, 2);
        }
        DMatrixRMaj yRows = new DMatrixRMaj(n, mL);
        for (int e = 0; e < n; e++) {
            switch (net.output()) {
                case LOGISTIC -> yRows.set(e, 0, r.nextInt(2));
                case SOFTMAX -> yRows.set(e, r.nextInt(mL), 1.0);
                default -> {
                    for (int c = 0; c < mL; c++) {
                        yRows.set(e, c, r.nextDouble(-1, 1));
                    }
                }
            }
        }
        List<LayerForward> forward = LectureNetwork.forward(net, LectureNetwork.columns(xRows));
        for (int e = 0; e < n; e++) {
            double[] x = new double[m0];
            System.arraycopy(xRows.data, e * m0, x, 0, m0);
            ForwardTrace trace = net.trace(x);
            for (int l = 1; l <= net.weightLayers(); l++) {
                LayerForward f = forward.get(l - 1);
                for (int i = 0; i < f.z().numRows; i++) {
                    assertEquals(trace.z().get(l - 1)[i], f.z().get(i, e), TOL, what + ": Z[" + l + "]");
                    assertEquals(trace.a().get(l - 1)[i], f.a().get(i, e), TOL, what + ": A[" + l + "]");
                }
            }
        }
        DMatrixRMaj y = LectureNetwork.columns(yRows);
        List<LayerBackward> backward = LectureNetwork.backward(net, forward, y, alpha, l1);
        Gradients engine = Gradients.compute(net, new DenseFeatures(xRows), yRows, alpha, l1);
        for (int l = 1; l <= net.weightLayers(); l++) {
            DMatrixRMaj expected = engine.augmented(l);
            DMatrixRMaj dW = backward.get(l - 1).dW();
            assertEquals(expected.numRows, dW.numRows);
            assertEquals(expected.numCols, dW.numCols);
            for (int i = 0; i < expected.data.length; i++) {
                assertEquals(expected.data[i], dW.data[i], TOL, what + ": dW[" + l + "]");
            }
        }
        double cost = LectureNetwork.cost(net, forward, y, alpha, l1);
        assertEquals(engine.loss(), cost, TOL * Math.max(1, Math.abs(cost)), what + ": J");
    }
}
