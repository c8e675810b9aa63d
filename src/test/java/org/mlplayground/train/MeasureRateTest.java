package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlplayground.nn.EpochLoop;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.StopReason;

/**
 * The session measures its metrics at most every few milliseconds of training while playing, yet
 * the history and the latest point stay right: every epoch at first and in a Step, the latest
 * epoch before a snapshot, the epoch where a stop rule fires. Time is a fake clock here: each
 * epoch "takes" one millisecond.
 */
class MeasureRateTest {

    private double now;

    private Session session(MlpConfig config, boolean stopRules) {
        return new Session(Toy.circle(40, false), config, stopRules, () -> now);
    }

    /** Steps one epoch (full batch: one step), one millisecond of training. */
    private EpochLoop.Status epoch(Session s) {
        now += 0.001;
        return s.step();
    }

    @Test
    void playingMeasuresEveryEpochAtFirstThenAtMostEveryPeriod() {
        Session s = session(Toy.config(40), false);
        int epochs = 1128;
        for (int e = 0; e < epochs; e++) {
            epoch(s);
        }
        HistoryView h = s.history();
        for (int i = 0; i < Session.EVERY_EPOCH_UNTIL; i++) {
            assertEquals(i + 1, h.get(i).epoch(), "every early epoch is there");
        }
        long periodEpochs = Math.round(Session.MEASURE_PERIOD_SECONDS / 0.001);
        int later = h.size() - (int) Session.EVERY_EPOCH_UNTIL;
        assertTrue(later <= (epochs - Session.EVERY_EPOCH_UNTIL) / periodEpochs + 1,
                later + " later points for " + (epochs - Session.EVERY_EPOCH_UNTIL) + " epochs");
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.get(i).epoch() > h.get(i - 1).epoch(), "in order");
        }
        s.flush();
        assertEquals(epochs, s.lastPoint().epoch(), "before a snapshot, the latest epoch is measured");
        assertEquals(s.estimator.history().lastDataLoss(), s.lastPoint().trainLoss());
        assertEquals(epochs, s.history().get(s.history().size() - 1).epoch(), "and it joins the history");
    }

    @Test
    void aFlushAfterAnotherStepMeasuresNothingStale() {
        Session s = session(Toy.config(10), false); // 4 steps an epoch
        for (int i = 0; i < 4 * 200; i++) {
            now += 0.0001;
            s.step();
        }
        HistoryPoint before = s.lastPoint();
        now += 0.0001;
        assertEquals(EpochLoop.Status.STEPPED, s.step(), "mid-epoch");
        s.flush();
        assertSame(before, s.lastPoint(), "an unmeasured epoch whose weights moved on is not measured later");
        assertTrue(before.epoch() <= 200);
    }

    @Test
    void aStepCommandMeasuresEveryEpoch() {
        Session s = session(Toy.config(40), false);
        s.measureEveryEpoch = true;
        for (int e = 0; e < 500; e++) {
            epoch(s);
        }
        assertEquals(500, s.history().size());
        assertEquals(500, s.lastPoint().epoch());
    }

    @Test
    void theEpochWhereARuleFiresIsMeasuredOnItsOwnWeights() {
        MlpConfig base = Toy.config(40).toBuilder().learningRateInit(0.03).validationFraction(0.25).build();
        MlpConfig[] rules = {
            base.toBuilder().tol(1e-3).nIterNoChange(150).maxIter(5000).build(),
            base.toBuilder().earlyStopping(true).nIterNoChange(150).maxIter(5000).build(),
            base.toBuilder().tol(0).maxIter(300).build()};
        for (MlpConfig config : rules) {
            Session s = session(config, true);
            EpochLoop.Status status;
            do {
                status = epoch(s);
            } while (status != EpochLoop.Status.STOPPED);
            StopReason why = s.loop.stopReason();
            long stopEpoch = s.estimator.history().iterations();
            assertTrue(stopEpoch > Session.EVERY_EPOCH_UNTIL + 10, "past the every-epoch start: " + why);
            HistoryView h = s.history();
            assertEquals(stopEpoch, h.get(h.size() - 1).epoch(), why.message());
            assertEquals(stopEpoch, s.lastPoint().epoch());
        }
    }
}
