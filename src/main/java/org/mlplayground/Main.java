package org.mlplayground;

import org.mlplayground.cli.Cli;
import org.mlplayground.ui.app.Desktop;
import org.mlplayground.ui.app.WindowOptions;


/**
 * The entry point of {@code mlp-playground.jar}: no arguments (or only {@code --presentation} and
 * {@code --fullscreen}) opens the window, a subcommand runs
 * headless. (A class extending JavaFX's {@code Application} cannot be the main class of a plain
 * classpath launch, so this one dispatches.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (WindowOptions.onlyWindowOptions(args)) {
            Desktop.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
