package org.mlplayground.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss and score history, with bounded memory: at most {@link #CAPACITY} points are kept;
 * when full, every other point is dropped and later epochs are recorded half as often, so an hour
 * of training costs no more than a minute. The epoch with the best test loss is kept exactly.
 * Owned by the training thread; {@link #view()} hands out immutable views.
 */
final class MetricHistory {

    static final int CAPACITY = 4096;
    static final int CHUNK = 256;

    private final List<List<HistoryPoint>> frozen = new ArrayList<>();
    private List<HistoryPoint> open = new ArrayList<>();
    private int size;
    private long epochsPerPoint = 1;
    private HistoryPoint bestTest;

    /** Records an epoch's metrics (kept if its epoch falls on the current spacing). */
    void add(HistoryPoint p) {
        if (!Double.isNaN(p.testLoss()) && (bestTest == null || p.testLoss() < bestTest.testLoss())) {
            bestTest = p;
        }
        if (p.epoch() % epochsPerPoint != 0) {
            return;
        }
        open.add(p);
        size++;
        if (open.size() == CHUNK) {
            frozen.add(List.copyOf(open));
            open = new ArrayList<>();
        }
        if (size >= CAPACITY) {
            thin();
        }
    }

    /** Keeps every other point and doubles the spacing. */
    private void thin() {
        List<HistoryPoint> kept = new ArrayList<>(size / 2 + 1);
        int i = 0;
        for (List<HistoryPoint> c : frozen) {
            for (HistoryPoint p : c) {
                if (i++ % 2 == 1) {
                    kept.add(p);
                }
            }
        }
        for (HistoryPoint p : open) {
            if (i++ % 2 == 1) {
                kept.add(p);
            }
        }
        epochsPerPoint *= 2;
        frozen.clear();
        open = new ArrayList<>();
        size = 0;
        for (HistoryPoint p : kept) {
            open.add(p);
            size++;
            if (open.size() == CHUNK) {
                frozen.add(List.copyOf(open));
                open = new ArrayList<>();
            }
        }
    }

    /** An immutable view of the history now. */
    HistoryView view() {
        return new HistoryView(List.copyOf(frozen), List.copyOf(open), epochsPerPoint, bestTest);
    }

    int size() {
        return size;
    }
}
