package org.mlplayground.ui.app;

import java.util.List;

/**
 * The window's command-line options: {@code --presentation} starts in presentation mode,
 * {@code --fullscreen} full screen (for a classroom PC's start-up).
 *
 * @param presentation whether presentation mode is on at start
 * @param fullScreen   whether the window starts full screen
 */
public record WindowOptions(boolean presentation, boolean fullScreen) {

    /** The options the window understands. */
    public static final List<String> FLAGS = List.of("--presentation", "--fullscreen");

    /** Whether every argument is a window option, so that the window (not the command line) should start. */
    public static boolean onlyWindowOptions(String[] args) {
        for (String a : args) {
            if (!FLAGS.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /** The options in {@code args} (other arguments are ignored). */
    public static WindowOptions parse(List<String> args) {
        return new WindowOptions(args.contains("--presentation"), args.contains("--fullscreen"));
    }
}
