package org.mlplayground.nn.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.lecture.HiddenSpace.Axes;

/** Points and grid through a hidden layer: two neurons, or the first two principal components. */
class HiddenSpaceTest {

    private final Network net = Network.glorot(new int[] {2, 5, 3, 1}, Activation.TANH, OutputKind.LOGISTIC, 4);
    private final DMatrixRMaj points = random(80, 1);
    private final DMatrixRMaj grid = random(25, 2);

    private static DMatrixRMaj random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj m = new DMatrixRMaj(n, 2);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = r.nextDouble(-2, 2);
        }
        return m;
    }

    @Test
    void twoNeuronsAreTheirActivations() {
        HiddenSpace s = HiddenSpace.of(net, points, grid, 2, Axes.neurons(2, 0));
        assertEquals("a[2]_3", s.xLabel());
        for (int r = 0; r < grid.numRows; r++) {
            double[] a = net.trace(new double[] {grid.get(r, 0), grid.get(r, 1)}).a().get(1);
            assertEquals(a[2], s.grid().get(r, 0), 1e-6);
            assertEquals(a[0], s.grid().get(r, 1), 1e-6);
        }
    }

    @Test
    void principalComponentsAreCenteredAndOrdered() {
        HiddenSpace s = HiddenSpace.of(net, points, grid, 1, Axes.principalComponents());
        double[] mean = new double[2];
        double[] variance = new double[2];
        for (int r = 0; r < points.numRows; r++) {
            for (int c = 0; c < 2; c++) {
                mean[c] += s.points().get(r, c) / points.numRows;
                variance[c] += s.points().get(r, c) * s.points().get(r, c);
            }
        }
        assertEquals(0, mean[0], 1e-6);
        assertEquals(0, mean[1], 1e-6);
        assertTrue(variance[0] >= variance[1], "PC1 carries the most variance");
        assertTrue(s.xLabel().startsWith("PC1 ("), s.xLabel());
        assertEquals(25, s.grid().numRows);
    }

    @Test
    void theOutputLayerIsNotAHiddenSpace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HiddenSpace.of(net, points, grid, 3, Axes.principalComponents()));
        assertEquals("Layer 3 is not a hidden layer: choose 1..2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HiddenSpace.of(net, points, grid, 2, Axes.neurons(0, 3)));
    }
}
