package org.mlplayground.ui.app;

import javafx.scene.Scene;

/**
 * Start-up milestones on standard error when the JVM runs with {@code -Dmlp.startupTrace}: each
 * line gives the milliseconds since the JVM started (its runtime's start time) and what had just happened, up to the first frame drawn. Silent otherwise.
 * {@code -Dmlp.startupTrace=exit} then closes the window (bench/appcds.sh records the classes a
 * start loads this way).
 */
final class StartupTrace {

    /** Whether {@code -Dmlp.startupTrace} is set. */
    static final boolean ON = System.getProperty("mlp.startupTrace") != null;
    private static final long START = ON ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTrace() {
    }

    /** Prints {@code what} with the time since the process started, if tracing. */
    static void mark(String what) {
        if (ON) {
            System.err.printf("startup %6d ms  %s%n", System.currentTimeMillis() - START, what);
        }
    }

    /** Marks the first pulse laid out and the first frame rendered of {@code scene}, if tracing. */
    static void firstFrame(Scene scene) {
        if (!ON) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            mark("first pulse laid out (CSS and layout of the shown window)");
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
        com.sun.javafx.perf.PerformanceTracker tracker = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            mark("first frame rendered");
            tracker.setOnRenderedFrameTask(null);
            if ("exit".equals(System.getProperty("mlp.startupTrace"))) {
                javafx.application.Platform.runLater(javafx.application.Platform::exit);
            }
        });
    }
}
