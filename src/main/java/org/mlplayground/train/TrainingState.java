package org.mlplayground.train;

/** Where the training service is. */
public enum TrainingState {
    /** Nothing configured yet. */
    IDLE,
    /** Configured, not stepping. */
    PAUSED,
    /** Stepping on its own. */
    RUNNING,
    /** The loss became NaN or infinite; paused until a reset. */
    DIVERGED,
    /** A step or command failed; the message says why. Reset or configure to go on. */
    ERROR,
    /** The service has stopped; it accepts no more commands. */
    STOPPED
}
