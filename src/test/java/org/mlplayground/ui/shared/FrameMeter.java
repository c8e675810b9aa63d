package org.mlplayground.ui.shared;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/** Counts the FX thread's frames and the longest gap between two of them (start and stop on the FX thread). */
public final class FrameMeter extends AnimationTimer {

    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong longestGap = new AtomicLong();
    private long last;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longestGap.accumulateAndGet(now - last, Math::max);
        }
        last = now;
        frames.incrementAndGet();
    }

    public long frames() {
        return frames.get();
    }

    public long longestGapNanos() {
        return longestGap.get();
    }
}
