package org.mlplayground.train;

import java.util.Locale;

/** The metric history as CSV, one row per kept epoch, for a spreadsheet or pandas. */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    /** Header {@code epoch,step,seconds,train_loss,test_loss,train_score,test_score}, then the rows. */
    public static String of(HistoryView history) {
        StringBuilder b = new StringBuilder("epoch,step,seconds,train_loss,test_loss,train_score,test_score\n");
        for (HistoryPoint p : history) {
            b.append(String.format(Locale.ROOT, "%d,%d,%.4f,%s,%s,%s,%s%n", p.epoch(), p.step(), p.seconds(),
                    number(p.trainLoss()), number(p.testLoss()), number(p.trainScore()), number(p.testScore())));
        }
        return b.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
