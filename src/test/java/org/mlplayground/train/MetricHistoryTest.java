package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The history keeps bounded memory however long training runs. */
class MetricHistoryTest {

    private static HistoryPoint point(long epoch, double testLoss) {
        return new HistoryPoint(epoch, epoch * 10, epoch / 100.0, 1.0 / epoch, testLoss, 0.5, 0.5);
    }

    @Test
    void aMillionEpochsKeepAtMostCapacityPointsEvenlySpread() {
        MetricHistory h = new MetricHistory();
        for (long e = 1; e <= 1_000_000; e++) {
            h.add(point(e, e == 123_457 ? 0.001 : 1.0 + (e % 7)));
        }
        HistoryView v = h.view();
        assertTrue(v.size() <= MetricHistory.CAPACITY && v.size() > MetricHistory.CAPACITY / 4, "size " + v.size());
        long spacing = v.epochsPerPoint();
        assertEquals(Long.bitCount(spacing), 1, "spacing is a power of two: " + spacing);
        for (int i = 0; i < v.size(); i++) {
            assertEquals(0, v.get(i).epoch() % spacing);
            if (i > 0) {
                assertEquals(spacing, v.get(i).epoch() - v.get(i - 1).epoch());
            }
        }
        assertEquals(123_457, v.bestTest().epoch(), "the best test epoch survives thinning");
    }

    @Test
    void viewsShareFrozenChunksAndStayUnchanged() {
        MetricHistory h = new MetricHistory();
        for (long e = 1; e <= 600; e++) {
            h.add(point(e, 1));
        }
        HistoryView a = h.view();
        for (long e = 601; e <= 700; e++) {
            h.add(point(e, 1));
        }
        HistoryView b = h.view();
        assertEquals(600, a.size(), "an earlier view does not grow");
        assertEquals(700, b.size());
        assertSame(a.get(10), b.get(10), "frozen points are shared, not copied");
    }

    @Test
    void theServicesSnapshotsCarryTheBoundedHistory() throws Exception {
        // one step per epoch; twice the capacity is enough to make the history thin itself
        int epochs = 2 * MetricHistory.CAPACITY + 10;
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.SetSnapshotRate(200));
            service.send(new Command.Configure(Toy.circle(40, false), Toy.config(40)));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, epochs));
            TrainingSnapshot s = Toy.settled(service, 3);
            assertEquals(epochs, s.epoch());
            HistoryView v = s.history();
            assertTrue(v.size() <= MetricHistory.CAPACITY && v.size() >= MetricHistory.CAPACITY / 2, "size " + v.size());
            assertTrue(v.epochsPerPoint() >= 2, "thinned: every " + v.epochsPerPoint() + " epochs");
            assertTrue(v.get(v.size() - 1).epoch() > epochs - v.epochsPerPoint(), "the newest epochs are there");
        }
    }
}
