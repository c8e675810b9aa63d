package org.mlplayground.train;

/**
 * Training time and speed: the seconds spent running (paused time excluded) and the recent
 * minibatch steps per second, re-measured over windows of at least a quarter of a second. Times
 * are {@link System#nanoTime()} values. Owned by the training thread.
 */
final class RateMeter {

    private static final double WINDOW_SECONDS = 0.25;

    private long runningSince = -1;
    private long runningNanos;
    private long markStep;
    private double markSeconds;
    private double stepsPerSecond;

    /** Training starts or stops running at {@code now}. */
    void setRunning(boolean running, long now) {
        if (running && runningSince < 0) {
            runningSince = now;
        } else if (!running && runningSince >= 0) {
            runningNanos += now - runningSince;
            runningSince = -1;
        }
    }

    /** Seconds spent running up to {@code now}. */
    double seconds(long now) {
        return (runningNanos + (runningSince >= 0 ? now - runningSince : 0)) / 1e9;
    }

    /** Steps per second over the latest window, given the step count at {@code now}. */
    double stepsPerSecond(long step, long now) {
        double s = seconds(now);
        if (s - markSeconds >= WINDOW_SECONDS) {
            stepsPerSecond = (step - markStep) / (s - markSeconds);
            markStep = step;
            markSeconds = s;
        }
        return stepsPerSecond;
    }

    /** Back to zero (a new configuration), keeping whether it runs. */
    void reset(long now) {
        boolean running = runningSince >= 0;
        runningSince = running ? now : -1;
        runningNanos = 0;
        markStep = 0;
        markSeconds = 0;
        stepsPerSecond = 0;
    }
}
