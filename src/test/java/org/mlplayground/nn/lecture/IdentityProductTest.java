package org.mlplayground.nn.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;

/** "Don't forget the activation function": identity hidden layers train a linear boundary. */
class IdentityProductTest {

    @Test
    void aTrainedIdentityNetworkHasALinearBoundary() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = new double[120][2];
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = r.nextDouble(-1, 1);
            x[i][1] = r.nextDouble(-1, 1);
            y[i] = x[i][0] * x[i][0] + x[i][1] * x[i][1] < 0.5 ? 1 : 0;   // a circle: no line separates it
        }
        MlpClassifier model = new MlpClassifier(MlpConfig.builder().hiddenLayerSizes(8, 8, 8)
                .activation(Activation.IDENTITY).learningRateInit(0.01).maxIter(150).seed(1).build()).fit(x, y);
        Network net = model.networkCopy();
        DMatrixRMaj w = IdentityProduct.of(net);
        assertEquals(1, w.numRows);
        assertEquals(3, w.numCols);
        // the decision value z = A[L]'s pre-activation on a grid is one affine function of x
        double maxError = 0;
        double scale = 0;
        for (double a = -1; a <= 1; a += 0.1) {
            for (double b = -1; b <= 1; b += 0.1) {
                double z = net.trace(new double[] {a, b}).z().get(3)[0];
                double affine = w.get(0, 0) + w.get(0, 1) * a + w.get(0, 2) * b;
                maxError = Math.max(maxError, Math.abs(z - affine));
                scale = Math.max(scale, Math.abs(z));
            }
        }
        assertTrue(scale > 1e-3, "the network learned something");
        assertTrue(maxError < 1e-12 * Math.max(1, scale), "decision values off the plane by " + maxError);
        // second differences of the decision values vanish: the boundary z = 0 is a line
        double z0 = net.trace(new double[] {-0.7, 0.2}).z().get(3)[0];
        double z1 = net.trace(new double[] {0.1, 0.5}).z().get(3)[0];
        double z2 = net.trace(new double[] {0.9, 0.8}).z().get(3)[0];
        assertEquals(0, z0 - 2 * z1 + z2, 1e-12);
    }

    @Test
    void anyOtherHiddenActivationIsRefused() {
        Network net = Network.glorot(new int[] {2, 3, 1}, Activation.TANH, org.mlplayground.nn.OutputKind.LOGISTIC, 0);
        assertThrows(IllegalArgumentException.class, () -> IdentityProduct.of(net));
    }
}
