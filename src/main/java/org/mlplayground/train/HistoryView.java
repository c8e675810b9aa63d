package org.mlplayground.train;

import java.util.AbstractList;
import java.util.List;

/**
 * An immutable view of the metric history at one moment. It shares the history's frozen chunks
 * instead of copying them, so handing one to every snapshot costs only the small open chunk.
 */
public final class HistoryView extends AbstractList<HistoryPoint> {

    public static final HistoryView EMPTY = new HistoryView(List.of(), List.of(), 1, null);

    private final List<List<HistoryPoint>> chunks;
    private final List<HistoryPoint> tail;
    private final int size;
    private final long epochsPerPoint;
    private final HistoryPoint bestTest;

    /** A view of {@code points} in epoch order, the best test loss among them marked (for tests and histories read back). */
    public static HistoryView of(List<HistoryPoint> points) {
        HistoryPoint best = null;
        for (HistoryPoint p : points) {
            if (!Double.isNaN(p.testLoss()) && (best == null || p.testLoss() < best.testLoss())) {
                best = p;
            }
        }
        return new HistoryView(List.of(), List.copyOf(points), 1, best);
    }

    HistoryView(List<List<HistoryPoint>> chunks, List<HistoryPoint> tail, long epochsPerPoint, HistoryPoint bestTest) {
        this.chunks = chunks;
        this.tail = tail;
        this.epochsPerPoint = epochsPerPoint;
        this.bestTest = bestTest;
        int n = tail.size();
        for (List<HistoryPoint> c : chunks) {
            n += c.size();
        }
        size = n;
    }

    @Override
    public HistoryPoint get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int i = index;
        for (List<HistoryPoint> c : chunks) {
            if (i < c.size()) {
                return c.get(i);
            }
            i -= c.size();
        }
        return tail.get(i);
    }

    @Override
    public int size() {
        return size;
    }

    /** How many epochs one kept point stands for (doubles each time old points are thinned out). */
    public long epochsPerPoint() {
        return epochsPerPoint;
    }

    /** The epoch with the lowest test loss so far (kept exactly, whatever was thinned), or null. */
    public HistoryPoint bestTest() {
        return bestTest;
    }
}
