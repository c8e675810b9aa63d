package org.mlplayground.nn.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.lecture.Vectorization.Way;

/** The three ways compute the same gradient (times are reported, never asserted). */
class VectorizationTest {

    @Test
    void scalarLoopsVectorsAndTheMatrixFormAgree() {
        SplittableRandom r = new SplittableRandom(6);
        for (OutputKind kind : OutputKind.values()) {
            int out = kind == OutputKind.SOFTMAX ? 3 : 1;
            Network net = Network.initialized(new int[] {2, 6, 5, out}, Activation.TANH,
                    new Activation[] {Activation.TANH, Activation.RELU}, kind, org.mlplayground.nn.Initialization.GLOROT, 3);
            DMatrixRMaj x = new DMatrixRMaj(50, 2);
            DMatrixRMaj y = new DMatrixRMaj(50, out);
            for (int i = 0; i < 50; i++) {
                x.set(i, 0, r.nextDouble(-1, 1));
                x.set(i, 1, r.nextDouble(-1, 1));
                y.set(i, out == 1 ? 0 : r.nextInt(out), kind == OutputKind.IDENTITY ? r.nextDouble() : kind == OutputKind.LOGISTIC ? r.nextInt(2) : 1);
            }
            Vectorization.Result result = Vectorization.compare(net, x, y, 3);
            assertTrue(result.equal(), kind + ": the three ways differ by " + result.maxDifference());
            assertEquals(50, result.examples());
            assertTrue(result.ratioToMatrix(Way.MATRIX) == 1.0);
            assertEquals(3, result.nanos().length);
        }
    }
}
