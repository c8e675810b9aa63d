package org.mlplayground.nn.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.DenseFeatures;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Solver;
import org.mlplayground.nn.lecture.NetworkPass.Kind;

/** Layer-by-layer stepping: one example, a minibatch, and the update the view applies. */
class NetworkPassTest {

    private static DMatrixRMaj points(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = r.nextDouble(-1, 1);
        }
        return x;
    }

    private static int[] labels(DMatrixRMaj x) {
        int[] y = new int[x.numRows];
        for (int i = 0; i < y.length; i++) {
            y[i] = x.get(i, 0) * x.get(i, 1) > 0 ? 1 : 0;   // xor
        }
        return y;
    }

    @Test
    void theViewsUpdateIsOneFullBatchSgdStepOfTheEngine() {
        for (int classes : new int[] {2, 3}) {
            DMatrixRMaj xRows = points(40, classes);
            int[] y = labels(xRows);
            if (classes == 3) {
                for (int i = 0; i < y.length; i += 3) {
                    y[i] = 2;
                }
            }
            double eta = 0.3;
            MlpConfig config = MlpConfig.builder().hiddenLayerSizes(5, 3).activation(Activation.TANH).solver(Solver.SGD)
                    .momentum(0).learningRateInit(eta).batchSize(40).alpha(0.01).l1(0.002).seed(8).build();
            MlpClassifier model = new MlpClassifier(config);
            model.setClasses(classes == 2 ? new int[] {0, 1} : new int[] {0, 1, 2});
            model.initialize(2, classes == 2 ? 1 : 3);
            Network before = model.networkCopy();
            Features x = new DenseFeatures(xRows);
            assertTrue(model.trainBatch(x, y), "one full batch is one epoch");
            Network engine = model.networkCopy();

            NetworkPass pass = NetworkPass.of(before, xRows, model.encodeLabels(y), config.alpha(), config.l1());
            Network viewed = before.copy();
            pass.applyUpdate(viewed, eta);
            for (int l = 1; l <= 3; l++) {
                DMatrixRMaj a = engine.augmentedWeights(l);
                DMatrixRMaj b = viewed.augmentedWeights(l);
                for (int i = 0; i < a.data.length; i++) {
                    assertEquals(a.data[i], b.data[i], 1e-12, "W[" + l + "] with " + classes + " classes");
                }
            }
            assertEquals(7, pass.steps().size());
            assertEquals(new NetworkPass.Step(Kind.BACKWARD, 3), pass.steps().get(3));
        }
    }

    @Test
    void aMinibatchIsTheExamplesSideBySide() {
        Network net = Network.glorot(new int[] {2, 4, 1}, Activation.RELU, org.mlplayground.nn.OutputKind.LOGISTIC, 2);
        DMatrixRMaj xRows = points(6, 9);
        DMatrixRMaj yRows = new DMatrixRMaj(6, 1);
        int[] y = labels(xRows);
        for (int i = 0; i < 6; i++) {
            yRows.set(i, 0, y[i]);
        }
        NetworkPass batch = NetworkPass.of(net, xRows, yRows, 0, 0);
        DMatrixRMaj meanDW = new DMatrixRMaj(4, 3);
        for (int e = 0; e < 6; e++) {
            DMatrixRMaj one = new DMatrixRMaj(1, 2);
            one.set(0, 0, xRows.get(e, 0));
            one.set(0, 1, xRows.get(e, 1));
            NetworkPass single = NetworkPass.of(net, one, new DMatrixRMaj(new double[][] {{y[e]}}), 0, 0);
            assertEquals(1, single.examples());
            for (int i = 0; i < 4; i++) {
                assertEquals(single.forward().get(0).a().get(i, 0), batch.forward().get(0).a().get(i, e), 1e-15);
            }
            org.ejml.dense.row.CommonOps_DDRM.addEquals(meanDW, 1.0 / 6, single.backward().get(0).dW());
        }
        for (int i = 0; i < meanDW.data.length; i++) {
            assertEquals(meanDW.data[i], batch.backward().get(0).dW().data[i], 1e-14, "dW[1] is the mean of the examples'");
        }
        double[] check = NetworkPass.gradientCheck(net, xRows, yRows, 0, 0);
        assertEquals(2, check.length);
        for (double c : check) {
            assertTrue(c < NetworkPass.CHECK_PASSES, "gradient check " + c);
        }
        assertEquals(batch.forward().get(0).w().get(2, 0), batch.forward().get(0).broadcastBias().get(2, 5));
    }
}
