package org.mlplayground.train;

/**
 * The speed limit: when the next minibatch step may start, so that Play runs at most
 * {@code stepsPerSecond} steps a second (a teacher slowing training down to watch it). Times are
 * {@link System#nanoTime()} values; a late step does not earn a burst of more than 0.1 s of
 * catching up. Owned by the training thread.
 */
final class Pacer {

    private static final long MAX_CATCH_UP_NANOS = 100_000_000L;

    private double stepsPerSecond;
    private long nextStepAt;

    /** At most this many steps a second; 0 or less (or NaN) means as fast as possible. */
    void setLimit(double perSecond) {
        stepsPerSecond = perSecond > 0 ? perSecond : 0;
    }

    /** Training (re)starts now: the next step may start at once. */
    void start(long now) {
        nextStepAt = now;
    }

    /** Nanoseconds until the next step may start (0 when it may start now). */
    long nanosUntilStep(long now) {
        return Math.max(0, nextStepAt - now);
    }

    /** Whether the next step may start now. */
    boolean due(long now) {
        return now >= nextStepAt;
    }

    /** A paced step was taken at {@code now}: the next one waits for its turn. */
    void stepped(long now) {
        if (stepsPerSecond > 0) {
            nextStepAt = Math.max(nextStepAt, now - MAX_CATCH_UP_NANOS) + (long) (1e9 / stepsPerSecond);
        }
    }
}
