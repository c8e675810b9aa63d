package org.mlplayground.data;
import org.junit.jupiter.api.Test;
class ScratchTime {
    @Test void time() throws Exception {
        double[] d = Mnist.bundled().test().image(0);
        double[][] pad = new double[400][400];
        for (int r = 0; r < 280; r++) for (int c = 0; c < 280; c++) pad[r+50][c+60] = d[(r/10)*28 + c/10];
        for (int rep = 0; rep < 3; rep++) {
            long t = System.nanoTime();
            for (int i = 0; i < 200; i++) DigitPreprocessor.process(pad, true);
            long t1 = System.nanoTime();
            for (int i = 0; i < 200; i++) DigitPreprocessor.dropSpecks(pad, new int[1]);
            long t2 = System.nanoTime();
            int[] b = DigitPreprocessor.inkBounds(pad);
            for (int i = 0; i < 200; i++) StrokeWidth.estimate(pad);
            long t3 = System.nanoTime();
            System.out.printf("process %.2f ms, specks %.2f ms, width(400) %.2f ms%n", (t1-t)/2e8, (t2-t1)/2e8, (t3-t2)/2e8);
        }
    }
}
