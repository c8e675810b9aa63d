package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Once warmed up, a training step allocates (almost) nothing, on any thread. */
class AllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void sparseShardedStepsDoNotAllocate() {
        DMatrixRMaj xm = Problems.randomInputs(2000, 400, 0.8, 1);
        assertStepsDoNotAllocate(Features.of(xm), Problems.randomLabels(2000, 10, 2), 10, new int[] {64}, 200);
    }

    @Test
    void denseStepsDoNotAllocateNativeOrJava() {
        // 200 x 130 inputs into 40 units: 1M multiply-adds, the size that goes native where it can
        DMatrixRMaj xm = Problems.randomInputs(1000, 130, 0, 1);
        boolean was = NativeGemm.enabled;
        try {
            for (boolean nativeOn : new boolean[] {true, false}) {
                NativeGemm.enabled = nativeOn;
                assertStepsDoNotAllocate(Features.of(xm), Problems.randomLabels(1000, 10, 2), 10, new int[] {40}, 200);
            }
        } finally {
            NativeGemm.enabled = was;
        }
    }

    @Test
    void smallDenseStepsDoNotAllocate() {
        DMatrixRMaj xm = Problems.randomInputs(500, 2, 0, 1);
        assertStepsDoNotAllocate(Features.of(xm), Problems.randomLabels(500, 2, 2), 1, new int[] {8, 8}, 500);
    }

    private static void assertStepsDoNotAllocate(Features x, int[] labels, int outputs, int[] hidden, int batch) {
        Network net = Network.glorot(layerSizes(x.cols(), hidden, outputs), Activation.RELU,
                outputs == 1 ? OutputKind.LOGISTIC : OutputKind.SOFTMAX, 0);
        DMatrixRMaj y = new DMatrixRMaj(x.rows(), outputs);
        for (int i = 0; i < labels.length; i++) {
            if (outputs == 1) {
                y.set(i, 0, labels[i] % 2);
            } else {
                y.set(i, labels[i], 1);
            }
        }
        Backpropagation bp = new Backpropagation(net, x, y, batch);
        Optimizer adam = Optimizer.create(MlpConfig.builder().build(), net.parameterArrays());
        int[] order = Features.identityOrder(x.rows());
        for (int warm = 0; warm < 200; warm++) {
            bp.step(order, (warm * batch) % (x.rows() - batch + 1), batch, 1e-4, adam);
        }
        long[] ids = allThreadIds();
        long before = allocated(ids);
        int steps = 300;
        for (int s = 0; s < steps; s++) {
            bp.step(order, (s * batch) % (x.rows() - batch + 1), batch, 1e-4, adam);
        }
        long perStep = (allocated(ids) - before) / steps;
        System.out.println("bytes allocated per training step, all threads: " + perStep);
        assertTrue(perStep < 256, perStep + " bytes allocated per step");
    }

    @Test
    void theMeasurementSeesAllocation() {
        long[] ids = allThreadIds();
        long before = allocated(ids);
        double[][] kept = new double[100][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new double[1000];
        }
        assertTrue(allocated(ids) - before >= 100 * 8000L, "the thread allocation counter works here");
        assertTrue(kept[99].length == 1000);
    }

    private static int[] layerSizes(int inputs, int[] hidden, int outputs) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs;
        return sizes;
    }

    private static long[] allThreadIds() {
        return THREADS.getAllThreadIds();
    }

    private static long allocated(long[] ids) {
        long sum = 0;
        for (long v : THREADS.getThreadAllocatedBytes(ids)) {
            sum += Math.max(v, 0);
        }
        return sum;
    }
}
