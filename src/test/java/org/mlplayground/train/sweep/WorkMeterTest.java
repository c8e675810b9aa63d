package org.mlplayground.train.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorkMeterTest {

    @Test
    void anEpochCountsAsTheShareOfMaxIterThatEndedFitsRan() {
        WorkMeter meter = new WorkMeter();
        assertEquals(200, meter.expectedEpochs(200), "before any fit has ended: max_iter");
        meter.fitEnded(20, 200);
        meter.fitEnded(60, 200);
        assertEquals(40, meter.expectedEpochs(200), 1e-12, "fits ran 80 of 400 allowed epochs: a fifth");
        assertEquals(2, meter.expectedEpochs(10), 1e-12);
        assertEquals(1, meter.expectedEpochs(2), 1e-12, "at least one epoch");
    }

    @Test
    void workAddsUpFromEveryThread() throws Exception {
        WorkMeter meter = new WorkMeter();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    meter.add(0.5);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(2000, meter.done(), 1e-9);
    }
}
