package org.mlplayground;

import org.mlplayground.cli.Cli;
import org.mlplayground.ui.app.Desktop;
import org.mlplayground.ui.app.WindowOptions;


/**
 * The entry point of {@code mlp-playground.jar}: no arguments (or only {@code --presentation} and
 * {@code --fullscreen}) opens the window, a subcommand runs
 * headless. (A class extending JavaFX's {@code Application} cannot be the main class of a plain
 * classpath launch, so this one dispatches.) Without a display the window cannot open: one line
 * says so and points to {@code --help}, exit code 2.
 */
public final class Main {

    /** What is printed when there is no display to open the window on. */
    static final String NO_DISPLAY = "MLP Playground's window needs a display and there is none (DISPLAY is not set);"
            + " without one, use the command line: java -jar mlp-playground.jar --help";

    private Main() {
    }

    public static void main(String[] args) {
        if (WindowOptions.onlyWindowOptions(args)) {
            if (!hasDisplay()) {
                System.err.println(NO_DISPLAY);
                System.exit(2);
            }
            try {
                Desktop.launch(args);
            } catch (RuntimeException | Error e) {
                String m = String.valueOf(e.getMessage());
                System.err.println(m.contains("DISPLAY") || m.contains("display") ? NO_DISPLAY
                        : "The window could not open: " + m + " (the command line still works: --help)");
                System.exit(2);
            }
        } else if (args.length > 0 && "bench".equals(args[0]) && java.util.List.of(args).contains("--fx")) {
            // the FX thread's benchmark runs the window, which the command line (no JavaFX) cannot
            if (!hasDisplay()) {
                System.err.println("bench --fx runs the window and needs a display (e.g. xvfb-run); DISPLAY is not set.");
                System.exit(2);
            }
            try {
                System.exit(org.mlplayground.ui.app.FxBench.run(args, System.out));
            } catch (Exception e) {
                System.err.println("bench --fx stopped: " + e.getMessage());
                System.exit(1);
            }
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** False on Linux and other X11 systems with neither DISPLAY nor WAYLAND_DISPLAY (and no headless Monocle). */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
