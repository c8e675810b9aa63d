package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The history exports as CSV rows with empty cells for missing test figures. */
class HistoryCsvTest {

    @Test
    void oneRowPerKeptEpoch() {
        MetricHistory h = new MetricHistory();
        h.add(new HistoryPoint(1, 10, 0.5, 0.7, 0.8, 0.6, 0.55));
        h.add(new HistoryPoint(2, 20, 1.0, 0.5, Double.NaN, 0.7, Double.NaN));
        assertEquals("epoch,step,seconds,train_loss,test_loss,train_score,test_score\n"
                + "1,10,0.5000,0.7,0.8,0.6,0.55\n"
                + "2,20,1.0000,0.5,,0.7,\n", HistoryCsv.of(h.view()));
    }
}
